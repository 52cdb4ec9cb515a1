/**
 * Flat recaps and exports of performance data, as the personnel applications print them: one row per employee,
 * RHK or activity, without the structure of an SKP.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.core.recap.UnitRecap} with its {@link io.github.kinerja.core.recap.RecapRow rows}
 *       is a PermenPANRB 6/2022 report of ratings and predikat per employee, such as the BKN e-Kinerja
 *       <i>Laporan Penilaian SKP</i>;
 *   <li>{@link io.github.kinerja.core.recap.PrestasiKerjaRecap} with its
 *       {@link io.github.kinerja.core.recap.PrestasiKerjaRow rows} is a PP 46/2011 recap of the Nilai Prestasi
 *       Kerja per employee;
 *   <li>{@link io.github.kinerja.core.recap.RencanaKinerjaRow} is one RHK of an export of annual plans, with the
 *       text of the leader's RHK it intervenes;
 *   <li>{@link io.github.kinerja.core.recap.ActivityLogEntry} is one dated entry of a daily activity log;
 *   <li>{@link io.github.kinerja.core.recap.AktivitasRow} is one activity of an activity list with its unit and time.
 * </ul>
 *
 * <p>The values are kept as the export writes them; nothing here is recomputed.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core.recap;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
