package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.annotation.Nullable;
import org.apache.poi.ooxml.POIXMLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks whose zip parts were damaged after they were written: copies of a valid form with one part changed. */
class DamagedWorkbookTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    @TempDir
    Path folder;

    private static byte[] form() {
        return Pp46FormFixtures.write(SpecVectorWorkbooks.s1WithPerilaku(), Pp46FormFixtures.Format.XLSX);
    }

    /** Copies the zip with the part replaced by {@code content}, or without it for null. */
    private static byte[] withPart(byte[] zip, String part, @Nullable byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    if (content == null) {
                        continue;
                    }
                    data = content;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(data);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String part(byte[] zip, String part) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(part)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + part);
    }

    @Test
    void read_sharedStringsMissing_damagedNotUnsupported() throws IOException {
        Path file = Files.write(folder.resolve("no-strings.xlsx"), withPart(form(), SHARED_STRINGS, null));

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> WorkbookReader.standard().read(file))
                .isNotInstanceOf(UnsupportedLayoutException.class)
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.DAMAGED);
                    assertThat(e.code()).isEqualTo("excel.file.damagedPart");
                    assertThat(e.cell()).contains("SKP!A1");
                    assertThat(e.getMessage()).startsWith(file + ": the workbook is damaged: the part "
                            + SHARED_STRINGS + " lacks the text of cell SKP!A1")
                            .endsWith("re-save it in Excel or LibreOffice and read it again");
                    assertThat(e.message(INDONESIAN)).contains("buku kerja rusak: bagian " + SHARED_STRINGS)
                            .contains("simpan ulang di Excel atau LibreOffice");
                });
    }

    @Test
    void read_sharedStringsCutShort_damaged() throws IOException {
        byte[] zip = form();
        String strings = part(zip, SHARED_STRINGS);
        // Keeps the first text entry only, as a copy cut off after its first <si> element would.
        int secondEntry = strings.indexOf("<si>", strings.indexOf("</si>"));
        String shortened = strings.substring(0, secondEntry) + "</sst>";
        byte[] damaged = withPart(zip, SHARED_STRINGS, shortened.getBytes(StandardCharsets.UTF_8));

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> Pp46WorkbookReader.standard().read(new ByteArrayInputStream(damaged), "short.xlsx"))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.DAMAGED);
                    assertThat(e.code()).isEqualTo("excel.file.damagedPart");
                    assertThat(e.sheet()).contains(Pp46FormFixtures.SHEET);
                    assertThat(e.cell()).contains("SKP!A2");
                });
    }

    @Test
    void read_sharedStringsNotXml_poiDetailInCause() throws IOException {
        byte[] damaged = withPart(form(), SHARED_STRINGS, "garbage".getBytes(StandardCharsets.US_ASCII));

        assertThatExceptionOfType(WorkbookReadException.class)
                .isThrownBy(() -> CkpWorkbookReader.standard().read(new ByteArrayInputStream(damaged), "bad.xlsx"))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(WorkbookReadException.Reason.DAMAGED);
                    assertThat(e.code()).isEqualTo("excel.file.damaged");
                    assertThat(e.getCause()).isInstanceOf(POIXMLException.class);
                    assertThat(e.getMessage()).isEqualTo("bad.xlsx: the workbook cannot be opened because it is"
                            + " damaged or not a complete Excel file; re-save it in Excel or LibreOffice and read it"
                            + " again");
                    assertThat(e.message(INDONESIAN)).isEqualTo("bad.xlsx: buku kerja tidak dapat dibuka karena"
                            + " rusak atau bukan berkas Excel yang lengkap; simpan ulang di Excel atau LibreOffice"
                            + " lalu baca lagi");
                });
    }
}
