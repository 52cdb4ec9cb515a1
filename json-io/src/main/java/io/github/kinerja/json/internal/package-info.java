/**
 * Implementation details of json-io that are not API and may change in any release: the JSON code tables of the
 * core enums and the tree writer. Only the package {@code io.github.kinerja.json} is API.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.json.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
