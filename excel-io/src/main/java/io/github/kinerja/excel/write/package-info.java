/**
 * Writes the standard PP 46/2011 SKP forms as .xls and .xlsx workbooks, ready to print and sign, and the
 * PermenPANRB 6/2022 predikat recap of a unit kerja.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.excel.write.Pp46FormWriter} writes the Formulir SKP (the plan) and the Penilaian
 *       Capaian SKP (the evaluation) with its Penilaian Prestasi Kerja summary;
 *   <li>{@link io.github.kinerja.excel.write.Permen2022RecapWriter} streams the recap of a unit kerja's predikat
 *       kinerja under PermenPANRB 6/2022, with the count per predikat and the pola distribusi;
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
