package io.github.kinerja.excel.write.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes workbooks to files so that a failure never leaves a half-written file: the workbook goes to a temporary
 * file beside the target, which then replaces the target in one move.
 */
public final class WorkbookFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {

        /**
         * Writes the content.
         *
         * @param out  the stream, which the caller closes, not null
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int ATTEMPTS = 10;

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
        write(file, workbook::write);
    }

    /**
     * Writes content to a file, replacing an existing file only once the content is written completely. The new
     * file gets the permissions a newly created file gets, as if it had been written directly.
     *
     * @param file  the file, not null
     * @param content  what to write, not null
     * @throws IOException if writing or moving fails; the target is then unchanged
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = createBeside(target);
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    // Files.createTempFile would make the file readable by its owner only; a plain new file keeps the usual mode.
    private static Path createBeside(Path target) throws IOException {
        Path directory = target.getParent();
        if (directory == null) {
            throw new IOException("cannot write " + target + ": it names no file inside a directory");
        }
        String name = "." + target.getFileName() + ".";
        for (int attempt = 1; ; attempt++) {
            Path candidate = directory.resolve(name + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
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
