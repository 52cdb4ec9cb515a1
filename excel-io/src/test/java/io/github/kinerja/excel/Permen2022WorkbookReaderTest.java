package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2022.AspekIki;
import io.github.kinerja.core.permen2022.CoreValue;
import io.github.kinerja.core.permen2022.Evaluasi;
import io.github.kinerja.core.permen2022.Iki;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.LampiranItem;
import io.github.kinerja.core.permen2022.LampiranSkp;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.write.Permen2022FormWriter;
import io.github.kinerja.excel.write.Permen2022Samples;
import io.github.kinerja.excel.write.WorkbookFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Permen2022WorkbookReaderTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    // --- The BKN e-Kinerja SKP print, built by hand: PIMPINAN wording, upper case, a numbering row, an extra
    // KETERANGAN column, one target column with text targets, merged and repeated RHK cells, NO 1, 1.1.

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eKinerjaPrint_pimpinanWordingAndMergedRhk_readsThePlan(boolean xlsx) {
        byte[] bytes = eKinerjaPrint(xlsx);

        Permen2022ReadResult read = Permen2022WorkbookReader.standard().read(new ByteArrayInputStream(bytes),
                "cetak-skp" + (xlsx ? ".xlsx" : ".xls"));

        assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_SKP);
        assertThat(read.report().findings()).isEmpty();
        Skp skp = read.skp();
        assertThat(skp.model()).isEqualTo(ModelSkp.JA_JF);
        assertThat(skp.periode()).isEqualTo(AssessmentPeriod.ofYear(2023));
        assertThat(skp.pegawai().name()).isEqualTo("Rina Wulandari, S.Kom.");
        assertThat(skp.pegawai().nip()).contains(Nip.parse("199001012015012001"));
        assertThat(skp.pegawai().golongan()).contains(Golongan.III_C);
        assertThat(skp.pegawai().jabatan()).contains("Pranata Komputer Ahli Muda");
        assertThat(skp.pejabatPenilai().orElseThrow().name()).isEqualTo("Dr. Hendra Gunawan");
        assertThat(skp.rhk()).containsExactly(
                Rhk.builder().id("1").jenis(JenisRhk.UTAMA).uraian("Tersedianya layanan data kepegawaian")
                        .addIki(iki("1.1", AspekIki.KUANTITAS, "Jumlah dokumen layanan data",
                                IkiTarget.of(d("12"), "Dokumen")))
                        .addIki(iki("1.2", AspekIki.KUALITAS, "Persentase layanan tanpa keluhan",
                                IkiTarget.ofRange(d("80"), d("100"), "%")))
                        .addIki(iki("1.3", AspekIki.WAKTU, "Waktu penyelesaian layanan",
                                IkiTarget.of(d("12"), "Bulan")))
                        .build(),
                Rhk.builder().id("2").jenis(JenisRhk.UTAMA).uraian("Terkelolanya aplikasi kepegawaian")
                        .addIki(iki("2.1", AspekIki.KUANTITAS, "Jumlah laporan pemeliharaan aplikasi",
                                IkiTarget.of(d("5"), "Laporan")))
                        .addIki(iki("2.2", AspekIki.KUALITAS, "Ketersediaan aplikasi", IkiTarget.of(d("99.5"),
                                "%")))
                        .build(),
                Rhk.builder().id("T1").jenis(JenisRhk.TAMBAHAN).uraian("Terlaksananya tugas panitia seleksi")
                        .addIki(Iki.builder().id("T1.1").indikator("Laporan kepanitiaan")
                                .target(IkiTarget.qualitative("Laporan selesai tepat waktu")).build())
                        .build());
        assertThat(read.rhkAtasanTexts()).containsEntry("1", "Meningkatnya kualitas layanan kepegawaian")
                .containsEntry("2", "Meningkatnya kualitas layanan kepegawaian");
        assertThat(skp.ekspektasiKhususPimpinan())
                .containsExactly(Map.entry(CoreValue.BERORIENTASI_PELAYANAN, "Responsif terhadap keluhan"));
        assertThat(skp.lampiran()).containsExactly(
                LampiranItem.of(LampiranSkp.DUKUNGAN_SUMBER_DAYA, "Anggaran pelatihan jabatan fungsional"),
                LampiranItem.of(LampiranSkp.SKEMA_PERTANGGUNGJAWABAN, "Laporan triwulanan kepada kepala bidang"));
        assertThat(read.instansi()).isEmpty();
    }

    @Test
    void eKinerjaPrint_anyReader_detectsTheLayout() {
        WorkbookReadResult read = WorkbookReader.standard().read(new ByteArrayInputStream(eKinerjaPrint(true)),
                "cetak-skp.xlsx");

        assertThat(read.layout()).isEqualTo(WorkbookLayout.PERMEN2022_SKP);
        assertThat(read.permen2022Skp().orElseThrow().rhk()).hasSize(3);
        assertThat(read.permen2022Penilaian()).isEmpty();
        assertThat(read.pp46()).isEmpty();
    }

    // --- Bad values in the library's own form, edited by hand after writing.

    @Test
    void target_textWithSatuan_errorAtCell() {
        Edited edited = editSkp((sheet, rows) -> {
            Cell target = rows.targetOf("Jumlah berkas arsip yang tertata");
            target.setCellValue("seribu");
            return "SKP!" + address(target);
        });

        Permen2022ReadResult read = edited.read();

        Finding finding = only(read, "excel.permen2022.targetNotANumber");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location()).isEqualTo(edited.location());
        assertThat(finding.arguments()).containsExactly("seribu", "berkas");
        assertThat(finding.message(Locale.ROOT)).contains("\"seribu\"", "not a number");
        assertThat(finding.message(INDONESIAN)).contains("\"seribu\"", "bukan angka");
        assertThat(read.skp().findIki("2.1").orElseThrow().target()).isEqualTo(IkiTarget.qualitative("seribu"));
    }

    @Test
    void aspek_unknownWord_errorAtCell() {
        Edited edited = editSkp((sheet, rows) -> {
            Cell aspek = rows.ikiRow("Jumlah berkas arsip yang tertata").getCell(3);
            aspek.setCellValue("Kecepatan");
            return "SKP!" + address(aspek);
        });

        Permen2022ReadResult read = edited.read();

        Finding finding = only(read, "excel.permen2022.aspekUnknown");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location()).isEqualTo(edited.location());
        assertThat(finding.message(Locale.ROOT)).contains("\"Kecepatan\"", "Kuantitas, Kualitas, Waktu or Biaya");
        assertThat(read.skp().findIki("2.1").orElseThrow().aspek()).isEmpty();
    }

    @Test
    void target_blank_ikiSkipped() {
        Edited edited = editSkp((sheet, rows) -> {
            Cell target = rows.targetOf("Jumlah berkas arsip yang tertata");
            target.setBlank();
            return "SKP!" + address(target);
        });

        Permen2022ReadResult read = edited.read();

        Finding finding = only(read, "excel.permen2022.targetMissing");
        assertThat(finding.location()).isEqualTo(edited.location());
        assertThat(finding.arguments()).containsExactly("Jumlah berkas arsip yang tertata");
        assertThat(read.skp().findRhk("2").orElseThrow().iki()).isEmpty();
    }

    @Test
    void header_withoutTarget_isAWorkbookReadException() {
        Edited edited = editSkp((sheet, rows) -> {
            Cell header = rows.find("TARGET");
            header.setCellValue("SASARAN");
            return "SKP!A" + (header.getRowIndex() + 1);
        });

        assertThatThrownBy(edited::read)
                .isInstanceOfSatisfying(WorkbookReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.MISSING_CONTENT);
                    assertThat(e.code()).isEqualTo("excel.table.columnMissing");
                    assertThat(e.sheet()).contains("SKP");
                    assertThat(e.cell()).contains(edited.location());
                    assertThat(e.getMessage()).contains("\"TARGET\"", "SASARAN");
                    assertThat(e.message(INDONESIAN)).contains("\"TARGET\"", "tidak ada");
                });
    }

    @Test
    void pegawai_withoutName_isAWorkbookReadException() {
        Edited edited = editSkp((sheet, rows) -> {
            Cell name = rows.find("Siti Aminah, S.E.");
            name.setBlank();
            return "";
        });

        assertThatThrownBy(edited::read)
                .isInstanceOfSatisfying(WorkbookReadException.class, e -> {
                    assertThat(e.code()).isEqualTo("excel.permen2022.pegawaiMissing");
                    assertThat(e.getMessage()).contains("PEGAWAI YANG DINILAI", "SKP");
                });
    }

    @Test
    void rating_unknownWord_noPredikat() {
        Edited edited = editEvaluasi((sheet, rows) -> {
            Cell rating = rows.valueOf("RATING PERILAKU KERJA");
            rating.setCellValue("Luar Biasa");
            return "EVALUASI!" + address(rating);
        });

        Permen2022ReadResult read = edited.read();

        Finding finding = only(read, "excel.rating.invalid");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location()).isEqualTo(edited.location());
        assertThat(read.penilaian().orElseThrow().evaluasi().ratingPerilaku()).isEmpty();
        assertThat(read.hasil()).isEmpty();
    }

    @Test
    void predikat_typedOverFormula_warnsWhenDifferent() {
        Edited edited = editEvaluasi((sheet, rows) -> {
            Cell predikat = rows.valueOf("PREDIKAT KINERJA PEGAWAI");
            predikat.setBlank();
            predikat.setCellValue("SANGAT BAIK");
            return "EVALUASI!" + address(predikat);
        });

        Permen2022ReadResult read = edited.read();

        Finding finding = only(read, "excel.recap.predikatDiffers");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.location()).isEqualTo(edited.location());
        assertThat(finding.message(Locale.ROOT)).contains("\"SANGAT BAIK\"", "Baik", "Di Atas Ekspektasi");
        assertThat(read.hasil().orElseThrow().predikat().label()).isEqualTo("Baik");
    }

    @Test
    void realisasi_text_errorAtCell() {
        Edited edited = editEvaluasi((sheet, rows) -> {
            Cell realisasi = rows.ikiRow("Jumlah berkas arsip yang tertata").getCell(7);
            realisasi.setCellValue("banyak");
            return "EVALUASI!" + address(realisasi);
        });

        Permen2022ReadResult read = edited.read();

        Finding finding = only(read, "excel.cell.notANumber");
        assertThat(finding.location()).isEqualTo(edited.location());
        assertThat(read.penilaian().orElseThrow().evaluasi().findRealisasi("2.1").orElseThrow().nilai()).isEmpty();
    }

    @Test
    void evaluasi_jenisPeriodeMissing_fromDates() {
        Edited edited = editEvaluasi((sheet, rows) -> {
            Cell jenis = rows.valueOf("Jenis Periode");
            jenis.setBlank();
            return "";
        });

        Evaluasi evaluasi = edited.read().penilaian().orElseThrow().evaluasi();

        assertThat(evaluasi.periode()).isEqualTo(PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1)));
    }

    @Test
    void rating_afterColonInLabel_read() {
        Edited edited = editEvaluasi((sheet, rows) -> {
            Cell label = rows.find("RATING PERILAKU KERJA");
            label.setCellValue("RATING PERILAKU KERJA : DI BAWAH EKSPEKTASI");
            rows.valueOf("RATING PERILAKU KERJA : DI BAWAH EKSPEKTASI").setBlank();
            return "";
        });

        Permen2022ReadResult read = edited.read();

        assertThat(read.penilaian().orElseThrow().evaluasi().ratingPerilaku())
                .contains(Rating.DI_BAWAH_EKSPEKTASI);
        assertThat(read.hasil().orElseThrow().predikat().label()).isEqualTo("Kurang/Misconduct");
        // The predikat cell still caches the written Baik, which no longer fits the ratings.
        assertThat(read.report().findings()).extracting(Finding::code).containsExactly("excel.recap.predikatDiffers");
    }

    @Test
    void signatureLine_besideTheTable_isNotARow() {
        Edited edited = editSkp((sheet, rows) -> {
            // The row under the only RHK tambahan is blank in the written form.
            int blank = rows.find("B. Tambahan").getRowIndex() + 2;
            Row row = sheet.getRow(blank) == null ? sheet.createRow(blank) : sheet.getRow(blank);
            row.createCell(1).setCellValue("Mengetahui,");
            return "";
        });

        Permen2022ReadResult read = edited.read();

        assertThat(read.report().findings()).isEmpty();
        assertThat(read.skp()).isEqualTo(Permen2022Samples.jaJf());
    }

    @Test
    void notAPermenForm_isUnsupported() {
        byte[] bytes;
        try (Workbook workbook = WorkbookFactory.create(true)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Daftar hadir");
            bytes = bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThatThrownBy(() -> Permen2022WorkbookReader.standard().read(new ByteArrayInputStream(bytes), "x.xlsx"))
                .isInstanceOf(UnsupportedLayoutException.class)
                .hasMessageContaining("Rencana Hasil Kerja");
    }

    // --- Helpers.

    private static Iki iki(String id, AspekIki aspek, String indikator, IkiTarget target) {
        return Iki.builder().id(id).aspek(aspek).indikator(indikator).target(target).build();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Finding only(Permen2022ReadResult read, String code) {
        List<Finding> findings = read.report().findings();
        assertThat(findings).extracting(Finding::code).containsExactly(code);
        return findings.get(0);
    }

    private static String address(Cell cell) {
        return new CellReference(cell).formatAsString(false);
    }

    /** An edit of a written workbook: changes cells and returns the address the expected finding names. */
    private interface Edit {
        String apply(Sheet sheet, Rows rows);
    }

    private record Edited(byte[] bytes, String location) {
        Permen2022ReadResult read() {
            return Permen2022WorkbookReader.standard().read(new ByteArrayInputStream(bytes), "edited.xlsx");
        }
    }

    private static Edited editSkp(Edit edit) {
        return edit(writer().createSkp(sampleSkp(), WorkbookFormat.XLSX), "SKP", edit);
    }

    private static Edited editEvaluasi(Edit edit) {
        return edit(writer().createEvaluasi(samplePenilaian(), WorkbookFormat.XLSX), "EVALUASI", edit);
    }

    private static Edited edit(Workbook written, String sheetName, Edit edit) {
        try (Workbook workbook = written) {
            Sheet sheet = workbook.getSheet(sheetName);
            String location = edit.apply(sheet, new Rows(sheet));
            return new Edited(bytes(workbook), location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Permen2022FormWriter writer() {
        return Permen2022FormWriter.standard();
    }

    /** Finds cells of a written form by their text. */
    private record Rows(Sheet sheet) {
        Cell find(String text) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                        return cell;
                    }
                }
            }
            throw new AssertionError("no cell \"" + text + "\"");
        }

        Row ikiRow(String indikator) {
            return find(indikator).getRow();
        }

        Cell targetOf(String indikator) {
            return ikiRow(indikator).getCell(5);
        }

        Cell valueOf(String label) {
            Cell at = find(label);
            int next = at.getColumnIndex() + 1;
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                if (region.isInRange(at.getRowIndex(), at.getColumnIndex())) {
                    next = region.getLastColumn() + 1;
                }
            }
            Cell cell = at.getRow().getCell(next);
            return cell == null ? at.getRow().createCell(next) : cell;
        }
    }

    // The writer tests' samples: RHK 2 has the IKI 2.1 "Jumlah berkas arsip yang tertata" with the target 1250
    // berkas and, in January 2023, the realisasi 130.25.
    private static Skp sampleSkp() {
        return Permen2022Samples.jaJf();
    }

    private static PenilaianPegawai samplePenilaian() {
        return Permen2022Samples.evaluasi();
    }

    private static byte[] bytes(Workbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] eKinerjaPrint(boolean xlsx) {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Sheet sheet = workbook.createSheet("SKP");
            put(sheet, 0, 0, "SASARAN KINERJA PEGAWAI");
            put(sheet, 1, 0, "PENDEKATAN HASIL KERJA KUANTITATIF");
            put(sheet, 2, 0, "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2023");
            put(sheet, 4, 0, "NO");
            put(sheet, 4, 1, "PEGAWAI YANG DINILAI");
            merge(sheet, 4, 4, 1, 2);
            put(sheet, 4, 3, "NO");
            put(sheet, 4, 4, "PEJABAT PENILAI KINERJA");
            merge(sheet, 4, 4, 4, 6);
            String[] labels = {"NAMA", "NIP", "PANGKAT / GOL RUANG", "JABATAN", "UNIT KERJA"};
            String[] pegawai = {"Rina Wulandari, S.Kom.", "'199001012015012001", "Penata, III/c",
                "Pranata Komputer Ahli Muda", "Bidang Informasi Kepegawaian"};
            String[] pejabat = {"Dr. Hendra Gunawan", "197501012000031001", "Pembina, IV/a",
                "Kepala Bidang Informasi Kepegawaian", "BKPSDM Kabupaten Contoh"};
            for (int i = 0; i < labels.length; i++) {
                put(sheet, 5 + i, 0, String.valueOf(i + 1));
                put(sheet, 5 + i, 1, labels[i]);
                put(sheet, 5 + i, 2, pegawai[i]);
                put(sheet, 5 + i, 3, String.valueOf(i + 1));
                put(sheet, 5 + i, 4, labels[i]);
                put(sheet, 5 + i, 5, pejabat[i]);
                merge(sheet, 5 + i, 5 + i, 5, 6);
            }
            String[] headers = {"No", "Rencana Hasil Kerja Pimpinan yang Diintervensi", "Rencana Hasil Kerja",
                "Aspek", "Indikator Kinerja Individu", "Target", "Keterangan"};
            for (int c = 0; c < headers.length; c++) {
                put(sheet, 11, c, headers[c]);
                put(sheet, 12, c, "(" + (c + 1) + ")");
            }
            put(sheet, 13, 0, "A. HASIL KERJA UTAMA");
            merge(sheet, 13, 13, 0, 6);
            String atasan = "Meningkatnya kualitas layanan kepegawaian";
            // RHK 1: RHK cells merged over its three IKI rows, NO 1.1 to 1.3.
            iki(sheet, 14, "1.1", atasan, "Tersedianya layanan data kepegawaian", "Kuantitas",
                    "Jumlah dokumen layanan data", "12 Dokumen");
            iki(sheet, 15, "1.2", "", "", "kualitas", "Persentase layanan tanpa keluhan", "80-100 %");
            iki(sheet, 16, "1.3", "", "", "WAKTU", "Waktu penyelesaian layanan", "12 Bulan");
            merge(sheet, 14, 16, 1, 1);
            merge(sheet, 14, 16, 2, 2);
            // RHK 2: RHK cells and NO repeated on each IKI row.
            iki(sheet, 17, "2", atasan, "Terkelolanya aplikasi kepegawaian", "Kuantitas",
                    "Jumlah laporan pemeliharaan aplikasi", "5 Laporan");
            iki(sheet, 18, "2", atasan, "Terkelolanya aplikasi kepegawaian", "Kualitas", "Ketersediaan aplikasi",
                    "99,5%");
            put(sheet, 19, 0, "B. HASIL KERJA TAMBAHAN");
            merge(sheet, 19, 19, 0, 6);
            iki(sheet, 20, "1", "-", "Terlaksananya tugas panitia seleksi", "", "Laporan kepanitiaan",
                    "Laporan selesai tepat waktu");
            put(sheet, 22, 0, "PERILAKU KERJA");
            merge(sheet, 22, 22, 0, 6);
            put(sheet, 23, 0, "No");
            put(sheet, 23, 1, "Perilaku Kerja");
            merge(sheet, 23, 23, 1, 4);
            put(sheet, 23, 5, "Ekspektasi Khusus Pimpinan");
            merge(sheet, 23, 23, 5, 6);
            CoreValue[] values = CoreValue.values();
            for (int i = 0; i < values.length; i++) {
                put(sheet, 24 + i, 0, String.valueOf(i + 1));
                put(sheet, 24 + i, 1, values[i].label().toUpperCase(Locale.ROOT) + "\n- panduan perilaku");
                merge(sheet, 24 + i, 24 + i, 1, 4);
                put(sheet, 24 + i, 5, i == 0 ? "Ekspektasi khusus pimpinan: Responsif terhadap keluhan" : "-");
                merge(sheet, 24 + i, 24 + i, 5, 6);
            }
            Sheet lampiran = workbook.createSheet("LAMP SKP");
            put(lampiran, 0, 0, "LAMPIRAN SASARAN KINERJA PEGAWAI");
            put(lampiran, 2, 0, "DUKUNGAN SUMBER DAYA");
            put(lampiran, 3, 0, "1. Anggaran pelatihan jabatan fungsional");
            put(lampiran, 5, 0, "SKEMA PERTANGGUNGJAWABAN");
            put(lampiran, 6, 0, "1");
            put(lampiran, 6, 1, "Laporan triwulanan kepada kepala bidang");
            put(lampiran, 8, 0, "KONSEKUENSI");
            put(lampiran, 9, 0, "-");
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void iki(Sheet sheet, int row, String no, String atasan, String rhk, String aspek,
            String indikator, String target) {
        put(sheet, row, 0, no);
        put(sheet, row, 1, atasan);
        put(sheet, row, 2, rhk);
        put(sheet, row, 3, aspek);
        put(sheet, row, 4, indikator);
        put(sheet, row, 5, target);
        put(sheet, row, 6, "sesuai kontrak");
    }

    private static void put(Sheet sheet, int row, int column, String text) {
        if (text.isEmpty()) {
            return;
        }
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(column).setCellValue(text);
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }
}
