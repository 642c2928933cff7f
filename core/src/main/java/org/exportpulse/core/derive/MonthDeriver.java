package org.exportpulse.core.derive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exportpulse.core.series.Derivation;
import org.exportpulse.core.series.Derivation.Rule;
import org.exportpulse.core.series.Derivation.Term;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.PublicByBasis;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalYear;

/**
 * The two rules that compute a month no source published, from the publisher's own totals:
 *
 * <ol>
 *   <li>{@link Rule#FYTD_DIFFERENCE}: fiscal-year-to-date through month n minus through n−1; a
 *       fiscal-year total counts as through June; for the fiscal year's first month the one-month
 *       cumulative value is the month;
 *   <li>{@link Rule#FISCAL_YEAR_REMAINDER}: the fiscal-year total minus the other eleven months,
 *       when all eleven are published.
 * </ol>
 *
 * A derived value is public by the latest public-by date of its inputs; its sources are theirs.
 */
final class MonthDeriver {

    private final CompanionValues values;

    MonthDeriver(CompanionValues values) {
        this.values = values;
    }

    /** Every rule's value for {@code month}, in rule order; empty when no rule applies. */
    List<Observation> candidates(YearMonth month) {
        List<Observation> candidates = new ArrayList<>();
        fytdDifference(month).ifPresent(candidates::add);
        fiscalYearRemainder(month).ifPresent(candidates::add);
        return candidates;
    }

    /** Months some rule may derive: those of every fiscal year with a published total or cumulative value. */
    Set<YearMonth> monthsCovered() {
        Set<YearMonth> months = new LinkedHashSet<>();
        for (Observation o : values.fytdValues()) {
            months.addAll(o.period().months());
        }
        for (Observation o : values.fiscalYearValues()) {
            months.addAll(o.period().months());
        }
        return months;
    }

    private Optional<Observation> fytdDifference(YearMonth month) {
        Optional<CompanionValues.Cumulative> through = values.throughMonth(month);
        if (through.isEmpty()) {
            return Optional.empty();
        }
        List<Term> terms = new ArrayList<>();
        List<Observation> used = new ArrayList<>();
        add(terms, used, through.get(), 1);
        if (!month.equals(values.monthly.calendar().fiscalYearOf(month).first())) {
            Optional<CompanionValues.Cumulative> before = values.throughMonth(month.minusMonths(1));
            if (before.isEmpty()) {
                return Optional.empty();
            }
            add(terms, used, before.get(), -1);
        }
        return Optional.of(derived(month, new Derivation(Rule.FYTD_DIFFERENCE, terms), used));
    }

    private static void add(List<Term> terms, List<Observation> used, CompanionValues.Cumulative c, int sign) {
        terms.add(term(c.seriesId(), c.observation(), sign));
        used.add(c.observation());
    }

    private Optional<Observation> fiscalYearRemainder(YearMonth month) {
        FiscalYear year = values.monthly.calendar().fiscalYearOf(month);
        Optional<Observation> total = values.fiscalYear(year);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        List<Term> terms = new ArrayList<>();
        List<Observation> used = new ArrayList<>();
        terms.add(term(values.fyId, total.get(), 1));
        used.add(total.get());
        for (YearMonth other : year.months()) {
            if (other.equals(month)) {
                continue;
            }
            Optional<Observation> published = values.month(other);
            if (published.isEmpty()) {
                return Optional.empty();
            }
            terms.add(term(values.monthly.id(), published.get(), -1));
            used.add(published.get());
        }
        return Optional.of(derived(month, new Derivation(Rule.FISCAL_YEAR_REMAINDER, terms), used));
    }

    private static Term term(String seriesId, Observation o, int sign) {
        return new Term(seriesId, o.period(), o.vintage(), o.value(), sign);
    }

    private static Observation derived(YearMonth month, Derivation derivation, List<Observation> inputs) {
        LocalDate publicBy = null;
        PublicByBasis basis = null;
        Set<String> sources = new LinkedHashSet<>();
        boolean allDated = true;
        for (Observation o : inputs) {
            sources.addAll(o.sources());
            if (o.publicBy() == null) {
                allDated = false;
            } else if (publicBy == null || o.publicBy().isAfter(publicBy)) {
                publicBy = o.publicBy();
                basis = o.publicByBasis();
            }
        }
        return new Observation(
                CalendarMonth.of(month),
                derivation.value(),
                ObservationStatus.DERIVED,
                1,
                allDated ? publicBy : null,
                allDated ? basis : null,
                new ArrayList<>(sources),
                "derived (" + derivation.rule().code() + "): " + derivation.arithmetic(),
                derivation);
    }
}
