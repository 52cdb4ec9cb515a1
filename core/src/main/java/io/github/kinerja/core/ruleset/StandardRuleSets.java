package io.github.kinerja.core.ruleset;

import io.github.kinerja.core.permen2021.Permen2021Scorer;
import io.github.kinerja.core.permen2022.Permen2022Scorer;
import io.github.kinerja.core.pp46.calc.Pp46Scorer;

/**
 * The three national rule sets with their default policies.
 *
 * <p>Each is a plain {@link RuleSet}: replace a rule (for example a scorer with other policies) or add an
 * instansi's own rule with {@link RuleSet#withRule(RuleKey, Rule)}.
 */
public final class StandardRuleSets {

    /** The id of the PP 46/2011 rule set. */
    public static final String PP46_ID = "pp46-2011";
    /** The id of the PermenPANRB 8/2021 rule set. */
    public static final String PERMEN2021_ID = Permen2021Scorer.RULE_SET_ID;
    /** The id of the PermenPANRB 6/2022 rule set. */
    public static final String PERMEN2022_ID = Permen2022Scorer.RULE_SET_ID;

    private StandardRuleSets() {}

    /** Returns the PP 46/2011 rule set with {@link RuleKeys#PP46_PRESTASI} and the default scorer. */
    public static RuleSet pp46() {
        return RuleSet.builder()
                .id(PP46_ID)
                .title("PP 46/2011")
                .legalBasis("PP 46/2011; Perka BKN 1/2013")
                .rule(RuleKeys.PP46_PRESTASI, Pp46Rule.of(Pp46Scorer.defaults()))
                .build();
    }

    /** Returns the PermenPANRB 8/2021 rule set with {@link RuleKeys#PERMEN2021_PENILAIAN} and the default scorer. */
    public static RuleSet permen2021() {
        return RuleSet.builder()
                .id(PERMEN2021_ID)
                .title("PermenPANRB 8/2021")
                .legalBasis("PP 30/2019; PermenPANRB 8/2021")
                .rule(RuleKeys.PERMEN2021_PENILAIAN, Permen2021Rule.of(Permen2021Scorer.standard()))
                .build();
    }

    /** Returns the PermenPANRB 6/2022 rule set with {@link RuleKeys#PERMEN2022_PREDIKAT} and the default scorer. */
    public static RuleSet permen2022() {
        return RuleSet.builder()
                .id(PERMEN2022_ID)
                .title("PermenPANRB 6/2022")
                .legalBasis("PP 30/2019; PermenPANRB 6/2022; SE MenPANRB 3/2023")
                .rule(RuleKeys.PERMEN2022_PREDIKAT, Permen2022Rule.of(Permen2022Scorer.standard()))
                .build();
    }
}
