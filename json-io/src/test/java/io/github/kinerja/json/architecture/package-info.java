/**
 * Architecture and convention tests of the json-io module.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.json.architecture;

import javax.annotation.ParametersAreNonnullByDefault;
