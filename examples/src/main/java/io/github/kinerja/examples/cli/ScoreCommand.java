package io.github.kinerja.examples.cli;

import io.github.kinerja.excel.WorkbookReadException;
import io.github.kinerja.excel.WorkbookReadResult;
import io.github.kinerja.excel.WorkbookReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code kinerja score FILE}: reads a workbook of any supported layout, scores it and prints the result as text or
 * JSON.
 */
final class ScoreCommand {

    private final PrintStream out;
    private final PrintStream err;

    ScoreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CliArguments arguments) {
        Locale locale = arguments.locale();
        Optional<Path> file = arguments.singleFile();
        if (file.isEmpty()) {
            err.println(Messages.format(locale, "score.usage"));
            return KinerjaCli.EXIT_USAGE;
        }

        Path path = file.get();
        if (!Files.isRegularFile(path)) {
            err.println(Messages.format(locale, "score.fileNotFound", path));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }

        WorkbookReadResult result;
        try {
            result = WorkbookReader.standard().read(path);
        } catch (WorkbookReadException e) {
            err.println(oneLine(e.message(locale)));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }

        ScoredWorkbook scored = ScoredWorkbook.of(path, result);
        if (arguments.format() == CliArguments.Format.JSON) {
            out.println(JsonRenderer.render(scored));
        } else {
            out.print(new TextRenderer(locale).render(scored));
        }

        if (!scored.isScored()) {
            err.println(oneLine(Messages.format(locale, "score.notScored", path, scored.firstError(locale))));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }
        return KinerjaCli.EXIT_OK;
    }

    /** Keeps an error on one line, as the tool promises, even when a message quotes a cell with a line break. */
    static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
