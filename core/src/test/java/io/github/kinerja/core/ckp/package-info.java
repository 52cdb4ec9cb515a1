/**
 * Tests of the CKP model and calculator.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.ckp;

import javax.annotation.ParametersAreNonnullByDefault;
