package io.github.kinerja.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a stored result against the result recomputed from the input and settings it records.
 *
 * <p>Core builds results only while scoring, so a result document is read by scoring its recorded input again;
 * this check then makes sure that the stored values are the recomputed ones, so a document edited after scoring
 * is rejected instead of silently replaced. Numbers are compared by value ({@code 100.0} equals {@code 100}).
 * The formula texts of the explanation steps and the rendered messages of findings are not compared: they are
 * explanations for people, and a later release may word them better; the object read carries the recomputed ones.
 */
final class Recomputation {

    private static final Set<String> NOT_COMPARED = Set.of("formula", "messageEn", "messageId");

    private Recomputation() {}

    /**
     * Compares the stored document with the recomputed one.
     *
     * @param stored  the stored object with its pointer, not null
     * @param recomputed  the recomputed object as the codec writes it, not null
     * @throws JsonReadException at the first place where the two differ
     */
    static void verify(JsonIn stored, JsonNode recomputed) {
        compare(stored, recomputed);
    }

    private static void compare(JsonIn stored, JsonNode expected) {
        JsonNode found = stored.node();
        if (expected.isObject()) {
            if (!found.isObject()) {
                throw stored.error(JsonProblem.WRONG_TYPE, Expected.OBJECT);
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                if (NOT_COMPARED.contains(field.getKey())) {
                    continue;
                }
                JsonIn child = stored.child(field.getKey());
                if (child.isAbsent()) {
                    throw child.error(JsonProblem.MISSING_PROPERTY, Expected.VALUE);
                }
                compare(child, field.getValue());
            }
            if (!stored.ignoreUnknown()) {
                Iterator<String> names = found.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (!expected.has(name) && !NOT_COMPARED.contains(name)) {
                        List<String> known = new ArrayList<>();
                        expected.fieldNames().forEachRemaining(known::add);
                        throw stored.child(name).error(JsonProblem.UNKNOWN_PROPERTY, Expected.properties(known));
                    }
                }
            }
        } else if (expected.isArray()) {
            if (!found.isArray()) {
                throw stored.error(JsonProblem.WRONG_TYPE, Expected.ARRAY);
            }
            if (found.size() != expected.size()) {
                throw new JsonReadException(JsonProblem.RESULT_MISMATCH, stored.pointer(),
                        found.size() + " elements", Expected.recomputed(expected.size() + " elements"));
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(stored.child(i), expected.get(i));
            }
        } else if (expected.isNumber()) {
            if (!found.isNumber()) {
                throw stored.error(JsonProblem.WRONG_TYPE, Expected.NUMBER);
            }
            if (found.decimalValue().compareTo(expected.decimalValue()) != 0) {
                throw stored.error(JsonProblem.RESULT_MISMATCH,
                        Expected.recomputed(expected.decimalValue().toPlainString()));
            }
        } else if (!found.equals(expected)) {
            if (found.getNodeType() != expected.getNodeType()) {
                throw stored.error(JsonProblem.WRONG_TYPE, expected.isTextual() ? Expected.STRING : Expected.BOOLEAN);
            }
            throw stored.error(JsonProblem.RESULT_MISMATCH, Expected.recomputed(expected.toString()));
        }
    }
}
