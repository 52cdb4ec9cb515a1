package io.github.kinerja.json;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import javax.annotation.Nullable;

/**
 * Signals a JSON document that cannot be read: what is wrong ({@link #problem()}), where ({@link #pointer()}, a
 * JSON Pointer such as {@code /kegiatan/0/target/waktu}), the value found and what was expected.
 *
 * <p>The message is available in English ({@link #getMessage()}) and in Indonesian
 * ({@code message(Locale.forLanguageTag("id"))}); both come from the bundle {@value #BUNDLE}. A read that fails
 * returns no object at all, so nothing half-built escapes.
 *
 * <pre>{@code
 * try {
 *     SkpPp46 skp = KinerjaJson.defaults().read(text, SkpPp46.class);
 * } catch (JsonReadException e) {
 *     e.pointer();   // "/kegiatan/0/target/waktu"
 *     e.found();     // "\"dua belas\""
 *     e.expected();  // "a number"
 * }
 * }</pre>
 */
public final class JsonReadException extends RuntimeException {

    /** The base name of the resource bundle holding the messages, English in the base file. */
    public static final String BUNDLE = "io.github.kinerja.json.Messages";

    private static final long serialVersionUID = 1L;

    private final JsonProblem problem;
    private final String pointer;
    private final String found;
    private final String expectedKey;
    private final String[] expectedArguments;
    private final long lineNumber;

    JsonReadException(JsonProblem problem, String pointer, String found, Expected expected) {
        this(problem, pointer, found, expected.key(), expected.arguments(), 0, null);
    }

    JsonReadException(JsonProblem problem, String pointer, String found, Expected expected, Throwable cause) {
        this(problem, pointer, found, expected.key(), expected.arguments(), 0, cause);
    }

    private JsonReadException(JsonProblem problem, String pointer, String found, String expectedKey,
            String[] expectedArguments, long lineNumber, @Nullable Throwable cause) {
        super(null, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.found = Objects.requireNonNull(found, "found");
        this.expectedKey = expectedKey;
        this.expectedArguments = expectedArguments.clone();
        this.lineNumber = lineNumber;
    }

    /** Returns what is wrong. */
    public JsonProblem problem() {
        return problem;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the value at fault, such as {@code /kegiatan/0/target/waktu}; the
     * empty string points at the whole document.
     */
    public String pointer() {
        return pointer;
    }

    /** Returns the value found, as JSON text such as {@code "dua belas"} or a word such as {@code array}. */
    public String found() {
        return found;
    }

    /** Returns what was expected, in English, such as {@code a number}. */
    public String expected() {
        return expected(Locale.ROOT);
    }

    /**
     * Returns what was expected in the given language: Indonesian for {@code id}, English otherwise.
     *
     * @param locale  the language, not null
     * @return the expectation, not null
     */
    public String expected(Locale locale) {
        return format(locale, expectedKey, (Object[]) expectedArguments);
    }

    /** Returns the line of a JSON Lines input the document stood on, counted from 1, or empty outside a batch. */
    public OptionalLong lineNumber() {
        return lineNumber > 0 ? OptionalLong.of(lineNumber) : OptionalLong.empty();
    }

    /**
     * Returns a copy of this exception that names the JSON Lines line the document stood on.
     *
     * @param line  the line number, counted from 1
     * @return the exception with the line number, not null
     */
    JsonReadException atLine(long line) {
        JsonReadException copy = new JsonReadException(problem, pointer, found, expectedKey, expectedArguments, line,
                getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** Returns the message in English. */
    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }

    /**
     * Renders the message in the given language: Indonesian for {@code id}, English otherwise.
     *
     * @param locale  the language, not null
     * @return the message naming the place, the value found and what was expected, not null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String where = pointer.isEmpty() ? format(locale, "json.location.document") : pointer;
        if (lineNumber > 0) {
            where = format(locale, "json.location.line", String.valueOf(lineNumber), where);
        }
        return format(locale, problem.code(), where, found, expected(locale));
    }

    private static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, locale, JsonReadException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(messages.getString(key), locale).format(arguments);
    }
}
