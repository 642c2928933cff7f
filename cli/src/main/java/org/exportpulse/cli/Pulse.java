package org.exportpulse.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.exportpulse.brief.compose.BriefPresets;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.bundle.StoreHome;
import org.exportpulse.cli.command.AdjustCommand;
import org.exportpulse.cli.command.BacktestCommand;
import org.exportpulse.cli.command.BriefCommand;
import org.exportpulse.cli.command.CheckCommand;
import org.exportpulse.cli.command.ExportCommand;
import org.exportpulse.cli.command.FiguresCommand;
import org.exportpulse.cli.command.ForecastCommand;
import org.exportpulse.cli.command.HistoryCommand;
import org.exportpulse.cli.command.IngestCommand;
import org.exportpulse.cli.command.OutlookCommand;
import org.exportpulse.cli.command.PeersCommand;
import org.exportpulse.cli.command.RankingCommand;
import org.exportpulse.cli.command.ReconcileCommand;
import org.exportpulse.cli.command.ReleasesCommand;
import org.exportpulse.cli.command.SeriesCommand;
import org.exportpulse.cli.command.ServeCommand;
import org.exportpulse.cli.command.ShowCommand;
import org.exportpulse.cli.command.UpdateCommand;
import org.exportpulse.core.engine.Engines;
import org.exportpulse.engines.StandardEngines;
import org.exportpulse.store.SeriesStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code pulse} command: figures, series and values from the store under {@code $PULSE_HOME}
 * (default {@code ~/.exportpulse}), which is created with the bundled data on first use.
 */
@Command(
        name = "pulse",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        version = "ExportPulse 0.1.0",
        description = "Official statistics on IT & telecom services exports, traceable to their sources.",
        footer = {
            "",
            "Exit codes: 0 ok, 1 unexpected failure, 2 bad input or usage, 3 unknown series, period or file,"
                    + " 4 a publisher's service failed (pulse update; nothing stored)."
        })
public final class Pulse implements Runnable {

    /**
     * The subcommands, in the order help lists them. They are added to the command line when it is
     * built: only the one a command line names (picocli reads every added command's annotations
     * by reflection, a third of a second for all of them), or all for help and usage errors.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            FiguresCommand.class,
            SeriesCommand.class,
            ShowCommand.class,
            HistoryCommand.class,
            IngestCommand.class,
            UpdateCommand.class,
            ReconcileCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            CheckCommand.class,
            BriefCommand.class,
            AdjustCommand.class,
            ForecastCommand.class,
            OutlookCommand.class,
            PeersCommand.class,
            ReleasesCommand.class,
            RankingCommand.class,
            BacktestCommand.class,
            CommandLine.HelpCommand.class);

    /** The subcommands a command line needs: the one its first word names, else all of them. */
    static List<Class<?>> subcommandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                if (c != CommandLine.HelpCommand.class
                        && c.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(c);
                }
            }
        }
        return SUBCOMMANDS;
    }

    @Option(
            names = "--debug",
            description = "Print stack traces of unexpected failures.",
            scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "Shared database, e.g. jdbc:postgresql://host:5432/pulse?user=pulse (default: $PULSE_DB, else"
                    + " the embedded store under $PULSE_HOME).",
            scope = CommandLine.ScopeType.INHERIT)
    String db;

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private SeriesStore store;
    private BriefPresets presets;

    Pulse(Map<String, String> environment, PrintWriter out, PrintWriter err, Clock clock) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(System.getenv(), out, err, Clock.systemUTC(), args));
    }

    /**
     * Runs one command line.
     *
     * @return the exit code ({@link ExitCodes})
     */
    public static int run(
            Map<String, String> environment, PrintWriter out, PrintWriter err, Clock clock, String... args) {
        Pulse pulse = new Pulse(environment, out, err, clock);
        try {
            CommandLine cmd = new CommandLine(pulse);
            subcommandsFor(args).forEach(cmd::addSubcommand);
            cmd.setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err);
            boolean debug = Arrays.asList(args).contains("--debug");
            ErrorHandler handler = new ErrorHandler(err, debug);
            cmd.setExecutionExceptionHandler(handler).setParameterExceptionHandler(handler);
            return cmd.execute(args);
        } finally {
            pulse.closeStore();
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        CommandLine all = new CommandLine(this);
        SUBCOMMANDS.forEach(all::addSubcommand);
        all.usage(out);
    }

    /** The store, opened (and loaded with the bundled data when empty) on first call. */
    public SeriesStore store() {
        if (store == null) {
            store = StoreHome.open(environment, db, err, clock);
        }
        return store;
    }

    /** The forecasting, outlook and seasonal-adjustment engines every command computes with. */
    public Engines engines() {
        return StandardEngines.get();
    }

    /** The briefs' presets shipped with the bundled data; the flagship's categories and peers are the defaults of ranking and peers. */
    public BriefPresets presets() {
        if (presets == null) {
            presets = BriefPresets.of(BundledData.briefPresets());
        }
        return presets;
    }

    /** The process environment (PULSE_HOME, PULSE_DB, PULSE_TOKEN…). */
    public Map<String, String> environment() {
        return environment;
    }

    /** The clock that dates ingests. */
    public Clock clock() {
        return clock;
    }

    /** Where notices and progress go (stderr). */
    public PrintWriter err() {
        return err;
    }

    /** Where results go (stdout). */
    public PrintWriter out() {
        return out;
    }

    private void closeStore() {
        if (store != null) {
            store.close();
        }
    }
}
