package io.github.kinerja.excel;

import io.github.kinerja.core.recap.ActivityLogEntry;
import io.github.kinerja.core.recap.AktivitasRow;
import io.github.kinerja.core.recap.PrestasiKerjaRecap;
import io.github.kinerja.core.recap.RencanaKinerjaRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.report.Report;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The content {@link WorkbookReader} found in a workbook: the detected layout and the result of the reader of that
 * layout. Exactly one accessor is present: {@link #pp46()}, {@link #ckp()}, {@link #unitRecap()},
 * {@link #prestasiKerjaRecap()}, {@link #rencanaKinerja()}, {@link #activityLog()} or {@link #aktivitas()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkbookReadResult {

    private final WorkbookLayout layout;
    @Nullable private final Pp46ReadResult pp46;
    @Nullable private final CkpReadResult ckp;
    @Nullable private final TableReadResult<?> table;

    private WorkbookReadResult(WorkbookLayout layout, @Nullable Pp46ReadResult pp46, @Nullable CkpReadResult ckp,
            @Nullable TableReadResult<?> table) {
        this.layout = layout;
        this.pp46 = pp46;
        this.ckp = ckp;
        this.table = table;
    }

    static WorkbookReadResult of(Pp46ReadResult pp46) {
        return new WorkbookReadResult(pp46.layout(), Objects.requireNonNull(pp46, "pp46"), null, null);
    }

    static WorkbookReadResult of(CkpReadResult ckp) {
        return new WorkbookReadResult(WorkbookLayout.BPS_CKP, null, Objects.requireNonNull(ckp, "ckp"), null);
    }

    static WorkbookReadResult ofTable(TableReadResult<?> table) {
        return new WorkbookReadResult(table.layout(), null, null, table);
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

    /**
     * Returns the unit recap, present for {@link WorkbookLayout#BKN_LAPORAN_PENILAIAN_SKP} and
     * {@link WorkbookLayout#PERMEN2022_UNIT_RECAP}.
     */
    public Optional<TableReadResult<UnitRecap>> unitRecap() {
        if (layout == WorkbookLayout.PERMEN2022_UNIT_RECAP) {
            return table(WorkbookLayout.PERMEN2022_UNIT_RECAP);
        }
        return table(WorkbookLayout.BKN_LAPORAN_PENILAIAN_SKP);
    }

    /** Returns the prestasi kerja recap, present for {@link WorkbookLayout#PP46_PRESTASI_KERJA_RECAP}. */
    public Optional<TableReadResult<PrestasiKerjaRecap>> prestasiKerjaRecap() {
        return table(WorkbookLayout.PP46_PRESTASI_KERJA_RECAP);
    }

    /** Returns the RHK of an annual plan export, present for {@link WorkbookLayout#KIPAPP_RENCANA_KINERJA}. */
    public Optional<TableReadResult<List<RencanaKinerjaRow>>> rencanaKinerja() {
        return table(WorkbookLayout.KIPAPP_RENCANA_KINERJA);
    }

    /** Returns the activity log entries, present for {@link WorkbookLayout#KIPAPP_PELAKSANAAN_BULANAN}. */
    public Optional<TableReadResult<List<ActivityLogEntry>>> activityLog() {
        return table(WorkbookLayout.KIPAPP_PELAKSANAAN_BULANAN);
    }

    /** Returns the activities of an activity list, present for {@link WorkbookLayout#EKINERJA_AKTIVITAS}. */
    public Optional<TableReadResult<List<AktivitasRow>>> aktivitas() {
        return table(WorkbookLayout.EKINERJA_AKTIVITAS);
    }

    /** Returns the report of whichever reader ran. */
    public Report report() {
        if (pp46 != null) {
            return pp46.report();
        }
        if (ckp != null) {
            return ckp.report();
        }
        return Objects.requireNonNull(table, "table").report();
    }

    // The layout decides the content type: each table reader builds its result with its own layout.
    @SuppressWarnings("unchecked")
    private <T> Optional<TableReadResult<T>> table(WorkbookLayout expected) {
        return layout == expected ? Optional.ofNullable((TableReadResult<T>) table) : Optional.empty();
    }

    @Override
    public String toString() {
        Object content = table;
        if (pp46 != null) {
            content = pp46;
        } else if (ckp != null) {
            content = ckp;
        }
        return "WorkbookReadResult[" + layout + ", " + content + "]";
    }
}
