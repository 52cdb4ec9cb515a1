package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SatuanWaktuTest {

    /** Rewrites the last "Bulan" cell of the first kegiatan row, its realisasi unit, to "Hari". */
    private static byte[] withRealisasiInHari(Pp46FormFixtures.Format format) throws IOException {
        byte[] original = Pp46FormFixtures.write(SpecVectorWorkbooks.s1WithPerilaku(), format);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            Cell last = null;
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals("Bulan")) {
                        last = cell;
                    }
                }
                if (last != null) {
                    break;
                }
            }
            assertThat(last).as("a Bulan cell").isNotNull();
            last.setCellValue("Hari");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @ParameterizedTest
    @EnumSource(Pp46FormFixtures.Format.class)
    void read_realisasiInOtherUnit_reportsError(Pp46FormFixtures.Format format) throws IOException {
        Pp46ReadResult result = Pp46WorkbookReader.standard()
                .read(new ByteArrayInputStream(withRealisasiInHari(format)), "units" + format.extension());

        assertThat(result.report().findings()).extracting(Finding::code).contains("excel.pp46.satuanWaktuDiffers");
    }
}
