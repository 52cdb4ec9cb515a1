package io.github.kinerja.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kinerja.core.Nip;
import io.github.kinerja.json.internal.EnumCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One JSON value being read, with its JSON Pointer, so that every error names the place it was found.
 *
 * <p>The conversions check the JSON type first and raise a {@link JsonReadException} with the pointer, the value
 * found and what was expected; none lets a Jackson or core exception escape.
 */
final class JsonIn {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?");
    private static final Pattern NIP = Pattern.compile("[0-9]{18}");
    private static final int FOUND_MAX_LENGTH = 80;

    private final JsonNode node;
    private final String pointer;
    private final boolean ignoreUnknown;

    JsonIn(JsonNode node, String pointer, boolean ignoreUnknown) {
        this.node = node;
        this.pointer = pointer;
        this.ignoreUnknown = ignoreUnknown;
    }

    JsonNode node() {
        return node;
    }

    String pointer() {
        return pointer;
    }

    boolean ignoreUnknown() {
        return ignoreUnknown;
    }

    JsonIn child(String name) {
        return new JsonIn(node.path(name), pointer + "/" + escape(name), ignoreUnknown);
    }

    JsonIn child(int index) {
        return new JsonIn(node.path(index), pointer + "/" + index, ignoreUnknown);
    }

    /** Checks if the value is absent or JSON {@code null}, which both mean "no value" for an optional property. */
    boolean isAbsent() {
        return node.isMissingNode() || node.isNull();
    }

    /** Reads a string that is not blank. */
    String text() {
        String text = anyText();
        if (text.isBlank()) {
            throw error(JsonProblem.INVALID_TEXT, Expected.STRING);
        }
        return text;
    }

    /** Reads any string, the empty one included. */
    String anyText() {
        if (!node.isTextual()) {
            throw error(JsonProblem.WRONG_TYPE, Expected.STRING);
        }
        return node.textValue();
    }

    /** Reads an exact decimal; the tree reader has already rejected numbers out of the format's range. */
    BigDecimal decimal() {
        if (!node.isNumber()) {
            throw error(JsonProblem.WRONG_TYPE, Expected.NUMBER);
        }
        return node.decimalValue();
    }

    int integer(int min, int max) {
        if (!node.isNumber()) {
            throw error(JsonProblem.WRONG_TYPE, Expected.integer(min, max));
        }
        BigDecimal value = node.decimalValue();
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (!whole || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw error(JsonProblem.NUMBER_OUT_OF_RANGE, Expected.integer(min, max));
        }
        return value.intValueExact();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw error(JsonProblem.WRONG_TYPE, Expected.BOOLEAN);
        }
        return node.booleanValue();
    }

    LocalDate date() {
        String text = anyText();
        if (!DATE.matcher(text).matches()) {
            throw error(JsonProblem.INVALID_TEXT, Expected.DATE);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(JsonProblem.INVALID_TEXT, Expected.DATE, e);
        }
    }

    YearMonth yearMonth() {
        String text = anyText();
        if (!YEAR_MONTH.matcher(text).matches()) {
            throw error(JsonProblem.INVALID_TEXT, Expected.YEAR_MONTH);
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw error(JsonProblem.INVALID_TEXT, Expected.YEAR_MONTH, e);
        }
    }

    LocalTime time() {
        String text = anyText();
        if (!TIME.matcher(text).matches()) {
            throw error(JsonProblem.INVALID_TEXT, Expected.TIME);
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw error(JsonProblem.INVALID_TEXT, Expected.TIME, e);
        }
    }

    Nip nip() {
        String text = anyText();
        if (!NIP.matcher(text).matches()) {
            throw error(JsonProblem.INVALID_TEXT, Expected.NIP);
        }
        try {
            return Nip.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(JsonProblem.INVALID_VALUE, Expected.rule(String.valueOf(e.getMessage())), e);
        }
    }

    <E extends Enum<E>> E code(EnumCodes<E> codes) {
        String text = anyText();
        return codes.constant(text)
                .orElseThrow(() -> error(JsonProblem.UNKNOWN_CODE, Expected.oneOf(codes.codes())));
    }

    <T> T object(Codec<T> codec) {
        return codec.read(this);
    }

    /** Reads an array, each element with {@code element}; the list is unmodifiable. */
    <T> List<T> list(Function<JsonIn, T> element) {
        if (!node.isArray()) {
            throw error(JsonProblem.WRONG_TYPE, Expected.ARRAY);
        }
        List<T> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(element.apply(child(i)));
        }
        return Collections.unmodifiableList(list);
    }

    /** Reads an object whose property names are enum codes, each value with {@code value}, in document order. */
    <K extends Enum<K>, V> Map<K, V> codeMap(EnumCodes<K> keys, Function<JsonIn, V> value) {
        if (!node.isObject()) {
            throw error(JsonProblem.WRONG_TYPE, Expected.OBJECT);
        }
        Map<K, V> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonIn in = child(field.getKey());
            K key = keys.constant(field.getKey()).orElseThrow(() -> new JsonReadException(JsonProblem.UNKNOWN_CODE,
                    in.pointer(), quote(field.getKey()), Expected.oneOf(keys.codes())));
            map.put(key, value.apply(in));
        }
        return map;
    }

    /** Reads an optional value: empty when the value is absent or {@code null}. */
    <T> Optional<T> optional(Function<JsonIn, T> read) {
        return isAbsent() ? Optional.empty() : Optional.of(read.apply(this));
    }

    JsonReadException error(JsonProblem problem, Expected expected) {
        return new JsonReadException(problem, pointer, found(node), expected);
    }

    JsonReadException error(JsonProblem problem, Expected expected, Throwable cause) {
        return new JsonReadException(problem, pointer, found(node), expected, cause);
    }

    /** Renders a value for an error message: scalars as JSON text, shortened, and containers as {@code {…}} or {@code […]}. */
    static String found(JsonNode node) {
        if (node.isMissingNode()) {
            return "";
        }
        if (node.isObject()) {
            return "{…}";
        }
        if (node.isArray()) {
            return "[…]";
        }
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isNumber()) {
            return shorten(node.decimalValue().toPlainString());
        }
        return node.toString();
    }

    static String quote(String text) {
        return "\"" + shorten(text) + "\"";
    }

    /** Escapes a property name for a JSON Pointer (RFC 6901): {@code ~} as {@code ~0} and {@code /} as {@code ~1}. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String shorten(String text) {
        return text.length() <= FOUND_MAX_LENGTH ? text : text.substring(0, FOUND_MAX_LENGTH) + "…";
    }
}
