/**
 * Tests of the shared value types: NIP, golongan, person, assessment period, rounding policy and calculation step.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core;

import javax.annotation.ParametersAreNonnullByDefault;
