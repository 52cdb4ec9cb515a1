package io.github.kinerja.core;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The golongan ruang (civil-service grade) of a PNS, from I/a to IV/e, with its official pangkat (rank) name.
 *
 * <p>The constants are in ascending order, so {@link #compareTo(Enum)} orders grades from lowest to highest.
 * {@link #parse(CharSequence)} reads the grade as forms write it, alone ({@code III/b}, {@code IIIb},
 * {@code III-b}) or next to the pangkat ({@code Penata Muda Tk I, III/b}).
 */
public enum Golongan {
    /** I/a, Juru Muda. */
    I_A("I/a", "Juru Muda"),
    /** I/b, Juru Muda Tingkat I. */
    I_B("I/b", "Juru Muda Tingkat I"),
    /** I/c, Juru. */
    I_C("I/c", "Juru"),
    /** I/d, Juru Tingkat I. */
    I_D("I/d", "Juru Tingkat I"),
    /** II/a, Pengatur Muda. */
    II_A("II/a", "Pengatur Muda"),
    /** II/b, Pengatur Muda Tingkat I. */
    II_B("II/b", "Pengatur Muda Tingkat I"),
    /** II/c, Pengatur. */
    II_C("II/c", "Pengatur"),
    /** II/d, Pengatur Tingkat I. */
    II_D("II/d", "Pengatur Tingkat I"),
    /** III/a, Penata Muda. */
    III_A("III/a", "Penata Muda"),
    /** III/b, Penata Muda Tingkat I. */
    III_B("III/b", "Penata Muda Tingkat I"),
    /** III/c, Penata. */
    III_C("III/c", "Penata"),
    /** III/d, Penata Tingkat I. */
    III_D("III/d", "Penata Tingkat I"),
    /** IV/a, Pembina. */
    IV_A("IV/a", "Pembina"),
    /** IV/b, Pembina Tingkat I. */
    IV_B("IV/b", "Pembina Tingkat I"),
    /** IV/c, Pembina Utama Muda. */
    IV_C("IV/c", "Pembina Utama Muda"),
    /** IV/d, Pembina Utama Madya. */
    IV_D("IV/d", "Pembina Utama Madya"),
    /** IV/e, Pembina Utama. */
    IV_E("IV/e", "Pembina Utama");

    // A roman numeral I to IV in any letter case that is not part of a word, an optional separator and a letter a to
    // e that ends the word.
    private static final Pattern GRADE = Pattern.compile(
            "(?<![A-Za-z])(IV|III|II|I)\\s*[/.\\-]?\\s*([A-E])(?![A-Za-z])", Pattern.CASE_INSENSITIVE);

    private final String code;
    private final String pangkat;

    Golongan(String code, String pangkat) {
        this.code = code;
        this.pangkat = pangkat;
    }

    /**
     * Obtains the golongan written in the text.
     *
     * <p>The text may contain the grade alone, in any letter case and with {@code /}, {@code -}, {@code .}, spaces or
     * nothing between numeral and letter ({@code III/b}, {@code III / b}, {@code IIIb}, {@code III-b}), or together
     * with the pangkat name ({@code Penata Muda Tk I, III/b}, {@code Penata Muda Tk.I (III/b)}). The grade in the
     * text decides, and a pangkat name next to it is not compared with it.
     *
     * @param text  the text holding exactly one grade, not null
     * @return the golongan, not null
     * @throws IllegalArgumentException if the text contains no grade, a grade that does not exist such as
     *     {@code I/e}, or two different grades
     */
    public static Golongan parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = GRADE.matcher(text);
        Golongan found = null;
        while (matcher.find()) {
            Golongan candidate = fromParts(matcher.group(1), matcher.group(2), text);
            if (found != null && found != candidate) {
                throw new IllegalArgumentException("golongan must be written once, found " + found.code + " and "
                        + candidate.code + " in: \"" + text + "\"");
            }
            found = candidate;
        }
        if (found == null) {
            throw new IllegalArgumentException(
                    "golongan must be a roman numeral I to IV and a letter a to e, such as III/b, was: \""
                            + text + "\"");
        }
        return found;
    }

    /** Returns the grade as forms print it, such as {@code III/b}. */
    public String code() {
        return code;
    }

    /** Returns the official pangkat (rank) name of the grade, such as {@code Penata Muda Tingkat I} for III/b. */
    public String pangkat() {
        return pangkat;
    }

    private static Golongan fromParts(String numeral, String letter, CharSequence text) {
        String name = numeral.toUpperCase(Locale.ROOT) + "_" + letter.toUpperCase(Locale.ROOT);
        for (Golongan golongan : values()) {
            if (golongan.name().equals(name)) {
                return golongan;
            }
        }
        throw new IllegalArgumentException("golongan " + numeral.toUpperCase(Locale.ROOT) + "/"
                + letter.toLowerCase(Locale.ROOT)
                + " does not exist, because grades I, II and III run from a to d and grade IV from a to e, was: \""
                + text + "\"");
    }
}
