package io.github.kinerja.excel.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * Reads numbers that workbooks store as text, in Indonesian ({@code 1.234,5}) and English ({@code 1,234.00})
 * style.
 *
 * <p>Rules, applied in order:
 * <ol>
 *   <li>Blank text and a lone dash ({@code -}, {@code –}, {@code —}) are empty: forms print a dash for "no value".
 *   <li>Spaces (also no-break spaces) around the number, a leading {@code Rp} or {@code Rp.}, a trailing Rupiah
 *       mark {@code ,-} or {@code .-} and a trailing {@code %} (which flags a percentage) are removed. A leading
 *       {@code -} or {@code −} makes the number negative. Spaces between digit groups of three are thousands
 *       separators ({@code 1 234 567}).
 *   <li>With both {@code .} and {@code ,} in the number, the one that comes last starts the decimals and the
 *       other groups thousands: {@code 1.234,5} is 1234.5 and {@code 1,234.00} is 1234.00.
 *   <li>One kind of separator written more than once groups thousands: {@code 170.395.000} is 170395000.
 *   <li>One separator written once starts the decimals ({@code 88,67}, {@code 9.12}, {@code 1,5}, {@code 0.125}),
 *       unless exactly three digits follow it and one to three digits other than a lone {@code 0} precede it
 *       ({@code 1.234}, {@code 12,500}). That text has two readings: with {@link NumberStyle#AUTO} it is read as a
 *       thousands separator (1234, because SKP and CKP values with three decimals are rare while Rupiah amounts and
 *       counts in the thousands are common) and flagged ambiguous with the decimal reading as the alternative; a
 *       known {@link NumberStyle} decides without a flag.
 * </ol>
 * Thousands groups must have exactly three digits, so {@code 1.23.4} is not a number. The result is exact: no
 * binary floating point is involved.
 */
public final class NumberText {

    private static final Pattern DASH = Pattern.compile("[-\u2013\u2014]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");
    private static final Pattern SPACE_GROUPED = Pattern.compile("[0-9]{1,3}( [0-9]{3})+([.,][0-9]+)?");
    private static final Pattern BODY = Pattern.compile("[0-9.,]*[0-9][0-9.,]*");
    private static final Pattern GROUPED_INTEGER = Pattern.compile("[0-9]{1,3}(G[0-9]{3})*");

    private NumberText() {}

    /**
     * Reads a number with separators inferred from the text, see the class description.
     *
     * @param text  the text, not null
     * @return the outcome, not null
     */
    public static ParsedNumber parse(String text) {
        return parse(text, NumberStyle.AUTO);
    }

    /**
     * Reads a number with the given separator style.
     *
     * @param text  the text, not null
     * @param style  the separators the workbook is known to use, or {@link NumberStyle#AUTO}, not null
     * @return the outcome, not null
     */
    public static ParsedNumber parse(String text, NumberStyle style) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        String s = SPACES.matcher(text).replaceAll(" ").strip();
        if (s.isEmpty() || DASH.matcher(s).matches()) {
            return ParsedNumber.empty();
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("rp")) {
            s = s.substring(2);
            s = s.startsWith(".") ? s.substring(1) : s;
            s = s.strip();
        }
        if (s.endsWith(",-") || s.endsWith(".-")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean negative = s.startsWith("-") || s.startsWith("\u2212");
        if (negative || s.startsWith("+")) {
            s = s.substring(1).strip();
        }
        if (SPACE_GROUPED.matcher(s).matches()) {
            s = s.replace(" ", "");
            if (s.indexOf('.') >= 0 && s.indexOf(',') < 0 && s.length() - s.indexOf('.') - 1 == 3) {
                // "1 234.567": the spaces already group thousands, so the dot can only start the decimals.
                style = NumberStyle.ENGLISH;
            } else if (s.indexOf(',') >= 0 && s.indexOf('.') < 0 && s.length() - s.indexOf(',') - 1 == 3) {
                style = NumberStyle.INDONESIAN;
            }
        }
        if (!BODY.matcher(s).matches()) {
            return ParsedNumber.notANumber();
        }
        ParsedNumber unsigned = parseUnsigned(s, style, percent);
        if (!negative || unsigned.kind() != ParsedNumber.Kind.NUMBER) {
            return unsigned;
        }
        return ParsedNumber.of(unsigned.value().orElseThrow().negate(),
                unsigned.alternative().map(BigDecimal::negate).orElse(null), percent);
    }

    private static ParsedNumber parseUnsigned(String s, NumberStyle style, boolean percent) {
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots == 0 && commas == 0) {
            return ParsedNumber.of(new BigDecimal(s), null, percent);
        }
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            return decimal(s, grouping, decimal, percent);
        }
        char separator = dots > 0 ? '.' : ',';
        if (count(s, separator) > 1) {
            return grouped(s, separator, percent);
        }
        int at = s.indexOf(separator);
        String integerPart = s.substring(0, at);
        String fraction = s.substring(at + 1);
        boolean threeDigitGroup = fraction.length() == 3 && !integerPart.isEmpty() && integerPart.length() <= 3
                && !integerPart.equals("0");
        if (!threeDigitGroup) {
            return decimal(s, separator == '.' ? ',' : '.', separator, percent);
        }
        BigDecimal asGroup = new BigDecimal(integerPart + fraction);
        BigDecimal asDecimal = new BigDecimal(integerPart + "." + fraction);
        return switch (style) {
            case INDONESIAN -> ParsedNumber.of(separator == '.' ? asGroup : asDecimal, null, percent);
            case ENGLISH -> ParsedNumber.of(separator == ',' ? asGroup : asDecimal, null, percent);
            case AUTO -> ParsedNumber.of(asGroup, asDecimal, percent);
        };
    }

    // Reads "integer[decimal]fraction" where the integer part may be grouped with the grouping separator.
    private static ParsedNumber decimal(String s, char grouping, char decimal, boolean percent) {
        int at = s.lastIndexOf(decimal);
        if (count(s, decimal) != 1 || s.indexOf(grouping, at) >= 0) {
            return ParsedNumber.notANumber();
        }
        String integerPart = s.substring(0, at);
        String fraction = s.substring(at + 1);
        if (fraction.isEmpty()) {
            return ParsedNumber.notANumber();
        }
        String digits;
        if (integerPart.isEmpty()) {
            digits = "0";
        } else {
            digits = ungroup(integerPart, grouping);
            if (digits == null) {
                return ParsedNumber.notANumber();
            }
        }
        return ParsedNumber.of(new BigDecimal(digits + "." + fraction), null, percent);
    }

    private static ParsedNumber grouped(String s, char grouping, boolean percent) {
        String digits = ungroup(s, grouping);
        return digits == null ? ParsedNumber.notANumber() : ParsedNumber.of(new BigDecimal(digits), null, percent);
    }

    // Returns the digits of an integer grouped in threes, or null if the grouping is invalid.
    @Nullable
    private static String ungroup(String integerPart, char grouping) {
        if (integerPart.indexOf(grouping) < 0) {
            return integerPart;
        }
        String marked = integerPart.replace(grouping, 'G');
        if (!GROUPED_INTEGER.matcher(marked).matches()) {
            return null;
        }
        return marked.replace("G", "");
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
