/**
 * Tests of the command-line tool, run in process against the bundled and the real workbooks.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.examples.cli;

import javax.annotation.ParametersAreNonnullByDefault;
