package io.github.kinerja.examples.cli;

import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.excel.CkpReadResult;
import io.github.kinerja.excel.Pp46ReadResult;
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

    Optional<CkpReadResult> ckp() {
        return read.ckp();
    }

    Optional<CkpResult> ckpCalculation() {
        return read.ckp().flatMap(CkpReadResult::calculation);
    }

    Report report() {
        return read.report();
    }

    /** Checks if the workbook is a plan, which has targets but nothing to score. */
    boolean isPlan() {
        return layout() == WorkbookLayout.PP46_FORMULIR_SKP;
    }

    /** Checks if the run succeeded: a plan was read, or an evaluation yielded its final value. */
    boolean isScored() {
        if (isPlan()) {
            return true;
        }
        if (layout() == WorkbookLayout.BPS_CKP) {
            return ckpCalculation().flatMap(CkpResult::ckp).isPresent();
        }
        return pp46Score().isPresent();
    }

    /** Returns the first error finding in the given language, or a general reason when there is none. */
    String firstError(Locale locale) {
        for (Finding finding : report().findings()) {
            if (finding.isError()) {
                String where = finding.location().isEmpty() ? "" : finding.location() + ": ";
                return where + finding.message(locale);
            }
        }
        return Messages.format(locale, "score.noFinalValue");
    }
}
