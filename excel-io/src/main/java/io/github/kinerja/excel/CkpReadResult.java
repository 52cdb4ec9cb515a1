package io.github.kinerja.excel;

import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.report.Report;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * What a CKP workbook holds: the CKP-T and CKP-R forms, the CKP recomputed from the CKP-R and the report of the
 * read, which includes the calculator's findings.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CkpReadResult {

    private final String fileName;
    @Nullable private final CkpForm target;
    @Nullable private final CkpForm realisasi;
    @Nullable private final CkpResult calculation;
    private final Report report;

    CkpReadResult(String fileName, @Nullable CkpForm target, @Nullable CkpForm realisasi,
            @Nullable CkpResult calculation, Report report) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.target = target;
        this.realisasi = realisasi;
        this.calculation = calculation;
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Returns the name of the file, as given to the reader. */
    public String fileName() {
        return fileName;
    }

    /** Returns {@link WorkbookLayout#BPS_CKP}. */
    public WorkbookLayout layout() {
        return WorkbookLayout.BPS_CKP;
    }

    /** Returns the CKP-T (target) form, if the workbook has one. */
    public Optional<CkpForm> target() {
        return Optional.ofNullable(target);
    }

    /** Returns the CKP-R (realisation) form, if the workbook has one. */
    public Optional<CkpForm> realisasi() {
        return Optional.ofNullable(realisasi);
    }

    /** Returns the CKP recomputed from the CKP-R form, with the form's own values next to it. */
    public Optional<CkpResult> calculation() {
        return Optional.ofNullable(calculation);
    }

    /** Returns the findings of the read and of the calculation, in the order they were made. */
    public Report report() {
        return report;
    }

    @Override
    public String toString() {
        return "CkpReadResult[" + fileName + ", CKP-T " + (target != null) + ", CKP-R " + (realisasi != null)
                + ", " + report.findings().size() + " findings]";
    }
}
