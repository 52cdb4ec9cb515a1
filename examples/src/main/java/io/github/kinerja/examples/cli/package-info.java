/**
 * The {@code kinerja} command-line tool: {@link io.github.kinerja.examples.cli.KinerjaCli} reads a workbook, scores it
 * with the core calculators and prints the result as text or JSON in Indonesian or English.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.examples.cli;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
