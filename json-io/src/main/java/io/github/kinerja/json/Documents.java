package io.github.kinerja.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level envelope of documents: {@code formatVersion} and {@code type} before the value's own properties.
 */
final class Documents {

    static final String FORMAT_VERSION_PROPERTY = "formatVersion";
    static final String TYPE_PROPERTY = "type";

    static final int MAJOR = 1;
    static final int MINOR = 1;

    private static final Pattern VERSION = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Documents() {}

    /**
     * Writes a value; a value of a document type written at the root gets the envelope.
     *
     * @param value  the core value, not null
     * @param root  whether the value is the root of the JSON text
     * @return the JSON object, not null
     * @throws IllegalArgumentException if the value's class has no JSON form
     */
    static ObjectNode write(Object value, boolean root) {
        Objects.requireNonNull(value, "value");
        ObjectNode body = Codecs.forValue(value).write(value);
        if (!root) {
            return body;
        }
        return DocumentType.of(value.getClass()).map(type -> envelope(type, body)).orElse(body);
    }

    /**
     * Reads a value of a known class. A document type at the root must have the envelope, and its type must be the
     * class's; any other value is read as it is. {@code Object.class} reads any document.
     *
     * @throws JsonReadException if the JSON is not a valid value of the class
     * @throws IllegalArgumentException if the class has no JSON form or is read only as part of a result
     */
    static <T> T read(JsonNode tree, String pointer, boolean root, boolean ignoreUnknown, Class<T> type) {
        if (root && type == Object.class) {
            return type.cast(readDocument(tree, ignoreUnknown).value());
        }
        Codec<T> codec = Codecs.forClass(type).orElseThrow(() -> new IllegalArgumentException(
                "type must be a core type with a JSON form, was " + type.getName()));
        if (!codec.readable()) {
            throw new IllegalArgumentException(type.getName() + " is written only, because core builds it only"
                    + " while scoring; read the input it was scored from instead");
        }
        if (root && DocumentType.of(type).isPresent()) {
            JsonDocument document = readDocument(tree, ignoreUnknown);
            DocumentType expected = DocumentType.of(type).orElseThrow();
            if (document.type() != expected) {
                throw new JsonReadException(JsonProblem.WRONG_DOCUMENT_TYPE, "/" + TYPE_PROPERTY,
                        JsonIn.quote(document.type().code()), Expected.documentType(expected.code()));
            }
            return type.cast(document.value());
        }
        return codec.read(new JsonIn(tree, pointer, ignoreUnknown));
    }

    /**
     * Reads a document of any type from its envelope.
     *
     * @throws JsonReadException if the JSON is not a valid document
     */
    static JsonDocument readDocument(JsonNode tree, boolean ignoreUnknown) {
        JsonIn in = new JsonIn(tree, "", ignoreUnknown);
        if (!tree.isObject()) {
            throw in.error(JsonProblem.WRONG_TYPE, Expected.OBJECT);
        }
        checkVersion(in.child(FORMAT_VERSION_PROPERTY), ignoreUnknown);
        DocumentType type = documentType(in.child(TYPE_PROPERTY));
        Codec<?> codec = Codecs.forClass(type.javaType()).orElseThrow();
        if (!codec.readable()) {
            throw in.child(TYPE_PROPERTY).error(JsonProblem.NOT_READABLE, Expected.oneOf(readableCodes()));
        }
        ObjectNode body = ((ObjectNode) tree).deepCopy();
        body.remove(FORMAT_VERSION_PROPERTY);
        body.remove(TYPE_PROPERTY);
        Object value = codec.read(new JsonIn(body, "", ignoreUnknown));
        return new JsonDocument(type, value);
    }

    static String formatVersion() {
        return MAJOR + "." + MINOR;
    }

    private static ObjectNode envelope(DocumentType type, ObjectNode body) {
        ObjectNode document = NODES.objectNode();
        document.put(FORMAT_VERSION_PROPERTY, formatVersion());
        document.put(TYPE_PROPERTY, type.code());
        document.setAll(body);
        return document;
    }

    private static void checkVersion(JsonIn version, boolean ignoreUnknown) {
        if (version.isAbsent()) {
            throw version.error(JsonProblem.MISSING_PROPERTY, Expected.version(formatVersion()));
        }
        String text = version.anyText();
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.matches()) {
            throw version.error(JsonProblem.INVALID_TEXT, Expected.version(formatVersion()));
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        // A newer minor version only adds optional properties and codes, so a reader that ignores unknown
        // properties can skip them. A new enum code still fails where it is read.
        if (major != MAJOR || (minor > MINOR && !ignoreUnknown)) {
            throw version.error(JsonProblem.UNSUPPORTED_VERSION, Expected.version(formatVersion()));
        }
    }

    private static DocumentType documentType(JsonIn type) {
        if (type.isAbsent()) {
            throw type.error(JsonProblem.MISSING_PROPERTY, Expected.oneOf(codes()));
        }
        String code = type.anyText();
        return DocumentType.fromCode(code)
                .orElseThrow(() -> type.error(JsonProblem.UNKNOWN_DOCUMENT_TYPE, Expected.oneOf(codes())));
    }

    private static List<String> readableCodes() {
        List<String> codes = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            if (Codecs.forClass(type.javaType()).orElseThrow().readable()) {
                codes.add(type.code());
            }
        }
        return codes;
    }

    private static List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            codes.add(type.code());
        }
        return codes;
    }
}
