/**
 * Architecture and convention tests of the core module.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.core.architecture;

import javax.annotation.ParametersAreNonnullByDefault;
