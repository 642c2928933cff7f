package org.exportpulse.core.series;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.exportpulse.core.time.Period;

/**
 * How a value that no source published was computed: the rule and each input with its sign.
 *
 * @param inputs the terms of the sum, in order; the value is the sum of {@code sign × value}
 */
public record Derivation(Rule rule, List<Term> inputs) {

    /** The rules, in the order they are tried. */
    public enum Rule {
        /** Published fiscal-year-to-date through month n minus through n−1 (a fiscal-year total counts as through June). */
        FYTD_DIFFERENCE,
        /** The fiscal-year total minus the other eleven months, all published. */
        FISCAL_YEAR_REMAINDER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One input of a derivation: a stored value, added ({@code sign} 1) or subtracted (−1). */
    public record Term(String seriesId, Period period, int vintage, BigDecimal value, int sign) {}

    public Derivation {
        inputs = List.copyOf(inputs);
    }

    /** The derived value: the signed sum of the inputs. */
    public BigDecimal value() {
        return inputs.stream()
                .map(t -> t.sign() < 0 ? t.value().negate() : t.value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code pk.ict.exports.fy FY2025 v1 3810 − pk.ict.exports 2024-07 v1 286 − …}. */
    public String arithmetic() {
        StringBuilder text = new StringBuilder();
        for (Term t : inputs) {
            text.append(text.length() == 0 ? (t.sign() < 0 ? "−" : "") : (t.sign() < 0 ? " − " : " + "))
                    .append(t.seriesId())
                    .append(' ')
                    .append(t.period().code())
                    .append(" v")
                    .append(t.vintage())
                    .append(' ')
                    .append(t.value().toPlainString());
        }
        return text.toString();
    }
}
