package io.github.kinerja.core.recap;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PermenPANRB 6/2022 recap of one unit: the report's metadata and one {@link RecapRow} per employee, such as the
 * BKN e-Kinerja <i>Laporan Penilaian SKP</i> export.
 *
 * <p>The metadata is kept as text because exports word it differently ({@code Periode : Bulanan 3} or
 * {@code Tahunan}). The rows may be empty.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitRecap {

    UnitRecap() {}

    /** Returns a new builder; every attribute is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the title, such as {@code Laporan Penilaian SKP Periode Bulanan Maret Tahun 2024}. */
    public abstract Optional<String> title();

    /** Returns the instansi (agency). */
    public abstract Optional<String> instansi();

    /** Returns the periode as the report writes it, such as {@code Bulanan 3}. */
    public abstract Optional<String> periode();

    /** Returns the parent unit organisasi (unor induk) the report covers. */
    public abstract Optional<String> unorInduk();

    /** Returns the unit organisasi (unor) the report covers, such as {@code ALL}. */
    public abstract Optional<String> unor();

    /** Returns when the data was exported, as the report writes it ({@code Data ditarik pada}). */
    public abstract Optional<String> dataDitarikPada();

    /** Returns the employees, in report order. */
    public abstract List<RecapRow> rows();

    /** Builder of unit recaps. */
    public static final class Builder extends ImmutableUnitRecap.Builder {
        Builder() {}
    }
}
