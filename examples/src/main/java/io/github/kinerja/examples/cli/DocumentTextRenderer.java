package io.github.kinerja.examples.cli;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2022.HasilAngkaKredit;
import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.recap.PrestasiKerjaRecap;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.json.JsonDocument;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders the result of a scored JSON document as text: the headline values of its rule set, then the calculation
 * steps that explain them and any findings.
 */
final class DocumentTextRenderer {

    private final Locale locale;
    private final StringBuilder text = new StringBuilder();

    DocumentTextRenderer(Locale locale) {
        this.locale = locale;
    }

    String render(Path path, JsonDocument document, Optional<Object> result) {
        line(msg("label.file"), path.toString());
        line(msg("label.documentType"), document.type().code());
        if (result.isEmpty()) {
            text.append(System.lineSeparator()).append(msg("document.plan")).append(System.lineSeparator());
            return text.toString();
        }

        Object value = result.get();
        if (value instanceof Pp46Result pp46) {
            line(msg("label.nilaiCapaianSkp"), pp46.nilaiCapaianSkp().rounded() + " ("
                    + pp46.nilaiCapaianSkp().kategori().label() + ")");
            pp46.nilaiPerilaku().ifPresent(n -> line(msg("label.nilaiPerilaku"),
                    n.rounded() + " (" + n.kategori().label() + ")"));
            pp46.nilaiPrestasiKerja().ifPresent(n -> line(msg("label.nilaiPrestasiKerja"),
                    n.rounded() + " (" + n.kategori().label() + ")"));
            steps(pp46.steps());
            findings(pp46.report());
        } else if (value instanceof CkpResult ckp) {
            line(msg("label.rataRataCapaian"), ckp.rataRataCapaian().map(Object::toString).orElse("-"));
            line(msg("label.rataRataKualitas"), ckp.rataRataKualitas().map(Object::toString).orElse("-"));
            line(msg("label.ckp"), ckp.ckp().map(Object::toString).orElse("-"));
            steps(ckp.steps());
            findings(ckp.report());
        } else if (value instanceof HasilPenilaian hasil) {
            line(msg("label.nilaiSkp"), hasil.nilaiSkpRounded().toPlainString());
            line(msg("label.nilaiPerilaku"), hasil.nilaiAkhir().nilaiPerilaku().toPlainString());
            line(msg("label.nilaiAkhir"), hasil.nilaiAkhir().nilaiRounded().toPlainString());
            line(msg("label.predikat"), words(hasil.predikat().name()));
            steps(hasil.explanation());
        } else if (value instanceof HasilPenilaianPegawai hasil) {
            line(msg("label.ratingHasilKerja"), hasil.ratingHasilKerja().label());
            line(msg("label.ratingPerilaku"), hasil.ratingPerilaku().label());
            line(msg("label.predikat"), hasil.predikat().label() + " (" + msg("document.matrixCell",
                    hasil.matrixCell()) + ")");
            steps(hasil.steps());
        } else if (value instanceof HasilAngkaKredit angkaKredit) {
            line(msg("label.angkaKredit"), angkaKredit.total().toPlainString());
            steps(angkaKredit.steps());
        } else if (value instanceof Report report) {
            findings(report);
        } else if (value instanceof UnitRecap recap) {
            line(msg("label.rows"), String.valueOf(recap.rows().size()));
            predikatCounts(recap);
        } else if (value instanceof PrestasiKerjaRecap recap) {
            line(msg("label.rows"), String.valueOf(recap.rows().size()));
        }
        return text.toString();
    }

    /**
     * Returns the headline of a scored document on one line, for JSON Lines input: the document type and its final
     * value or predikat.
     */
    String summary(JsonDocument document, Optional<Object> result) {
        String type = document.type().code();
        if (result.isEmpty()) {
            return type + ": " + msg("document.plan");
        }
        Object value = result.get();
        if (value instanceof Pp46Result pp46) {
            return type + ": " + msg("label.nilaiCapaianSkp") + " " + pp46.nilaiCapaianSkp().rounded()
                    + pp46.nilaiPrestasiKerja().map(n -> ", " + msg("label.nilaiPrestasiKerja") + " " + n.rounded()
                            + " (" + n.kategori().label() + ")").orElse("");
        }
        if (value instanceof CkpResult ckp) {
            return type + ": " + msg("label.ckp") + " " + ckp.ckp().map(Object::toString).orElse("-");
        }
        if (value instanceof HasilPenilaian hasil) {
            return type + ": " + msg("label.nilaiAkhir") + " " + hasil.nilaiAkhir().nilaiRounded().toPlainString()
                    + " (" + words(hasil.predikat().name()) + ")";
        }
        if (value instanceof HasilPenilaianPegawai hasil) {
            return type + ": " + msg("label.predikat") + " " + hasil.predikat().label();
        }
        if (value instanceof HasilAngkaKredit angkaKredit) {
            return type + ": " + msg("label.angkaKredit") + " " + angkaKredit.total().toPlainString();
        }
        if (value instanceof UnitRecap recap) {
            return type + ": " + msg("label.rows") + " " + recap.rows().size();
        }
        if (value instanceof PrestasiKerjaRecap recap) {
            return type + ": " + msg("label.rows") + " " + recap.rows().size();
        }
        return type;
    }

    // The number of employees per predikat, in the order of the predikat from best to worst.
    private void predikatCounts(UnitRecap recap) {
        Map<PredikatPegawai, Long> counts = recap.rows().stream().flatMap(row -> row.predikat().stream())
                .collect(Collectors.groupingBy(p -> p, () -> new EnumMap<>(PredikatPegawai.class),
                        Collectors.counting()));
        counts.forEach((predikat, count) -> line(predikat.label(), String.valueOf(count)));
    }

    /** Turns an enum constant such as {@code SANGAT_BAIK} into the words the regulation prints, "Sangat Baik". */
    static String words(String constant) {
        StringBuilder words = new StringBuilder();
        boolean startOfWord = true;
        for (int i = 0; i < constant.length(); i++) {
            char c = constant.charAt(i);
            if (c == '_') {
                words.append(' ');
                startOfWord = true;
            } else {
                words.append(startOfWord ? c : Character.toLowerCase(c));
                startOfWord = false;
            }
        }
        return words.toString();
    }

    private void steps(List<CalculationStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        text.append(System.lineSeparator()).append(msg("document.steps")).append(System.lineSeparator());
        for (CalculationStep step : steps) {
            text.append("  ").append(step.name()).append(": ").append(step.formula())
                    .append(" = ").append(step.value().toPlainString()).append(System.lineSeparator());
        }
    }

    private void findings(Report report) {
        if (report.isEmpty()) {
            return;
        }
        text.append(System.lineSeparator()).append(msg("findings")).append(System.lineSeparator());
        for (Finding finding : report.findings()) {
            String where = finding.location().isEmpty() ? "" : finding.location() + ": ";
            text.append("  ").append(msg("severity." + finding.severity().name())).append(' ').append(where)
                    .append(ScoreCommand.oneLine(finding.message(locale))).append(System.lineSeparator());
        }
    }

    private void line(String label, String value) {
        text.append(String.format(Locale.ROOT, "%-22s: %s%n", label, value));
    }

    private String msg(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}
