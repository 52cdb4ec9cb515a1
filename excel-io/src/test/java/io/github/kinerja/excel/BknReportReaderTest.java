package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The BKN e-Kinerja Laporan Penilaian SKP export, generated as BKN writes it. */
class BknReportReaderTest {

    private static final Object[] HEADER = {
        "No", "nip", "nama", "skp_unor", "skp_unor_induk", "skp_jabatan", "hasil_kerja", "perilaku_kerja",
        "hasil_akhir", "golru", "jenis_pegawai", "skp_jenis_jabatan", "is_skp_plt_plh_pjb"
    };

    private static TableWorkbooks metadata() {
        return new TableWorkbooks()
                .row("Laporan Penilaian SKP Periode Bulanan Maret Tahun 2024")
                .row("Instansi : Pemerintah Kabupaten Contoh")
                .row("Periode : Bulanan 3")
                .row("Unor Induk", ": Dinas Pendidikan")
                .row("Unor : ALL")
                .row("Data ditarik pada : 2024-04-05 10:11:12")
                .blank();
    }

    private static TableWorkbooks export() {
        return metadata().row(HEADER)
                .row(1, "196608121994022908", "Siti Aminah", "Bidang SD", "Dinas Pendidikan", "Analis Kepegawaian",
                        "DIATAS EKSPEKTASI", "SESUAI EKSPEKTASI", "BAIK", "III/b", "PNS", "JF", "0")
                .row(2, "198501012010011001", "Budi Santoso", "Bidang SMP", "Dinas Pendidikan", "Guru",
                        "di atas ekspektasi", "Di Atas  Ekspektasi", "sangat baik", "IV/a", "PNS", "JF", "0")
                .row(3, "19900215201503200", "Rina", "Sekretariat", "Dinas Pendidikan", "Pengadministrasi",
                        "Dibawah Ekspektasi", "SESUAI EKSPEKTASI", "BUTUH PERBAIKAN", "II/c", "PPPK", "JP", "0")
                .row(4, "199002152015032002", "Dewi", "Sekretariat", "Dinas Pendidikan", "Bendahara",
                        "DIATAS EKSPEKTASI", "DIBAWAH EKSPEKTASI", "BAIK", "-", "PNS", "JP", "0");
    }

    @ParameterizedTest
    @EnumSource(TableWorkbooks.Format.class)
    void export_readsMetadataAndRows(TableWorkbooks.Format format) {
        WorkbookReadResult result = export().read(format, "laporan-skp");

        assertThat(result.layout()).isEqualTo(WorkbookLayout.BKN_LAPORAN_PENILAIAN_SKP);
        UnitRecap recap = result.unitRecap().orElseThrow().content();
        assertThat(recap.title()).contains("Laporan Penilaian SKP Periode Bulanan Maret Tahun 2024");
        assertThat(recap.instansi()).contains("Pemerintah Kabupaten Contoh");
        assertThat(recap.periode()).contains("Bulanan 3");
        assertThat(recap.unorInduk()).contains("Dinas Pendidikan");
        assertThat(recap.unor()).contains("ALL");
        assertThat(recap.dataDitarikPada()).contains("2024-04-05 10:11:12");
        assertThat(recap.rows()).extracting(RecapRow::nama).containsExactly("Siti Aminah", "Budi Santoso", "Rina",
                "Dewi");

        RecapRow siti = recap.rows().get(0);
        assertThat(siti.nomor()).contains("1");
        assertThat(siti.nip()).contains(Nip.parse("196608121994022908"));
        assertThat(siti.jabatan()).contains("Analis Kepegawaian");
        assertThat(siti.unor()).contains("Bidang SD");
        assertThat(siti.unorInduk()).contains("Dinas Pendidikan");
        assertThat(siti.golongan()).contains(Golongan.III_B);
        assertThat(siti.jenisPegawai()).contains("PNS");
        assertThat(siti.hasilKerja()).contains(Rating.DI_ATAS_EKSPEKTASI);
        assertThat(siti.perilakuKerja()).contains(Rating.SESUAI_EKSPEKTASI);
        assertThat(siti.predikat()).contains(PredikatPegawai.BAIK);
    }

    @Test
    void export_oddCasingAndSpacing_read() {
        UnitRecap recap = export().read(TableWorkbooks.Format.XLSX, "laporan-skp").unitRecap().orElseThrow()
                .content();

        RecapRow budi = recap.rows().get(1);
        assertThat(budi.hasilKerja()).contains(Rating.DI_ATAS_EKSPEKTASI);
        assertThat(budi.perilakuKerja()).contains(Rating.DI_ATAS_EKSPEKTASI);
        assertThat(budi.predikat()).contains(PredikatPegawai.SANGAT_BAIK);
        assertThat(recap.rows().get(2).hasilKerja()).contains(Rating.DI_BAWAH_EKSPEKTASI);
    }

    @Test
    void export_invalidNip_keptAsTextWithWarning() {
        TableReadResult<UnitRecap> result = export().read(TableWorkbooks.Format.XLSX, "laporan-skp").unitRecap()
                .orElseThrow();

        RecapRow rina = result.content().rows().get(2);
        assertThat(rina.nip()).isEmpty();
        assertThat(rina.nipText()).contains("19900215201503200");
        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.nip.invalid"))
                .singleElement().satisfies(f -> {
                    assertThat(f.location()).isEqualTo("Sheet1!B11");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
    }

    @Test
    void export_predikatAgainstMatrix_warnsWithRow() {
        TableReadResult<UnitRecap> result = export().read(TableWorkbooks.Format.XLS, "laporan-skp").unitRecap()
                .orElseThrow();

        assertThat(result.report().findings()).filteredOn(f -> f.code().equals("excel.recap.predikatDiffers"))
                .hasSize(1);
        Finding differs = result.report().findings().stream()
                .filter(f -> f.code().equals("excel.recap.predikatDiffers")).findFirst().orElseThrow();
        assertThat(differs.location()).isEqualTo("Sheet1!I12");
        assertThat(differs.severity()).isEqualTo(Severity.WARNING);
        assertThat(differs.message(Locale.ROOT)).isEqualTo("the predikat of Dewi is \"Baik\", but the matrix gives"
                + " Kurang/Misconduct for hasil kerja Di Atas Ekspektasi and perilaku kerja Di Bawah Ekspektasi;"
                + " check the ratings or the predikat");
        assertThat(differs.message(Locale.forLanguageTag("id"))).startsWith("predikat Dewi tertulis \"Baik\"");
        assertThat(result.content().rows().get(3).predikat()).contains(PredikatPegawai.BAIK);
        assertThat(result.content().rows().get(3).golongan()).isEmpty();
    }

    @Test
    void export_unknownAndReorderedColumns_ignored() {
        WorkbookReadResult result = new TableWorkbooks()
                .row("Laporan Penilaian SKP Periode Tahunan Tahun 2023")
                .blank()
                .row("bkn_id", "NAMA", "NIP", "Hasil_Akhir", "tahun_skp", "PERILAKU_KERJA", "HASIL_KERJA")
                .row("A1B2", "Siti Aminah", "'196608121994022908", "Kurang/Misconduct", 2023, "dibawah ekspektasi",
                        "sesuai ekspektasi")
                .read(TableWorkbooks.Format.XLSX, "laporan-2023");

        RecapRow siti = result.unitRecap().orElseThrow().content().rows().get(0);
        assertThat(siti.nip()).contains(Nip.parse("196608121994022908"));
        assertThat(siti.predikat()).contains(PredikatPegawai.KURANG_MISCONDUCT);
        assertThat(siti.jabatan()).isEmpty();
        assertThat(siti.nomor()).isEmpty();
        assertThat(result.report().isEmpty()).isTrue();
    }

    @Test
    void export_missingColumn_failsNamingHeader() {
        TableWorkbooks workbook = metadata()
                .row("No", "nip", "nama", "skp_jabatan", "hasil_kerja", "hasil_akhir")
                .row(1, "196608121994022908", "Siti Aminah", "Analis", "SESUAI EKSPEKTASI", "BAIK");

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> workbook.read(TableWorkbooks.Format.XLSX, "laporan-skp"))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.MISSING_CONTENT);
                    assertThat(e.code()).isEqualTo("excel.table.columnMissing");
                    assertThat(e.getMessage()).isEqualTo("laporan-skp.xlsx: the column \"perilaku_kerja\" is missing"
                            + " in the header row 8 of sheet Sheet1; found the columns [No, nip, nama, skp_jabatan,"
                            + " hasil_kerja, hasil_akhir]; add the column or export the report again with it");
                    assertThat(e.cell()).contains("Sheet1!A8");
                    assertThat(e.message(Locale.forLanguageTag("id"))).contains("kolom \"perilaku_kerja\" tidak ada");
                });
    }

    @Test
    void export_withoutNipHeader_failsNamingHeaders() {
        TableWorkbooks workbook = metadata()
                .row("No", "nip_baru", "nama", "hasil_kerja", "perilaku_kerja", "hasil_akhir")
                .row(1, "196608121994022908", "Siti Aminah", "SESUAI EKSPEKTASI", "SESUAI EKSPEKTASI", "BAIK");

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> workbook.read(TableWorkbooks.Format.XLS, "laporan-skp"))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("excel.table.headerMissing");
                    assertThat(e.sheet()).contains("Sheet1");
                    assertThat(e.getMessage()).isEqualTo("laporan-skp.xls: no header row found in sheet Sheet1;"
                            + " expected a row with the headers \"nip\" + \"nama\" + \"hasil_kerja\" +"
                            + " \"perilaku_kerja\" + \"hasil_akhir\" (BKN Laporan Penilaian SKP)");
                });
    }

    @Test
    void export_invalidRating_warnsAndLeavesEmpty() {
        TableReadResult<UnitRecap> result = metadata().row(HEADER)
                .row(1, "196608121994022908", "Siti Aminah", null, null, null, "LUAR BIASA", "SESUAI", "BAIKK")
                .read(TableWorkbooks.Format.XLSX, "laporan-skp").unitRecap().orElseThrow();

        RecapRow siti = result.content().rows().get(0);
        assertThat(siti.hasilKerja()).isEmpty();
        assertThat(siti.perilakuKerja()).contains(Rating.SESUAI_EKSPEKTASI);
        assertThat(siti.predikat()).isEmpty();
        assertThat(result.report().findings()).extracting(Finding::code, Finding::location).containsExactly(
                tuple("excel.rating.invalid", "Sheet1!G9"),
                tuple("excel.predikat.invalid", "Sheet1!I9"));
    }

    @Test
    void export_withoutRows_emptyWithInfo() {
        TableReadResult<UnitRecap> result = metadata().row(HEADER).read(TableWorkbooks.Format.XLS, "kosong")
                .unitRecap().orElseThrow();

        assertThat(result.content().rows()).isEmpty();
        assertThat(result.content().instansi()).contains("Pemerintah Kabupaten Contoh");
        assertThat(result.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("excel.table.noRows");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(result.report().hasErrors()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "DIATAS EKSPEKTASI, DI_ATAS_EKSPEKTASI",
        "Di Atas Ekspektasi, DI_ATAS_EKSPEKTASI",
        "di_atas_ekspektasi, DI_ATAS_EKSPEKTASI",
        "SESUAI EKSPEKTASI, SESUAI_EKSPEKTASI",
        "sesuai, SESUAI_EKSPEKTASI",
        "DIBAWAH EKSPEKTASI, DI_BAWAH_EKSPEKTASI",
        "' Di  Bawah Ekspektasi ', DI_BAWAH_EKSPEKTASI"
    })
    void parseRating_spellings(String text, Rating expected) {
        assertThat(BknReportParser.parseRating(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"EKSPEKTASI", "DI ATAS SEKALI", "BAIK", "''"})
    void parseRating_otherText_empty(String text) {
        assertThat(BknReportParser.parseRating(text)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({
        "SANGAT BAIK, SANGAT_BAIK",
        "Baik, BAIK",
        "BUTUH PERBAIKAN, BUTUH_PERBAIKAN",
        "KURANG, KURANG_MISCONDUCT",
        "KURANG/MISCONDUCT, KURANG_MISCONDUCT",
        "Kurang / Misconduct, KURANG_MISCONDUCT",
        "sangat kurang, SANGAT_KURANG"
    })
    void parsePredikat_spellings(String text, PredikatPegawai expected) {
        assertThat(BknReportParser.parsePredikat(text)).contains(expected);
    }
}
