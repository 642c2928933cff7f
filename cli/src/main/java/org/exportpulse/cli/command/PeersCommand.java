package org.exportpulse.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.exportpulse.brief.compose.BriefSpec;
import org.exportpulse.cli.Pulse;
import org.exportpulse.core.peers.PeerComparison;
import org.exportpulse.core.peers.PeersKernel;
import org.exportpulse.core.peers.PeersSpec;
import org.exportpulse.export.PeersJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code pulse peers [--year 2024] [--countries IND,BGD,PHL,…] [--format table|json]}. */
@Command(
        name = "peers",
        description = "ICT service exports by economy (World Bank): value, growth, 5-year compound growth, rank"
                + " among the chosen economies and among all (aggregates never ranked), Pakistan highlighted.")
public final class PeersCommand implements Callable<Integer> {

    @ParentCommand
    Pulse pulse;

    @Option(names = "--year", description = "The year (default: the latest with a value for Pakistan).")
    Integer year;

    @Option(
            names = "--countries",
            split = ",",
            paramLabel = "CODES",
            description = "World Bank economy codes (default: the brief's peers, PAK, IND, BGD, PHL, LKA, EGY, MAR,"
                    + " KEN, IDN, UKR).")
    List<String> countries;

    @Mixin
    FormatOption.TableOrJson formatOption;

    @Override
    public Integer call() {
        BriefSpec spec = pulse.presets().flagship();
        List<String> codes = countries == null ? spec.peers() : countries;
        PeerComparison c = PeersKernel.of(
                        Arguments.source(pulse.store(), null), pulse.store().allSeries())
                .compute(new PeersSpec(
                        codes,
                        spec.self(),
                        spec.peerSeriesPrefix(),
                        year == null ? OptionalInt.empty() : OptionalInt.of(year)));
        switch (formatOption.format) {
            case JSON -> Json.print(PeersJson.of(c), pulse.out());
            case TABLE -> table(c, pulse.out());
            default -> throw new IllegalArgumentException("peers writes table or json, not " + formatOption.format);
        }
        pulse.out().flush();
        return 0;
    }

    private static void table(PeerComparison c, PrintWriter out) {
        out.println("ICT service exports, " + c.year() + " (World Bank, US$ billion); ranks among "
                + c.rows().size() + " chosen and " + c.economiesRanked() + " economies");
        out.printf(
                "  %-4s %-22s %10s %8s %10s %5s %6s%n",
                "CODE", "ECONOMY", "US$ BN", "GROWTH", "5Y / YEAR", "RANK", "WORLD");
        for (PeerComparison.Row r : c.rows()) {
            out.printf(
                    Locale.ROOT,
                    "%s %-4s %-22s %10.2f %8s %10s %5d %6d%n",
                    r.highlighted() ? "*" : " ",
                    r.code(),
                    r.name(),
                    r.value() / 1e9,
                    pct(r.growth()),
                    pct(r.growth5y()),
                    r.peerRank(),
                    r.worldRank());
        }
        if (!c.missing().isEmpty()) {
            out.println("No value for " + c.year() + ": " + String.join(", ", c.missing()));
        }
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", v);
    }
}
