/**
 * Shared value types of the kinerja domain: the identity of civil servants, assessment periods, the rounding policy
 * used when results are presented and the steps that explain a calculation.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.core.Nip} (with {@link io.github.kinerja.core.Sex}) and
 *       {@link io.github.kinerja.core.Golongan} parse the identity fields as forms write them;
 *   <li>{@link io.github.kinerja.core.Person} is the appraised employee or an appraiser;
 *   <li>{@link io.github.kinerja.core.AssessmentPeriod} is the period an SKP covers;
 *   <li>{@link io.github.kinerja.core.RoundingPolicy} (with {@link io.github.kinerja.core.RoundingStage}) sets where
 *       and how exact values are rounded;
 *   <li>{@link io.github.kinerja.core.CalculationStep} is one explained step of a score.
 * </ul>
 *
 * <p>Rule-set specific models live in sub-packages: {@code pp46} for PP 46/2011 with Perka BKN 1/2013.
 */
@DomainStyle
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
