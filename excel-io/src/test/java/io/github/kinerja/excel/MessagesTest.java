package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String BASE = "/io/github/kinerja/excel/Messages";
    // English words that crept into Indonesian texts; form terms such as "Kuant/Output" or "rating" are not here.
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(with|or|and|the|of|found|not|is|sheet|sheets|workbook|path|header|headers|cell|cannot)\\b");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bundles_haveTheSameKeysInBothLanguages() throws IOException {
        Set<String> english = load(BASE + ".properties").stringPropertyNames();
        Set<String> indonesian = load(BASE + "_id.properties").stringPropertyNames();

        assertThat(indonesian).isEqualTo(english);
    }

    @Test
    void indonesianTexts_haveNoEnglishWords() throws IOException {
        Properties indonesian = load(BASE + "_id.properties");

        for (String key : indonesian.stringPropertyNames()) {
            assertThat(ENGLISH.matcher(indonesian.getProperty(key)).find())
                    .as("%s: %s", key, indonesian.getProperty(key)).isFalse();
        }
    }

    @Test
    void unsupportedLayout_indonesianMessageHasNoEnglishConnectors() {
        UnsupportedLayoutException e = new UnsupportedLayoutException("x.xlsx", List.of("Sheet1"),
                LayoutDetector.EXPECTED_HEADERS);

        String message = e.message(Locale.forLanguageTag("id"));

        assertThat(message).startsWith("x.xlsx: tidak ditemukan formulir SKP atau CKP yang didukung")
                .contains("\"Kegiatan Tugas Jabatan\" + \"TARGET\" (SKP PP 46)")
                .contains("\"Target Kuantitas\" / \"Kuantitas\"");
        assertThat(ENGLISH.matcher(message).find()).as(message).isFalse();
    }
}
