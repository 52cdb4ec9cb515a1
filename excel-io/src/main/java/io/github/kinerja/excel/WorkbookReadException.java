package io.github.kinerja.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A workbook that cannot be read: a missing or empty file, a file that is not a workbook, a damaged or encrypted
 * workbook, or a form whose required content is missing.
 *
 * <p>The exception carries a {@link #reason() reason}, a stable message {@link #code() code} with its
 * {@link #arguments() arguments}, the file name and, where known, the sheet and cell. {@link #getMessage()} is the
 * English message on one line; {@link #message(Locale)} renders it in Indonesian for locale {@code id}.
 */
public class WorkbookReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the workbook cannot be read. */
    public enum Reason {
        /** The file does not exist or is not a regular file. */
        FILE_NOT_FOUND,
        /** The file exists but cannot be read. */
        FILE_UNREADABLE,
        /** The file is empty. */
        EMPTY_FILE,
        /** The file is not an Excel workbook at all, such as an Excel lock file or a text file. */
        NOT_A_WORKBOOK,
        /** The workbook is protected by a password. */
        ENCRYPTED,
        /**
         * The file looks like a workbook but cannot be opened, or it opens with a part lost, such as the shared
         * text of its cells.
         */
        DAMAGED,
        /** No sheet of the workbook has a supported layout. */
        UNSUPPORTED_LAYOUT,
        /** The form is recognised, but content the model requires is missing, such as every kegiatan. */
        MISSING_CONTENT
    }

    private final Reason reason;
    private final String code;
    private final String fileName;
    @Nullable private final String sheet;
    @Nullable private final String cell;
    private final List<String> arguments;

    WorkbookReadException(Reason reason, String code, String fileName, @Nullable String sheet, @Nullable String cell,
            @Nullable Throwable cause, Object... arguments) {
        super(cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = Objects.requireNonNull(code, "code");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.sheet = sheet;
        this.cell = cell;
        List<String> rendered = new ArrayList<>();
        rendered.add(fileName);
        for (Object argument : arguments) {
            rendered.add(String.valueOf(argument));
        }
        this.arguments = List.copyOf(rendered);
    }

    /** Returns why the workbook cannot be read. */
    public Reason reason() {
        return reason;
    }

    /** Returns the stable message code, such as {@code excel.file.notAWorkbook}; callers may switch on it. */
    public String code() {
        return code;
    }

    /** Returns the name of the file, as given to the reader. */
    public String fileName() {
        return fileName;
    }

    /** Returns the name of the sheet where the problem was found, if it concerns one sheet. */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** Returns the address of the cell where the problem was found, as {@code Sheet!A1}, if it concerns one cell. */
    public Optional<String> cell() {
        return Optional.ofNullable(cell);
    }

    /** Returns the message arguments as text; the first is always the file name. */
    public List<String> arguments() {
        return arguments;
    }

    /**
     * Renders the message in the given language: Indonesian for {@code id}, English otherwise.
     *
     * @param locale  the language, not null
     * @return the message on one line, not null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return ExcelMessages.format(code, locale, arguments);
    }

    /** Returns the message in English. */
    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }

    /** Returns the message in the language of the default locale. */
    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
