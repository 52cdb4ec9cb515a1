package io.github.kinerja.json;

import java.util.Objects;

/**
 * One top-level document read without knowing its type in advance, such as an SKP or a result read from a file
 * or a JSON Lines batch.
 *
 * <pre>{@code
 * JsonDocument document = KinerjaJson.defaults().readDocument(text);
 * if (document.type() == DocumentType.SKP_PP46) {
 *     SkpPp46 skp = document.value(SkpPp46.class);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonDocument {

    private final DocumentType type;
    private final Object value;

    JsonDocument(DocumentType type, Object value) {
        this.type = Objects.requireNonNull(type, "type");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains a document of a core value, to write it with its type, for example into a JSON Lines batch.
     *
     * @param value  a value of a {@link DocumentType document type}, not null
     * @return the document, not null
     * @throws IllegalArgumentException if values of the value's class are not documents
     */
    public static JsonDocument of(Object value) {
        Objects.requireNonNull(value, "value");
        DocumentType type = DocumentType.of(value.getClass()).orElseThrow(() -> new IllegalArgumentException(
                "value must be of a document type (an SKP, a result or a report), was " + value.getClass().getName()));
        return new JsonDocument(type, value);
    }

    /** Returns the type the document's {@code type} property names. */
    public DocumentType type() {
        return type;
    }

    /** Returns the value, an instance of {@link DocumentType#javaType()}. */
    public Object value() {
        return value;
    }

    /**
     * Returns the value as the given class.
     *
     * @param type  the expected class, such as {@code SkpPp46.class}, not null
     * @param <T> the expected type
     * @return the value, not null
     * @throws ClassCastException if the value is not of that class; check {@link #type()} first
     */
    public <T> T value(Class<T> type) {
        return type.cast(value);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof JsonDocument that)) {
            return false;
        }
        return type == that.type && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value);
    }

    @Override
    public String toString() {
        return type.code() + ": " + value;
    }
}
