package io.github.kinerja.core.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.report.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetRegistryTest {

    private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2014-01-01, pp46-2011",
        "2021-06-30, pp46-2011",
        "2021-07-01, permenpanrb-8-2021",
        "2021-12-31, permenpanrb-8-2021",
        "2022-01-01, permenpanrb-6-2022",
        "2030-06-15, permenpanrb-6-2022",
    })
    void forDate_boundaries(LocalDate date, String expected) {
        assertThat(REGISTRY.forDate(date)).map(RuleSet::id).contains(expected);
    }

    @Test
    void forDate_beforePp46_isEmpty() {
        assertThat(REGISTRY.forDate(LocalDate.of(2013, 12, 31))).isEmpty();
    }

    @Test
    void forPeriod_secondHalfOf2021_selectsPermen2021() {
        RuleSetSelection selection = REGISTRY.forPeriod(
                AssessmentPeriod.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)));

        assertThat(selection.ruleSet()).map(RuleSet::id).contains("permenpanrb-8-2021");
        assertThat(selection.report().isEmpty()).isTrue();
    }

    @Test
    void forPeriod_whole2021_spansTwoRuleSets() {
        RuleSetSelection selection = REGISTRY.forPeriod(AssessmentPeriod.ofYear(2021));

        assertThat(selection.ruleSet()).isEmpty();
        Finding finding = selection.report().findings().get(0);
        assertThat(finding.code()).isEqualTo(RuleSetRegistry.PERIOD_SPANS);
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("The period 2021-01-01/2021-12-31 starts under "
                + "PP 46/2011 and ends under PermenPANRB 8/2021; split it at the change of rules and score each part "
                + "under its own rule set.");
    }

    @Test
    void forPeriod_before2014_isUncovered() {
        RuleSetSelection selection = REGISTRY.forPeriod(AssessmentPeriod.ofYear(2012));

        assertThat(selection.ruleSet()).isEmpty();
        assertThat(selection.report().findings()).extracting(Finding::code)
                .containsExactly(RuleSetRegistry.PERIOD_UNCOVERED);
        assertThat(selection.report().hasErrors()).isTrue();
    }

    @Test
    void byId_findsEachStandardRuleSet() {
        assertThat(REGISTRY.byId("pp46-2011")).isPresent();
        assertThat(REGISTRY.byId("permenpanrb-8-2021")).isPresent();
        assertThat(REGISTRY.byId("permenpanrb-6-2022")).isPresent();
        assertThat(REGISTRY.byId("perka-bkn-2099")).isEmpty();
    }

    @Test
    void withRuleSet_keepsTheDates() {
        RuleSet local = StandardRuleSets.permen2022().withRule(RegionalTppRule.KEY, new RegionalTppRule());

        RuleSetRegistry registry = REGISTRY.withRuleSet(local);

        assertThat(registry.forDate(LocalDate.of(2023, 3, 1))).contains(local);
        assertThat(registry.table().get(2).validFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void withRuleSet_unknownId_throws() {
        RuleSet other = RuleSet.builder().id("lain").title("Lain").legalBasis("-").build();

        assertThatIllegalArgumentException().isThrownBy(() -> REGISTRY.withRuleSet(other))
                .withMessageStartingWith("no rule set with id lain in the registry");
    }

    @Test
    void of_customTable_movesTheSwitchDate() {
        // An instansi that applied 6/2022 only from 2023 keeps 8/2021 for 2022.
        RuleSetRegistry registry = RuleSetRegistry.of(List.of(
                RuleSetValidity.of(StandardRuleSets.permen2021(), LocalDate.of(2021, 7, 1),
                        Optional.of(LocalDate.of(2022, 12, 31))),
                RuleSetValidity.of(StandardRuleSets.permen2022(), LocalDate.of(2023, 1, 1), Optional.empty())));

        assertThat(registry.forPeriod(AssessmentPeriod.ofYear(2022)).ruleSet()).map(RuleSet::id)
                .contains("permenpanrb-8-2021");
    }

    @Test
    void of_overlappingRows_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSetRegistry.of(List.of(
                RuleSetValidity.of(StandardRuleSets.permen2021(), LocalDate.of(2021, 7, 1), Optional.empty()),
                RuleSetValidity.of(StandardRuleSets.permen2022(), LocalDate.of(2022, 1, 1), Optional.empty()))))
                .withMessageStartingWith("rule set dates must not overlap");
    }

    @Test
    void validity_untilBeforeFrom_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSetValidity.of(StandardRuleSets.pp46(),
                LocalDate.of(2021, 1, 1), Optional.of(LocalDate.of(2020, 1, 1))))
                .withMessage("validUntil must not be before validFrom for rule set pp46-2011, was 2020-01-01 < "
                        + "2021-01-01");
    }
}
