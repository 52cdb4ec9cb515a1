package io.github.kinerja.excel;

import io.github.kinerja.core.ckp.FormValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The values a PP 46/2011 evaluation workbook shows for itself: the penghitungan and nilai capaian of each
 * kegiatan, the tugas tambahan and kreativitas values, the Nilai Capaian SKP with its category and, from a summary
 * sheet, the Nilai Perilaku Kerja and Nilai Prestasi Kerja.
 *
 * <p>They are what the spreadsheet computed or what its author typed, kept so that a caller can compare them with
 * the core scorer's values; the reader already reports each difference as a warning. Each value carries its cell.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Pp46ShownValues {

    /** The values a workbook shows for one kegiatan row. */
    public static final class Kegiatan {
        private final String name;
        @Nullable private final FormValue penghitungan;
        @Nullable private final FormValue nilaiCapaian;

        Kegiatan(String name, @Nullable FormValue penghitungan, @Nullable FormValue nilaiCapaian) {
            this.name = Objects.requireNonNull(name, "name");
            this.penghitungan = penghitungan;
            this.nilaiCapaian = nilaiCapaian;
        }

        /** Returns the name of the kegiatan, as in the model. */
        public String name() {
            return name;
        }

        /** Returns the PENGHITUNGAN column: the sum of the aspect values. */
        public Optional<FormValue> penghitungan() {
            return Optional.ofNullable(penghitungan);
        }

        /** Returns the NILAI CAPAIAN SKP column of the kegiatan. */
        public Optional<FormValue> nilaiCapaian() {
            return Optional.ofNullable(nilaiCapaian);
        }

        @Override
        public String toString() {
            return name + ": " + penghitungan + " / " + nilaiCapaian;
        }
    }

    private final List<Kegiatan> kegiatan;
    @Nullable private final FormValue tugasTambahan;
    @Nullable private final FormValue kreativitas;
    @Nullable private final FormValue nilaiCapaianSkp;
    @Nullable private final String kategoriCapaianSkp;
    @Nullable private final FormValue nilaiPerilaku;
    @Nullable private final FormValue nilaiPrestasiKerja;

    Pp46ShownValues(List<Kegiatan> kegiatan, @Nullable FormValue tugasTambahan, @Nullable FormValue kreativitas,
            @Nullable FormValue nilaiCapaianSkp, @Nullable String kategoriCapaianSkp,
            @Nullable FormValue nilaiPerilaku, @Nullable FormValue nilaiPrestasiKerja) {
        this.kegiatan = List.copyOf(kegiatan);
        this.tugasTambahan = tugasTambahan;
        this.kreativitas = kreativitas;
        this.nilaiCapaianSkp = nilaiCapaianSkp;
        this.kategoriCapaianSkp = kategoriCapaianSkp;
        this.nilaiPerilaku = nilaiPerilaku;
        this.nilaiPrestasiKerja = nilaiPrestasiKerja;
    }

    /** Returns the shown values of each kegiatan, in the order of the model's kegiatan. */
    public List<Kegiatan> kegiatan() {
        return kegiatan;
    }

    /** Returns the value the workbook shows for the tugas tambahan. */
    public Optional<FormValue> tugasTambahan() {
        return Optional.ofNullable(tugasTambahan);
    }

    /** Returns the value the workbook shows for the kreativitas. */
    public Optional<FormValue> kreativitas() {
        return Optional.ofNullable(kreativitas);
    }

    /** Returns the Nilai Capaian SKP the workbook shows. */
    public Optional<FormValue> nilaiCapaianSkp() {
        return Optional.ofNullable(nilaiCapaianSkp);
    }

    /** Returns the category of the Nilai Capaian SKP as the workbook writes it, such as {@code (Baik)}. */
    public Optional<String> kategoriCapaianSkp() {
        return Optional.ofNullable(kategoriCapaianSkp);
    }

    /** Returns the Nilai Perilaku Kerja a summary sheet shows. */
    public Optional<FormValue> nilaiPerilaku() {
        return Optional.ofNullable(nilaiPerilaku);
    }

    /** Returns the Nilai Prestasi Kerja a summary sheet shows. */
    public Optional<FormValue> nilaiPrestasiKerja() {
        return Optional.ofNullable(nilaiPrestasiKerja);
    }

    @Override
    public String toString() {
        return "Pp46ShownValues[kegiatan=" + kegiatan + ", tugasTambahan=" + tugasTambahan + ", kreativitas="
                + kreativitas + ", nilaiCapaianSkp=" + nilaiCapaianSkp + " " + kategoriCapaianSkp
                + ", nilaiPerilaku=" + nilaiPerilaku + ", nilaiPrestasiKerja=" + nilaiPrestasiKerja + "]";
    }
}
