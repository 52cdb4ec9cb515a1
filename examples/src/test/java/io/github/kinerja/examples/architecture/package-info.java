/**
 * Convention tests of the examples module.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.examples.architecture;

import javax.annotation.ParametersAreNonnullByDefault;
