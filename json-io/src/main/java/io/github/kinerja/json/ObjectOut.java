package io.github.kinerja.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kinerja.core.Nip;
import io.github.kinerja.json.internal.EnumCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON object being written by a {@link Codec}. Optional values that are empty are left out; lists are always
 * written, empty ones as {@code []}.
 */
final class ObjectOut {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Codec<?> codec;
    private final ObjectNode node = NODES.objectNode();

    ObjectOut(Codec<?> codec) {
        this.codec = codec;
    }

    ObjectNode node() {
        return node;
    }

    @CanIgnoreReturnValue
    ObjectOut put(String name, JsonNode value) {
        codec.checkDeclared(name);
        node.set(name, value);
        return this;
    }

    @CanIgnoreReturnValue
    <T> ObjectOut optional(String name, Optional<T> value, Function<T, JsonNode> convert) {
        value.ifPresent(v -> put(name, convert.apply(v)));
        return this;
    }

    @CanIgnoreReturnValue
    ObjectOut text(String name, String value) {
        return put(name, text(value));
    }

    @CanIgnoreReturnValue
    ObjectOut optionalText(String name, Optional<String> value) {
        return optional(name, value, ObjectOut::text);
    }

    @CanIgnoreReturnValue
    ObjectOut decimal(String name, BigDecimal value) {
        return put(name, decimal(value));
    }

    @CanIgnoreReturnValue
    ObjectOut optionalDecimal(String name, Optional<BigDecimal> value) {
        return optional(name, value, ObjectOut::decimal);
    }

    @CanIgnoreReturnValue
    ObjectOut integer(String name, int value) {
        return put(name, NODES.numberNode(value));
    }

    @CanIgnoreReturnValue
    ObjectOut bool(String name, boolean value) {
        return put(name, NODES.booleanNode(value));
    }

    @CanIgnoreReturnValue
    ObjectOut date(String name, LocalDate value) {
        return put(name, text(value.toString()));
    }

    @CanIgnoreReturnValue
    ObjectOut optionalDate(String name, Optional<LocalDate> value) {
        return optional(name, value, v -> text(v.toString()));
    }

    @CanIgnoreReturnValue
    ObjectOut yearMonth(String name, YearMonth value) {
        return put(name, text(value.toString()));
    }

    @CanIgnoreReturnValue
    ObjectOut optionalYearMonth(String name, Optional<YearMonth> value) {
        return optional(name, value, v -> text(v.toString()));
    }

    @CanIgnoreReturnValue
    ObjectOut optionalTime(String name, Optional<LocalTime> value) {
        return optional(name, value, v -> text(v.toString()));
    }

    @CanIgnoreReturnValue
    ObjectOut optionalNip(String name, Optional<Nip> value) {
        return optional(name, value, v -> text(v.digits()));
    }

    @CanIgnoreReturnValue
    <E extends Enum<E>> ObjectOut code(String name, EnumCodes<E> codes, E value) {
        return put(name, text(codes.code(value)));
    }

    @CanIgnoreReturnValue
    <E extends Enum<E>> ObjectOut optionalCode(String name, EnumCodes<E> codes, Optional<E> value) {
        return optional(name, value, v -> text(codes.code(v)));
    }

    @CanIgnoreReturnValue
    <T> ObjectOut object(String name, Codec<T> codec, T value) {
        return put(name, codec.write(value));
    }

    @CanIgnoreReturnValue
    <T> ObjectOut optionalObject(String name, Codec<T> codec, Optional<T> value) {
        return optional(name, value, codec::write);
    }

    @CanIgnoreReturnValue
    <T> ObjectOut list(String name, Codec<T> codec, List<T> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        for (T value : values) {
            array.add(codec.write(value));
        }
        return put(name, array);
    }

    @CanIgnoreReturnValue
    ObjectOut textList(String name, List<String> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(array::add);
        return put(name, array);
    }

    @CanIgnoreReturnValue
    <K extends Enum<K>> ObjectOut decimalMap(String name, EnumCodes<K> keys, Map<K, BigDecimal> values) {
        return map(name, keys, values, ObjectOut::decimal);
    }

    /** Writes a map keyed by enum codes, in the map's order. */
    @CanIgnoreReturnValue
    <K extends Enum<K>, V> ObjectOut map(String name, EnumCodes<K> keys, Map<K, V> values,
            Function<V, JsonNode> convert) {
        ObjectNode object = NODES.objectNode();
        values.forEach((key, value) -> object.set(keys.code(key), convert.apply(value)));
        return put(name, object);
    }

    static JsonNode decimals(List<BigDecimal> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(value -> array.add(decimal(value)));
        return array;
    }

    static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    static JsonNode decimal(BigDecimal value) {
        return DecimalNode.valueOf(value);
    }
}
