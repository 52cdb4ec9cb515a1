package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RealisasiHeaderTest {

    private static byte[] withRealisasiHeader(String header, Pp46FormFixtures.Format format) throws IOException {
        byte[] original = Pp46FormFixtures.write(SpecVectorWorkbooks.s1WithPerilaku(), format);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().strip().toUpperCase(Locale.ROOT).equals("REALISASI")) {
                        cell.setCellValue(header);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_realisasiHeaderReworded_reportsError(Pp46FormFixtures.Format format) throws IOException {
        byte[] workbook = withRealisasiHeader("CAPAIAN", format);

        Pp46ReadResult result = Pp46WorkbookReader.standard()
                .read(new ByteArrayInputStream(workbook), "reworded" + format.extension());

        assertThat(result.report().findings())
                .filteredOn(f -> f.code().equals("excel.pp46.realisasiMissing"))
                .extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_standardHeader_reportsNoMissingRealisasi(Pp46FormFixtures.Format format) throws IOException {
        byte[] workbook = withRealisasiHeader("REALISASI", format);

        Pp46ReadResult result = Pp46WorkbookReader.standard()
                .read(new ByteArrayInputStream(workbook), "standard" + format.extension());

        assertThat(result.report().findings()).extracting(Finding::code).doesNotContain("excel.pp46.realisasiMissing");
        assertThat(result.score()).isPresent();
    }
}
