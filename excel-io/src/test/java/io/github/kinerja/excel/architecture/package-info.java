/**
 * Architecture and convention tests of the excel-io module.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.excel.architecture;

import javax.annotation.ParametersAreNonnullByDefault;
