package io.github.kinerja.core.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An ordered list of {@link Finding findings}, as returned by validation and reading steps instead of exceptions.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Report {

    Report() {}

    /** Returns the report without findings. */
    public static Report empty() {
        return EmptyHolder.EMPTY;
    }

    /**
     * Obtains a report of the given findings, in that order.
     *
     * @param findings  the findings, not null
     * @return the report, not null
     */
    public static Report of(Iterable<Finding> findings) {
        return ImmutableReport.builder().addAllFindings(findings).build();
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the findings in the order they were made. */
    public abstract List<Finding> findings();

    /** Checks if any finding is an error. */
    public boolean hasErrors() {
        return findings().stream().anyMatch(Finding::isError);
    }

    /** Checks if the report has no findings at all. */
    public boolean isEmpty() {
        return findings().isEmpty();
    }

    /**
     * Returns the findings of one severity.
     *
     * @param severity  the severity to keep, not null
     * @return the matching findings in order, not null
     */
    public List<Finding> findings(Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns a report with the findings of this one followed by those of {@code other}.
     *
     * @param other  the report to append, not null
     * @return the combined report, not null
     */
    public Report plus(Report other) {
        return ImmutableReport.builder().addAllFindings(findings()).addAllFindings(other.findings()).build();
    }

    /**
     * Renders every finding on its own line in the given language.
     *
     * @param locale  the language, not null
     * @return the rendered findings, empty when there are none, not null
     */
    public String render(Locale locale) {
        return findings().stream()
                .map(f -> (f.location().isEmpty() ? "" : f.location() + ": ") + f.message(locale))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    // A holder class, because a Report constant initialised in Report itself could deadlock class initialisation
    // against its generated subclass.
    private static final class EmptyHolder {
        static final Report EMPTY = ImmutableReport.builder().build();
    }

    /** Builder of reports, for code that collects findings step by step. */
    public static final class Builder extends ImmutableReport.Builder {
        Builder() {}
    }
}
