package io.github.kinerja.core.pp46.calc;

import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.KategoriPp46;
import io.github.kinerja.core.report.Report;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The penilaian prestasi kerja of an SKP under PP 46/2011, as calculated by {@link Pp46Scorer}: every kegiatan, the
 * Nilai Capaian SKP, the Nilai Perilaku Kerja and the Nilai Prestasi Kerja, each with its steps.
 *
 * <p>The perilaku and prestasi parts are empty when the SKP has no perilaku kerja, as for a workbook that contains only
 * the SKP evaluation form. {@link #steps()} lists every step in calculation order, so the whole score can be
 * checked by hand, and {@link #report()} contains the warnings and notes of the validation that preceded the scoring.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pp46Result {

    Pp46Result() {}

    /**
     * Returns a new builder, for readers that restore a stored result; {@link Pp46Scorer} is the way to calculate
     * one.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the result of each kegiatan, in form order. */
    public abstract List<KegiatanResult> kegiatan();

    /** Returns the Nilai Capaian SKP calculation: kegiatan mean, tugas tambahan, kreativitas. */
    public abstract CapaianSkpResult capaianSkp();

    /** Returns the presented Nilai Capaian SKP. */
    public abstract Nilai nilaiCapaianSkp();

    /** Returns the perilaku kerja calculation, empty when the SKP has no perilaku kerja. */
    public abstract Optional<PerilakuResult> perilaku();

    /** Returns the category of each perilaku aspect score, empty when the SKP has no perilaku kerja. */
    @Value.NaturalOrder
    public abstract SortedMap<AspekPerilaku, KategoriPp46> kategoriPerilaku();

    /** Returns the presented Nilai Perilaku Kerja, empty when the SKP has no perilaku kerja. */
    public abstract Optional<Nilai> nilaiPerilaku();

    /** Returns the Nilai Prestasi Kerja calculation, empty when the SKP has no perilaku kerja. */
    public abstract Optional<PrestasiResult> prestasi();

    /** Returns the presented Nilai Prestasi Kerja, empty when the SKP has no perilaku kerja. */
    public abstract Optional<Nilai> nilaiPrestasiKerja();

    /** Returns the rounding policy the result was presented with. */
    public abstract RoundingPolicy roundingPolicy();

    /** Returns every step of the calculation in order: kegiatan, capaian SKP, perilaku, prestasi. */
    public abstract List<CalculationStep> steps();

    /** Returns the warnings and notes of the validation, never errors, because errors stop the scoring. */
    public abstract Report report();

    /** Builder of PP 46/2011 appraisal results. */
    public static final class Builder extends ImmutablePp46Result.Builder {
        Builder() {}
    }
}
