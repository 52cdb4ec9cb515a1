package io.github.kinerja.excel;

import static io.github.kinerja.excel.write.Permen2021Samples.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kinerja.core.permen2021.Iki;
import io.github.kinerja.core.permen2021.IkiTarget;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2021.RencanaKinerja;
import io.github.kinerja.core.permen2021.TargetKind;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.write.Permen2021FormWriter;
import io.github.kinerja.excel.write.Permen2021Samples;
import io.github.kinerja.excel.write.WorkbookFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Permen2021WorkbookReaderTest {

    // Rows of the varied sample (1-based): header 18-20, rencana kinerja 1 in rows 22-24 (IKI 1.1 to 1.3),
    // rencana kinerja 2 in rows 25-26.
    private static final String SKP = "SKP";

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void varied_sample_readsBackWithoutWarnings(WorkbookFormat format) {
        PenilaianKinerja penilaian = Permen2021Samples.varied();

        Permen2021ReadResult read = read(written(penilaian, format), format);

        assertThat(read.skp()).isEqualTo(penilaian.skp());
        assertThat(read.penilaian()).contains(penilaian);
        assertThat(read.hasil().orElseThrow().nilaiAkhir())
                .isEqualTo(Permen2021Scorer.standard().score(penilaian).nilaiAkhir());
        assertThat(read.report().findings()).filteredOn(f -> f.code().startsWith("excel.")).isEmpty();
    }

    @Test
    void workbookReader_detectsPermen2021() {
        byte[] bytes = written(Permen2021Samples.spec(), WorkbookFormat.XLSX);

        WorkbookReadResult result = WorkbookReader.standard().read(new ByteArrayInputStream(bytes), "spec.xlsx");

        assertThat(result.layout()).isEqualTo(WorkbookLayout.PERMEN2021_SKP);
        assertThat(result.permen2021().orElseThrow().penilaian()).contains(Permen2021Samples.spec());
        assertThat(result.pp46()).isEmpty();
        assertThat(result.report()).isEqualTo(result.permen2021().orElseThrow().report());
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void textInTarget_isErrorAtItsCellAndSkipsTheIki(WorkbookFormat format) {
        byte[] bytes = edited(Permen2021Samples.varied(), format, sheet -> set(sheet, "G22", "delapan puluh"));

        Permen2021ReadResult read = read(bytes, format);

        assertThat(finding(read, "excel.cell.notANumber").location()).isEqualTo("SKP!G22");
        assertThat(finding(read, "excel.cell.notANumber").arguments()).containsExactly("target", "delapan puluh");
        Finding skipped = finding(read, "excel.permen2021.ikiSkipped");
        assertThat(skipped.location()).isEqualTo("SKP!G22");
        assertThat(skipped.severity()).isEqualTo(Severity.ERROR);
        assertThat(skipped.message(Locale.ROOT)).contains("Jumlah dokumen analisis jabatan");
        assertThat(read.skp().rencanaKinerja().get(0).iki()).extracting(Iki::indikator)
                .containsExactly("Waktu penyusunan peta jabatan", "Akurasi data formasi");
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void textInRealisasi_isErrorAtItsCell(WorkbookFormat format) {
        byte[] bytes = edited(Permen2021Samples.varied(), format, sheet -> set(sheet, "L22", "tujuh puluh"));

        Permen2021ReadResult read = read(bytes, format);

        Finding finding = finding(read, "excel.cell.notANumber");
        assertThat(finding.location()).isEqualTo("SKP!L22");
        assertThat(finding.arguments()).containsExactly("realisasi", "tujuh puluh");
        assertThat(read.skp().rencanaKinerja().get(0).iki().get(0).realisasi()).isEmpty();
        // The workbook still shows the capaian of the old realisasi, which the reader now computes as 0.
        assertThat(finding(read, "excel.permen2021.shownDiffers").location()).isEqualTo("SKP!M22");
    }

    @Test
    void negativeRealisasi_isErrorAndLeftEmpty() {
        byte[] bytes = edited(Permen2021Samples.varied(), WorkbookFormat.XLSX, sheet -> set(sheet, "L23", -2));

        Permen2021ReadResult read = read(bytes, WorkbookFormat.XLSX);

        assertThat(finding(read, "excel.permen2021.negative").location()).isEqualTo("SKP!L23");
        assertThat(read.skp().rencanaKinerja().get(0).iki().get(1).realisasi()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void utamaBobotNotSummingTo100_isErrorAndIgnored(WorkbookFormat format) {
        byte[] bytes = edited(Permen2021Samples.varied(), format, sheet -> set(sheet, "D22", 70));

        Permen2021ReadResult read = read(bytes, format);

        Finding finding = finding(read, "excel.permen2021.bobotSum");
        assertThat(finding.location()).isEqualTo("SKP!D22");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.arguments()).containsExactly("kinerja utama", "110");
        assertThat(read.skp().utama()).allSatisfy(rencana -> assertThat(rencana.bobot()).isEmpty());
        assertThat(read.skp().tambahan().get(0).bobot()).contains(d("10"));
    }

    @Test
    void ikiBobotSum_errorAtFirstBobot() {
        byte[] bytes = edited(Permen2021Samples.varied(), WorkbookFormat.XLS, sheet -> set(sheet, "F23", 50));

        Permen2021ReadResult read = read(bytes, WorkbookFormat.XLS);

        Finding finding = finding(read, "excel.permen2021.bobotSum");
        assertThat(finding.location()).isEqualTo("SKP!F22");
        assertThat(finding.arguments()).containsExactly("IKI of rencana kinerja 1", "115");
        assertThat(read.skp().rencanaKinerja().get(0).iki()).allSatisfy(iki -> assertThat(iki.bobot()).isEmpty());
    }

    @Test
    void missingBobot_isErrorForTheGroup() {
        byte[] bytes = edited(Permen2021Samples.varied(), WorkbookFormat.XLSX, sheet -> blank(sheet, "D25"));

        Permen2021ReadResult read = read(bytes, WorkbookFormat.XLSX);

        assertThat(finding(read, "excel.permen2021.bobotIncomplete").arguments())
                .containsExactly("kinerja utama", "1", "2");
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void missingTargetHeader_throwsWithTheHeaderRow(WorkbookFormat format) {
        byte[] bytes = edited(Permen2021Samples.varied(), format, sheet -> set(sheet, "G18", "SASARAN"));

        assertThatThrownBy(() -> read(bytes, format))
                .isInstanceOfSatisfying(WorkbookReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.MISSING_CONTENT);
                    assertThat(e.code()).isEqualTo("excel.permen2021.columnMissing");
                    assertThat(e.sheet()).contains(SKP);
                    assertThat(e.cell()).contains("SKP!A18");
                    assertThat(e.getMessage()).contains("\"TARGET\"").contains("header row 18");
                    assertThat(e.message(Locale.forLanguageTag("id"))).contains("baris judul 18");
                });
    }

    @Test
    void missingRealisasiHeader_isError() {
        byte[] bytes = edited(Permen2021Samples.varied(), WorkbookFormat.XLSX,
                sheet -> set(sheet, "L18", "CATATAN"));

        Permen2021ReadResult read = read(bytes, WorkbookFormat.XLSX);

        assertThat(finding(read, "excel.permen2021.realisasiMissing").location()).isEqualTo("SKP!A18");
        assertThat(read.skp().rencanaKinerja().get(0).iki()).allSatisfy(iki ->
                assertThat(iki.realisasi()).isEmpty());
    }

    @Test
    void missingIkiHeader_isNotThisLayout() {
        byte[] bytes = edited(Permen2021Samples.varied(), WorkbookFormat.XLSX,
                sheet -> set(sheet, "E18", "URAIAN"));

        assertThatThrownBy(() -> read(bytes, WorkbookFormat.XLSX)).isInstanceOf(UnsupportedLayoutException.class);
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void changedCachedValues_areWarningsAtTheirCells(WorkbookFormat format) {
        byte[] bytes = edited(Permen2021Samples.varied(), format, sheet -> {
            cell(sheet, "O22").setCellValue(50);
            cell(sheet, "H38").setCellValue("Sangat Kurang");
        });

        Permen2021ReadResult read = read(bytes, format);

        List<Finding> differences = read.report().findings().stream()
                .filter(f -> f.code().startsWith("excel.permen2021.shown")).toList();
        assertThat(differences).extracting(Finding::location).containsExactly("SKP!O22", "SKP!H38");
        assertThat(differences).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(differences.get(0).arguments()).containsExactly("nilai capaian IKI 1.1", "50", "77.5");
        assertThat(differences.get(1).arguments()).containsExactly("predikat kinerja", "Sangat Kurang", "Baik");
    }

    @Test
    void duplicateRencanaNumber_isErrorAndRenumbered() {
        byte[] bytes = edited(Permen2021Samples.varied(), WorkbookFormat.XLSX, sheet -> set(sheet, "A25", 1));

        Permen2021ReadResult read = read(bytes, WorkbookFormat.XLSX);

        assertThat(finding(read, "excel.permen2021.duplicateId").location()).isEqualTo("SKP!A25");
        assertThat(read.skp().rencanaKinerja()).extracting(RencanaKinerja::id)
                .containsExactly("1", "1-25", "3", "4");
        assertThat(read.skp().rencanaKinerja().get(1).iki()).extracting(Iki::id).containsExactly("1-25.1",
                "1-25.2");
    }

    @Test
    void nilaiPerilakuAbove120_isErrorWithoutPenilaian() {
        byte[] bytes = edited(Permen2021Samples.varied(), WorkbookFormat.XLSX, sheet -> set(sheet, "F36", 130));

        Permen2021ReadResult read = read(bytes, WorkbookFormat.XLSX);

        assertThat(finding(read, "excel.permen2021.nilaiPerilakuOutOfRange").location()).isEqualTo("SKP!F36");
        assertThat(read.penilaian()).isEmpty();
        assertThat(read.hasil()).isEmpty();
    }

    @Test
    void agencyCopy_extraColumnAndOtherWording_reads() throws IOException {
        byte[] bytes;
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Lampiran SKP");
            row(sheet, 0, "SASARAN KINERJA PEGAWAI");
            row(sheet, 1, "PERIODE PENILAIAN: 1 JULI s.d. 31 DESEMBER 2021");
            row(sheet, 3, "No", "Pegawai yang Dinilai");
            row(sheet, 4, "1", "Nama", "Rina Marlina");
            row(sheet, 5, "2", "NIP", "19850203 201001 2 004");
            row(sheet, 7, "No.", "Rencana Kinerja Atasan Langsung", "Rencana Kinerja", "Bobot",
                    "Indikator Kinerja Individu (IKI)", "Keterangan", "Target", "Satuan", "Realisasi",
                    "Capaian (%)");
            row(sheet, 8, "1", "Meningkatnya layanan", "Terselesaikannya verifikasi", 50,
                    "Jumlah berkas diverifikasi", "catatan", 100, "berkas", 90);
            row(sheet, 9, "", "", "", "", "Waktu rata-rata layanan", "", 5, "hari", 4);
            row(sheet, 10, "2", "", "Tersusunnya laporan", 50, "Laporan bulanan disampaikan", "", 12, "laporan",
                    12);
            row(sheet, 12, "Nilai Perilaku Kerja", "", "", "", "", 90);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }

        WorkbookReadResult result = WorkbookReader.standard().read(new ByteArrayInputStream(bytes), "copy.xlsx");

        Permen2021ReadResult read = result.permen2021().orElseThrow();
        assertThat(read.skp().pegawai().name()).isEqualTo("Rina Marlina");
        assertThat(read.skp().periode()).isEqualTo(Permen2021Samples.PERIOD);
        List<RencanaKinerja> rencana = read.skp().rencanaKinerja();
        assertThat(rencana).extracting(RencanaKinerja::uraian)
                .containsExactly("Terselesaikannya verifikasi", "Tersusunnya laporan");
        assertThat(rencana.get(0).rencanaKinerjaAtasan()).contains("Meningkatnya layanan");
        assertThat(rencana.get(0).bobot()).contains(d("50"));
        assertThat(rencana.get(0).iki()).extracting(Iki::id).containsExactly("1.1", "1.2");
        IkiTarget target = rencana.get(0).iki().get(1).target();
        assertThat(target.kind()).isEqualTo(TargetKind.VALUE);
        assertThat(target.value()).contains(d("5"));
        assertThat(target.satuan()).contains("hari");
        assertThat(rencana.get(0).iki().get(0).realisasi()).contains(d("90"));
        assertThat(read.penilaian().orElseThrow().nilaiPerilaku()).isEqualByComparingTo("90");
        assertThat(read.report().findings()).filteredOn(f -> f.code().startsWith("excel.")).isEmpty();
    }

    @Test
    void messages_existInEnglishAndIndonesian() throws IOException {
        Properties english = bundle("Messages.properties");
        Properties indonesian = bundle("Messages_id.properties");
        List<String> keys = english.stringPropertyNames().stream().filter(k -> k.startsWith("excel.permen2021."))
                .sorted().toList();

        assertThat(keys).hasSizeGreaterThan(10);
        assertThat(indonesian.stringPropertyNames().stream().filter(k -> k.startsWith("excel.permen2021.")).sorted()
                .toList()).isEqualTo(keys);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Permen2021WorkbookReaderTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Finding finding(Permen2021ReadResult read, String code) {
        return read.report().findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + code + " in " + read.report().findings()));
    }

    private static Permen2021ReadResult read(byte[] bytes, WorkbookFormat format) {
        return Permen2021WorkbookReader.standard().read(new ByteArrayInputStream(bytes), "skp" + format.extension());
    }

    private static byte[] written(PenilaianKinerja penilaian, WorkbookFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Permen2021FormWriter.standard().writeSkp(penilaian, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] edited(PenilaianKinerja penilaian, WorkbookFormat format, Consumer<Sheet> edit) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(written(penilaian, format)))) {
            edit.accept(workbook.getSheet(SKP));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell cell(Sheet sheet, String address) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    private static void set(Sheet sheet, String address, String text) {
        Cell cell = cell(sheet, address);
        cell.setBlank();
        cell.setCellValue(text);
    }

    private static void set(Sheet sheet, String address, double number) {
        Cell cell = cell(sheet, address);
        cell.setBlank();
        cell.setCellValue(number);
    }

    private static void blank(Sheet sheet, String address) {
        cell(sheet, address).setBlank();
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (!values[i].toString().isEmpty()) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }
}
