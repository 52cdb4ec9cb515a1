/**
 * Helpers of the workbook readers, not part of the API: number text parsing
 * ({@link io.github.kinerja.excel.internal.NumberText}), normalised header matching
 * ({@link io.github.kinerja.excel.internal.Labels}) and cell access that resolves merged cells and cached formula
 * results ({@link io.github.kinerja.excel.internal.SheetView}, {@link io.github.kinerja.excel.internal.CellValue}).
 *
 * <p>The helpers return values and flags and never create findings or exceptions of the public API, so this
 * package depends on POI and the JDK only.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.excel.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
