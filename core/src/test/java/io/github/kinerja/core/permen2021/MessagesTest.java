package io.github.kinerja.core.permen2021;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String BASE = "/io/github/kinerja/core/permen2021/Messages";

    @Test
    void bundles_haveTheSameKeysInBothLanguages() {
        assertThat(BundleKeys.of(BASE + "_id.properties")).isEqualTo(BundleKeys.of(BASE + ".properties"));
    }

    @Test
    void bundles_haveAMessageForEveryFindingCode() {
        assertThat(BundleKeys.of(BASE + ".properties")).isEqualTo(BundleKeys.codes(Permen2021Validator.class));
    }

    @Test
    void finding_rendersInIndonesianAndEnglish() {
        Finding finding = Finding.of(Permen2021Validator.BUNDLE, Permen2021Validator.IKI_MISSING, Severity.ERROR,
                "rencanaKinerja/1", "1");
        assertThat(finding.message(Locale.ENGLISH)).startsWith("Rencana kinerja 1 has no IKI");
        assertThat(finding.message(Locale.forLanguageTag("id"))).startsWith("Rencana kinerja 1 tidak memiliki IKI");
    }
}
