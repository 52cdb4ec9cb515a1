package io.github.kinerja.examples.cli;

import io.github.kinerja.core.pp46.calc.InvalidSkpException;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.excel.WorkbookReadException;
import io.github.kinerja.excel.WorkbookReadResult;
import io.github.kinerja.excel.WorkbookReader;
import io.github.kinerja.json.JsonDocument;
import io.github.kinerja.json.JsonLine;
import io.github.kinerja.json.JsonReadException;
import io.github.kinerja.json.KinerjaJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code kinerja score FILE}: reads a workbook, a JSON document or a JSON Lines file, scores it and prints the result
 * as text or JSON.
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
        if (Files.isDirectory(path)) {
            err.println(Messages.format(locale, "score.directory", path));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }
        if (!Files.isRegularFile(path)) {
            err.println(Messages.format(locale, "score.fileNotFound", path));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }

        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return scoreJsonLines(path, arguments);
        }
        if (name.endsWith(".json")) {
            return scoreJson(path, arguments);
        }
        return scoreWorkbook(path, arguments);
    }

    private int scoreWorkbook(Path path, CliArguments arguments) {
        Locale locale = arguments.locale();
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

    private int scoreJson(Path path, CliArguments arguments) {
        Locale locale = arguments.locale();
        JsonDocument document;
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            document = KinerjaJson.defaults().readDocument(in);
        } catch (JsonReadException e) {
            err.println(oneLine(path + ": " + e.message(locale)));
            return KinerjaCli.EXIT_INPUT_ERROR;
        } catch (IOException e) {
            err.println(oneLine(Messages.format(locale, "score.notScored", path, String.valueOf(e.getMessage()))));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }

        Optional<Object> result;
        try {
            result = JsonInput.score(document);
        } catch (IllegalArgumentException e) {
            err.println(oneLine(Messages.format(locale, "json.invalidSkp", path, reason(e, locale))));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }

        if (arguments.format() == CliArguments.Format.JSON) {
            out.println(KinerjaJson.defaults().writePretty(result.orElse(document.value())));
        } else {
            out.print(new DocumentTextRenderer(locale).render(path, document, result));
        }
        return KinerjaCli.EXIT_OK;
    }

    /**
     * Scores each line of a JSON Lines file as it streams, so a file of any length runs in constant memory. A bad
     * line is reported on standard error with its number and the rest go on; the exit code then says that some failed.
     */
    private int scoreJsonLines(Path path, CliArguments arguments) {
        Locale locale = arguments.locale();
        KinerjaJson json = KinerjaJson.defaults();
        long total = 0;
        long failed = 0;
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                Stream<JsonLine> lines = json.lines().read(in)) {
            Iterator<JsonLine> iterator = lines.iterator();
            while (iterator.hasNext()) {
                JsonLine line = iterator.next();
                total++;
                Optional<String> error = scoreLine(line, json, arguments);
                if (error.isPresent()) {
                    failed++;
                    err.println(oneLine(error.get()));
                }
            }
        } catch (IOException | JsonReadException e) {
            err.println(oneLine(Messages.format(locale, "score.notScored", path, String.valueOf(e.getMessage()))));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }

        if (failed > 0) {
            err.println(Messages.format(locale, "json.linesFailed", failed, total));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }
        return KinerjaCli.EXIT_OK;
    }

    private Optional<String> scoreLine(JsonLine line, KinerjaJson json, CliArguments arguments) {
        Locale locale = arguments.locale();
        if (line.error().isPresent()) {
            // The reader's message already names the line.
            return Optional.of(line.error().get().message(locale));
        }
        JsonDocument document = line.document().orElseThrow();
        Optional<Object> result;
        try {
            result = JsonInput.score(document);
        } catch (IllegalArgumentException e) {
            return Optional.of(Messages.format(locale, "json.lineFailed", line.lineNumber(), reason(e, locale)));
        }

        Object value = result.orElse(document.value());
        if (arguments.format() == CliArguments.Format.JSON) {
            out.println(json.write(value));
        } else {
            out.println(Messages.format(locale, "json.lineResult", line.lineNumber(),
                    ScoreCommand.oneLine(new DocumentTextRenderer(locale).summary(document, result))));
        }
        return Optional.empty();
    }

    /** Returns the first error of an invalid SKP, or the exception's own message for other invalid input. */
    static String reason(IllegalArgumentException e, Locale locale) {
        if (e instanceof InvalidSkpException invalid) {
            for (Finding finding : invalid.report().findings()) {
                if (finding.isError()) {
                    return (finding.location().isEmpty() ? "" : finding.location() + ": ") + finding.message(locale);
                }
            }
        }
        return String.valueOf(e.getMessage());
    }

    /** Keeps an error on one line, as the tool promises, even when a message quotes a cell with a line break. */
    static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
