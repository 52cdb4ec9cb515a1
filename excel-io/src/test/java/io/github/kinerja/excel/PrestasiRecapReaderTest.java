package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kinerja.core.Nip;
import io.github.kinerja.core.recap.PrestasiKerjaRecap;
import io.github.kinerja.core.recap.PrestasiKerjaRow;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PP 46 Nilai Prestasi Kerja recap of SIAP-ASN, real template and generated filled copies. */
class PrestasiRecapReaderTest {

    // The layout of the real template: header in row 6, machine keys in row 7, NIP and Nama merged over both.
    private static TableWorkbooks recap() {
        return new TableWorkbooks()
                .blank()
                .blank()
                .blank()
                .row(null, "Periode", 2017)
                .blank()
                .row(null, "NIP", "Nama", "SKP", "SKPx60%", "Orientasi", "Integritas", "Komitmen", "Displin",
                        "Kerjasama", "Kepemimpinan", "Jumlah nilai", "rata-rata", "NPKx40%", "Nilai Prestasi Kerja",
                        "Unit Kerja", "INDUK")
                .row(null, null, null, "skp_nilai", "skp_hasil", "orientasi_nilai", "integritas_nilai",
                        "komitmen_nilai", "displin_nilai", "kerjasama_nilai", "kepemimpinan_nilai", "jumlah_nilai",
                        "rata_nilai", "perilaku_hasil", "prestasi_hasil")
                .merge("B6:B7").merge("C6:C7").merge("P6:P7").merge("Q6:Q7");
    }

    @Test
    void realTemplate_emptyRecapWithInfo() {
        WorkbookReadResult result = WorkbookReader.standard().read(RealFixtures.path("jombang_siapasn/cetak_skp.xlsx"));

        assertThat(result.layout()).isEqualTo(WorkbookLayout.PP46_PRESTASI_KERJA_RECAP);
        TableReadResult<PrestasiKerjaRecap> recap = result.prestasiKerjaRecap().orElseThrow();
        assertThat(recap.sheetName()).isEqualTo("Sheet1");
        assertThat(recap.content().tahun()).contains(2017);
        assertThat(recap.content().rows()).isEmpty();
        assertThat(recap.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("excel.table.noRows");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location()).isEqualTo("Sheet1!A7");
        });
    }

    @ParameterizedTest
    @EnumSource(TableWorkbooks.Format.class)
    void filledRecap_readsValuesAndApostropheNip(TableWorkbooks.Format format) {
        WorkbookReadResult result = recap()
                .row(null, "'196608121994022908", "Siti Aminah, S.E.", 85.5, 51.3, 80, 82, 81, 79, 80, "-", 402,
                        80.4, 32.16, 83.46, "Bagian Umum", "Sekretariat Daerah")
                .row(null, "'19660812199402290", "Budi", "90,25", null, 91, 90, 90, 90, 90, 88, 539, 89.83, 35.93,
                        90.08, "Bagian Hukum", "Sekretariat Daerah")
                .read(format, "cetak_skp");

        PrestasiKerjaRecap recap = result.prestasiKerjaRecap().orElseThrow().content();
        assertThat(recap.rows()).hasSize(2);
        PrestasiKerjaRow siti = recap.rows().get(0);
        assertThat(siti.nama()).isEqualTo("Siti Aminah, S.E.");
        assertThat(siti.nipText()).contains("196608121994022908");
        assertThat(siti.nip()).contains(Nip.parse("196608121994022908"));
        assertThat(siti.nilaiSkp()).contains(new BigDecimal("85.5"));
        assertThat(siti.nilaiSkpTertimbang()).contains(new BigDecimal("51.3"));
        assertThat(siti.orientasiPelayanan()).contains(new BigDecimal("80"));
        assertThat(siti.disiplin()).contains(new BigDecimal("79"));
        assertThat(siti.kerjaSama()).contains(new BigDecimal("80"));
        assertThat(siti.kepemimpinan()).isEmpty();
        assertThat(siti.jumlahPerilaku()).contains(new BigDecimal("402"));
        assertThat(siti.rataRataPerilaku()).contains(new BigDecimal("80.4"));
        assertThat(siti.nilaiPerilakuTertimbang()).contains(new BigDecimal("32.16"));
        assertThat(siti.nilaiPrestasiKerja()).contains(new BigDecimal("83.46"));
        assertThat(siti.unitKerja()).contains("Bagian Umum");
        assertThat(siti.unitInduk()).contains("Sekretariat Daerah");

        PrestasiKerjaRow budi = recap.rows().get(1);
        assertThat(budi.nip()).isEmpty();
        assertThat(budi.nipText()).contains("19660812199402290");
        assertThat(budi.nilaiSkp()).contains(new BigDecimal("90.25"));
        assertThat(budi.kepemimpinan()).contains(new BigDecimal("88"));
        assertThat(result.report().findings()).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("excel.nip.invalid", "Sheet1!B9"));
    }

    @Test
    void noRecordsRow_emptyRecap() {
        TableReadResult<PrestasiKerjaRecap> result = recap()
                .row(null, "-")
                .merge("B8:Q8")
                .read(TableWorkbooks.Format.XLS, "cetak_skp").prestasiKerjaRecap().orElseThrow();

        assertThat(result.content().rows()).isEmpty();
        assertThat(result.report().findings()).extracting(Finding::code).containsExactly("excel.table.noRows");
    }

    @Test
    void withoutKeyRow_columnsByVisibleHeader() {
        WorkbookReadResult result = new TableWorkbooks()
                .row("NIP", "Nama", "SKP", "Nilai Prestasi Kerja", "Unit Kerja")
                .row("196608121994022908", "Siti Aminah", 85.5, 83.46, "Bagian Umum")
                .read(TableWorkbooks.Format.XLSX, "rekap");

        PrestasiKerjaRow siti = result.prestasiKerjaRecap().orElseThrow().content().rows().get(0);
        assertThat(siti.nilaiSkp()).contains(new BigDecimal("85.5"));
        assertThat(siti.nilaiPrestasiKerja()).contains(new BigDecimal("83.46"));
        assertThat(siti.unitKerja()).contains("Bagian Umum");
        assertThat(result.prestasiKerjaRecap().orElseThrow().content().tahun()).isEmpty();
    }
}
