/**
 * Reports of findings: {@link io.github.kinerja.core.report.Report} holds
 * {@link io.github.kinerja.core.report.Finding findings} with a stable code, a
 * {@link io.github.kinerja.core.report.Severity severity}, a location and a message that is rendered in
 * English or Indonesian from resource bundles.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core.report;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
