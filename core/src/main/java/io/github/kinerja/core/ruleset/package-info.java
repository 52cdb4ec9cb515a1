/**
 * Rule sets: the national regimes (PP 46/2011, PermenPANRB 8/2021, PermenPANRB 6/2022) behind one interface, a
 * registry that picks the regime for a date or period, and the hook for an instansi's own rules.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.core.ruleset.Rule} is one rule, national or local, that turns an input into a
 *       {@link io.github.kinerja.core.ruleset.RuleOutcome} with its explanation; an instansi implements it for
 *       its own rule, such as a regional TPP (Tambahan Penghasilan Pegawai) deduction;
 *   <li>{@link io.github.kinerja.core.ruleset.RuleSet} contains rules under typed
 *       {@link io.github.kinerja.core.ruleset.RuleKey keys}; {@link io.github.kinerja.core.ruleset.StandardRuleSets}
 *       returns the three national ones, whose keys are in {@link io.github.kinerja.core.ruleset.RuleKeys};
 *   <li>{@link io.github.kinerja.core.ruleset.RuleSetRegistry} selects a rule set by id, by date or by period,
 *       from a replaceable table of validity dates.
 * </ul>
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core.ruleset;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
