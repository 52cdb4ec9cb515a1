package io.github.kinerja.core.permen2022;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.permen2021.BundleKeys;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String BASE = "/io/github/kinerja/core/permen2022/Messages";

    @Test
    void bundles_haveTheSameKeysInBothLanguages() {
        assertThat(BundleKeys.of(BASE + "_id.properties")).isEqualTo(BundleKeys.of(BASE + ".properties"));
    }

    @Test
    void bundles_haveAMessageForEveryFindingCode() {
        assertThat(BundleKeys.of(BASE + ".properties")).isEqualTo(BundleKeys.codes(Permen2022Validator.class));
    }

    @Test
    void finding_withApostrophe_rendersIt() {
        Finding finding = Finding.of(Permen2022Validator.BUNDLE, Permen2022Validator.RHK_INTERVENSI_MISSING,
                Severity.ERROR, "SKP-1/rhk/1", "1");

        assertThat(finding.message(Locale.ENGLISH)).contains("the superior's RHK");
        assertThat(finding.message(Locale.forLanguageTag("id"))).contains("RHK atasan yang diintervensi");
    }
}
