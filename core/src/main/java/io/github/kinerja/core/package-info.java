/**
 * Shared value types of the kinerja domain: identities of civil servants, assessment periods and
 * the rounding policy used when results are presented.
 *
 * <p>Rule-set specific models live in sub-packages: {@code pp46} for PP 46/2011 with Perka BKN 1/2013.
 */
@DomainStyle
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
