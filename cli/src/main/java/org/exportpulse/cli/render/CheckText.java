package org.exportpulse.cli.render;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.exportpulse.check.CheckReport;
import org.exportpulse.check.CheckedClaim;
import org.exportpulse.check.Verdict;

/**
 * {@code pulse check} as text: the article with each claim marked {@code [[n text]]}, then one
 * block per claim (verdict, figures, explanation, sources) and a count of verdicts.
 */
public final class CheckText {

    private CheckText() {}

    public static void print(CheckReport report, PrintWriter out) {
        out.println("Article date: " + report.dateAssumed());
        out.println();
        out.println(marked(report));
        out.println();
        List<CheckedClaim> claims = report.claims();
        for (int i = 0; i < claims.size(); i++) {
            CheckedClaim c = claims.get(i);
            out.printf(
                    "[%d] %-12s %-10s %s%n",
                    i + 1,
                    c.verdict().code().toUpperCase(Locale.ROOT),
                    c.kind().code(),
                    c.text().replaceAll("\\s+", " "));
            out.printf(
                    "    %s %s: claimed %s, data %s%n",
                    c.series() == null ? "(no series)" : c.series(),
                    c.period() == null ? "(no period)" : c.period().code(),
                    number(c.claimed()),
                    number(c.actual()));
            out.println("    " + c.explanation());
            c.sources().forEach(s -> out.println("    source: " + s));
        }
        out.println(summary(report));
    }

    /** The text with each claim wrapped in {@code [[n …]]}. */
    static String marked(CheckReport report) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        List<CheckedClaim> claims = report.claims();
        for (int i = 0; i < claims.size(); i++) {
            CheckedClaim c = claims.get(i);
            if (c.start() < at) {
                continue;
            }
            b.append(report.text(), at, c.start())
                    .append("[[")
                    .append(i + 1)
                    .append(' ')
                    .append(report.text(), c.start(), c.end())
                    .append("]]");
            at = c.end();
        }
        return b.append(report.text().substring(at)).toString().strip();
    }

    static String summary(CheckReport report) {
        StringBuilder b = new StringBuilder()
                .append(report.claims().size())
                .append(report.claims().size() == 1 ? " claim" : " claims");
        String sep = ": ";
        for (Verdict v : Verdict.values()) {
            b.append(sep).append(report.count(v)).append(' ').append(v.code());
            sep = ", ";
        }
        return b.toString();
    }

    private static String number(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }
}
