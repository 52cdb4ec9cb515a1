package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.CalculationStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The kuadran kinerja pegawai of PermenPANRB 6/2022: the 3×3 matrix that gives the {@link PredikatPegawai} for a
 * rating hasil kerja (row) and a rating perilaku kerja (column).
 *
 * <table>
 *   <caption>The standard matrix; cells are numbered 1 to 9 row by row</caption>
 *   <tr><th>Hasil kerja ↓ / perilaku →</th><th>Di Atas</th><th>Sesuai</th><th>Di Bawah</th></tr>
 *   <tr><th>Di Atas</th><td>1 Sangat Baik</td><td>2 Baik</td><td>3 Kurang/Misconduct</td></tr>
 *   <tr><th>Sesuai</th><td>4 Baik</td><td>5 Baik</td><td>6 Kurang/Misconduct</td></tr>
 *   <tr><th>Di Bawah</th><td>7 Butuh Perbaikan</td><td>8 Butuh Perbaikan</td><td>9 Sangat Kurang</td></tr>
 * </table>
 *
 * <p>Behaviour below expectations means misconduct whatever the results, unless the results are below
 * expectations too (Sangat Kurang); results below expectations with acceptable behaviour need improvement. The
 * matrix is not symmetric: swapping the two ratings turns cell 3 (Kurang/Misconduct) into cell 7 (Butuh
 * Perbaikan), a mistake found in public HR software, so the arguments are always (hasil kerja, perilaku).
 * The regulation's figure was not available as text; the standard matrix is the one that independent
 * implementations and the guides of BKN and Kemdikbudristek agree on.
 *
 * <pre>{@code
 * PredikatMatrix.standard().predikat(Rating.DI_ATAS_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI);   // KURANG_MISCONDUCT
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PredikatMatrix {

    private static final Rating[] ORDER = {
        Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
    };

    PredikatMatrix() {}

    /** Returns the standard matrix of PermenPANRB 6/2022. */
    public static PredikatMatrix standard() {
        return StandardHolder.STANDARD;
    }

    /**
     * Obtains a matrix from its nine cells, for an instansi that must reproduce a different table.
     *
     * @param cells  the predikat per rating hasil kerja, then per rating perilaku; all nine cells, not null
     * @return the matrix, not null
     * @throws IllegalArgumentException if a cell is missing
     */
    public static PredikatMatrix of(Map<Rating, Map<Rating, PredikatPegawai>> cells) {
        Objects.requireNonNull(cells, "cells");
        List<PredikatPegawai> list = new ArrayList<>(9);
        for (Rating hasil : ORDER) {
            for (Rating perilaku : ORDER) {
                Map<Rating, PredikatPegawai> row = cells.get(hasil);
                PredikatPegawai cell = row == null ? null : row.get(perilaku);
                if (cell == null) {
                    throw new IllegalArgumentException("matrix cell (" + hasil + ", " + perilaku
                            + ") is missing; give all nine cells");
                }
                list.add(cell);
            }
        }
        return ImmutablePredikatMatrix.of(list);
    }

    /** Returns the nine cells row by row: hasil kerja Di Atas, Sesuai, Di Bawah; perilaku in the same order. */
    @Value.Parameter
    public abstract List<PredikatPegawai> cells();

    /**
     * Returns the predikat of a pair of ratings.
     *
     * @param hasilKerja  the rating hasil kerja (the row), not null
     * @param perilaku  the rating perilaku kerja (the column), not null
     * @return the predikat, not null
     */
    public PredikatPegawai predikat(Rating hasilKerja, Rating perilaku) {
        return cells().get(cellNumber(hasilKerja, perilaku) - 1);
    }

    /**
     * Returns the number of the cell of a pair of ratings, 1 to 9 row by row, as numbered in the table above.
     *
     * @param hasilKerja  the rating hasil kerja, not null
     * @param perilaku  the rating perilaku kerja, not null
     * @return the cell number, from 1 to 9
     */
    public static int cellNumber(Rating hasilKerja, Rating perilaku) {
        Objects.requireNonNull(hasilKerja, "hasilKerja");
        Objects.requireNonNull(perilaku, "perilaku");
        int row = 2 - hasilKerja.rank();
        int column = 2 - perilaku.rank();
        return row * 3 + column + 1;
    }

    /**
     * Explains the predikat of a pair of ratings as a calculation step whose value is the cell number.
     *
     * @param hasilKerja  the rating hasil kerja, not null
     * @param perilaku  the rating perilaku kerja, not null
     * @return the step, not null
     */
    public CalculationStep explain(Rating hasilKerja, Rating perilaku) {
        int cell = cellNumber(hasilKerja, perilaku);
        String formula = "kuadran kinerja pegawai cell " + cell + ": hasil kerja " + hasilKerja + ", perilaku "
                + perilaku + " -> " + predikat(hasilKerja, perilaku);
        return CalculationStep.of("permen2022.predikat.matriks", formula, BigDecimal.valueOf(cell));
    }

    @Value.Check
    final void check() {
        if (cells().size() != 9) {
            throw new IllegalArgumentException("a predikat matrix has 9 cells, was " + cells().size());
        }
    }

    // A holder class, because a constant initialised in PredikatMatrix itself could deadlock class initialisation
    // against its generated subclass.
    private static final class StandardHolder {
        static final PredikatMatrix STANDARD = ImmutablePredikatMatrix.of(List.of(
                PredikatPegawai.SANGAT_BAIK, PredikatPegawai.BAIK, PredikatPegawai.KURANG_MISCONDUCT,
                PredikatPegawai.BAIK, PredikatPegawai.BAIK, PredikatPegawai.KURANG_MISCONDUCT,
                PredikatPegawai.BUTUH_PERBAIKAN, PredikatPegawai.BUTUH_PERBAIKAN, PredikatPegawai.SANGAT_KURANG));
    }
}
