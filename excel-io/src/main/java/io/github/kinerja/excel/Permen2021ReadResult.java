package io.github.kinerja.excel;

import io.github.kinerja.core.permen2021.HasilPenilaian;
import io.github.kinerja.core.permen2021.PenilaianKinerja;
import io.github.kinerja.core.permen2021.Skp;
import io.github.kinerja.core.report.Report;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The content of a PermenPANRB 8/2021 SKP workbook: the SKP, the appraisal when the workbook has a nilai perilaku
 * kerja, the core scorer's result for that appraisal, and the report of the read.
 *
 * <p>The report contains the reader's findings, the findings of {@code Permen2021Validator} on the SKP and a warning
 * for each value the workbook shows that differs from the one the scorer computes from the workbook's inputs.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Permen2021ReadResult {

    private final String fileName;
    private final Skp skp;
    @Nullable private final PenilaianKinerja penilaian;
    @Nullable private final HasilPenilaian hasil;
    private final Report report;

    Permen2021ReadResult(String fileName, Skp skp, @Nullable PenilaianKinerja penilaian,
            @Nullable HasilPenilaian hasil, Report report) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.skp = Objects.requireNonNull(skp, "skp");
        this.penilaian = penilaian;
        this.hasil = hasil;
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Returns the name of the file, as given to the reader. */
    public String fileName() {
        return fileName;
    }

    /** Returns the SKP as read, with the realisasi the workbook has. */
    public Skp skp() {
        return skp;
    }

    /**
     * Returns the appraisal: the SKP with the nilai perilaku kerja and the two flags. It is empty when the workbook
     * has no valid nilai perilaku kerja, which is the case for an SKP written without the nilai akhir block.
     */
    public Optional<PenilaianKinerja> penilaian() {
        return Optional.ofNullable(penilaian);
    }

    /** Returns the core scorer's result for the appraisal; empty when {@link #penilaian()} is. */
    public Optional<HasilPenilaian> hasil() {
        return Optional.ofNullable(hasil);
    }

    /** Returns the findings of the read, the validation and the comparison, in the order they were made. */
    public Report report() {
        return report;
    }

    @Override
    public String toString() {
        return "Permen2021ReadResult[" + fileName + ", " + skp.rencanaKinerja().size() + " rencana kinerja, "
                + (penilaian == null ? "no nilai akhir" : "with nilai akhir") + ", " + report.findings().size()
                + " findings]";
    }
}
