package io.github.kinerja.excel.write.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes workbooks to files so that a failure never leaves a half-written file: the workbook goes to a temporary
 * file beside the target, which then replaces the target in one move.
 */
public final class WorkbookFiles {

    private WorkbookFiles() {
    }

    /**
     * Writes a workbook to a file, replacing an existing file only once the workbook is written completely.
     *
     * @param workbook  the workbook, not closed by this method, not null
     * @param file  the file, not null
     * @throws IOException if writing or moving fails; the target is then unchanged
     */
    public static void write(Workbook workbook, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, ".kinerja-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
