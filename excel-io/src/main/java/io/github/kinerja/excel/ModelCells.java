package io.github.kinerja.excel;

import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the locations of core findings, which are JSON Pointers into the model such as
 * {@code /kegiatan/0/target/kualitas}, back to the cells the values were read from, such as {@code SKP!F14}.
 */
final class ModelCells {

    private static final Pattern KEGIATAN = Pattern.compile("/kegiatan/([0-9]+)(?:/.*)?");

    private ModelCells() {}

    /**
     * Returns the report with each JSON Pointer location replaced by the cell of the value or, for a value the
     * sheet does not hold (a missing target), by the cell of its nearest enclosing part, such as the kegiatan's
     * uraian. Locations that name no cell stay as they are.
     *
     * @param cells  the cell address by JSON Pointer, as the parser recorded it
     */
    static Report locate(Report report, Map<String, String> cells) {
        Report.Builder located = Report.builder();
        for (Finding finding : report.findings()) {
            located.addFindings(cell(finding.location(), cells)
                    .map(cell -> Finding.of(finding.bundle(), finding.code(), finding.severity(), cell,
                            finding.arguments().toArray()))
                    .orElse(finding));
        }
        return located.build();
    }

    private static Optional<String> cell(String pointer, Map<String, String> cells) {
        String path = pointer;
        while (path.startsWith("/")) {
            String cell = cells.get(path);
            if (cell != null) {
                return Optional.of(cell);
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return Optional.empty();
    }

    /**
     * Returns the 0-based indices of the kegiatan that the errors of a validation report concern, or empty when an
     * error concerns something else, such as the perilaku kerja, so that leaving out kegiatan would not help.
     */
    static Optional<Set<Integer>> invalidKegiatan(Report validation) {
        Set<Integer> indices = new HashSet<>();
        for (Finding error : validation.findings(Severity.ERROR)) {
            Matcher matcher = KEGIATAN.matcher(error.location());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        return Optional.of(indices);
    }
}
