package io.github.kinerja.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a tree made by the codecs to a generator, with every decimal in plain notation ({@code 0.0000001}, never
 * {@code 1E-7}) whatever the generator's own settings, so that the module writes the same text in any
 * {@code ObjectMapper}.
 */
public final class TreeWriter {

    private TreeWriter() {}

    /**
     * Writes a tree.
     *
     * @param node  the tree, not null
     * @param generator  the destination, not null
     * @throws IOException if the generator fails
     */
    public static void write(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    write(field.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(element, generator);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> {
                if (node.isIntegralNumber()) {
                    generator.writeNumber(node.bigIntegerValue());
                } else {
                    generator.writeNumber(node.decimalValue().toPlainString());
                }
            }
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            default -> generator.writeNull();
        }
    }
}
