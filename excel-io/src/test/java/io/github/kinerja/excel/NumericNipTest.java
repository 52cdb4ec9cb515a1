package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NumericNipTest {

    /** Replaces the pegawai's NIP text with the number Excel stores when someone types the 18 digits. */
    private static byte[] withNumericNip(byte[] workbook) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().replace(" ", "").equals("196608121994022908")) {
                        cell.setCellValue(196608121994022908d);
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
    void read_nipStoredAsNumber_warnsAndKeepsNoNip(Pp46FormFixtures.Format format) throws IOException {
        byte[] workbook = withNumericNip(Pp46FormFixtures.write(SpecVectorWorkbooks.s1WithPerilaku(), format));

        Pp46ReadResult result = Pp46WorkbookReader.standard()
                .read(new ByteArrayInputStream(workbook), "numeric-nip" + format.extension());

        assertThat(result.skp().pegawai().nip()).isEmpty();
        assertThat(result.report().findings()).extracting(Finding::code).contains("excel.nip.numeric");
    }
}
