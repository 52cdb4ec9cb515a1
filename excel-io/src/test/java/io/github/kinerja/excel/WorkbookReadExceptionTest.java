package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReadExceptionTest {

    @TempDir
    Path folder;

    @Test
    void read_missingFile_fileNotFound() {
        Path missing = folder.resolve("nothing.xlsx");

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> WorkbookReader.standard().read(missing))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.FILE_NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo(missing + ": file not found; check the path");
                    assertThat(e.message(Locale.forLanguageTag("id"))).isEqualTo(missing
                            + ": berkas tidak ditemukan; periksa lokasi dan nama berkas");
                    assertThat(e.fileName()).isEqualTo(missing.toString());
                });
    }

    @Test
    void read_emptyFile_emptyFile() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.xls"));

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> WorkbookReader.standard().read(empty))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.EMPTY_FILE);
                    assertThat(e.getMessage()).contains("the file is empty (0 bytes)");
                });
    }

    @Test
    void read_textFile_notAWorkbook() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.xlsx"), "No;Uraian Kegiatan\n1;Rapat\n");

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> CkpWorkbookReader.standard().read(text))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.NOT_A_WORKBOOK);
                    assertThat(e.getMessage()).contains("notes.xlsx: not an Excel workbook")
                            .contains("4E 6F 3B 55");
                });
    }

    @Test
    void read_zipThatIsNoWorkbook_damaged() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0};

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> WorkbookReader.standard().read(new ByteArrayInputStream(zip), "broken.xlsx"))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.DAMAGED);
                    assertThat(e.getMessage()).startsWith("broken.xlsx: the workbook cannot be opened");
                });
    }

    @Test
    void read_streamOfText_notAWorkbook() {
        byte[] text = "hello".getBytes(StandardCharsets.US_ASCII);

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> Pp46WorkbookReader.standard().read(new ByteArrayInputStream(text), "x.xls"))
                .satisfies(e -> assertThat(e.code()).isEqualTo("excel.file.notAWorkbook"));
    }
}
