package io.github.kinerja.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.permen2021.BundleKeys;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String BASE = "/io/github/kinerja/core/ruleset/Messages";

    @Test
    void bundles_haveTheSameKeysInBothLanguages() {
        assertThat(BundleKeys.of(BASE + "_id.properties")).isEqualTo(BundleKeys.of(BASE + ".properties"));
    }

    @Test
    void bundles_haveAMessageForEveryFindingCode() {
        assertThat(BundleKeys.of(BASE + ".properties")).isEqualTo(BundleKeys.codes(RuleSetRegistry.class));
    }
}
