package io.github.kinerja.core.ckp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.report.Finding;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardCkpCalculatorTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    private static CkpKegiatan row(String uraian, String target, String realisasi, String kualitas) {
        return CkpKegiatan.builder().jenis(JenisKegiatan.UTAMA).uraian(uraian).targetKuantitas(d(target))
                .realisasiKuantitas(d(realisasi)).tingkatKualitas(d(kualitas)).location("CKP-R!A13").build();
    }

    private static CkpForm.Builder realisasi() {
        return CkpForm.builder().kind(CkpKind.REALISASI);
    }

    @Test
    void calculate_twoKegiatan_averagesCapaianAndKualitas() {
        CkpForm form = realisasi()
                .addKegiatan(row("Utama 1", "12", "12", "96"), row("Utama 2", "2", "2", "95"))
                .shownCkp(FormValue.of(d("97.75"), "CKP-R!G22"))
                .build();

        CkpResult result = StandardCkpCalculator.defaults().calculate(form);

        assertThat(result.rataRataCapaian()).contains(d("100"));
        assertThat(result.rataRataKualitas()).contains(d("95.5"));
        assertThat(result.ckp().orElseThrow()).isEqualByComparingTo("97.75");
        assertThat(result.report().isEmpty()).isTrue();
        assertThat(result.steps()).extracting(CalculationStep::name)
                .containsExactly("ckp.capaian", "ckp.capaian", "ckp.rataRata.capaian", "ckp.rataRata.kualitas",
                        "ckp.nilai");
        assertThat(result.steps().get(4).formula()).isEqualTo("(100 + 95.5) / 2");
    }

    @ParameterizedTest(name = "{0}: realisasi {1} of {2} gives {3}")
    @CsvSource({
        "NOT_CAPPED,    5,  2, 250",
        "CAPPED_AT_100, 5,  2, 100",
        "NOT_CAPPED,    1,  3, 33.33333333333333333333333333333333",
        "CAPPED_AT_100, 99.28, 100, 99.28",
    })
    void calculate_capaianPolicy_capsOnlyWhenAsked(CapaianCap cap, String realisasi, String target,
            String expected) {
        CkpForm form = realisasi().addKegiatan(row("Pemasukan dokumen", target, realisasi, "100")).build();

        CkpResult result = StandardCkpCalculator.of(cap).calculate(form);

        assertThat(result.kegiatan().get(0).capaian().orElseThrow()).isEqualByComparingTo(expected);
    }

    @Test
    void calculate_shownValueDiffers_warnsWithLocation() {
        CkpForm form = realisasi()
                .addKegiatan(CkpKegiatan.builder().from(row("Pemasukan dokumen", "2", "5", "90"))
                        .shownCapaian(FormValue.of(d("100"), "CKP-R!F26")).build())
                .shownCkp(FormValue.of(d("95"), "CKP-R!F45"))
                .build();

        CkpResult result = StandardCkpCalculator.defaults().calculate(form);

        assertThat(result.report().findings()).extracting(Finding::code, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ckp.capaian.differs", "CKP-R!F26"),
                        org.assertj.core.groups.Tuple.tuple("ckp.total.differs", "CKP-R!F45"));
        assertThat(result.report().findings().get(0).message(Locale.ROOT))
                .isEqualTo("kegiatan \"Pemasukan dokumen\": the form shows capaian 100, but realisasi / target"
                        + " \u00d7 100 gives 250");
        assertThat(result.report().findings().get(1).message(Locale.forLanguageTag("id")))
                .isEqualTo("CKP: formulir menampilkan 95, tetapi kegiatannya menghasilkan 170");
    }

    @Test
    void calculate_floatNoiseInShownCkp_notReported() {
        CkpForm form = realisasi()
                .addKegiatan(row("A", "1", "1", "99.94"))
                .shownCkp(FormValue.of(d("99.96999999999998"), "CKP-R!F45"))
                .build();

        CkpResult result = StandardCkpCalculator.defaults().calculate(form);

        assertThat(result.ckp()).contains(d("99.97"));
        assertThat(result.report().isEmpty()).isTrue();
    }

    @Test
    void calculate_missingValues_likeTheForm() {
        CkpForm form = realisasi()
                .addKegiatan(CkpKegiatan.builder().jenis(JenisKegiatan.UTAMA).uraian("tanpa target").build())
                .addKegiatan(CkpKegiatan.builder().jenis(JenisKegiatan.TAMBAHAN).uraian("belum dikerjakan")
                        .targetKuantitas(d("4")).build())
                .build();

        CkpResult result = StandardCkpCalculator.defaults().calculate(form);

        assertThat(result.report().findings().stream().map(Finding::code).collect(Collectors.toList()))
                .containsExactly("ckp.kegiatan.targetMissing", "ckp.kegiatan.realisasiMissing", "ckp.kualitas.none");
        assertThat(result.kegiatan().get(0).capaian()).isEmpty();
        assertThat(result.kegiatan().get(1).capaian().orElseThrow()).isEqualByComparingTo("0");
        assertThat(result.ckp().orElseThrow()).isEqualByComparingTo("0");
    }

    @Test
    void calculate_noKegiatan_emptyCkp() {
        CkpResult result = StandardCkpCalculator.defaults().calculate(realisasi().build());

        assertThat(result.ckp()).isEmpty();
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("ckp.kegiatan.none");
    }

    @Test
    void calculate_targetForm_throws() {
        CkpForm form = CkpForm.builder().kind(CkpKind.TARGET).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandardCkpCalculator.defaults().calculate(form))
                .withMessage("form must be a CKP-R (realisasi) form, was CKP-T");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "Maret 2020               | 2020-03",
        "1 Maret - 31 Maret 2020  | 2020-03",
        "1 Juni sd 30 Juni 2020   | 2020-06",
        "1 JUNI SD 30 JUNI 2020   | 2020-06",
    })
    void parseBulan_oneMonth_yearMonth(String periode, String expected) {
        assertThat(CkpForm.parseBulan(periode)).contains(YearMonth.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {"1 Maret - 30 April 2020", "Maret", "2020", "Desember 2020 - Januari 2021"})
    void parseBulan_notOneMonth_empty(String periode) {
        assertThat(CkpForm.parseBulan(periode)).isEmpty();
    }

    @Test
    void kegiatan_blankUraian_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> CkpKegiatan.of(JenisKegiatan.UTAMA, " "))
                .withMessage("uraian must not be blank, was \" \"");
    }
}
