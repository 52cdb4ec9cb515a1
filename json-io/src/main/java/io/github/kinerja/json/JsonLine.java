package io.github.kinerja.json;

import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One line of a JSON Lines batch as read: its number and either the document on it or the error that kept it from
 * being read.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonLine {

    private final long lineNumber;
    @Nullable private final JsonDocument document;
    @Nullable private final JsonReadException error;

    private JsonLine(long lineNumber, @Nullable JsonDocument document, @Nullable JsonReadException error) {
        this.lineNumber = lineNumber;
        this.document = document;
        this.error = error;
    }

    static JsonLine of(long lineNumber, JsonDocument document) {
        return new JsonLine(lineNumber, Objects.requireNonNull(document, "document"), null);
    }

    static JsonLine failed(long lineNumber, JsonReadException error) {
        return new JsonLine(lineNumber, null, Objects.requireNonNull(error, "error"));
    }

    /** Returns the number of the line in the input, counted from 1, blank lines included. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Checks if the line held a valid document. */
    public boolean isValid() {
        return document != null;
    }

    /** Returns the document on the line, or empty if the line could not be read. */
    public Optional<JsonDocument> document() {
        return Optional.ofNullable(document);
    }

    /** Returns why the line could not be read, with {@link JsonReadException#lineNumber()} set, or empty. */
    public Optional<JsonReadException> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + (document != null ? document.type().code() : String.valueOf(error));
    }
}
