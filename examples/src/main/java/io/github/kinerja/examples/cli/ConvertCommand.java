package io.github.kinerja.examples.cli;

import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.excel.Pp46ReadResult;
import io.github.kinerja.excel.WorkbookReadException;
import io.github.kinerja.excel.WorkbookReadResult;
import io.github.kinerja.excel.WorkbookReader;
import io.github.kinerja.excel.write.Permen2021FormWriter;
import io.github.kinerja.excel.write.Permen2022FormWriter;
import io.github.kinerja.excel.write.Pp46FormWriter;
import io.github.kinerja.json.JsonDocument;
import io.github.kinerja.json.JsonReadException;
import io.github.kinerja.json.KinerjaJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code kinerja convert IN OUT}: turns a workbook into its JSON document, rewrites a JSON document in the current
 * format, or writes an SKP document as its form. A PP 46 SKP becomes a Penilaian Capaian SKP, and a PermenPANRB
 * 8/2021 SKP or appraisal the 8/2021 SKP form. A PermenPANRB 6/2022 SKP becomes the SKP document, and a 6/2022
 * appraisal the Dokumen Evaluasi Kinerja Pegawai.
 *
 * <p>A CKP workbook becomes the {@code ckp-form} document of its CKP-R sheet (which repeats the targets), or of its
 * CKP-T sheet when it has no CKP-R. OUT is written to a temporary file first and moved into place at the end, so a
 * failed conversion never leaves a half-written file behind.
 */
final class ConvertCommand {

    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(CliArguments arguments) {
        Locale locale = arguments.locale();
        if (arguments.operands().size() != 2) {
            err.println(Messages.format(locale, "convert.usage"));
            return KinerjaCli.EXIT_USAGE;
        }
        Path input = Paths.get(arguments.operands().get(0));
        Path output = Paths.get(arguments.operands().get(1));
        if (!Files.isRegularFile(input)) {
            err.println(Messages.format(locale, "score.fileNotFound", input));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }

        boolean jsonIn = extension(input).equals("json");
        String outExtension = extension(output);
        String writtenAs;
        try {
            Object document = jsonIn ? readJson(input) : readWorkbook(input, locale);
            if (outExtension.equals("json")) {
                writeJson(document, output);
                writtenAs = JsonDocument.of(document).type().code();
            } else if ((outExtension.equals("xlsx") || outExtension.equals("xls")) && writable(document)) {
                writtenAs = writeWorkbook(document, output);
            } else {
                err.println(Messages.format(locale, "convert.unsupported", input, output));
                return KinerjaCli.EXIT_INPUT_ERROR;
            }
        } catch (JsonReadException e) {
            err.println(ScoreCommand.oneLine(input + ": " + e.message(locale)));
            return KinerjaCli.EXIT_INPUT_ERROR;
        } catch (WorkbookReadException e) {
            err.println(ScoreCommand.oneLine(e.message(locale)));
            return KinerjaCli.EXIT_INPUT_ERROR;
        } catch (IOException e) {
            err.println(ScoreCommand.oneLine(Messages.format(locale, "convert.failed", input, output,
                    TemplateCommand.writeFailure(e, output, locale))));
            return KinerjaCli.EXIT_INPUT_ERROR;
        } catch (IllegalArgumentException e) {
            err.println(ScoreCommand.oneLine(Messages.format(locale, "convert.failed", input, output,
                    ScoreCommand.reason(e, locale))));
            return KinerjaCli.EXIT_INPUT_ERROR;
        }

        out.println(Messages.format(locale, "convert.written", output, writtenAs));
        return KinerjaCli.EXIT_OK;
    }

    private static Object readJson(Path input) throws IOException {
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            JsonDocument document = KinerjaJson.defaults().readDocument(in);
            return document.value();
        }
    }

    private Object readWorkbook(Path input, Locale locale) throws IOException {
        WorkbookReadResult read = WorkbookReader.standard().read(input);
        Optional<Object> pp46 = read.pp46().map(Pp46ReadResult::skp);
        Optional<Object> ckp = read.ckp().flatMap(c -> c.realisasi().or(c::target).map(f -> (Object) f));
        Optional<Object> permen2021 = read.permen2021().map(r -> r.penilaian().map(p -> (Object) p).orElse(r.skp()));
        Optional<Object> permen2022 = read.permen2022().map(r -> r.penilaian().map(p -> (Object) p).orElse(r.skp()));
        Optional<Object> unitRecap = read.unitRecap().map(t -> t.content());
        Optional<Object> prestasiRecap = read.prestasiKerjaRecap().map(t -> t.content());
        return pp46.or(() -> ckp).or(() -> permen2021).or(() -> permen2022).or(() -> unitRecap).or(() -> prestasiRecap)
                .orElseThrow(() -> new IOException(Messages.format(locale, "score.noFinalValue")));
    }

    private static void writeJson(Object document, Path output) throws IOException {
        Path temporary = temporaryBeside(output);
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write(KinerjaJson.defaults().writePretty(document));
            writer.write(System.lineSeparator());
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
    }

    // The documents that have a workbook form: the SKP and appraisal inputs of the three rule sets.
    private static boolean writable(Object document) {
        return document instanceof SkpPp46 || document instanceof io.github.kinerja.core.permen2021.Skp
                || document instanceof PenilaianKinerja || document instanceof io.github.kinerja.core.permen2022.Skp
                || document instanceof PenilaianPegawai;
    }

    // Writes the document as its form and returns the name of the form. The writers replace OUT only once the
    // workbook is complete, so a failure leaves no half-written file.
    private static String writeWorkbook(Object document, Path output) throws IOException {
        if (document instanceof SkpPp46 skp) {
            Pp46FormWriter.standard().writePenilaianSkp(skp, output);
            return "Penilaian Capaian SKP";
        } else if (document instanceof io.github.kinerja.core.permen2021.Skp skp) {
            Permen2021FormWriter.standard().writeSkp(skp, output);
            return "SKP PermenPANRB 8/2021";
        } else if (document instanceof PenilaianKinerja penilaian) {
            Permen2021FormWriter.standard().writeSkp(penilaian, output);
            return "SKP PermenPANRB 8/2021 + penilaian";
        } else if (document instanceof io.github.kinerja.core.permen2022.Skp skp) {
            Permen2022FormWriter.standard().writeSkp(skp, output);
            return "SKP PermenPANRB 6/2022";
        }
        Permen2022FormWriter.standard().writeEvaluasi((PenilaianPegawai) document, output);
        return "Dokumen Evaluasi Kinerja Pegawai";
    }

    // A new file beside OUT with the usual mode, which Files.createTempFile would restrict to the owner.
    private static Path temporaryBeside(Path output) throws IOException {
        Path target = output.toAbsolutePath();
        return Files.createFile(target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".tmp"));
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
