package io.github.kinerja.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateCommandTest {

    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-12-04T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exitCode;
        try {
            exitCode = new TemplateCommand(outStream, errStream, IN_2026).run(CliArguments.parse(args));
        } catch (UsageException e) {
            throw new AssertionError(e);
        }
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"penilaian.xlsx", "penilaian.xls"})
    void template_pp46Default_penilaianThisYear(String name) throws IOException {
        Path file = temp.resolve(name);

        Run run = run("template", "pp46", file.toString());

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("Penilaian Capaian SKP PP 46 kosong");
        try (Workbook workbook = open(file)) {
            Sheet sheet = workbook.getSheet("SKP");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("PENILAIAN CAPAIAN SASARAN KERJA PEGAWAI NEGERI SIPIL");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).endsWith("31 Desember 2026");
            // Ten blank kegiatan rows from row 14, then II. Tugas Tambahan.
            assertThat(sheet.getRow(23).getCell(1).getStringCellValue()).isEqualTo("II. Tugas Tambahan");
        }
    }

    @Test
    void template_formulirWithYearAndRows() throws IOException {
        Path file = temp.resolve("formulir.xlsx");

        Run run = run("template", "PP46", file.toString(), "--form", "formulir", "--year=2025", "--rows", "3",
                "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("empty PP 46 Formulir SKP");
        try (Workbook workbook = open(file)) {
            Sheet sheet = workbook.getSheet("FORMULIR SKP");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).endsWith("31 Desember 2025");
            assertThat(sheet.getRow(16).getCell(0).getStringCellValue()).isEqualTo("JUMLAH");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"skp", "evaluasi", "skp-jpt", "evaluasi-jpt"})
    void template_permen2022Forms_writeReadableForms(String form) throws IOException {
        Path file = temp.resolve(form + ".xlsx");

        Run run = run("template", "permen2022", file.toString(), "--form", form, "--rows", "4", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("empty PermenPANRB 6/2022");
        try (Workbook workbook = open(file)) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .containsIgnoringCase("KINERJA PEGAWAI");
        }
    }

    @Test
    void template_unknownRuleSet_writesNothing() {
        Path file = temp.resolve("x.xlsx");

        Run run = run("template", "pp47", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(run.err()).startsWith("unknown rule set: \"pp47\"; use one of ");
        assertThat(run.err()).contains("pp46").contains("permen2022");
        assertThat(file).doesNotExist();
    }

    @Test
    void template_invalidOptions_nameTheValue() {
        Path file = temp.resolve("x.xlsx");

        assertThat(run("template", "pp46", file.toString(), "--rows", "0", "--lang", "en").err())
                .startsWith("invalid value for --rows: \"0\"; give a whole number from 1 to 200");
        assertThat(run("template", "pp46", file.toString(), "--year", "dua ribu").err())
                .startsWith("nilai --year tidak valid: \"dua ribu\"; berikan tahun 2000 sampai 2100");
        assertThat(run("template", "pp46", file.toString(), "--form", "dp3", "--lang", "en").err())
                .startsWith("unknown form \"dp3\" for pp46; use one of penilaian, formulir");
        assertThat(run("template", "pp46", temp.resolve("x.csv").toString(), "--lang", "en").err())
                .contains("must end in .xlsx or .xls");
        assertThat(file).doesNotExist();
    }

    @Test
    void template_permen2021_writesTheForm() throws IOException {
        Path file = temp.resolve("skp-2021.xls");

        Run run = run("template", "permen2021", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(KinerjaCli.EXIT_OK);
        assertThat(run.out()).contains("empty PermenPANRB 8/2021 SKP");
        assertThat(file).exists();
    }

    @Test
    void template_missingDirectory_namesIt() {
        Path file = temp.resolve("no-such-dir").resolve("x.xlsx");

        Run run = run("template", "pp46", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.err()).contains("the directory " + file.getParent() + " does not exist");
        assertThat(run.err()).doesNotContain(".tmp");
    }

    @Test
    void template_written_isReadableByOthers() throws IOException {
        Path file = temp.resolve("shared.xlsx");
        Path direct = temp.resolve("direct.txt");
        Files.writeString(direct, "x");

        run("template", "pp46", file.toString());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(direct));
    }

    @Test
    void cli_optionFollowedByOption_missingValue() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = new KinerjaCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"template", "pp46", "x.xlsx",
                    "--form", "--lang", "en"});

        assertThat(exitCode).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("option --form needs a value");
    }

    @Test
    void template_intoDirectory_failsWithInputError() {
        Path directory = temp.resolve("out.xlsx");
        directory.toFile().mkdirs();

        Run run = run("template", "pp46", directory.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(KinerjaCli.EXIT_INPUT_ERROR);
        assertThat(run.err()).contains("is a directory");
    }

    @Test
    void cli_templateOptionOnScore_usageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = new KinerjaCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"score", "a.xlsx", "--rows",
                    "3", "--lang", "en"});

        assertThat(exitCode).isEqualTo(KinerjaCli.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("option --rows is not used by the command score");
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }
}
