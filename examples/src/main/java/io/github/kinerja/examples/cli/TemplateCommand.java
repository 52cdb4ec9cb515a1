package io.github.kinerja.examples.cli;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.excel.write.Permen2021FormWriter;
import io.github.kinerja.excel.write.Permen2022FormWriter;
import io.github.kinerja.excel.write.Pp46FormWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kinerja template RULESET OUT [--form FORM] [--year YYYY] [--rows N]}: writes an empty form of a rule set
 * as a workbook, for an agency to fill in by hand.
 *
 * <p>The forms per rule set, the first being the default: {@code pp46} has {@code penilaian} (Penilaian Capaian
 * SKP with live formulas in its blank rows) and {@code formulir} (Formulir SKP); {@code permen2021} has
 * {@code skp}; {@code permen2022} has {@code skp}, {@code evaluasi} (the Dokumen Evaluasi Kinerja Pegawai, whose
 * predikat follows the two ratings once typed) and their JPT models {@code skp-jpt} and {@code evaluasi-jpt}.
 * The period is the calendar year, the current one unless {@code --year} names another. OUT is written completely
 * or not at all.
 */
final class TemplateCommand {

    /** The default number of blank kegiatan rows. */
    static final int DEFAULT_ROWS = 10;

    private static final Map<String, List<String>> FORMS = Map.of(
            "pp46", List.of("penilaian", "formulir"),
            "permen2021", List.of("skp"),
            "permen2022", List.of("skp", "evaluasi", "skp-jpt", "evaluasi-jpt"));
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    TemplateCommand(PrintStream out, PrintStream err) {
        // The period is an Indonesian calendar year, so "this year" is taken in Western Indonesian Time.
        this(out, err, Clock.system(ZoneId.of("Asia/Jakarta")));
    }

    TemplateCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(CliArguments arguments) {
        Locale locale = arguments.locale();
        if (arguments.operands().size() != 2) {
            return usage(locale, Messages.format(locale, "template.usage"));
        }
        String ruleSet = arguments.operands().get(0).toLowerCase(Locale.ROOT);
        Path output = Paths.get(arguments.operands().get(1));
        List<String> forms = FORMS.get(ruleSet);
        if (forms == null) {
            return usage(locale, Messages.format(locale, "template.unknownRuleSet", ruleSet,
                    String.join(", ", FORMS.keySet().stream().sorted().toList())));
        }
        String form = arguments.option("--form").map(f -> f.toLowerCase(Locale.ROOT)).orElse(forms.get(0));
        if (!forms.contains(form)) {
            return usage(locale, Messages.format(locale, "template.unknownForm", form, ruleSet,
                    String.join(", ", forms)));
        }
        Optional<Integer> year = number(arguments.option("--year"), Year.now(clock).getValue(), FIRST_YEAR,
                LAST_YEAR);
        if (year.isEmpty()) {
            return usage(locale, Messages.format(locale, "template.invalidYear",
                    arguments.option("--year").orElse(""), FIRST_YEAR, LAST_YEAR));
        }
        Optional<Integer> rows = number(arguments.option("--rows"), DEFAULT_ROWS, 1,
                Pp46FormWriter.MAX_TEMPLATE_ROWS);
        if (rows.isEmpty()) {
            return usage(locale, Messages.format(locale, "template.invalidRows",
                    arguments.option("--rows").orElse(""), Pp46FormWriter.MAX_TEMPLATE_ROWS));
        }
        if (!output.toString().toLowerCase(Locale.ROOT).matches(".*\\.xlsx?")) {
            return usage(locale, Messages.format(locale, "template.notWorkbook", output));
        }
        if (Files.isDirectory(output)) {
            err.println(Messages.format(locale, "score.directory", output));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }

        AssessmentPeriod period = AssessmentPeriod.ofYear(year.get());
        try {
            write(ruleSet, form, period, rows.get(), output);
        } catch (IOException e) {
            err.println(ScoreCommand.oneLine(Messages.format(locale, "template.failed", output,
                    writeFailure(e, output, locale))));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }
        out.println(Messages.format(locale, "convert.written", output, Messages.format(locale,
                "template.form." + ruleSet + "." + form)));
        return KinerjaCli.EXIT_OK;
    }

    private static void write(String ruleSet, String form, AssessmentPeriod period, int rows, Path output)
            throws IOException {
        switch (ruleSet + "/" + form) {
            case "pp46/formulir" -> Pp46FormWriter.standard().writeFormulirTemplate(period, rows, output);
            case "pp46/penilaian" -> Pp46FormWriter.standard().writePenilaianTemplate(period, rows, output);
            case "permen2021/skp" -> Permen2021FormWriter.standard().writeSkpTemplate(period, rows, output);
            case "permen2022/skp" -> Permen2022FormWriter.standard().writeSkpTemplate(period, ModelSkp.JA_JF, rows,
                    output);
            case "permen2022/skp-jpt" -> Permen2022FormWriter.standard().writeSkpTemplate(period, ModelSkp.JPT, rows,
                    output);
            case "permen2022/evaluasi" -> Permen2022FormWriter.standard().writeEvaluasiTemplate(period,
                    ModelSkp.JA_JF, rows, output);
            case "permen2022/evaluasi-jpt" -> Permen2022FormWriter.standard().writeEvaluasiTemplate(period,
                    ModelSkp.JPT, rows, output);
            default -> throw new IllegalStateException("no template for " + ruleSet + "/" + form);
        }
    }

    // A whole number within bounds, the default when the option is absent, empty when it is invalid.
    private static Optional<Integer> number(Optional<String> value, int defaultValue, int min, int max) {
        if (value.isEmpty()) {
            return Optional.of(defaultValue);
        }
        try {
            int n = Integer.parseInt(value.get().strip());
            return n >= min && n <= max ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Returns why writing OUT failed in the user's words, without the name of the temporary file. */
    static String writeFailure(IOException e, Path output, Locale locale) {
        Path directory = output.toAbsolutePath().getParent();
        String where = directory == null ? output.toString() : directory.toString();
        if (e instanceof NoSuchFileException) {
            return Messages.format(locale, "write.noDirectory", where);
        }
        if (e instanceof AccessDeniedException) {
            return Messages.format(locale, "write.accessDenied", where);
        }
        return String.valueOf(e.getMessage());
    }

    private int usage(Locale locale, String message) {
        err.println(message + "; " + Messages.format(locale, "usage.seeHelp"));
        return KinerjaCli.EXIT_USAGE;
    }
}
