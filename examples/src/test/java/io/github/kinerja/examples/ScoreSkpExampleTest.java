package io.github.kinerja.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.pp46.calc.Pp46Result;
import org.junit.jupiter.api.Test;

class ScoreSkpExampleTest {

    @Test
    void score_readmeSnippet_givesK2Value() {
        Pp46Result result = ScoreSkpExample.score();

        // Kuantitas 100 + kualitas 90 + waktu 76 (on time), no biaya: 266 / 3.
        assertThat(result.nilaiCapaianSkp().rounded()).isEqualByComparingTo("88.67");
        assertThat(result.kegiatan().get(0).divisor()).isEqualTo(3);
    }
}
