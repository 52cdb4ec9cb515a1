package io.github.kinerja.examples.cli;

import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.excel.CkpReadResult;
import io.github.kinerja.excel.Permen2021ReadResult;
import io.github.kinerja.excel.Permen2022ReadResult;
import io.github.kinerja.excel.Pp46ReadResult;
import io.github.kinerja.excel.TableReadResult;
import io.github.kinerja.excel.WorkbookLayout;
import io.github.kinerja.excel.WorkbookReadResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code score} found in one workbook: the read result and whether it yielded a score.
 */
final class ScoredWorkbook {

    private final Path path;
    private final WorkbookReadResult read;

    private ScoredWorkbook(Path path, WorkbookReadResult read) {
        this.path = path;
        this.read = read;
    }

    static ScoredWorkbook of(Path path, WorkbookReadResult read) {
        return new ScoredWorkbook(path, read);
    }

    Path path() {
        return path;
    }

    WorkbookLayout layout() {
        return read.layout();
    }

    Optional<Pp46ReadResult> pp46() {
        return read.pp46();
    }

    Optional<Pp46Result> pp46Score() {
        return read.pp46().flatMap(Pp46ReadResult::score);
    }

    /** Returns the PermenPANRB 8/2021 SKP, when the workbook is one. */
    Optional<Permen2021ReadResult> permen2021() {
        return read.permen2021();
    }

    /** Returns the PermenPANRB 6/2022 SKP or evaluation document, when the workbook is one. */
    Optional<Permen2022ReadResult> permen2022() {
        return read.permen2022();
    }

    Optional<CkpReadResult> ckp() {
        return read.ckp();
    }

    Optional<CkpResult> ckpCalculation() {
        return read.ckp().flatMap(CkpReadResult::calculation);
    }

    /** Returns the BKN e-Kinerja recap of ratings and predikat, when the workbook is one. */
    Optional<UnitRecap> unitRecap() {
        return read.unitRecap().map(TableReadResult::content);
    }

    /** Returns the number of rows of a flat export or recap, for the layouts that hold no SKP to score. */
    Optional<Integer> tableRows() {
        return read.unitRecap().map(t -> t.content().rows().size())
                .or(() -> read.prestasiKerjaRecap().map(t -> t.content().rows().size()))
                .or(() -> read.rencanaKinerja().map(t -> t.content().size()))
                .or(() -> read.activityLog().map(t -> t.content().size()))
                .or(() -> read.aktivitas().map(t -> t.content().size()));
    }

    Report report() {
        return read.report();
    }

    /** Checks if the workbook is a plan, which has targets but nothing to score. */
    boolean isPlan() {
        return layout() == WorkbookLayout.PP46_FORMULIR_SKP || layout() == WorkbookLayout.PERMEN2022_SKP
                || read.permen2021().map(r -> r.penilaian().isEmpty()).orElse(false);
    }

    /**
     * Checks if the run succeeded: a plan was read, or an evaluation yielded its final value, and no value the result
     * rests on was unreadable (an error finding).
     */
    boolean isScored() {
        return !report().hasErrors() && hasResult();
    }

    private boolean hasResult() {
        if (isPlan()) {
            return true;
        }
        if (layout() == WorkbookLayout.BPS_CKP) {
            return ckpCalculation().flatMap(CkpResult::ckp).isPresent();
        }
        if (read.pp46().isPresent()) {
            return pp46Score().isPresent();
        }
        if (read.permen2021().isPresent()) {
            return read.permen2021().flatMap(Permen2021ReadResult::hasil).isPresent();
        }
        if (read.permen2022().isPresent()) {
            return read.permen2022().flatMap(Permen2022ReadResult::hasil).isPresent();
        }
        // A BKN recap already carries each employee's predikat; other flat exports hold no SKP to score.
        return unitRecap().isPresent();
    }

    /** Returns the first error finding in the given language, or a general reason when there is none. */
    String firstError(Locale locale) {
        for (Finding finding : report().findings()) {
            if (finding.isError()) {
                String where = finding.location().isEmpty() ? "" : finding.location() + ": ";
                return where + finding.message(locale);
            }
        }
        if (tableRows().isPresent()) {
            return Messages.format(locale, "score.tableOnly", Messages.format(locale, "layout." + layout().name()));
        }
        return Messages.format(locale, "score.noFinalValue");
    }
}
