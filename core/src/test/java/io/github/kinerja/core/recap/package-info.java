/**
 * Tests of the flat recap and export types.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.recap;

import javax.annotation.ParametersAreNonnullByDefault;
