/**
 * Tests of {@code io.github.kinerja.core.ruleset}.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.ruleset;

import javax.annotation.ParametersAreNonnullByDefault;
