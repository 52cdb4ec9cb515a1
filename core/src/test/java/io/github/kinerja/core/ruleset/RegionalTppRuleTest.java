package io.github.kinerja.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.permen2022.PredikatPegawai;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The regional TPP example rule, plugged into the PermenPANRB 6/2022 rule set. */
class RegionalTppRuleTest {

    private static final RuleSet LOCAL = StandardRuleSets.permen2022()
            .withRule(RegionalTppRule.KEY, new RegionalTppRule());

    private static BigDecimal tpp(int minutes, Optional<PredikatPegawai> predikat) {
        RegionalTppRule.Input input = new RegionalTppRule.Input(new BigDecimal("5000000"), new BigDecimal("50"),
                new BigDecimal("90"), minutes, predikat);
        return LOCAL.apply(RegionalTppRule.KEY, input).value();
    }

    @Test
    void t1Baik_isFullAllowance() {
        assertThat(tpp(7000, Optional.of(PredikatPegawai.BAIK))).isEqualByComparingTo("2400000");
    }

    @Test
    void t1Kurang_halvesTheSkpPart() {
        assertThat(tpp(7000, Optional.of(PredikatPegawai.KURANG_MISCONDUCT))).isEqualByComparingTo("2150000");
    }

    @Test
    void t1ButuhPerbaikan_keepsTheFullSkpPart() {
        assertThat(tpp(7000, Optional.of(PredikatPegawai.BUTUH_PERBAIKAN))).isEqualByComparingTo("2400000");
    }

    @Test
    void t1LowActivity_leavesOnlyAttendance() {
        assertThat(tpp(6000, Optional.of(PredikatPegawai.BAIK))).isEqualByComparingTo("900000");
    }

    @Test
    void t1NoPredikat_dropsTheSkpPart() {
        assertThat(tpp(7000, Optional.empty())).isEqualByComparingTo("1900000");
    }

    @Test
    void ruleSet_keepsTheNationalRule() {
        assertThat(LOCAL.rule(RuleKeys.PERMEN2022_PREDIKAT)).isPresent();
        assertThat(LOCAL.rule(RegionalTppRule.KEY)).isPresent();
        assertThat(StandardRuleSets.permen2022().rule(RegionalTppRule.KEY)).isEmpty();
    }
}
