/**
 * Layouts, styles and formula builders behind the form writers; not API.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.excel.write.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
