package io.github.kinerja.excel;

import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.Skp;
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
 * {@link #prestasiKerjaRecap()}, {@link #rencanaKinerja()}, {@link #activityLog()}, {@link #aktivitas()} or
 * {@link #permen2021()}, {@link #permen2022()} (with its shortcuts {@link #permen2022Skp()} and
 * {@link #permen2022Penilaian()}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkbookReadResult {

    private final WorkbookLayout layout;
    @Nullable private final Pp46ReadResult pp46;
    @Nullable private final CkpReadResult ckp;
    @Nullable private final TableReadResult<?> table;
    @Nullable private final Permen2021ReadResult permen2021;
    @Nullable private final Permen2022ReadResult permen2022;

    private WorkbookReadResult(WorkbookLayout layout, @Nullable Pp46ReadResult pp46, @Nullable CkpReadResult ckp,
            @Nullable TableReadResult<?> table) {
        this(layout, pp46, ckp, table, null, null);
    }

    private WorkbookReadResult(WorkbookLayout layout, @Nullable Pp46ReadResult pp46, @Nullable CkpReadResult ckp,
            @Nullable TableReadResult<?> table, @Nullable Permen2021ReadResult permen2021,
            @Nullable Permen2022ReadResult permen2022) {
        this.layout = layout;
        this.pp46 = pp46;
        this.ckp = ckp;
        this.table = table;
        this.permen2021 = permen2021;
        this.permen2022 = permen2022;
    }

    static WorkbookReadResult of(Pp46ReadResult pp46) {
        return new WorkbookReadResult(pp46.layout(), Objects.requireNonNull(pp46, "pp46"), null, null);
    }

    static WorkbookReadResult of(CkpReadResult ckp) {
        return new WorkbookReadResult(WorkbookLayout.BPS_CKP, null, Objects.requireNonNull(ckp, "ckp"), null);
    }

    static WorkbookReadResult of(Permen2021ReadResult permen2021) {
        return new WorkbookReadResult(WorkbookLayout.PERMEN2021_SKP, null, null, null,
                Objects.requireNonNull(permen2021, "permen2021"), null);
    }

    static WorkbookReadResult ofTable(TableReadResult<?> table) {
        return new WorkbookReadResult(table.layout(), null, null, table);
    }

    static WorkbookReadResult of(Permen2022ReadResult permen2022) {
        return new WorkbookReadResult(permen2022.layout(), null, null, null, null,
                Objects.requireNonNull(permen2022, "permen2022"));
    }

    /** Returns the detected layout. */
    public WorkbookLayout layout() {
        return layout;
    }

    /** Returns the PP 46 result, present for {@link WorkbookLayout#PP46_PENILAIAN_SKP} and the Formulir SKP. */
    public Optional<Pp46ReadResult> pp46() {
        return Optional.ofNullable(pp46);
    }

    /** Returns the PermenPANRB 8/2021 SKP result, present for {@link WorkbookLayout#PERMEN2021_SKP}. */
    public Optional<Permen2021ReadResult> permen2021() {
        return Optional.ofNullable(permen2021);
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

    /**
     * Returns the PermenPANRB 6/2022 result, present for {@link WorkbookLayout#PERMEN2022_SKP} and
     * {@link WorkbookLayout#PERMEN2022_EVALUASI}.
     */
    public Optional<Permen2022ReadResult> permen2022() {
        return Optional.ofNullable(permen2022);
    }

    /** Returns the PermenPANRB 6/2022 SKP, present for both PermenPANRB 6/2022 layouts. */
    public Optional<Skp> permen2022Skp() {
        return permen2022().map(Permen2022ReadResult::skp);
    }

    /** Returns the PermenPANRB 6/2022 SKP with its evaluation, present for {@link WorkbookLayout#PERMEN2022_EVALUASI}. */
    public Optional<PenilaianPegawai> permen2022Penilaian() {
        return permen2022().flatMap(Permen2022ReadResult::penilaian);
    }

    /** Returns the report of whichever reader ran. */
    public Report report() {
        if (permen2022 != null) {
            return permen2022.report();
        }
        if (pp46 != null) {
            return pp46.report();
        }
        if (ckp != null) {
            return ckp.report();
        }
        if (permen2021 != null) {
            return permen2021.report();
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
        } else if (permen2021 != null) {
            content = permen2021;
        } else if (permen2022 != null) {
            content = permen2022;
        }
        return "WorkbookReadResult[" + layout + ", " + content + "]";
    }
}
