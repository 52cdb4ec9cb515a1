package io.github.kinerja.excel;

import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.report.Report;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * What a PP 46/2011 workbook holds: the SKP model, the values the workbook shows for itself, the score of the core
 * scorer (for an evaluation form whose SKP validates) and the report of the read.
 *
 * <p>The report contains the reader's findings, the scorer's validation findings and a warning for each difference
 * between a shown value and the computed one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Pp46ReadResult {

    private final String fileName;
    private final WorkbookLayout layout;
    private final SkpPp46 skp;
    private final Pp46ShownValues shown;
    @Nullable private final Pp46Result score;
    private final Report report;

    Pp46ReadResult(String fileName, WorkbookLayout layout, SkpPp46 skp, Pp46ShownValues shown,
            @Nullable Pp46Result score, Report report) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.skp = Objects.requireNonNull(skp, "skp");
        this.shown = Objects.requireNonNull(shown, "shown");
        this.score = score;
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Returns the name of the file, as given to the reader. */
    public String fileName() {
        return fileName;
    }

    /** Returns {@link WorkbookLayout#PP46_PENILAIAN_SKP} or {@link WorkbookLayout#PP46_FORMULIR_SKP}. */
    public WorkbookLayout layout() {
        return layout;
    }

    /** Returns the SKP as read: a plan has kegiatan without realisasi. */
    public SkpPp46 skp() {
        return skp;
    }

    /** Returns the values the workbook shows for itself. */
    public Pp46ShownValues shown() {
        return shown;
    }

    /**
     * Returns the core scorer's result; empty for a plan (Formulir SKP) and for an SKP whose validation found
     * errors, which the report then lists.
     */
    public Optional<Pp46Result> score() {
        return Optional.ofNullable(score);
    }

    /** Returns the findings of the read, the validation and the comparison, in the order they were made. */
    public Report report() {
        return report;
    }

    @Override
    public String toString() {
        return "Pp46ReadResult[" + fileName + ", " + layout + ", " + skp.kegiatan().size() + " kegiatan, "
                + report.findings().size() + " findings]";
    }
}
