package io.github.kinerja.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** Opens workbooks and turns every way of failing into a {@link WorkbookReadException}. */
final class Workbooks {

    private static final int MAGIC_BYTES_SHOWN = 8;
    private static final String SHARED_STRINGS_PART = "xl/sharedStrings.xml";

    private Workbooks() {}

    /** Opens a workbook file read-only. */
    static Workbook open(Path path) {
        String fileName = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new WorkbookReadException(WorkbookReadException.Reason.FILE_NOT_FOUND, "excel.file.notFound",
                    fileName, null, null, null);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(MAGIC_BYTES_SHOWN);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
        checkMagic(head, fileName);
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(path.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            throw damagedOrEncrypted(fileName, e);
        }
        return checked(workbook, fileName);
    }

    /** Reads a workbook from a stream, which stays open. */
    static Workbook open(InputStream in, String fileName) {
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
        checkMagic(Arrays.copyOf(content, Math.min(content.length, MAGIC_BYTES_SHOWN)), fileName);
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw damagedOrEncrypted(fileName, e);
        }
        return checked(workbook, fileName);
    }

    // POI opens an .xlsx whose shared strings part is missing or shorter than the cells need, and then returns ""
    // for the text of every cell that refers to a lost entry. Headers vanish, and the workbook would look like no
    // supported form, so such a cell is rejected here before any reader looks at the text.
    private static Workbook checked(Workbook workbook, String fileName) {
        if (!(workbook instanceof XSSFWorkbook xssf)) {
            return workbook;
        }
        SharedStringsTable strings = xssf.getSharedStringSource();
        // The number of entries read, not the uniqueCount attribute, which a cut-off part still states in full.
        int count = strings == null ? 0 : strings.getSharedStringItems().size();
        for (Sheet sheet : xssf) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    CTCell ct = ((XSSFCell) cell).getCTCell();
                    if (ct.getT() == STCellType.S && !hasString(ct, count)) {
                        closeQuietly(workbook);
                        String address = sheet.getSheetName() + "!" + cell.getAddress().formatAsString();
                        throw new WorkbookReadException(WorkbookReadException.Reason.DAMAGED,
                                "excel.file.damagedPart", fileName, sheet.getSheetName(), address, null,
                                SHARED_STRINGS_PART, address);
                    }
                }
            }
        }
        return workbook;
    }

    private static boolean hasString(CTCell cell, int count) {
        if (!cell.isSetV()) {
            return false;
        }
        try {
            int index = Integer.parseInt(cell.getV().strip());
            return index >= 0 && index < count;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // The workbook is rejected as damaged, and failing to release it adds nothing the caller could act on.
        }
    }

    /**
     * Opens a workbook file, hands it to {@code reader} and closes it again.
     *
     * @throws WorkbookReadException if the file cannot be opened or closed
     */
    static <T> T read(Path path, BiFunction<Workbook, String, T> reader) {
        String fileName = path.toString();
        try (Workbook workbook = open(path)) {
            return reader.apply(workbook, fileName);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    /**
     * Reads a workbook from a stream, which stays open, hands it to {@code reader} and closes the workbook.
     *
     * @throws WorkbookReadException if the content cannot be opened, or the workbook not closed
     */
    static <T> T read(InputStream in, String fileName, BiFunction<Workbook, String, T> reader) {
        try (Workbook workbook = open(in, fileName)) {
            return reader.apply(workbook, fileName);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    private static void checkMagic(byte[] head, String fileName) {
        if (head.length == 0) {
            throw new WorkbookReadException(WorkbookReadException.Reason.EMPTY_FILE, "excel.file.empty", fileName,
                    null, null, null);
        }
        FileMagic magic = FileMagic.valueOf(head);
        if (magic != FileMagic.OLE2 && magic != FileMagic.OOXML) {
            throw new WorkbookReadException(WorkbookReadException.Reason.NOT_A_WORKBOOK, "excel.file.notAWorkbook",
                    fileName, null, null, null, hex(head));
        }
    }

    private static WorkbookReadException unreadable(String fileName, IOException e) {
        return new WorkbookReadException(WorkbookReadException.Reason.FILE_UNREADABLE, "excel.file.unreadable",
                fileName, null, null, e, String.valueOf(e.getMessage()));
    }

    // POI reports damaged files through many runtime exceptions (NotOfficeXmlFileException, RecordFormatException,
    // POIXMLException, IllegalArgumentException), so they are all caught here, at the one call that opens a file.
    private static WorkbookReadException damagedOrEncrypted(String fileName, Exception e) {
        if (e instanceof EncryptedDocumentException) {
            return new WorkbookReadException(WorkbookReadException.Reason.ENCRYPTED, "excel.file.encrypted",
                    fileName, null, null, e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        return new WorkbookReadException(WorkbookReadException.Reason.DAMAGED, "excel.file.damaged", fileName, null,
                null, e, detail);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(String.format(Locale.ROOT, "%02X", b));
        }
        return text.toString();
    }
}
