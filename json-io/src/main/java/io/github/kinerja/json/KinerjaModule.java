package io.github.kinerja.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.kinerja.core.Nip;
import io.github.kinerja.json.internal.TreeWriter;
import java.io.IOException;

/**
 * The Jackson 2 module of the kinerja JSON format: a serializer for every core type and a deserializer for every
 * core type that can be read on its own, all backed by the format's codecs.
 *
 * <p>Register it by hand or let Jackson find it through {@code META-INF/services}:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new KinerjaModule());
 * // or: new ObjectMapper().findAndRegisterModules();
 * String json = mapper.writeValueAsString(skp);
 * SkpPp46 back = mapper.readValue(json, SkpPp46.class);
 * }</pre>
 *
 * <p>The module writes the same text in any mapper: decimals are plain whatever
 * {@code WRITE_BIGDECIMAL_AS_PLAIN} is set to, and numbers are read exactly whatever
 * {@code USE_BIG_DECIMAL_FOR_FLOATS} is set to. A document type at the root of the JSON text (an SKP, a result, a report) carries {@code formatVersion}
 * and {@code type}. Unknown properties are rejected while the mapper's
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is on, as it is by default. A value that cannot be read
 * raises a {@link JsonMappingException} whose cause is the {@link JsonReadException} with the JSON Pointer of the
 * place at fault. {@link KinerjaJson} sets up a mapper with the format's limits on nesting and number length and
 * raises the {@link JsonReadException} itself.
 *
 * <p>Instances are immutable once registered and thread-safe.
 */
public final class KinerjaModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module; {@code ServiceLoader} uses this constructor. */
    public KinerjaModule() {
        super("KinerjaModule", Version.unknownVersion());
        for (Codec<?> codec : Codecs.ALL) {
            register(codec);
        }
        addSerializer(Nip.class, new NipSerializer());
        addDeserializer(Nip.class, new NipDeserializer());
        addSerializer(JsonDocument.class, new DocumentSerializer());
        addDeserializer(JsonDocument.class, new DocumentDeserializer());
    }

    private <T> void register(Codec<T> codec) {
        addSerializer(codec.type(), new CodecSerializer<>(codec.type()));
        if (codec.readable()) {
            addDeserializer(codec.type(), new CodecDeserializer<>(codec.type()));
        }
    }

    private static boolean isRoot(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        boolean container = parser.currentToken() == JsonToken.START_OBJECT
                || parser.currentToken() == JsonToken.START_ARRAY;
        JsonStreamContext parent = context.getParent();
        return container ? parent == null || parent.inRoot() : context.inRoot();
    }

    private static String pointer(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        boolean container = parser.currentToken() == JsonToken.START_OBJECT
                || parser.currentToken() == JsonToken.START_ARRAY;
        JsonStreamContext owner = container && context.getParent() != null ? context.getParent() : context;
        return owner.pathAsPointer().toString();
    }

    private static JsonNode tree(JsonParser parser, String pointer) throws JsonMappingException {
        try {
            return TreeReader.readValue(parser, pointer);
        } catch (JsonReadException e) {
            throw JsonMappingException.from(parser, e.getMessage(), e);
        }
    }

    /** Serializes one core type through its codec. */
    private static final class CodecSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        CodecSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            TreeWriter.write(Documents.write(value, generator.getOutputContext().inRoot()), generator);
        }
    }

    /** Deserializes one core type through its codec. */
    private static final class CodecDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final Class<T> type;

        CodecDeserializer(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            boolean root = isRoot(parser);
            String pointer = pointer(parser);
            JsonNode tree = tree(parser, pointer);
            boolean ignoreUnknown = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try {
                return Documents.read(tree, pointer, root, ignoreUnknown, type);
            } catch (JsonReadException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }

    /** Serializes a NIP as the string of its 18 digits, as inside every document. */
    private static final class NipSerializer extends StdSerializer<Nip> {
        private static final long serialVersionUID = 1L;

        NipSerializer() {
            super(Nip.class);
        }

        @Override
        public void serialize(Nip nip, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(nip.digits());
        }
    }

    /** Deserializes a NIP from the string of its 18 digits. */
    private static final class NipDeserializer extends StdDeserializer<Nip> {
        private static final long serialVersionUID = 1L;

        NipDeserializer() {
            super(Nip.class);
        }

        @Override
        public Nip deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String pointer = pointer(parser);
            JsonNode tree = tree(parser, pointer);
            try {
                return new JsonIn(tree, pointer, false).nip();
            } catch (JsonReadException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }

    /** Serializes a document with its envelope, at the root or nested. */
    private static final class DocumentSerializer extends StdSerializer<JsonDocument> {
        private static final long serialVersionUID = 1L;

        DocumentSerializer() {
            super(JsonDocument.class);
        }

        @Override
        public void serialize(JsonDocument document, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            TreeWriter.write(Documents.write(document.value(), true), generator);
        }
    }

    /** Deserializes a document of any type from its envelope, at the root or nested. */
    private static final class DocumentDeserializer extends StdDeserializer<JsonDocument> {
        private static final long serialVersionUID = 1L;

        DocumentDeserializer() {
            super(JsonDocument.class);
        }

        @Override
        public JsonDocument deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = tree(parser, pointer(parser));
            boolean ignoreUnknown = !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try {
                return Documents.readDocument(tree, ignoreUnknown);
            } catch (JsonReadException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }
}
