package io.github.kinerja.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table of the stable JSON codes of one enum, such as {@code "bulan"} for {@code SatuanWaktu.BULAN}.
 *
 * <p>The codes are written here, not derived from {@link Enum#name()}, so renaming a Java constant does not change
 * the format. Building the table fails if a constant has no code, so a constant added to core without a code
 * fails the first test that loads the table instead of writing an unreadable document.
 *
 * @param <E> the enum type
 */
public final class EnumCodes<E extends Enum<E>> {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[_/][a-z0-9]+)*");

    private final Class<E> type;
    private final String schemaName;
    private final Map<E, String> codes;
    private final Map<String, E> constants;

    private EnumCodes(Class<E> type, String schemaName, Map<E, String> codes) {
        this.type = type;
        this.schemaName = schemaName;
        this.codes = codes;
        Map<String, E> byCode = new HashMap<>();
        codes.forEach((constant, code) -> byCode.put(code, constant));
        this.constants = byCode;
    }

    /**
     * Starts the table of {@code type}.
     *
     * @param type  the enum type
     * @param schemaName  the name of the enum's definition in the JSON Schema, such as {@code pp46.SatuanWaktu}
     */
    public static <E extends Enum<E>> Builder<E> of(Class<E> type, String schemaName) {
        return new Builder<>(type, schemaName);
    }

    /** Returns the enum type. */
    public Class<E> type() {
        return type;
    }

    /** Returns the name of the enum's definition in the JSON Schema. */
    public String schemaName() {
        return schemaName;
    }

    /** Returns the code of a constant. */
    public String code(E constant) {
        return Objects.requireNonNull(codes.get(constant), "no code for " + constant);
    }

    /** Returns the constant of a code, or empty if no constant has that code. */
    public Optional<E> constant(String code) {
        return Optional.ofNullable(constants.get(code));
    }

    /** Returns the codes in the order of the enum's constants. */
    public List<String> codes() {
        return List.copyOf(codes.values());
    }

    /** Builder of a code table. */
    public static final class Builder<E extends Enum<E>> {
        private final Class<E> type;
        private final String schemaName;
        private final Map<E, String> codes;

        private Builder(Class<E> type, String schemaName) {
            this.type = type;
            this.schemaName = schemaName;
            this.codes = new EnumMap<>(type);
        }

        /** Adds the code of one constant. */
        public Builder<E> code(E constant, String code) {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("code must be lower-case letters and digits joined by _ or /,"
                        + " was \"" + code + "\" for " + constant);
            }
            if (codes.containsValue(code)) {
                throw new IllegalArgumentException("code \"" + code + "\" is given twice in " + type.getName());
            }
            codes.put(constant, code);
            return this;
        }

        /** Builds the table; every constant must have a code. */
        public EnumCodes<E> build() {
            List<E> missing = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                if (!codes.containsKey(constant)) {
                    missing.add(constant);
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("every constant of " + type.getName() + " needs a JSON code;"
                        + " add one for " + missing + " to its table in json-io");
            }
            return new EnumCodes<>(type, schemaName, Collections.unmodifiableMap(new EnumMap<>(codes)));
        }
    }
}
