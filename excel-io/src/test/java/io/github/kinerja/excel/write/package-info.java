/**
 * Tests of the form writers: layout, formulas against the library's values, round trips through the readers,
 * golden files and a recalculation by LibreOffice.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.excel.write;

import javax.annotation.ParametersAreNonnullByDefault;
