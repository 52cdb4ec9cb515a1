package io.github.kinerja.core.permen2021;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Reads the keys of a message bundle from the test class path, for the bundle tests of the rule-set packages. */
public final class BundleKeys {

    private BundleKeys() {}

    /**
     * Returns the keys of one properties file.
     *
     * @param resource  the class-path resource, such as {@code /io/github/kinerja/core/permen2021/Messages.properties}
     * @return the keys, sorted
     * @throws IllegalStateException if the resource is missing
     */
    public static Set<String> of(String resource) {
        try (InputStream in = BundleKeys.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the values of the public static String constants of a class, except {@code BUNDLE}: the finding codes
     * of a validator or checker.
     *
     * @param type  the class, not null
     * @return the codes, sorted
     */
    public static Set<String> codes(Class<?> type) {
        Set<String> codes = new TreeSet<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("BUNDLE")) {
                try {
                    codes.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("public field " + field + " not readable", e);
                }
            }
        }
        return codes;
    }
}
