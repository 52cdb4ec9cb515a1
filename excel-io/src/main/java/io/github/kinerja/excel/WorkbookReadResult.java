package io.github.kinerja.excel;

import io.github.kinerja.core.report.Report;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The content {@link WorkbookReader} found in a workbook: the detected layout and the result of the reader of that
 * layout, exactly one of {@link #pp46()} and {@link #ckp()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkbookReadResult {

    private final WorkbookLayout layout;
    @Nullable private final Pp46ReadResult pp46;
    @Nullable private final CkpReadResult ckp;

    private WorkbookReadResult(WorkbookLayout layout, @Nullable Pp46ReadResult pp46, @Nullable CkpReadResult ckp) {
        this.layout = layout;
        this.pp46 = pp46;
        this.ckp = ckp;
    }

    static WorkbookReadResult of(Pp46ReadResult pp46) {
        return new WorkbookReadResult(pp46.layout(), Objects.requireNonNull(pp46, "pp46"), null);
    }

    static WorkbookReadResult of(CkpReadResult ckp) {
        return new WorkbookReadResult(WorkbookLayout.BPS_CKP, null, Objects.requireNonNull(ckp, "ckp"));
    }

    /** Returns the detected layout. */
    public WorkbookLayout layout() {
        return layout;
    }

    /** Returns the PP 46 result, present for {@link WorkbookLayout#PP46_PENILAIAN_SKP} and the Formulir SKP. */
    public Optional<Pp46ReadResult> pp46() {
        return Optional.ofNullable(pp46);
    }

    /** Returns the CKP result, present for {@link WorkbookLayout#BPS_CKP}. */
    public Optional<CkpReadResult> ckp() {
        return Optional.ofNullable(ckp);
    }

    /** Returns the report of whichever reader ran. */
    public Report report() {
        return pp46 != null ? pp46.report() : Objects.requireNonNull(ckp, "ckp").report();
    }

    @Override
    public String toString() {
        return "WorkbookReadResult[" + layout + ", " + (pp46 != null ? pp46 : ckp) + "]";
    }
}
