package io.github.kinerja.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * The JSON form of one core type, always a JSON object: its properties with their {@link Shape shapes}, a writer
 * that fills an {@link ObjectOut} and a reader that builds the value from an {@link ObjectIn} through the core
 * factories and builders, so every core invariant holds for what is read.
 *
 * @param <T> the core type
 */
final class Codec<T> {

    /** One property of the object. */
    static final class Property {
        private final String name;
        private final Shape shape;
        private final boolean required;
        private final boolean derived;

        Property(String name, Shape shape, boolean required, boolean derived) {
            this.name = name;
            this.shape = shape;
            this.required = required;
            this.derived = derived;
        }

        String name() {
            return name;
        }

        Shape shape() {
            return shape;
        }

        /** Checks if a document must have the property. */
        boolean required() {
            return required;
        }

        /** Checks if the property is written for readers of the document only and ignored when read. */
        boolean derived() {
            return derived;
        }
    }

    private final Class<T> type;
    private final String schemaName;
    private final String description;
    private final Map<String, Property> properties;
    private final BiConsumer<T, ObjectOut> writer;
    @Nullable private final Function<ObjectIn, T> reader;

    private Codec(Builder<T> builder) {
        this.type = builder.type;
        this.schemaName = builder.schemaName;
        this.description = builder.description;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.properties));
        this.writer = Objects.requireNonNull(builder.writer, "writer of " + schemaName);
        this.reader = builder.reader;
    }

    /**
     * Starts the codec of {@code type}.
     *
     * @param type  the core type
     * @param schemaName  the name of the type's definition in the JSON Schema, such as {@code pp46.Kegiatan}
     * @param description  one sentence on what the object is, for the schema
     */
    static <T> Builder<T> builder(Class<T> type, String schemaName, String description) {
        return new Builder<>(type, schemaName, description);
    }

    Class<T> type() {
        return type;
    }

    String schemaName() {
        return schemaName;
    }

    String description() {
        return description;
    }

    /** Returns the properties in the order they are written. */
    Map<String, Property> properties() {
        return properties;
    }

    void checkDeclared(String name) {
        if (!properties.containsKey(name)) {
            throw new IllegalStateException("codec " + schemaName + " has no property " + name);
        }
    }

    Property property(String name) {
        Property property = properties.get(name);
        if (property == null) {
            throw new IllegalStateException("codec " + schemaName + " has no property " + name);
        }
        return property;
    }

    /**
     * Writes a value as a JSON object with the properties in declaration order.
     *
     * @param value  the value, not null
     * @return the object, not null
     */
    ObjectNode write(T value) {
        ObjectOut out = new ObjectOut(this);
        writer.accept(value, out);
        return out.node();
    }

    /**
     * Reads a value from a JSON object.
     *
     * @param in  the JSON value, an object, not null
     * @return the value, built through the core factories, not null
     * @throws JsonReadException if the value is not an object of this codec or breaks a rule of the core model
     */
    T read(JsonIn in) {
        if (reader == null) {
            throw new IllegalStateException(schemaName + " is written only, as part of a result document that is"
                    + " read by recomputing it");
        }
        ObjectIn object = new ObjectIn(this, in);
        return reader.apply(object);
    }

    /**
     * Checks if values can be read alone. Parts of a result that core builds only while scoring, such as the
     * result of one IKI, are written only: their document is read by recomputing the whole result.
     */
    boolean readable() {
        return reader != null;
    }

    /** Builder of codecs. */
    static final class Builder<T> {
        private final Class<T> type;
        private final String schemaName;
        private final String description;
        private final Map<String, Property> properties = new LinkedHashMap<>();
        @Nullable private BiConsumer<T, ObjectOut> writer;
        @Nullable private Function<ObjectIn, T> reader;

        private Builder(Class<T> type, String schemaName, String description) {
            this.type = type;
            this.schemaName = schemaName;
            this.description = description;
        }

        /** Declares a property that every document has. */
        Builder<T> required(String name, Shape shape) {
            return add(new Property(name, shape, true, false));
        }

        /** Declares a property that a document may leave out; lists left out read as empty. */
        Builder<T> optional(String name, Shape shape) {
            return add(new Property(name, shape, false, false));
        }

        /** Declares a property written for human readers only, such as a rendered message; reading ignores it. */
        Builder<T> derived(String name, Shape shape) {
            return add(new Property(name, shape, false, true));
        }

        Builder<T> writer(BiConsumer<T, ObjectOut> writer) {
            this.writer = writer;
            return this;
        }

        Builder<T> reader(Function<ObjectIn, T> reader) {
            this.reader = reader;
            return this;
        }

        Codec<T> build() {
            return new Codec<>(this);
        }

        private Builder<T> add(Property property) {
            if (properties.putIfAbsent(property.name(), property) != null) {
                throw new IllegalArgumentException("property " + property.name() + " is declared twice in "
                        + schemaName);
            }
            return this;
        }
    }

    /** Returns the names of the properties, for error messages. */
    List<String> propertyNames() {
        return new ArrayList<>(properties.keySet());
    }
}
