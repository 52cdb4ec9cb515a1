package io.github.kinerja.core.permen2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.RoundingStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Permen2021ScorerTest {

    private static final AssessmentPeriod JULY_TO_DECEMBER =
            AssessmentPeriod.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Iki assessedIki(String id, String capaian) {
        return Iki.builder().id(id).indikator("Indikator " + id).target(IkiTarget.qualitative("Hasil " + id))
                .capaianPenilai(d(capaian)).build();
    }

    private static RencanaKinerja utama(String id, Iki... iki) {
        return RencanaKinerja.builder().id(id).jenis(JenisKinerja.UTAMA).uraian("Rencana " + id).addIki(iki).build();
    }

    private static Skp skp(RencanaKinerja... rencana) {
        return Skp.builder().pegawai(Person.of("Siti Aminah")).periode(JULY_TO_DECEMBER).addRencanaKinerja(rencana)
                .build();
    }

    private static PenilaianKinerja penilaian(Skp skp, String perilaku) {
        return PenilaianKinerja.builder().skp(skp).nilaiPerilaku(d(perilaku)).build();
    }

    @Test
    void nilaiAkhir_f1SeventyThirty_is100point46Baik() {
        NilaiAkhir akhir = Permen2021Scorer.standard().nilaiAkhir(d("102.8"), d("95"), PrestasiWeights.SEVENTY_THIRTY,
                false);

        assertThat(akhir.nilai()).isEqualByComparingTo("100.46");
        assertThat(akhir.nilaiRounded()).isEqualByComparingTo("100.46");
        assertThat(akhir.predikat()).isEqualTo(PredikatPp30.BAIK);
        assertThat(akhir.steps()).extracting(step -> step.value().stripTrailingZeros().toPlainString())
                .startsWith("71.96", "28.5", "100.46");
    }

    @Test
    void nilaiAkhir_sixtyForty_weighsPerilakuMore() {
        NilaiAkhir akhir = Permen2021Scorer.standard().nilaiAkhir(d("102.8"), d("95"), PrestasiWeights.SIXTY_FORTY,
                false);

        assertThat(akhir.nilai()).isEqualByComparingTo("99.68");
    }

    @Test
    void score_printedJptExample_equalWeightsGive102point8() {
        // Nilai 118.4 and 87.2 at equal weights give the printed nilai tertimbang 59.2 and 43.6.
        Skp jpt = skp(utama("1", assessedIki("1.1", "108.56")), utama("2", assessedIki("2.1", "97.2")));

        HasilPenilaian hasil = Permen2021Scorer.standard().score(penilaian(jpt, "95"));

        assertThat(hasil.rencanaKinerja()).extracting(HasilRencanaKinerja::nilai)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("118.4"), d("87.2"));
        assertThat(hasil.rencanaKinerja()).extracting(HasilRencanaKinerja::nilaiTertimbang)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("59.2"), d("43.6"));
        assertThat(hasil.nilaiSkp()).isEqualByComparingTo("102.8");
        assertThat(hasil.nilaiAkhir().nilai()).isEqualByComparingTo("100.46");
        assertThat(hasil.predikat()).isEqualTo(PredikatPp30.BAIK);
        assertThat(hasil.ruleSetId()).isEqualTo("permenpanrb-8-2021");
    }

    @Test
    void score_i1Realisasi70Against80_scores77point5() {
        Iki iki = Iki.builder().id("1.1").indikator("Dokumen").target(IkiTarget.of(d("80"), "dokumen"))
                .realisasi(d("70")).build();

        HasilPenilaian hasil = Permen2021Scorer.standard().score(penilaian(skp(utama("1", iki)), "80"));

        HasilIki scored = hasil.rencanaKinerja().get(0).iki().get(0);
        assertThat(scored.capaian().percent()).isEqualByComparingTo("87.5");
        assertThat(scored.nilai().kategori()).isEqualTo(KategoriCapaianIki.CUKUP);
        assertThat(hasil.nilaiSkp()).isEqualByComparingTo("77.5");
        assertThat(hasil.explanation()).extracting(step -> step.name())
                .contains("permen2021.capaian.rasio", "permen2021.nilai.iki", "permen2021.nilaiSkp",
                        "permen2021.nilaiAkhir", "permen2021.predikat.CUKUP");
    }

    @Test
    void score_explicitBobot_weighsRencanaKinerja() {
        RencanaKinerja first = utama("1", assessedIki("1.1", "100")).withBobot(d("60"));
        RencanaKinerja second = utama("2", assessedIki("2.1", "80")).withBobot(d("40"));

        HasilPenilaian hasil = Permen2021Scorer.standard().score(penilaian(skp(first, second), "100"));

        assertThat(hasil.nilaiUtama()).isEqualByComparingTo("93.4");
    }

    @Test
    void score_ikiBobot_weighsIkiWithinRencana() {
        Iki a = assessedIki("1.1", "100").withBobot(d("75"));
        Iki b = assessedIki("1.2", "80").withBobot(d("25"));

        HasilPenilaian hasil = Permen2021Scorer.standard().score(penilaian(skp(utama("1", a, b)), "100"));

        assertThat(hasil.rencanaKinerja().get(0).nilai()).isEqualByComparingTo("99.25");
    }

    @Test
    void score_tambahanWithBobot_addsOnTop() {
        RencanaKinerja tambahan = RencanaKinerja.builder().id("T1").jenis(JenisKinerja.TAMBAHAN).uraian("Panitia")
                .addIki(assessedIki("T1.1", "100")).bobot(d("10")).build();

        HasilPenilaian hasil = Permen2021Scorer.standard()
                .score(penilaian(skp(utama("1", assessedIki("1.1", "100")), tambahan), "100"));

        assertThat(hasil.nilaiUtama()).isEqualByComparingTo("109");
        assertThat(hasil.nilaiTambahan()).isEqualByComparingTo("10.9");
        assertThat(hasil.nilaiSkp()).isEqualByComparingTo("119.9");
    }

    @Test
    void score_tambahanWithoutBobot_addsNothing() {
        RencanaKinerja tambahan = RencanaKinerja.builder().id("T1").jenis(JenisKinerja.TAMBAHAN).uraian("Panitia")
                .addIki(assessedIki("T1.1", "100")).build();

        HasilPenilaian hasil = Permen2021Scorer.standard()
                .score(penilaian(skp(utama("1", assessedIki("1.1", "100")), tambahan), "100"));

        assertThat(hasil.nilaiTambahan()).isEqualByComparingTo("0");
    }

    @Test
    void score_rencanaWithoutIki_scoresZero() {
        HasilPenilaian hasil = Permen2021Scorer.standard().score(penilaian(skp(utama("1")), "100"));

        assertThat(hasil.nilaiSkp()).isEqualByComparingTo("0");
    }

    @Test
    void score_ikiWithoutRealisasi_scoresZero() {
        Iki iki = Iki.builder().id("1.1").indikator("Laporan").target(IkiTarget.of(d("12"), "laporan")).build();

        HasilIki scored = Permen2021Scorer.standard().scoreIki(iki);

        assertThat(scored.capaian().basis()).isEqualTo(CapaianBasis.NOT_REALISED);
        assertThat(scored.nilai().nilai()).isEqualByComparingTo("0");
    }

    @Test
    void score_eachItemRounding_roundsBeforeAdding() {
        // Thirds: three equal rencana kinerja with nilai 41.525... each (capaian 50).
        Skp thirds = skp(utama("1", assessedIki("1.1", "50")), utama("2", assessedIki("2.1", "50")),
                utama("3", assessedIki("3.1", "50")));
        RoundingPolicy eachItem = RoundingPolicy.defaults().withStage(RoundingStage.EACH_ITEM);

        HasilPenilaian exact = Permen2021Scorer.standard().score(penilaian(thirds, "100"));
        HasilPenilaian rounded = Permen2021Scorer.standard().withRounding(eachItem).score(penilaian(thirds, "100"));

        assertThat(exact.nilaiSkpRounded()).isEqualByComparingTo("41.53");
        assertThat(rounded.rencanaKinerja().get(0).nilaiTertimbang()).isEqualByComparingTo("13.84");
        assertThat(rounded.nilaiSkp()).isEqualByComparingTo("41.52");
    }

    @Test
    void withGapPolicy_roundFirst_changesTheNilai() {
        Iki iki = Iki.builder().id("1.1").indikator("Dokumen").target(IkiTarget.of(d("80"), "dokumen"))
                .realisasi(d("70")).build();

        HasilPenilaian hasil = Permen2021Scorer.standard().withGapPolicy(CapaianGapPolicy.ROUND_CAPAIAN_TO_INTEGER)
                .score(penilaian(skp(utama("1", iki)), "80"));

        assertThat(hasil.nilaiSkp()).isEqualByComparingTo("78");
        assertThat(hasil.gapPolicy()).isEqualTo(CapaianGapPolicy.ROUND_CAPAIAN_TO_INTEGER);
    }

    @Test
    void penilaian_peerInputFlag_selectsSixtyForty() {
        PenilaianKinerja input = PenilaianKinerja.builder().skp(skp(utama("1", assessedIki("1.1", "100"))))
                .nilaiPerilaku(d("100")).usesPeerOrSubordinateInput(true).inovasi(true).build();

        HasilPenilaian hasil = Permen2021Scorer.standard().score(input);

        assertThat(hasil.nilaiAkhir().weights()).isEqualTo(PrestasiWeights.SIXTY_FORTY);
        assertThat(hasil.nilaiAkhir().nilai()).isEqualByComparingTo("105.4");
    }

    @Test
    void penilaian_perilakuAbove120_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> penilaian(skp(utama("1", assessedIki("1.1", "100"))), "121"))
                .withMessage("nilaiPerilaku must be between 0 and 120, was 121");
    }

    @Test
    void skp_partialUtamaBobot_throws() {
        RencanaKinerja first = utama("1", assessedIki("1.1", "100")).withBobot(d("60"));
        RencanaKinerja second = utama("2", assessedIki("2.1", "80"));

        assertThatIllegalArgumentException().isThrownBy(() -> skp(first, second))
                .withMessage("bobot must be given for every kinerja utama or for none, was given for 1 of 2");
    }

    @Test
    void skp_utamaBobotNotAddingUpTo100_throws() {
        RencanaKinerja first = utama("1", assessedIki("1.1", "100")).withBobot(d("60"));
        RencanaKinerja second = utama("2", assessedIki("2.1", "80")).withBobot(d("30"));

        assertThatIllegalArgumentException().isThrownBy(() -> skp(first, second))
                .withMessage("bobot of the kinerja utama must add up to 100, was 90");
    }

    @Test
    void skp_duplicateRencanaId_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> skp(utama("1", assessedIki("1.1", "100")), utama("1", assessedIki("1.2", "100"))))
                .withMessage("rencana kinerja id 1 appears twice in the SKP");
    }

    @Test
    void skp_utamaAndTambahan_areSplit() {
        RencanaKinerja tambahan = RencanaKinerja.builder().id("T1").jenis(JenisKinerja.TAMBAHAN).uraian("Panitia")
                .build();
        Skp skp = skp(utama("1"), tambahan);

        assertThat(skp.utama()).extracting(RencanaKinerja::id).isEqualTo(List.of("1"));
        assertThat(skp.tambahan()).extracting(RencanaKinerja::id).isEqualTo(List.of("T1"));
    }
}
