package io.github.kinerja.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a reader expected at the place of a {@link JsonReadException}: a message key of the bundle
 * {@value JsonReadException#BUNDLE} and its arguments, rendered in the reader's language only when needed.
 */
final class Expected {

    static final Expected OBJECT = new Expected("expect.object");
    static final Expected ARRAY = new Expected("expect.array");
    static final Expected STRING = new Expected("expect.string");
    static final Expected NUMBER = new Expected("expect.number");
    static final Expected BOOLEAN = new Expected("expect.boolean");
    static final Expected DATE = new Expected("expect.date");
    static final Expected YEAR_MONTH = new Expected("expect.yearMonth");
    static final Expected TIME = new Expected("expect.time");
    static final Expected NIP = new Expected("expect.nip");
    static final Expected VALUE = new Expected("expect.value");
    static final Expected COMPLETE_VALUE = new Expected("expect.completeValue");
    static final Expected SINGLE_VALUE = new Expected("expect.singleValue");
    static final Expected UNIQUE_PROPERTY = new Expected("expect.uniqueProperty");

    private final String key;
    private final String[] arguments;

    private Expected(String key, String... arguments) {
        this.key = key;
        this.arguments = arguments.clone();
    }

    static Expected integer(int min, int max) {
        return new Expected("expect.integer", String.valueOf(min), String.valueOf(max));
    }

    static Expected oneOf(List<String> codes) {
        return new Expected("expect.oneOf", quoted(codes));
    }

    static Expected properties(List<String> names) {
        return new Expected("expect.properties", quoted(names));
    }

    static Expected plainDecimal(int digits) {
        return new Expected("expect.plainDecimal", String.valueOf(digits));
    }

    static Expected version(String current) {
        return new Expected("expect.version", current);
    }

    static Expected documentType(String code) {
        return new Expected("expect.documentType", code);
    }

    static Expected depth(int levels) {
        return new Expected("expect.depth", String.valueOf(levels));
    }

    static Expected length(long characters) {
        return new Expected("expect.length", String.valueOf(characters));
    }

    /** A rule of the core model, in the core's words, which are English only. */
    static Expected rule(String rule) {
        return new Expected("expect.rule", rule);
    }

    static Expected recomputed(String value) {
        return new Expected("expect.recomputed", value);
    }

    String key() {
        return key;
    }

    String[] arguments() {
        return arguments.clone();
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
    }
}
