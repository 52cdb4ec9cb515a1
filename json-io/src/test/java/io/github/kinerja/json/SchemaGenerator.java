package io.github.kinerja.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kinerja.json.internal.EnumCodes;
import io.github.kinerja.json.internal.Enums;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the JSON Schema (draft 2020-12) of the format from the codecs' declared properties, so that the schema
 * cannot drift from the code: {@code SchemaTest} compares the generated schema with the shipped resource and
 * validates written documents against it.
 */
final class SchemaGenerator {

    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaGenerator() {}

    static ObjectNode generate() {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DRAFT);
        schema.put("title", "kinerja JSON format " + KinerjaJson.FORMAT_VERSION);
        schema.put("description", "One top-level kinerja document: formatVersion and type, followed by the"
                + " properties of the document's value. Numbers are exact decimals in plain notation, dates are"
                + " ISO-8601 and enums are lower-case codes.");
        schema.put("type", "object");
        schema.putArray("required").add(Documents.FORMAT_VERSION_PROPERTY).add(Documents.TYPE_PROPERTY);
        ObjectNode properties = schema.putObject("properties");
        properties.set(Documents.FORMAT_VERSION_PROPERTY, ref("FormatVersion"));
        ArrayNode typeCodes = properties.putObject(Documents.TYPE_PROPERTY).putArray("enum");
        ArrayNode dispatch = schema.putArray("allOf");
        for (DocumentType type : DocumentType.values()) {
            typeCodes.add(type.code());
            ObjectNode branch = dispatch.addObject();
            ObjectNode condition = branch.putObject("if");
            condition.putArray("required").add(Documents.TYPE_PROPERTY);
            condition.putObject("properties").putObject(Documents.TYPE_PROPERTY).put("const", type.code());
            branch.set("then", ref(documentName(type)));
        }
        ObjectNode defs = schema.putObject("$defs");
        addScalarDefinitions(defs);
        for (EnumCodes<?> codes : Enums.ALL) {
            ArrayNode values = NODES.arrayNode();
            codes.codes().forEach(values::add);
            defs.putObject(codes.schemaName()).set("enum", values);
        }
        for (Codec<?> codec : Codecs.ALL) {
            defs.set(codec.schemaName(), object(codec, Map.of()));
        }
        for (DocumentType type : DocumentType.values()) {
            defs.set(documentName(type), document(type));
        }
        return schema;
    }

    private static void addScalarDefinitions(ObjectNode defs) {
        defs.set("FormatVersion", NODES.objectNode()
                .put("description", "The format version: major.minor. Readers accept the same major version and a"
                        + " minor version up to their own.")
                .put("type", "string")
                .put("pattern", "^" + Documents.MAJOR + "\\.[0-9]+$"));
        defs.set("Text", NODES.objectNode().put("type", "string").put("pattern", "\\S"));
        defs.set("Decimal", NODES.objectNode()
                .put("description", "An exact decimal, written in plain notation without an exponent.")
                .put("type", "number"));
        defs.set("Date", NODES.objectNode().put("type", "string").put("format", "date")
                .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        defs.set("YearMonth", NODES.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$"));
        defs.set("Time", NODES.objectNode().put("type", "string")
                .put("pattern", "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$"));
        defs.set("Nip", NODES.objectNode().put("description", "The 18 digits of a NIP, without spaces.")
                .put("type", "string").put("pattern", "^[0-9]{18}$"));
    }

    // A document repeats the properties of its type next to the envelope, because additionalProperties cannot see
    // the properties of a referenced schema.
    private static ObjectNode document(DocumentType type) {
        Codec<?> codec = Codecs.forClass(type.javaType()).orElseThrow();
        Map<String, JsonNode> envelope = new LinkedHashMap<>();
        envelope.put(Documents.FORMAT_VERSION_PROPERTY, ref("FormatVersion"));
        envelope.put(Documents.TYPE_PROPERTY, NODES.objectNode().put("const", type.code()));
        ObjectNode document = object(codec, envelope);
        document.put("description", "A document of type " + type.code() + ". " + codec.description());
        return document;
    }

    static String toText(JsonNode schema) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String documentName(DocumentType type) {
        return "document." + type.code();
    }

    private static ObjectNode object(Codec<?> codec, Map<String, JsonNode> envelope) {
        ObjectNode object = NODES.objectNode();
        object.put("description", codec.description());
        object.put("type", "object");
        ObjectNode properties = object.putObject("properties");
        List<String> required = new ArrayList<>(envelope.keySet());
        envelope.forEach(properties::set);
        for (Codec.Property property : codec.properties().values()) {
            JsonNode shape = shape(property.shape());
            if (property.derived()) {
                shape = ((ObjectNode) shape.deepCopy()).put("description",
                        "Written for people reading the document; ignored when it is read.");
            }
            properties.set(property.name(), shape);
            if (property.required()) {
                required.add(property.name());
            }
        }
        ArrayNode requiredNode = object.putArray("required");
        required.forEach(requiredNode::add);
        object.put("additionalProperties", false);
        return object;
    }

    private static JsonNode shape(Shape shape) {
        return switch (shape.kind()) {
            case TEXT -> ref("Text");
            case ANY_TEXT -> NODES.objectNode().put("type", "string");
            case DECIMAL -> ref("Decimal");
            case INTEGER -> NODES.objectNode().put("type", "integer").put("minimum", shape.min())
                    .put("maximum", shape.max());
            case BOOLEAN -> NODES.objectNode().put("type", "boolean");
            case DATE -> ref("Date");
            case YEAR_MONTH -> ref("YearMonth");
            case TIME -> ref("Time");
            case NIP -> ref("Nip");
            case CODE -> ref(shape.codes().schemaName());
            case OBJECT -> ref(shape.codec().schemaName());
            case LIST -> {
                ObjectNode array = NODES.objectNode().put("type", "array");
                array.set("items", shape(shape.element()));
                yield array;
            }
            case CODE_MAP -> {
                ObjectNode map = NODES.objectNode().put("type", "object");
                map.set("propertyNames", ref(shape.codes().schemaName()));
                map.set("additionalProperties", shape(shape.element()));
                yield map;
            }
        };
    }

    private static ObjectNode ref(String name) {
        return NODES.objectNode().put("$ref", "#/$defs/" + name);
    }
}
