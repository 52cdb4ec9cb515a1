package io.github.kinerja.excel.write;

import static io.github.kinerja.excel.write.WorkbookChecks.assertFormulasMatchCachedValues;
import static io.github.kinerja.excel.write.WorkbookChecks.cell;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2022.DistribusiChecker;
import io.github.kinerja.core.permen2022.Fixtures;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.PeriodeEvaluasi;
import io.github.kinerja.core.permen2022.PredikatCounts;
import io.github.kinerja.core.permen2022.PredikatOrganisasi;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.permen2022.UnitOrganisasi;
import io.github.kinerja.core.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

class Permen2022RecapWriterTest {

    private static final String SHEET = Permen2022RecapWriter.SHEET_NAME;
    private static final PeriodeEvaluasi JANUARI = PeriodeEvaluasi.bulanan(YearMonth.of(2023, 1));

    @Test
    void write_threeEmployees_rowsCountsAndPola() throws IOException {
        List<HasilPenilaianPegawai> results = List.of(
                result("Ani", 1, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI),
                result("Budi", 2, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI),
                result("=Cici", 3, Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
        UnitOrganisasi unit = unit(PredikatOrganisasi.BAIK);

        try (Workbook workbook = write(unit, results)) {
            assertThat(cell(workbook, SHEET, "A1").getStringCellValue())
                    .isEqualTo("REKAPITULASI PREDIKAT KINERJA PEGAWAI");
            assertThat(cell(workbook, SHEET, "C3").getStringCellValue()).isEqualTo("Bidang Pengembangan");
            assertThat(cell(workbook, SHEET, "C4").getStringCellValue()).isEqualTo("1 Januari 2023 s.d. 31 Januari 2023");
            assertThat(cell(workbook, SHEET, "B8").getStringCellValue()).isEqualTo("19900202 201503 2 001");
            assertThat(cell(workbook, SHEET, "C10").getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(workbook, SHEET, "C10").getStringCellValue()).isEqualTo("=Cici");
            for (int i = 0; i < results.size(); i++) {
                assertThat(cell(workbook, SHEET, "G" + (8 + i)).getStringCellValue())
                        .isEqualTo(results.get(i).predikat().label());
            }
            // Five counts, five percentages and the total on the recap; five shares on the chart sheet.
            assertThat(assertFormulasMatchCachedValues(workbook)).isEqualTo(5 + 5 + 1 + 5);
            assertThat(column(workbook, 4)).contains("Sangat Baik", "Butuh Perbaikan", "JUMLAH");

            PredikatCounts counts = PredikatCounts.from(results.stream().map(HasilPenilaianPegawai::predikat)
                    .toList());
            Report expected = DistribusiChecker.standard().check(PredikatOrganisasi.BAIK, counts);
            List<String> statuses = column(workbook, 6).stream()
                    .filter(s -> s.equals("Sesuai") || s.equals("Tidak sesuai")).toList();
            assertThat(statuses).isNotEmpty();
            assertThat(statuses.contains("Tidak sesuai")).isEqualTo(!expected.isEmpty());
        }
    }

    @Test
    void write_manyEmployees_streamsEveryRow() throws IOException {
        List<HasilPenilaianPegawai> results = new ArrayList<>();
        HasilPenilaianPegawai baik = result("Pegawai", 7, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
        for (int i = 0; i < 2500; i++) {
            results.add(baik);
        }

        try (Workbook workbook = write(unit(PredikatOrganisasi.ISTIMEWA), results)) {
            Sheet sheet = workbook.getSheet(SHEET);
            assertThat(sheet.getRow(7 + 2499).getCell(0).getNumericCellValue()).isEqualTo(2500.0);
            assertThat(column(workbook, 4)).contains("Baik");
            assertFormulasMatchCachedValues(workbook);
        }
    }

    @Test
    void write_unitWithoutPredikat_listsNoPola() throws IOException {
        List<HasilPenilaianPegawai> results = List.of(
                result("Ani", 1, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));

        try (Workbook workbook = write(unit(null), results)) {
            assertThat(cell(workbook, SHEET, "C5").getStringCellValue()).isEqualTo("-");
            assertThat(column(workbook, 4))
                    .contains("POLA DISTRIBUSI: predikat kinerja organisasi tidak diketahui");
            assertThat(column(workbook, 6)).doesNotContain("Sesuai", "Tidak sesuai");
        }
    }

    private static Workbook write(UnitOrganisasi unit, List<HasilPenilaianPegawai> results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Permen2022RecapWriter.standard().write(unit, JANUARI, results, out);
        return WorkbookChecks.open(out.toByteArray());
    }

    private static UnitOrganisasi unit(PredikatOrganisasi predikat) {
        UnitOrganisasi.Builder unit = UnitOrganisasi.builder().id("BIDANG-1").nama("Bidang Pengembangan");
        if (predikat != null) {
            unit.predikat(predikat);
        }
        return unit.build();
    }

    private static HasilPenilaianPegawai result(String name, int sequence, Rating hasilKerja, Rating perilaku) {
        Person pegawai = Fixtures.staff(name, sequence);
        String id = "SKP-" + sequence;
        PenilaianPegawai penilaian = PenilaianPegawai.builder()
                .skp(Fixtures.staffSkp(id, pegawai, "1"))
                .evaluasi(Fixtures.januari(id, hasilKerja, perilaku))
                .build();
        return Permen2022Scorer.standard().score(penilaian);
    }

    private static List<String> column(Workbook workbook, int column) {
        List<String> texts = new ArrayList<>();
        for (Row row : workbook.getSheet(SHEET)) {
            if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING) {
                texts.add(row.getCell(column).getStringCellValue());
            }
        }
        return texts;
    }
}
