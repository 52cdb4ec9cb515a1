package io.github.kinerja.core.ruleset;

/**
 * One scoring or derivation rule: it turns an input into an outcome that carries its explanation.
 *
 * <p>The national regimes are adapted to this interface in {@link StandardRuleSets}. An instansi implements it for
 * a rule of its own, for example a regional regulation (Perkada) that cuts the TPP (Tambahan Penghasilan Pegawai)
 * by predikat, and adds it to a rule set with {@link RuleSet#withRule(RuleKey, Rule)}. Such a rule is local law,
 * not national, and the library ships none.
 *
 * <p>Implementations must be immutable and thread-safe, and report problems of the input in the outcome's
 * {@link RuleOutcome#report() report} where they can rather than throw.
 *
 * @param <I> the input type
 * @param <O> the type of the outcome's value
 */
public interface Rule<I, O> {

    /** Returns the stable identifier of the rule, such as {@code permenpanrb-6-2022/predikat}. */
    String id();

    /** Returns a one-line description of the rule and its legal basis, for display. */
    String description();

    /**
     * Applies the rule.
     *
     * @param input  the input, not null
     * @return the outcome with its explanation, not null
     */
    RuleOutcome<O> apply(I input);
}
