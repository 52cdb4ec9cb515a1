package io.github.kinerja.core.pp46.calc;

import static io.github.kinerja.core.pp46.Pp46Fixtures.d;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k1;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k2;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k3;
import static io.github.kinerja.core.pp46.Pp46Fixtures.k4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.pp46.AspekSkp;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.Target;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Golden vectors of the kegiatan value (K1 to K4). */
class KegiatanCalculatorTest {

    private final KegiatanCalculator calculator = KegiatanCalculator.standard();
    private final AspekCalculator aspects = AspekCalculator.standard();

    @Test
    void k1_withBiaya_is342Over4() {
        KegiatanResult result = calculator.calculate(k1(), aspects);

        assertThat(result.aspects()).extracting(AspekResult::aspek)
                .containsExactly(AspekSkp.KUANTITAS, AspekSkp.KUALITAS, AspekSkp.WAKTU, AspekSkp.BIAYA);
        assertThat(result.aspects()).extracting(AspekResult::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("100"), d("90"), d("76"), d("76"));
        assertThat(result.penghitungan()).isEqualByComparingTo("342");
        assertThat(result.divisor()).isEqualTo(4);
        assertThat(result.value()).isEqualByComparingTo("85.5");
        assertThat(result.executed()).isTrue();
    }

    @Test
    void k1_steps_explainPenghitunganAndDivisor() {
        KegiatanResult result = calculator.calculate(k1(), aspects);

        assertThat(result.steps()).extracting(CalculationStep::name).containsExactly(
                Pp46Steps.KUANTITAS_CAPAIAN, Pp46Steps.KUALITAS_CAPAIAN,
                Pp46Steps.WAKTU_EFISIENSI, Pp46Steps.WAKTU_CAPAIAN,
                Pp46Steps.BIAYA_EFISIENSI, Pp46Steps.BIAYA_CAPAIAN,
                Pp46Steps.KEGIATAN_PENGHITUNGAN, Pp46Steps.KEGIATAN_NILAI);
        assertThat(result.steps().get(6).formula()).isEqualTo("100 + 90 + 76 + 76");
        assertThat(result.steps().get(7).formula()).isEqualTo("342 / 4");
        assertThat(result.steps().get(7).value()).isEqualByComparingTo("85.5");
    }

    @Test
    void k2_withoutBiaya_is266Over3() {
        KegiatanResult result = calculator.calculate(k2(), aspects);

        assertThat(result.penghitungan()).isEqualByComparingTo("266");
        assertThat(result.divisor()).isEqualTo(3);
        assertThat(result.aspect(AspekSkp.BIAYA)).isEmpty();
        assertThat(result.value())
                .isEqualByComparingTo(new BigDecimal(266).divide(new BigDecimal(3), MathContext.DECIMAL128));
        assertThat(RoundingPolicy.defaults().round(result.value())).isEqualTo(d("88.67"));
        assertThat(RoundingPolicy.defaults().withMode(RoundingMode.DOWN).round(result.value())).isEqualTo(d("88.66"));
        assertThat(result.steps().get(result.steps().size() - 1).formula()).isEqualTo("266 / 3");
    }

    @Test
    void k2_zeroBiayaTarget_isScoredOnThreeAspects() {
        Kegiatan zeroBudget = Kegiatan.builder().from(k2())
                .target(Target.of(d("1"), d("100"), d("12"), d("0")))
                .realisasi(Realisasi.of(d("1"), d("90"), d("12"), d("0")))
                .build();

        KegiatanResult result = calculator.calculate(zeroBudget, aspects);

        assertThat(result.divisor()).isEqualTo(3);
        assertThat(result.penghitungan()).isEqualByComparingTo("266");
    }

    @Test
    void k3_derivedForS1_is923Over9() {
        KegiatanResult result = calculator.calculate(k3(), aspects);

        assertThat(result.aspect(AspekSkp.KUANTITAS).orElseThrow().value())
                .isEqualByComparingTo(new BigDecimal(400).divide(new BigDecimal(3), MathContext.DECIMAL128));
        assertThat(result.aspect(AspekSkp.WAKTU).orElseThrow().efisiensi().orElseThrow())
                .isCloseTo(new BigDecimal(25).divide(new BigDecimal(3), MathContext.DECIMAL128), within(d("1E-30")));
        assertThat(result.divisor()).isEqualTo(3);
        assertThat(result.value()).isCloseTo(
                new BigDecimal(923).divide(new BigDecimal(9), MathContext.DECIMAL128),
                within(d("1E-30")));
        assertThat(RoundingPolicy.defaults().round(result.value())).isEqualTo(d("102.56"));
    }

    @Test
    void k4_notExecuted_isZeroOnEveryAspect() {
        KegiatanResult result = calculator.calculate(k4(), aspects);

        assertThat(result.executed()).isFalse();
        assertThat(result.aspects()).hasSize(3).allSatisfy(a -> {
            assertThat(a.value()).isEqualByComparingTo("0");
            assertThat(a.realisasi()).isEmpty();
            assertThat(a.steps()).extracting(CalculationStep::formula).containsExactly("not executed");
        });
        assertThat(result.penghitungan()).isEqualByComparingTo("0");
        assertThat(result.divisor()).isEqualTo(3);
        assertThat(result.value()).isEqualByComparingTo("0");
    }

    @Test
    void k4_realisasiOfZeros_alsoScoresZero() {
        Kegiatan zeros = Kegiatan.builder().from(k4()).realisasi(Realisasi.of(d("0"), d("0"), d("0"))).build();

        KegiatanResult result = calculator.calculate(zeros, aspects);

        assertThat(result.executed()).isTrue();
        assertThat(result.value()).isEqualByComparingTo("0");
    }

    @Test
    void notExecutedWithBiaya_keepsDivisor4() {
        Kegiatan notExecuted = Kegiatan.builder().from(k1()).realisasi(Optional.empty()).build();

        KegiatanResult result = calculator.calculate(notExecuted, aspects);

        assertThat(result.divisor()).isEqualTo(4);
        assertThat(result.value()).isEqualByComparingTo("0");
    }

    @Test
    void calculate_noTarget_throws() {
        Kegiatan noTarget = Kegiatan.builder().name("Tanpa target").build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.calculate(noTarget, aspects))
                .withMessage("kegiatan \"Tanpa target\" has no target, so it cannot be scored");
    }

    @Test
    void calculate_biayaTargetWithoutRealisasiBiaya_throws() {
        Kegiatan missing = Kegiatan.builder().from(k1()).realisasi(Realisasi.of(d("1"), d("90"), d("12"))).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> calculator.calculate(missing, aspects))
                .withMessageContaining("has a biaya target but no realisasi biaya");
    }

    @Test
    void calculate_nullArguments_throwNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> calculator.calculate(null, aspects))
                .withMessage("kegiatan");
        assertThatNullPointerException().isThrownBy(() -> calculator.calculate(k1(), null)).withMessage("aspects");
    }
}
