package io.github.kinerja.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads one JSON value from a parser into a tree, with the format's limits: numbers are kept exact and must be
 * plain decimals of at most {@value #MAX_DIGITS} digits on each side of the point, nesting is at most
 * {@value #MAX_DEPTH} levels deep and no object names a property twice.
 *
 * <p>Every failure, of the text or of the limits, becomes a {@link JsonReadException} with the JSON Pointer of the
 * place where reading stopped.
 */
final class TreeReader {

    /** The deepest nesting of objects and arrays a document may have. */
    static final int MAX_DEPTH = 64;

    /** The maximum number of digits a number may have before, and after, its decimal point. */
    static final int MAX_DIGITS = 100;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private String pointer;

    private TreeReader(JsonParser parser, String pointer) {
        this.parser = parser;
        this.pointer = pointer;
    }

    /**
     * Reads a whole input that must contain exactly one JSON value.
     *
     * @param parser  a parser before its first token, not null
     * @return the value, not null
     * @throws JsonReadException if the input is empty, not JSON, breaks a limit or contains more than one value
     */
    static JsonNode readDocument(JsonParser parser) {
        TreeReader reader = new TreeReader(parser, "");
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonReadException(JsonProblem.EMPTY, "", "", Expected.COMPLETE_VALUE);
            }
            JsonNode value = reader.value(first, 1);
            JsonToken next = parser.nextToken();
            if (next != null) {
                throw new JsonReadException(JsonProblem.SYNTAX, "", String.valueOf(parser.getText()),
                        Expected.SINGLE_VALUE);
            }
            return value;
        } catch (IOException e) {
            throw reader.translate(e);
        }
    }

    /**
     * Reads the value at the parser's current token, as a Jackson deserializer does.
     *
     * @param parser  a parser at the first token of the value, not null
     * @param pointer  the JSON Pointer of the value in its document, not null
     * @return the value, not null
     * @throws JsonReadException if the value is not JSON or breaks a limit
     */
    static JsonNode readValue(JsonParser parser, String pointer) {
        TreeReader reader = new TreeReader(parser, pointer);
        try {
            JsonToken token = parser.currentToken();
            if (token == null) {
                throw new JsonReadException(JsonProblem.EMPTY, pointer, "", Expected.COMPLETE_VALUE);
            }
            return reader.value(token, 1);
        } catch (IOException e) {
            throw reader.translate(e);
        }
    }

    private JsonNode value(JsonToken token, int depth) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                checkDepth(depth);
                yield object(depth);
            }
            case START_ARRAY -> {
                checkDepth(depth);
                yield array(depth);
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> DecimalNode.valueOf(number());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonReadException(JsonProblem.SYNTAX, pointer, String.valueOf(parser.getText()),
                    Expected.COMPLETE_VALUE);
        };
    }

    private ObjectNode object(int depth) throws IOException {
        String at = pointer;
        ObjectNode object = NODES.objectNode();
        JsonToken token = parser.nextToken();
        while (token == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            pointer = at + "/" + JsonIn.escape(name);
            if (object.has(name)) {
                throw new JsonReadException(JsonProblem.DUPLICATE_PROPERTY, pointer, JsonIn.quote(name),
                        Expected.UNIQUE_PROPERTY);
            }
            object.set(name, value(parser.nextToken(), depth + 1));
            pointer = at;
            token = parser.nextToken();
        }
        if (token == null) {
            throw new JsonReadException(JsonProblem.TRUNCATED, at, "", Expected.COMPLETE_VALUE);
        }
        return object;
    }

    private ArrayNode array(int depth) throws IOException {
        String at = pointer;
        ArrayNode array = NODES.arrayNode();
        JsonToken token = parser.nextToken();
        while (token != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonReadException(JsonProblem.TRUNCATED, at, "", Expected.COMPLETE_VALUE);
            }
            pointer = at + "/" + array.size();
            array.add(value(token, depth + 1));
            pointer = at;
            token = parser.nextToken();
        }
        return array;
    }

    private BigDecimal number() throws IOException {
        String text = parser.getText();
        BigDecimal value;
        try {
            value = parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new JsonReadException(JsonProblem.NUMBER_OUT_OF_RANGE, pointer, text,
                    Expected.plainDecimal(MAX_DIGITS), e);
        }
        // 1e1000000 parses cheaply, but toPlainString() or setScale() on it would build a million digits.
        if (value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS) {
            throw new JsonReadException(JsonProblem.NUMBER_OUT_OF_RANGE, pointer, text,
                    Expected.plainDecimal(MAX_DIGITS));
        }
        return value;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new JsonReadException(JsonProblem.TOO_DEEP, pointer, parser.currentToken() == JsonToken.START_ARRAY
                    ? "[…]" : "{…}", Expected.depth(MAX_DEPTH));
        }
    }

    private JsonReadException translate(IOException e) {
        if (e instanceof StreamConstraintsException constraint) {
            return limit(constraint);
        }
        if (e instanceof JsonEOFException) {
            return new JsonReadException(JsonProblem.TRUNCATED, pointer, "", Expected.COMPLETE_VALUE, e);
        }
        if (e instanceof JsonParseException parse) {
            return new JsonReadException(JsonProblem.SYNTAX, pointer, describe(parse), Expected.COMPLETE_VALUE, e);
        }
        return new JsonReadException(JsonProblem.INPUT_FAILED, pointer, String.valueOf(e.getMessage()),
                Expected.COMPLETE_VALUE, e);
    }

    private JsonReadException limit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return new JsonReadException(JsonProblem.TOO_DEEP, pointer, "{…}", Expected.depth(MAX_DEPTH), e);
        }
        if (lower.contains("number")) {
            return new JsonReadException(JsonProblem.NUMBER_OUT_OF_RANGE, pointer, firstLine(message),
                    Expected.plainDecimal(MAX_DIGITS), e);
        }
        return new JsonReadException(JsonProblem.TOO_LONG, pointer, firstLine(message),
                Expected.length(KinerjaJson.MAX_STRING_LENGTH), e);
    }

    private static String describe(JsonProcessingException e) {
        String text = firstLine(String.valueOf(e.getOriginalMessage()));
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text = text + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        return text;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
