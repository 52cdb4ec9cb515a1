/**
 * Writes the standard SKP forms of PP 46/2011, PermenPANRB 8/2021 and PermenPANRB 6/2022 as .xls and .xlsx
 * workbooks, ready to print and sign, their empty templates, and the PermenPANRB 6/2022 predikat recap of a unit
 * kerja.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.excel.write.Pp46FormWriter} writes the Formulir SKP (the plan) and the Penilaian
 *       Capaian SKP (the evaluation) with its Penilaian Prestasi Kerja summary;
 *   <li>{@link io.github.kinerja.excel.write.Permen2021FormWriter} writes the PermenPANRB 8/2021 SKP with capaian,
 *       nilai, bobot and the nilai akhir;
 *   <li>{@link io.github.kinerja.excel.write.Permen2022FormWriter} writes the PermenPANRB 6/2022 SKP and the Dokumen
 *       Evaluasi Kinerja Pegawai with the predikat over the 3×3 matrix;
 *   <li>{@link io.github.kinerja.excel.write.Permen2022RecapWriter} streams the recap of a unit kerja's predikat
 *       kinerja under PermenPANRB 6/2022, with the count per predikat, the pola distribusi and, in .xlsx, a chart of
 *       both;
 *   <li>{@link io.github.kinerja.excel.write.WorkbookFormat} chooses between .xls (BIFF8) and .xlsx.
 * </ul>
 *
 * <p>Calculated cells are live Excel formulas whose cached results are the core scorer's values, so a workbook
 * shows the library's scores when opened and recalculates when a user edits a realisasi. Text from the model is
 * always written as a text cell, so a kegiatan named {@code =HYPERLINK("x")} stays text.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.excel.write;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
