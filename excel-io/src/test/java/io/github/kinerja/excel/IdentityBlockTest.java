package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Person;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.SheetView;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The identity block that PP 46 and CKP forms share: labels in the first columns, values to their right. */
class IdentityBlockTest {

    private static void row(Sheet sheet, int index, String label, String separator, String value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(2).setCellValue(separator);
        row.createCell(4).setCellValue(value);
    }

    @Test
    void read_looseLabels_fullPerson() throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("SKP");
            row(sheet, 0, "Nama Arsiparis", ":", "Rahmat Wicaksono, S.Kom");
            row(sheet, 1, "NIP", ":", "19660812 199402 2 908");
            row(sheet, 2, "Pangkat/Golongan", ":", "Penata Muda Tk I, III/b");
            row(sheet, 3, "Jabatan", ":", "Arsiparis Ahli Pertama");
            row(sheet, 4, "Unit Kerja", ":", "Direktorat Kearsipan");
            ReadContext context = new ReadContext("identity.xlsx");

            Map<IdentityBlock.Field, CellValue> block = IdentityBlock.read(new SheetView(sheet), 6,
                    IdentityBlock.Field.class, IdentityBlock::field);
            Person person = IdentityBlock.person("Rahmat Wicaksono, S.Kom", block, context).build();

            assertThat(block).containsOnlyKeys(IdentityBlock.Field.values());
            assertThat(block.get(IdentityBlock.Field.NAMA).address()).isEqualTo("SKP!E1");
            assertThat(person.nip().orElseThrow().formatted()).isEqualTo("19660812 199402 2 908");
            assertThat(person.golongan()).contains(Golongan.III_B);
            assertThat(person.jabatan()).contains("Arsiparis Ahli Pertama");
            assertThat(person.unitKerja()).contains("Direktorat Kearsipan");
            assertThat(context.report().isEmpty()).isTrue();
        }
    }

    @Test
    void read_invalidGolongan_reportedAtItsCell() throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("CKP-T");
            row(sheet, 0, "Nama", ":", "Arif");
            row(sheet, 1, "Pangkat", ":", "Penata");
            ReadContext context = new ReadContext("identity.xlsx");

            Map<IdentityBlock.Field, CellValue> block = IdentityBlock.read(new SheetView(sheet), 3,
                    IdentityBlock.Field.class, IdentityBlock::field);
            Person person = IdentityBlock.person("Arif", block, context).build();

            assertThat(person.golongan()).isEmpty();
            assertThat(context.report().findings()).singleElement()
                    .satisfies(f -> assertThat(f.location()).isEqualTo("CKP-T!E2"));
        }
    }
}
