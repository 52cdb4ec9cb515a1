/**
 * Reads SKP and CKP workbooks (.xls and .xlsx) into the core models, with a report of everything doubtful.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.excel.WorkbookReader} detects the layout with the
 *       {@link io.github.kinerja.excel.LayoutDetector} and reads any supported form;
 *       {@link io.github.kinerja.excel.Pp46WorkbookReader}, {@link io.github.kinerja.excel.Permen2021WorkbookReader},
 *       {@link io.github.kinerja.excel.Permen2022WorkbookReader} and {@link io.github.kinerja.excel.CkpWorkbookReader}
 *       read one kind;
 *   <li>{@link io.github.kinerja.excel.RecapStreamReader} streams a unit recap or a BKN <i>Laporan Penilaian
 *       SKP</i> export one row at a time, for recaps of any size;
 *   <li>flat tables (the BKN <i>Laporan Penilaian SKP</i> export, the PP 46 prestasi kerja recap, the KiPApp RHK
 *       and activity log exports, the e-Kinerja activity list) are read through the
 *       {@link io.github.kinerja.excel.WorkbookReader} into a {@link io.github.kinerja.excel.TableReadResult} whose
 *       content is a type of {@code io.github.kinerja.core.recap};
 *   <li>{@link io.github.kinerja.excel.WorkbookLayout} names the supported layouts;
 *   <li>{@link io.github.kinerja.excel.WorkbookReadException} and its subclass
 *       {@link io.github.kinerja.excel.UnsupportedLayoutException} report a file that cannot be read, with the
 *       file, sheet and cell and a message in English or Indonesian.
 * </ul>
 *
 * <p>Readers find blocks by their header text, never by fixed addresses, and record every warning (an ambiguous
 * number, a stale cached formula result, an invalid NIP kept as text, conflicting identity blocks) in a
 * {@link io.github.kinerja.core.report.Report} with the location {@code Sheet!A1}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.excel;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
