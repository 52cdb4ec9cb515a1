/**
 * Tests of the workbook readers, the PP 46 evaluation workbook generator used by them, and the generator of the
 * bundled example workbook.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.excel;

import javax.annotation.ParametersAreNonnullByDefault;
