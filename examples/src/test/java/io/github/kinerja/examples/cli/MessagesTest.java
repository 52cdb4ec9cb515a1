package io.github.kinerja.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bundles_haveSameKeysInBothLanguages() throws IOException {
        Properties english = load("Messages.properties");
        Properties indonesian = load("Messages_id.properties");

        assertThat(indonesian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }
}
