package io.github.kinerja.core.ruleset;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Selects a {@link RuleSet} by id, by date or by period from a table of validity dates.
 *
 * <table>
 *   <caption>The standard table</caption>
 *   <tr><th>Rule set</th><th>Periods from</th><th>until</th></tr>
 *   <tr><td>PP 46/2011</td><td>1 January 2014</td><td>30 June 2021</td></tr>
 *   <tr><td>PermenPANRB 8/2021</td><td>1 July 2021</td><td>31 December 2021</td></tr>
 *   <tr><td>PermenPANRB 6/2022</td><td>1 January 2022</td><td>(open)</td></tr>
 * </table>
 * The 2021 appraisal year was split: January to June under Perka BKN 1/2013, July to December under PermenPANRB
 * 8/2021. PermenPANRB 6/2022 was enacted on 3 February 2022 and covers 2022 plans. Its transitional Pasal 38 kept the
 * 8/2021 link between SKP and angka kredit for at most one more year; this table does not model that link. The start
 * of PP 46/2011 is the commonly cited 1 January 2014, not re-checked against the regulation text. Replace the table
 * with {@link #of(List)} where an instansi switched on other dates.
 *
 * <p>A period is matched as a whole: both its first and its last day must fall in one row, so a period that spans
 * June and July 2021 matches no rule set and is reported.
 *
 * <table>
 *   <caption>Finding codes</caption>
 *   <tr><th>Code</th><th>Severity</th><th>Meaning</th></tr>
 *   <tr><td>{@value #PERIOD_SPANS}</td><td>ERROR</td><td>the period spans two rule sets</td></tr>
 *   <tr><td>{@value #PERIOD_UNCOVERED}</td><td>ERROR</td><td>no rule set applies to the period</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSetRegistry {

    /** The resource bundle of the messages. */
    public static final String BUNDLE = "io.github.kinerja.core.ruleset.Messages";
    /** Finding code: the period starts under one rule set and ends under another. */
    public static final String PERIOD_SPANS = "ruleset.periode.spansRuleSets";
    /** Finding code: no rule set applies to the period's first or last day. */
    public static final String PERIOD_UNCOVERED = "ruleset.periode.uncovered";

    RuleSetRegistry() {}

    /** Returns the registry with the standard rule sets and the standard table of dates. */
    public static RuleSetRegistry standard() {
        return of(List.of(
                RuleSetValidity.of(StandardRuleSets.pp46(), LocalDate.of(2014, 1, 1),
                        Optional.of(LocalDate.of(2021, 6, 30))),
                RuleSetValidity.of(StandardRuleSets.permen2021(), LocalDate.of(2021, 7, 1),
                        Optional.of(LocalDate.of(2021, 12, 31))),
                RuleSetValidity.of(StandardRuleSets.permen2022(), LocalDate.of(2022, 1, 1), Optional.empty())));
    }

    /**
     * Obtains a registry from a table.
     *
     * @param table  the rows, whose date ranges must not overlap and whose rule set ids must be unique, not null
     * @return the registry, not null
     * @throws IllegalArgumentException if two rows overlap or share a rule set id
     */
    public static RuleSetRegistry of(List<RuleSetValidity> table) {
        Objects.requireNonNull(table, "table");
        return ImmutableRuleSetRegistry.builder().table(table).build();
    }

    /** Returns the table, in the order given. */
    public abstract List<RuleSetValidity> table();

    /**
     * Returns a copy of this registry in which a rule set replaces the one with the same id and keeps its dates. Use
     * it to add an instansi's own rules to a national set.
     *
     * @param ruleSet  the rule set, not null
     * @return the registry, not null
     * @throws IllegalArgumentException if no row has a rule set with that id
     */
    public RuleSetRegistry withRuleSet(RuleSet ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        List<RuleSetValidity> rows = new ArrayList<>();
        boolean replaced = false;
        for (RuleSetValidity row : table()) {
            if (row.ruleSet().id().equals(ruleSet.id())) {
                rows.add(RuleSetValidity.of(ruleSet, row.validFrom(), row.validUntil()));
                replaced = true;
            } else {
                rows.add(row);
            }
        }
        if (!replaced) {
            throw new IllegalArgumentException("no rule set with id " + ruleSet.id() + " in the registry; it has "
                    + table());
        }
        return of(rows);
    }

    /**
     * Returns the rule set with an id.
     *
     * @param id  the id, such as {@code permenpanrb-6-2022}, not null
     * @return the rule set, or empty if none has the id, not null
     */
    public Optional<RuleSet> byId(String id) {
        Objects.requireNonNull(id, "id");
        return table().stream().map(RuleSetValidity::ruleSet).filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Returns the rule set that applies to a date.
     *
     * @param date  the date, not null
     * @return the rule set, or empty if none applies, not null
     */
    public Optional<RuleSet> forDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return row(date).map(RuleSetValidity::ruleSet);
    }

    /**
     * Selects the rule set that applies to a whole period.
     *
     * @param period  the period, not null
     * @return the selected rule set, or the findings that explain why none was selected, not null
     */
    public RuleSetSelection forPeriod(AssessmentPeriod period) {
        Objects.requireNonNull(period, "period");
        Optional<RuleSetValidity> first = row(period.start());
        Optional<RuleSetValidity> last = row(period.end());
        ImmutableRuleSetSelection.Builder selection = ImmutableRuleSetSelection.builder();
        if (first.isEmpty() || last.isEmpty()) {
            LocalDate uncovered = first.isEmpty() ? period.start() : period.end();
            return selection.report(Report.of(List.of(Finding.of(BUNDLE, PERIOD_UNCOVERED, Severity.ERROR,
                    period.toString(), period, uncovered)))).build();
        }
        if (!first.orElseThrow().equals(last.orElseThrow())) {
            return selection.report(Report.of(List.of(Finding.of(BUNDLE, PERIOD_SPANS, Severity.ERROR,
                    period.toString(), period, first.orElseThrow().ruleSet().title(),
                    last.orElseThrow().ruleSet().title())))).build();
        }
        return selection.ruleSet(first.orElseThrow().ruleSet()).report(Report.empty()).build();
    }

    private Optional<RuleSetValidity> row(LocalDate date) {
        return table().stream().filter(r -> r.covers(date)).findFirst();
    }

    @Value.Check
    final void check() {
        List<RuleSetValidity> rows = table();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                RuleSetValidity a = rows.get(i);
                RuleSetValidity b = rows.get(j);
                if (a.ruleSet().id().equals(b.ruleSet().id())) {
                    throw new IllegalArgumentException("rule set id " + a.ruleSet().id() + " appears twice");
                }
                if (a.covers(b.validFrom()) || b.covers(a.validFrom())) {
                    throw new IllegalArgumentException("rule set dates must not overlap, was " + a + " and " + b);
                }
            }
        }
    }
}
