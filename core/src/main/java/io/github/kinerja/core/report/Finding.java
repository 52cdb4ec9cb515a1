package io.github.kinerja.core.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.immutables.value.Value;

/**
 * One finding of a validation or reading step: a stable code, a severity, where it was found and the values the
 * message needs.
 *
 * <p>The code is stable across releases, so callers may switch on it. The human-readable text comes from the
 * resource bundle named by {@link #bundle()}: English in the base bundle and Indonesian for locale {@code id}.
 * The location is free text in the form of the source, for example {@code SKP!E4} for a workbook cell or
 * {@code /kegiatan/0/target} for a JSON Pointer.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {

    Finding() {}

    /**
     * Obtains a finding.
     *
     * @param bundle  the base name of the resource bundle holding the message for {@code code}, not null
     * @param code  the stable message code, not null
     * @param severity  the severity, not null
     * @param location  where the finding was made, empty when it concerns the whole input, not null
     * @param arguments  the values for the message's placeholders, in order, not null
     * @return the finding, not null
     */
    public static Finding of(String bundle, String code, Severity severity, String location, Object... arguments) {
        Objects.requireNonNull(arguments, "arguments");
        ImmutableFinding.Builder builder = ImmutableFinding.builder()
                .bundle(bundle)
                .code(code)
                .severity(severity)
                .location(location);
        for (Object argument : arguments) {
            builder.addArgument(String.valueOf(argument));
        }
        return builder.build();
    }

    /** Returns the base name of the resource bundle that holds the message text. */
    public abstract String bundle();

    /** Returns the stable code of the finding, for example {@code pp46.kegiatan.target.missing}. */
    public abstract String code();

    /** Returns the severity. */
    public abstract Severity severity();

    /** Returns where the finding was made, or an empty string when it concerns the whole input. */
    public abstract String location();

    /** Returns the message arguments, already rendered as text. */
    public abstract List<String> arguments();

    /**
     * Renders the message in the given language: Indonesian for {@code id}, English otherwise.
     *
     * @param locale  the language of the message, not null
     * @return the message with its arguments filled in, not null
     */
    public String message(Locale locale) {
        String pattern;
        try {
            ResourceBundle messages = ResourceBundle.getBundle(bundle(), locale, Finding.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = messages.getString(code());
        } catch (MissingResourceException e) {
            // A missing text must not hide the finding itself: show the code and the raw values.
            return code() + " " + arguments();
        }
        return new MessageFormat(pattern, locale).format(arguments().toArray());
    }

    /** Checks if this finding is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = location().isEmpty() ? "" : location() + ": ";
        return severity() + " " + where + message(Locale.ROOT);
    }
}
