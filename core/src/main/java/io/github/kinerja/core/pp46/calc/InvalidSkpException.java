package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when an SKP cannot be scored because its validation found errors. The {@link #report()} contains every
 * finding, so a caller can show all problems at once instead of only the first.
 */
public final class InvalidSkpException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    // Report is not serializable, so a deserialized exception keeps only its message.
    private final transient Report report;

    /**
     * Creates the exception.
     *
     * @param report  the validation report, with at least one error, not null
     */
    public InvalidSkpException(Report report) {
        super(message(report));
        this.report = report;
    }

    /** Returns the validation report: errors, warnings and notes, in the order of the SKP. */
    public Report report() {
        return report;
    }

    private static String message(Report report) {
        Objects.requireNonNull(report, "report");
        Report errors = Report.of(report.findings(Severity.ERROR));
        return "SKP cannot be scored, fix these errors first:" + System.lineSeparator()
                + errors.render(Locale.ROOT);
    }
}
