package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.ckp.CapaianCap;
import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpKegiatan;
import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.ckp.JenisKegiatan;
import io.github.kinerja.core.ckp.StandardCkpCalculator;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every real workbook among the fixtures either reads with concrete values or fails with a typed exception. */
class RealFixturesTest {

    private static List<String> codes(CkpReadResult result) {
        return result.report().findings().stream().map(Finding::code).collect(Collectors.toList());
    }

    private static CkpReadResult ckp(String name) {
        return CkpWorkbookReader.standard().read(RealFixtures.path(name));
    }

    @Test
    void writeXlsx_readsCkp97_75() {
        CkpReadResult result = ckp("ckp-provinsi/write.xlsx");

        CkpForm realisasi = result.realisasi().orElseThrow();
        assertThat(realisasi.pegawai().map(Person::name)).contains("Arif Galih Pamungkas S.Tr.Stat.");
        assertThat(realisasi.pegawai().flatMap(Person::nip)).contains(Nip.parse("199511142019011907"));
        assertThat(realisasi.pejabatPenilai().map(Person::name)).contains("Hendra Gunadi SST");
        assertThat(realisasi.satuanOrganisasi()).contains("BPS Provinsi Sulawesi Tengah");
        assertThat(realisasi.bulan()).contains(YearMonth.of(2020, 3));
        assertThat(realisasi.kegiatan()).extracting(CkpKegiatan::uraian).containsExactly("Utama 1", "Utama 2");
        assertThat(realisasi.kegiatan()).extracting(k -> k.satuan().orElseThrow()).containsOnly("asd");
        CkpResult calculation = result.calculation().orElseThrow();
        assertThat(calculation.ckp().orElseThrow()).isEqualByComparingTo("97.75");
        assertThat(calculation.shownCkp().orElseThrow().value()).isEqualByComparingTo("97.75");
        assertThat(calculation.shownCkp().orElseThrow().location()).isEqualTo("CKP-R!G22");
        assertThat(calculation.rataRataKualitas().orElseThrow()).isEqualByComparingTo("95.5");
        assertThat(result.target().orElseThrow().kegiatan()).hasSize(2);
        assertThat(result.report().isEmpty()).isTrue();
    }

    @Test
    void ttdKepalaBpsKab_olderLayout_reads() {
        CkpReadResult result = ckp("ckp-provinsi/ttd_kepala_bps_kab.xlsx");

        CkpForm target = result.target().orElseThrow();
        CkpForm realisasi = result.realisasi().orElseThrow();
        assertThat(target.kegiatan()).hasSize(25);
        assertThat(target.kegiatan()).filteredOn(k -> k.nomor().equals(java.util.Optional.of("16"))).hasSize(2);
        assertThat(realisasi.kegiatan()).hasSize(24);
        assertThat(realisasi.kegiatan().get(0).kelompok()).contains("Bagian Tata Usaha");
        assertThat(realisasi.pegawai().map(Person::name)).contains("Ir. Yohana Fransina Lumenta, M.Si");
        assertThat(realisasi.pegawai().flatMap(Person::nip)).contains(Nip.parse("196709141992032905"));
        assertThat(realisasi.pejabatPenilai().map(Person::name)).contains("Drs.Halomoan Pasaribu, M.Si");
        assertThat(realisasi.bulan()).contains(YearMonth.of(2020, 6));
        assertThat(realisasi.shownCkp().orElseThrow().value()).isEqualTo(new BigDecimal("99.96999999999998"));
        CkpResult uncapped = result.calculation().orElseThrow();
        assertThat(uncapped.ckp().orElseThrow()).isGreaterThan(new BigDecimal("124.24"));
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("ckp.capaian.differs"))
                .extracting(Finding::location).contains("CKP-R!F26");
        assertThat(codes(result)).contains("excel.cell.externalReference", "ckp.total.differs");
    }

    @Test
    void ttdKepalaBpsKab_cappedCalculator_matchesForm() {
        CkpReadResult result = CkpWorkbookReader.standard()
                .withCalculator(StandardCkpCalculator.of(CapaianCap.CAPPED_AT_100))
                .read(RealFixtures.path("ckp-provinsi/ttd_kepala_bps_kab.xlsx"));

        CkpResult calculation = result.calculation().orElseThrow();
        assertThat(calculation.ckp().orElseThrow()).isEqualByComparingTo("99.97");
        assertThat(codes(result)).doesNotContain("ckp.total.differs", "ckp.capaian.differs");
    }

    @Test
    void writeXls_conflictsAndText_reported() {
        CkpReadResult result = ckp("ckp-provinsi/write.xls");

        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.ckp.identityConflict"))
                .extracting(Finding::location).containsExactly("CKP-R!C4", "CKP-R!C5", "CKP-R!C6");
        Finding text = result.report().findings().stream().filter(f -> f.code().equals("excel.cell.notANumber"))
                .findFirst().orElseThrow();
        assertThat(text.location()).isEqualTo("CKP-T!E14");
        assertThat(text.severity()).isEqualTo(Severity.ERROR);
        assertThat(text.message(Locale.ROOT)).contains("\"a\"");
        CkpForm target = result.target().orElseThrow();
        assertThat(target.kegiatan()).hasSize(4);
        assertThat(target.kegiatan().get(1).targetKuantitas()).isEmpty();
        assertThat(target.pegawaiNipText()).contains("NIP Pegawai");
        assertThat(target.pegawai().flatMap(Person::nip)).isEmpty();
    }

    @Test
    void writeCopyXlsx_cachedTextZero_warns() {
        CkpReadResult result = ckp("ckp-provinsi/write_-_Copy.xlsx");

        CkpForm realisasi = result.realisasi().orElseThrow();
        assertThat(realisasi.shownCkp().orElseThrow().value()).isEqualByComparingTo("0");
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.cell.cachedText"))
                .extracting(Finding::location).containsExactly("CKP-R!G19", "CKP-R!H19", "CKP-R!G20");
        CkpForm target = result.target().orElseThrow();
        assertThat(target.kegiatan(JenisKegiatan.TAMBAHAN)).extracting(CkpKegiatan::uraian)
                .containsExactly("Tambahan 1", "Tambhan 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ckp-provinsi/template.xlsx", "ckp-provinsi/template_-_Copy.xlsx"})
    void templates_readIdentityWithoutKegiatan(String name) {
        CkpReadResult result = ckp(name);

        CkpForm realisasi = result.realisasi().orElseThrow();
        assertThat(realisasi.kegiatan()).isEmpty();
        assertThat(realisasi.pejabatPenilai().map(Person::name)).contains("Rizky Ramadhan, S.S.T.");
        assertThat(result.calculation().orElseThrow().ckp()).isEmpty();
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.cell.cachedError"))
                .extracting(Finding::location).containsExactly("CKP-R!G19", "CKP-R!H19", "CKP-R!G20");
    }

    @Test
    void templateXls_readsDummyItem() {
        CkpReadResult result = ckp("ckp-provinsi/template.xls");

        assertThat(result.realisasi().orElseThrow().kegiatan()).extracting(CkpKegiatan::uraian).containsExactly("a");
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.cell.cachedError"))
                .extracting(Finding::location).containsExactly("CKP-R!H18", "CKP-R!G19");
    }

    @Test
    void sikuansingTemplate_keepsTruncatedNipAsText() {
        CkpReadResult result = ckp("sikuansing/TEMPLATE_CKP.xlsx");

        CkpForm realisasi = result.realisasi().orElseThrow();
        assertThat(realisasi.pegawai().map(Person::name)).contains("Rizal Firmansyah, S.Si");
        assertThat(realisasi.pegawai().flatMap(Person::nip)).isEmpty();
        assertThat(realisasi.pegawaiNipText()).contains("NIP: 19920618201903190");
        assertThat(realisasi.kegiatan()).singleElement().satisfies(k -> {
            assertThat(k.satuan()).contains("Rumah Tangga");
            assertThat(k.targetKuantitas()).contains(BigDecimal.TEN);
            assertThat(k.kodeButir()).isEmpty();
        });
        assertThat(codes(result)).contains("excel.nip.invalid");
        assertThat(realisasi.bulan()).contains(YearMonth.of(2021, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "anriskp2019/template_akt_akk.xls",
        "anriskp2019/template_bap.xls",
        "ckp-provinsi/template_rekap.xlsx",
        "ckp-provinsi/upload_write_rekap.xlsx"
    })
    void otherForms_failWithUnsupportedLayout(String name) {
        assertThatExceptionOfType(UnsupportedLayoutException.class)
                .isThrownBy(() -> WorkbookReader.standard().read(RealFixtures.path(name)))
                .satisfies(e -> {
                    assertThat(e.getMessage()).contains("no supported SKP or CKP form found; searched the sheets [")
                            .contains("Kegiatan Tugas Jabatan").doesNotContain("\n");
                    assertThat(e.sheetsSearched()).isNotEmpty();
                    assertThat(e.message(Locale.forLanguageTag("id")))
                            .contains("tidak ditemukan formulir SKP atau CKP yang didukung");
                });
    }

    @ParameterizedTest
    @CsvSource({
        "ekin2022/format_data_skp.xls, EKINERJA_AKTIVITAS",
        "ekin2022/dataskp_20180207154908.xls, EKINERJA_AKTIVITAS",
        "jombang_siapasn/cetak_skp.xlsx, PP46_PRESTASI_KERJA_RECAP",
        "kipapp-otomatisasi/Rencana_Kinerja_Tahunan.xlsx, KIPAPP_RENCANA_KINERJA",
        "kipapp-otomatisasi/Pelaksanaan_Bulanan.xlsx, KIPAPP_PELAKSANAAN_BULANAN"
    })
    void flatTables_detectedWithoutErrors(String name, WorkbookLayout layout) {
        WorkbookReadResult result = WorkbookReader.standard().read(RealFixtures.path(name));

        assertThat(result.layout()).isEqualTo(layout);
        assertThat(result.report().hasErrors()).isFalse();
        assertThat(result.pp46()).isEmpty();
        assertThat(result.ckp()).isEmpty();
    }

    @Test
    void jombangRecap_templateWithoutRows_infoOnly() {
        WorkbookReadResult result = WorkbookReader.standard().read(RealFixtures.path("jombang_siapasn/cetak_skp.xlsx"));

        assertThat(result.prestasiKerjaRecap().orElseThrow().content().rows()).isEmpty();
        assertThat(result.report().findings()).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void lockFile_failsAsNotAWorkbook() {
        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> WorkbookReader.standard()
                        .read(RealFixtures.path("sikuansing/lockfile_TEMPLATE_CKP.xlsx")))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.NOT_A_WORKBOOK);
                    assertThat(e.getMessage()).contains("lockfile_TEMPLATE_CKP.xlsx: not an Excel workbook")
                            .contains("03 42 50 53");
                });
    }

    @Test
    void anriTemplate_generic_failsWithoutKegiatan() {
        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> WorkbookReader.standard().read(RealFixtures.path("anriskp2019/TemplateSKP.xls")))
                .satisfies(e -> assertThat(e.getMessage())
                        .contains("no kegiatan rows found in sheet SKP between rows 12 and 18"));
    }

    @Test
    void writeXlsx_genericReader_detectsCkp() {
        WorkbookReadResult result = WorkbookReader.standard().read(RealFixtures.path("ckp-provinsi/write.xlsx"));

        assertThat(result.layout()).isEqualTo(WorkbookLayout.BPS_CKP);
        assertThat(result.ckp().flatMap(CkpReadResult::calculation).flatMap(CkpResult::ckp).orElseThrow())
                .isEqualByComparingTo("97.75");
    }
}
