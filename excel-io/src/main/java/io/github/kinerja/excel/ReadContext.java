package io.github.kinerja.excel;

import io.github.kinerja.core.Nip;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.NumberText;
import io.github.kinerja.excel.internal.ParsedNumber;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The state of one read: the file name and the findings collected so far, with the cell conversions that record
 * a finding when a value is doubtful. A context created with the workbook also reports stale cached formula
 * results of the numbers it reads ({@link CachedResults}).
 */
final class ReadContext {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");

    private final String fileName;
    private final Report.Builder report = Report.builder();
    @Nullable private final CachedResults cachedResults;

    ReadContext(String fileName) {
        this.fileName = fileName;
        this.cachedResults = null;
    }

    /** Creates the context of a read that also checks each cached formula result it reads as a number. */
    ReadContext(String fileName, Workbook workbook) {
        this.fileName = fileName;
        this.cachedResults = new CachedResults(workbook);
    }

    String fileName() {
        return fileName;
    }

    void add(String code, Severity severity, String location, Object... arguments) {
        report.addFindings(Finding.of(ExcelMessages.BUNDLE, code, severity, location, arguments));
    }

    void addAll(Report other) {
        report.addAllFindings(other.findings());
    }

    Report report() {
        return report.build();
    }

    /**
     * Returns the text of a cell with white space collapsed and trimmed, a whole number without decimals, or empty
     * for a blank cell. An error value is reported and gives empty.
     */
    Optional<String> text(CellValue value) {
        return switch (value.kind()) {
            case BLANK -> Optional.empty();
            case ERROR -> {
                reportCachedError(value);
                yield Optional.empty();
            }
            case NUMBER -> Optional.of(value.number().orElseThrow().stripTrailingZeros().toPlainString());
            case TEXT, BOOLEAN -> {
                String text = clean(value.text());
                yield text.isEmpty() ? Optional.<String>empty() : Optional.of(text);
            }
        };
    }

    /** Returns the cell's text as {@link #text(CellValue)} does, without a leading ": " that forms put there. */
    Optional<String> labelValue(CellValue value) {
        return text(value).map(t -> t.startsWith(":") ? t.substring(1).strip() : t).filter(t -> !t.isEmpty());
    }

    /**
     * Returns the number of a cell: a number cell as stored, a number written as text by the rules of
     * {@link NumberText}, empty for a blank cell or a dash. Doubtful values are reported: an ambiguous text, text
     * that is not a number, a cached error, a cached text of a formula, a value from another workbook.
     *
     * @param value  the cell value
     * @param what  the name of the column or field, for messages, such as {@code target kuantitas}
     */
    Optional<BigDecimal> number(CellValue value, String what) {
        return switch (value.kind()) {
            case BLANK -> Optional.empty();
            case NUMBER -> {
                BigDecimal number = normal(value.number().orElseThrow());
                if (value.hasExternalReference()) {
                    add("excel.cell.externalReference", Severity.INFO, value.address(),
                            value.formula().orElse(""), number.toPlainString());
                }
                if (cachedResults != null) {
                    cachedResults.check(value, this);
                }
                yield Optional.of(number);
            }
            case ERROR -> {
                reportCachedError(value);
                yield Optional.empty();
            }
            case BOOLEAN -> {
                add("excel.cell.notANumber", Severity.ERROR, value.address(), what, value.text());
                yield Optional.empty();
            }
            case TEXT -> numberFromText(value, what);
        };
    }

    /**
     * Returns a percentage on the 0-100 scale: a number cell formatted as a percentage (0.96 shown as 96%) is
     * multiplied by 100, while a text such as {@code 96%} gives 96.
     */
    Optional<BigDecimal> percent(CellValue value, String what) {
        Optional<BigDecimal> number = number(value, what);
        if (value.kind() == CellValue.Kind.NUMBER && value.isPercentFormat()) {
            return number.map(n -> n.multiply(HUNDRED));
        }
        return number;
    }

    /**
     * Returns the NIP of a cell, or empty with a warning. A NIP stored as a number cell is never trusted: Excel keeps
     * only 15 significant digits, so the last digits of an 18-digit NIP are already lost.
     */
    Optional<Nip> nip(CellValue cell, String text) {
        if (cell.kind() == CellValue.Kind.NUMBER) {
            add("excel.nip.numeric", Severity.WARNING, cell.address(), text);
            return Optional.empty();
        }
        return nip(text, cell.address());
    }

    /** Returns the NIP in the text, or empty with a warning when the text is not a valid NIP. */
    Optional<Nip> nip(String text, String location) {
        Optional<Nip> nip = Nip.tryParse(text);
        if (nip.isEmpty()) {
            add("excel.nip.invalid", Severity.WARNING, location, text);
        }
        return nip;
    }

    private Optional<BigDecimal> numberFromText(CellValue value, String what) {
        ParsedNumber parsed = NumberText.parse(value.text());
        return switch (parsed.kind()) {
            case EMPTY -> Optional.empty();
            case NOT_A_NUMBER -> {
                add("excel.cell.notANumber", Severity.ERROR, value.address(), what, clean(value.text()));
                yield Optional.empty();
            }
            case NUMBER -> {
                BigDecimal number = normal(parsed.value().orElseThrow());
                if (parsed.isAmbiguous()) {
                    add("excel.number.ambiguous", Severity.WARNING, value.address(), clean(value.text()),
                            number.toPlainString(), parsed.alternative().orElseThrow().toPlainString());
                }
                if (value.formula().isPresent()) {
                    add("excel.cell.cachedText", Severity.WARNING, value.address(), value.formula().get(),
                            clean(value.text()), number.toPlainString());
                } else if (cachedResults != null && cachedResults.rowCalculates(value.address())) {
                    add("excel.number.storedAsText", Severity.WARNING, value.address(), clean(value.text()),
                            number.toPlainString());
                }
                yield Optional.of(number);
            }
        };
    }

    private void reportCachedError(CellValue value) {
        if (value.text().equals(CellValue.NO_CACHED_VALUE)) {
            add("excel.formula.noCachedValue", Severity.ERROR, value.address(), value.formula().orElse(""));
        } else if (value.formula().isPresent()) {
            add("excel.cell.cachedError", Severity.WARNING, value.address(), value.formula().get(), value.text());
        } else {
            add("excel.cell.error", Severity.WARNING, value.address(), value.text());
        }
    }

    /** Returns the number without trailing zeros after the decimal point, so that 12.00 and 12 read alike. */
    static BigDecimal normal(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Collapses runs of white space, no-break spaces and line breaks to one space and trims. */
    static String clean(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
