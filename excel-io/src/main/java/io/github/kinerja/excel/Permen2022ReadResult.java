package io.github.kinerja.excel;

import io.github.kinerja.core.permen2022.HasilPenilaianPegawai;
import io.github.kinerja.core.permen2022.PenilaianPegawai;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.report.Report;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The content of a PermenPANRB 6/2022 workbook: the SKP and the report of the read. For an evaluation document it
 * also has the evaluation with the scorer's result and the predikat the workbook shows. The instansi and the texts
 * of the RHK atasan yang diintervensi are kept as printed.
 *
 * <p>The SKP id is not printed on the forms, so the reader makes one up from the NIP (or the name) and the period,
 * such as {@code SKP-199001012015011001-2023-01-01}; the plan status is {@link
 * io.github.kinerja.core.permen2022.PlanStatus#DRAFT} and the unit id is empty, because the forms print neither.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Permen2022ReadResult {

    private final String fileName;
    private final WorkbookLayout layout;
    private final Skp skp;
    @Nullable private final PenilaianPegawai penilaian;
    @Nullable private final HasilPenilaianPegawai hasil;
    @Nullable private final String shownPredikat;
    @Nullable private final String instansi;
    private final Map<String, String> rhkAtasanTexts;
    private final Report report;

    Permen2022ReadResult(String fileName, WorkbookLayout layout, Skp skp, @Nullable PenilaianPegawai penilaian,
            @Nullable HasilPenilaianPegawai hasil, @Nullable String shownPredikat, @Nullable String instansi,
            Map<String, String> rhkAtasanTexts, Report report) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.skp = Objects.requireNonNull(skp, "skp");
        this.penilaian = penilaian;
        this.hasil = hasil;
        this.shownPredikat = shownPredikat;
        this.instansi = instansi;
        this.rhkAtasanTexts = Map.copyOf(rhkAtasanTexts);
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Returns the name of the file, as given to the reader. */
    public String fileName() {
        return fileName;
    }

    /** Returns {@link WorkbookLayout#PERMEN2022_SKP} or {@link WorkbookLayout#PERMEN2022_EVALUASI}. */
    public WorkbookLayout layout() {
        return layout;
    }

    /** Returns the SKP as read. */
    public Skp skp() {
        return skp;
    }

    /** Returns the SKP with its evaluation, present for {@link WorkbookLayout#PERMEN2022_EVALUASI}. */
    public Optional<PenilaianPegawai> penilaian() {
        return Optional.ofNullable(penilaian);
    }

    /**
     * Returns the result of the reader's scorer for the evaluation; empty for an SKP and for an evaluation whose
     * ratings are not set.
     */
    public Optional<HasilPenilaianPegawai> hasil() {
        return Optional.ofNullable(hasil);
    }

    /** Returns the text of the {@code PREDIKAT KINERJA PEGAWAI} cell as the workbook shows it, if not blank. */
    public Optional<String> shownPredikat() {
        return Optional.ofNullable(shownPredikat);
    }

    /** Returns the instansi printed above the title, if any. */
    public Optional<String> instansi() {
        return Optional.ofNullable(instansi);
    }

    /**
     * Returns the text of the column {@code RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI} per RHK id, for every RHK
     * whose cell is not blank. The model's {@link io.github.kinerja.core.permen2022.Rhk#rhkAtasan()} is set only
     * where the text names an RHK of a superior SKP given to the reader, or has the form {@code skpId/rhkId}.
     */
    public Map<String, String> rhkAtasanTexts() {
        return rhkAtasanTexts;
    }

    /** Returns the findings of the read, in the order they were made. */
    public Report report() {
        return report;
    }

    @Override
    public String toString() {
        return "Permen2022ReadResult[" + fileName + ", " + layout + ", " + skp.rhk().size() + " RHK, "
                + report.findings().size() + " findings]";
    }
}
