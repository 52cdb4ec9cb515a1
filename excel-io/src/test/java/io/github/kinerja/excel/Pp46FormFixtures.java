package io.github.kinerja.excel;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.SatuanWaktu;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.pp46.calc.KegiatanResult;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.Nullable;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes PP 46/2011 evaluation workbooks laid out like the standard Penilaian Capaian SKP form, for tests.
 *
 * <p>Layout (1-based rows): title in row 1, {@code Jangka Waktu Penilaian} in row 2, the identity blocks
 * {@code I. PEJABAT PENILAI} (columns A-D) and {@code II. PEGAWAI NEGERI SIPIL YANG DINILAI} (columns J-P) in rows
 * 4-9, the two-row header in rows 11-12 with merged cells ({@code TARGET} over D-I, {@code REALISASI} over K-P,
 * {@code Kuant/ Output} and {@code Waktu} over two cells each), an optional numbering row, the kegiatan, then
 * {@code II. Tugas Tambahan}, {@code III. Kreativitas} and the Nilai Capaian SKP with its category. The shown values
 * (penghitungan, nilai capaian, totals) are those of {@link Pp46Scorer#defaults()}, rounded to two decimals as
 * forms show them. An optional second sheet {@code PENILAIAN PRESTASI KERJA} contains the perilaku kerja.
 */
final class Pp46FormFixtures {

    /** The file format to write. */
    enum Format {
        XLS(".xls"),
        XLSX(".xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        String extension() {
            return extension;
        }
    }

    /** How the numbers of the kegiatan rows are written. */
    enum NumberCells {
        /** As number cells. */
        NUMBERS,
        /** As Indonesian text: {@code 170.395.000,00}. */
        INDONESIAN_TEXT,
        /** As English text, the way some applications write: {@code 170,395,000.00}. */
        ENGLISH_TEXT
    }

    /** Variations of the layout; the defaults give the plain standard form. */
    static final class Options {
        NumberCells numbers = NumberCells.NUMBERS;
        boolean numberingRow = true;
        boolean hideFirstKegiatanRow;
        int blankFormattedRows;
        boolean straySubHeader;
        boolean divisionByZeroInFirstPenghitungan;
        boolean summarySheet = true;
        boolean totalsAboveSections;
        boolean strayRowBelowTotals;
        @Nullable SkpPp46 secondSkp;
        boolean secondIsPlan;

        static Options standard() {
            return new Options();
        }

        Options numbers(NumberCells value) {
            numbers = value;
            return this;
        }

        Options numberingRow(boolean value) {
            numberingRow = value;
            return this;
        }

        Options hideFirstKegiatanRow() {
            hideFirstKegiatanRow = true;
            return this;
        }

        Options blankFormattedRows(int count) {
            blankFormattedRows = count;
            return this;
        }

        Options straySubHeader() {
            straySubHeader = true;
            return this;
        }

        Options divisionByZeroInFirstPenghitungan() {
            divisionByZeroInFirstPenghitungan = true;
            return this;
        }

        Options summarySheet(boolean value) {
            summarySheet = value;
            return this;
        }

        /** Puts a JUMLAH row and the Nilai Capaian SKP above the Tugas Tambahan and Kreativitas sections. */
        Options totalsAboveSections() {
            totalsAboveSections = true;
            return this;
        }

        /** Puts a note in the uraian column between the totals above the sections and the sections. */
        Options strayRowBelowTotals() {
            strayRowBelowTotals = true;
            return this;
        }

        /** Adds a second form on the sheet {@value #SECOND_SHEET}: an evaluation, or a plan without realisasi. */
        Options secondForm(SkpPp46 skp, boolean plan) {
            secondSkp = skp;
            secondIsPlan = plan;
            return this;
        }
    }

    static final String SHEET = "SKP";
    static final String SUMMARY_SHEET = "PENILAIAN PRESTASI KERJA";
    static final String SECOND_SHEET = "SKP 2";

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};
    private static final int LAST_COLUMN = 17;
    private static final int HEADER_ROW = 10;

    private final Workbook workbook;
    private final Options options;
    private final CellStyle bordered;

    private Pp46FormFixtures(Format format, Options options) {
        this.workbook = format == Format.XLS ? new HSSFWorkbook() : new XSSFWorkbook();
        this.options = options;
        this.bordered = workbook.createCellStyle();
        bordered.setBorderBottom(BorderStyle.THIN);
        bordered.setBorderTop(BorderStyle.THIN);
        bordered.setBorderLeft(BorderStyle.THIN);
        bordered.setBorderRight(BorderStyle.THIN);
    }

    /** Writes the SKP as a standard evaluation workbook. */
    static byte[] write(SkpPp46 skp, Format format) {
        return write(skp, format, Options.standard());
    }

    /** Writes the SKP as an evaluation workbook with the given variations. */
    static byte[] write(SkpPp46 skp, Format format, Options options) {
        Pp46FormFixtures writer = new Pp46FormFixtures(format, options);
        try (Workbook workbook = writer.workbook) {
            writer.writeSkp(skp, Pp46Scorer.defaults().score(skp), SHEET, false);
            if (options.secondSkp != null) {
                SkpPp46 second = options.secondSkp;
                writer.writeSkp(second, Pp46Scorer.defaults().score(second), SECOND_SHEET, options.secondIsPlan);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSkp(SkpPp46 skp, Pp46Result score, String sheetName, boolean plan) {
        Sheet sheet = workbook.createSheet(sheetName);
        text(sheet, 0, 0, "PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI NEGERI SIPIL");
        merge(sheet, 0, 0, 0, LAST_COLUMN);
        text(sheet, 1, 0, "Jangka Waktu Penilaian " + date(skp.period().start()) + " s.d. "
                + date(skp.period().end()));
        merge(sheet, 1, 1, 0, LAST_COLUMN);
        identity(sheet, 0, "I. PEJABAT PENILAI", skp.pejabatPenilai());
        identity(sheet, 9, "II. PEGAWAI NEGERI SIPIL YANG DINILAI", Optional.of(skp.pegawai()));
        header(sheet, plan);

        int row = HEADER_ROW + 2;
        if (options.numberingRow) {
            for (int c = 0; c <= LAST_COLUMN; c++) {
                number(sheet, row, c, BigDecimal.valueOf(c + 1L));
            }
            row++;
        }
        if (options.straySubHeader) {
            text(sheet, row++, 1, "A. Kegiatan Pokok");
        }
        for (int i = 0; i < skp.kegiatan().size(); i++) {
            Row written = kegiatan(sheet, row, i + 1, skp.kegiatan().get(i), score.kegiatan().get(i), i == 0, plan);
            if (i == 0 && options.hideFirstKegiatanRow) {
                written.setZeroHeight(true);
            }
            row++;
        }
        for (int i = 0; i < options.blankFormattedRows; i++) {
            Row blank = sheet.createRow(row++);
            for (int c = 0; c <= LAST_COLUMN; c++) {
                blank.createCell(c).setCellStyle(bordered);
            }
        }
        if (plan) {
            return;
        }
        if (options.totalsAboveSections) {
            text(sheet, row, 1, "JUMLAH");
            row++;
            row = nilaiCapaianSkp(sheet, row, score);
            if (options.strayRowBelowTotals) {
                text(sheet, row++, 1, "Catatan: lihat lampiran");
            }
        }

        text(sheet, row, 1, "II. Tugas Tambahan");
        if (!skp.tugasTambahan().isEmpty()) {
            number(sheet, row, 17, score.capaianSkp().tugasTambahan());
        }
        row++;
        int item = 1;
        for (TugasTambahan tugas : skp.tugasTambahan()) {
            number(sheet, row, 0, BigDecimal.valueOf(item++));
            text(sheet, row++, 1, tugas.description());
        }
        text(sheet, row, 1, "III. Kreativitas");
        if (!skp.kreativitas().isEmpty()) {
            number(sheet, row, 17, score.capaianSkp().kreativitas());
        }
        row++;
        item = 1;
        for (Kreativitas kreativitas : skp.kreativitas()) {
            number(sheet, row, 0, BigDecimal.valueOf(item++));
            text(sheet, row, 1, kreativitas.description());
            number(sheet, row++, 17, kreativitas.manfaat().value());
        }
        if (!options.totalsAboveSections) {
            nilaiCapaianSkp(sheet, row, score);
        }

        if (options.summarySheet && skp.perilaku().isPresent() && sheetName.equals(SHEET)) {
            summary(skp, score);
        }
    }

    // The Nilai Capaian SKP over two merged rows, with the value and its category; returns the row below.
    private int nilaiCapaianSkp(Sheet sheet, int row, Pp46Result score) {
        text(sheet, row, 0, "Nilai Capaian SKP");
        merge(sheet, row, row + 1, 0, 16);
        number(sheet, row, 17, score.nilaiCapaianSkp().rounded());
        text(sheet, row + 1, 17, "(" + score.nilaiCapaianSkp().kategori().label() + ")");
        return row + 2;
    }

    private void identity(Sheet sheet, int column, String caption, Optional<Person> person) {
        text(sheet, 3, column, "NO");
        text(sheet, 3, column + 1, caption);
        merge(sheet, 3, 3, column + 1, column + 3);
        String[] labels = {"Nama", "NIP", "Pangkat/Gol.Ruang", "Jabatan", "Unit Kerja"};
        for (int i = 0; i < labels.length; i++) {
            int row = 4 + i;
            String label = labels[i];
            number(sheet, row, column, BigDecimal.valueOf(i + 1L));
            text(sheet, row, column + 1, label);
            merge(sheet, row, row, column + 2, column + 3);
            Optional<String> value = person.flatMap(p -> switch (label) {
                case "Nama" -> Optional.of(p.name());
                case "NIP" -> p.nip().map(nip -> nip.formatted());
                case "Pangkat/Gol.Ruang" -> p.golongan().map(g -> g.pangkat() + ", " + g.code());
                case "Jabatan" -> p.jabatan();
                default -> p.unitKerja();
            });
            value.ifPresent(v -> text(sheet, row, column + 2, v));
        }
    }

    private void header(Sheet sheet, boolean plan) {
        int top = HEADER_ROW;
        int sub = HEADER_ROW + 1;
        text(sheet, top, 0, "NO");
        merge(sheet, top, sub, 0, 0);
        text(sheet, top, 1, "I. Kegiatan Tugas Jabatan");
        merge(sheet, top, sub, 1, 1);
        text(sheet, top, 2, "AK");
        merge(sheet, top, sub, 2, 2);
        text(sheet, top, 3, "TARGET");
        merge(sheet, top, top, 3, 8);
        if (!plan) {
            text(sheet, top, 9, "AK");
            merge(sheet, top, sub, 9, 9);
            text(sheet, top, 10, "REALISASI");
            merge(sheet, top, top, 10, 15);
            text(sheet, top, 16, "PENGHITUNGAN");
            merge(sheet, top, sub, 16, 16);
            text(sheet, top, 17, "NILAI CAPAIAN SKP");
            merge(sheet, top, sub, 17, 17);
        }
        for (int start : plan ? new int[] {3} : new int[] {3, 10}) {
            text(sheet, sub, start, "Kuant/\nOutput");
            merge(sheet, sub, sub, start, start + 1);
            text(sheet, sub, start + 2, "Kual/Mutu");
            text(sheet, sub, start + 3, "Waktu");
            merge(sheet, sub, sub, start + 3, start + 4);
            text(sheet, sub, start + 5, "Biaya");
        }
    }

    private Row kegiatan(Sheet sheet, int row, int nomor, Kegiatan kegiatan, KegiatanResult result, boolean first,
            boolean plan) {
        number(sheet, row, 0, BigDecimal.valueOf(nomor));
        text(sheet, row, 1, kegiatan.name());
        String waktu = kegiatan.satuanWaktu() == SatuanWaktu.HARI ? "Hari" : "Bulan";
        kegiatan.target().ifPresent(target -> {
            target.angkaKredit().ifPresent(ak -> value(sheet, row, 2, ak));
            value(sheet, row, 3, target.kuantitas());
            kegiatan.satuanOutput().ifPresent(s -> text(sheet, row, 4, s));
            value(sheet, row, 5, target.kualitas());
            value(sheet, row, 6, target.waktu());
            text(sheet, row, 7, waktu);
            if (target.biaya().isPresent()) {
                value(sheet, row, 8, target.biaya().get());
            } else {
                text(sheet, row, 8, "-");
            }
        });
        if (plan) {
            return sheet.getRow(row);
        }
        kegiatan.realisasi().ifPresent(realisasi -> {
            realisasi.angkaKredit().ifPresent(ak -> value(sheet, row, 9, ak));
            value(sheet, row, 10, realisasi.kuantitas());
            kegiatan.satuanOutput().ifPresent(s -> text(sheet, row, 11, s));
            value(sheet, row, 12, realisasi.kualitas());
            value(sheet, row, 13, realisasi.waktu());
            text(sheet, row, 14, waktu);
            if (realisasi.biaya().isPresent()) {
                value(sheet, row, 15, realisasi.biaya().get());
            } else {
                text(sheet, row, 15, "-");
            }
        });
        if (first && options.divisionByZeroInFirstPenghitungan) {
            Cell cell = sheet.getRow(row).createCell(16);
            cell.setCellFormula("D" + (row + 1) + "/0");
            cell.setCellErrorValue(FormulaError.DIV0.getCode());
        } else {
            number(sheet, row, 16, round(result.penghitungan()));
        }
        number(sheet, row, 17, round(result.value()));
        return sheet.getRow(row);
    }

    private void summary(SkpPp46 skp, Pp46Result score) {
        Sheet sheet = workbook.createSheet(SUMMARY_SHEET);
        text(sheet, 0, 1, "PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL");
        text(sheet, 2, 1, "a. Sasaran Kerja Pegawai (SKP)");
        merge(sheet, 2, 2, 1, 2);
        number(sheet, 2, 4, score.nilaiCapaianSkp().rounded());
        text(sheet, 3, 1, "b. Perilaku Kerja");
        int row = 3;
        int index = 1;
        for (AspekPerilaku aspect : AspekPerilaku.values()) {
            text(sheet, row, 2, index++ + ". " + aspect.label());
            BigDecimal aspectScore = skp.perilaku().orElseThrow().scores().get(aspect);
            if (aspectScore == null) {
                text(sheet, row, 4, "-");
            } else {
                number(sheet, row, 4, aspectScore);
                text(sheet, row, 5, "(" + score.kategoriPerilaku().get(aspect).label() + ")");
            }
            row++;
        }
        int totalRow = row;
        text(sheet, totalRow, 2, index + ". Nilai Perilaku Kerja");
        score.nilaiPerilaku().ifPresent(n -> number(sheet, totalRow, 4, n.rounded()));
        text(sheet, totalRow + 1, 1, "c. Nilai Prestasi Kerja");
        score.nilaiPrestasiKerja().ifPresent(n -> number(sheet, totalRow + 1, 4, n.rounded()));
    }

    // A kegiatan number in the chosen form: a number cell, or Indonesian or English text with two decimals.
    private void value(Sheet sheet, int row, int column, BigDecimal value) {
        switch (options.numbers) {
            case NUMBERS -> number(sheet, row, column, value);
            case INDONESIAN_TEXT -> text(sheet, row, column, format(value, '.', ','));
            case ENGLISH_TEXT -> text(sheet, row, column, format(value, ',', '.'));
        }
    }

    static String format(BigDecimal value, char grouping, char decimal) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private void text(Sheet sheet, int row, int column, String text) {
        cell(sheet, row, column).setCellValue(text);
    }

    private void number(Sheet sheet, int row, int column, BigDecimal value) {
        cell(sheet, row, column).setCellValue(value.doubleValue());
    }

    private Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        cell.setCellStyle(bordered);
        return cell;
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }
}
