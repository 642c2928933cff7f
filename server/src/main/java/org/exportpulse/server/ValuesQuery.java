package org.exportpulse.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.transform.Aggregation;
import org.exportpulse.core.transform.SeriesTransforms;
import org.exportpulse.core.transform.Transform;

/**
 * What a request for values asks, under ExportPulse's parameter names or the aliases FRED and ALFRED
 * users know: {@code from}/{@code observation_start}, {@code to}/{@code observation_end},
 * {@code transform}/{@code units}, {@code aggregate}/{@code frequency} with {@code
 * aggregation_method}, {@code as_of}/{@code realtime_start}+{@code realtime_end}, {@code
 * sort_order}, {@code limit}, {@code offset}, {@code output_type}. A parameter given under both
 * names with different values, or a combination that has no meaning, is refused rather than one of
 * them silently winning.
 *
 * @param from first period wanted (a period code, an ISO date taken as its month), or {@code null}
 * @param to last period wanted, or {@code null}
 * @param transform {@code null} for the values as stored; {@code lin} gives every month from the
 *     first to the last, a missing one as {@code null}, as the other transforms do
 * @param frequency {@code null} for the series' own frequency
 * @param method {@code null} for the default of the series' kind
 * @param realTime the vintages asked for
 * @param descending {@code sort_order=desc}
 * @param limit at most this many rows, or {@code null} for all
 * @param offset rows skipped first (after sorting)
 * @param output ALFRED's {@code output_type}
 */
record ValuesQuery(
        String from,
        String to,
        Transform transform,
        Aggregation.Target frequency,
        Aggregation.Method method,
        RealTime realTime,
        boolean descending,
        Integer limit,
        int offset,
        OutputType output) {

    /** The most rows one answer holds. */
    static final int MAX_LIMIT = 100_000;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** ALFRED's {@code output_type}s that ExportPulse answers. */
    enum OutputType {
        /** 1: observations by real-time period (one row per value and the window it was valid in). */
        BY_REAL_TIME_PERIOD,
        /** 2: by vintage date, all observations (one column per release date). */
        BY_VINTAGE_DATE,
        /** 4: initial release only. */
        INITIAL_RELEASE
    }

    /**
     * Which vintages: the current values ({@code start} and {@code end} null), the values as known on
     * one day ({@code start} equal to {@code end}), or every vintage valid at some time in a window.
     */
    record RealTime(LocalDate start, LocalDate end) {
        static final RealTime CURRENT = new RealTime(null, null);

        boolean current() {
            return start == null;
        }

        boolean window() {
            return start != null && !start.equals(end);
        }
    }

    /** The values this query reads: the store's current ones or those as of its day, derived months added. */
    ObservationSource source(StoreReads reads, Context ctx) {
        return reads.of(ctx, realTime.current() ? null : realTime.start());
    }

    /** The transform asked for, or else the aggregation, of series {@code id} over {@code source}. */
    SeriesTransforms.Computation computation(ObservationSource source, String id) {
        SeriesTransforms transforms = SeriesTransforms.of(source);
        return transform != null ? transforms.transformed(id, transform) : transforms.aggregated(id, frequency, method);
    }

    /** Reads the query of {@code ctx}; {@code today} is ALFRED's default end of a real-time period. */
    static ValuesQuery of(Context ctx, LocalDate today) {
        Aggregation.Target frequency = frequency(either(ctx, "aggregate", "frequency"));
        Transform transform = transform(either(ctx, "transform", "units"));
        if (transform != null && transform.code() == Transform.Code.LIN && frequency != null) {
            transform = null; // FRED's units=lin&frequency=q: levels, aggregated
        }
        Aggregation.Method method = method(ctx.queryParam("aggregation_method"));
        if (method != null && frequency == null) {
            throw new IllegalArgumentException(
                    "aggregation_method needs frequency (expected e.g. frequency=q&aggregation_method=avg)");
        }
        if (transform != null && frequency != null) {
            throw new IllegalArgumentException("a transform (units) and an aggregation (frequency) cannot be combined"
                    + " in one request (expected one of them)");
        }
        RealTime realTime = realTime(ctx, today);
        OutputType output = output(ctx.queryParam("output_type"));
        if ((realTime.window() || output != OutputType.BY_REAL_TIME_PERIOD)
                && (transform != null || frequency != null)) {
            throw new IllegalArgumentException("transforms and aggregation apply to one vintage (expected as_of or"
                    + " realtime_start equal to realtime_end, and no output_type)");
        }
        return new ValuesQuery(
                periodText(ctx, "from", "observation_start"),
                periodText(ctx, "to", "observation_end"),
                transform,
                frequency,
                method,
                realTime,
                descending(ctx.queryParam("sort_order")),
                limit(ctx.queryParam("limit")),
                offset(ctx.queryParam("offset")),
                output);
    }

    /** Only the paging of {@code ctx} ({@code limit}, {@code offset}), for answers that are not values. */
    static ValuesQuery paging(Context ctx) {
        return new ValuesQuery(
                null,
                null,
                null,
                null,
                null,
                RealTime.CURRENT,
                false,
                limit(ctx.queryParam("limit")),
                offset(ctx.queryParam("offset")),
                OutputType.BY_REAL_TIME_PERIOD);
    }

    /** The value of {@code name} or of its {@code alias}; both given with different values is an error. */
    static String either(Context ctx, String name, String alias) {
        String a = blankToNull(ctx.queryParam(name));
        String b = blankToNull(ctx.queryParam(alias));
        if (a != null && b != null && !a.equals(b)) {
            throw new IllegalArgumentException(name + " and " + alias + " are two names of one parameter and were"
                    + " given different values (" + a + ", " + b + "; expected one of them)");
        }
        return a != null ? a : b;
    }

    private static Transform transform(String text) {
        if (text == null) {
            return null;
        }
        return Transform.parse(text);
    }

    private static Aggregation.Target frequency(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "m", "month", "monthly" -> null;
            case "q", "quarter", "quarterly" -> Aggregation.Target.QUARTER;
            case "a", "year", "annual" -> Aggregation.Target.YEAR;
            case "fy", "fiscal_year" -> Aggregation.Target.FISCAL_YEAR;
            default ->
                throw new IllegalArgumentException("frequency " + text + " is not one ExportPulse aggregates to"
                        + " (expected m, q, a or fy; or month, quarter, year, fiscal_year)");
        };
    }

    private static Aggregation.Method method(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        for (Aggregation.Method m : Aggregation.Method.values()) {
            if (m.code().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("aggregation_method " + text + " is not one (expected avg, sum or eop)");
    }

    private static RealTime realTime(Context ctx, LocalDate today) {
        LocalDate asOf = Dates.parse("as_of", ctx.queryParam("as_of"));
        LocalDate start = Dates.parse("realtime_start", ctx.queryParam("realtime_start"));
        LocalDate end = Dates.parse("realtime_end", ctx.queryParam("realtime_end"));
        if (asOf != null) {
            if (start != null || end != null) {
                throw new IllegalArgumentException("as_of and realtime_start/realtime_end both ask for vintages"
                        + " (expected as_of, or realtime_start and realtime_end)");
            }
            return new RealTime(asOf, asOf);
        }
        if (start == null && end == null) {
            return RealTime.CURRENT;
        }
        LocalDate s = start == null ? today : start;
        LocalDate e = end == null ? today : end;
        if (e.isBefore(s)) {
            throw new IllegalArgumentException("realtime_end " + e + " is before realtime_start " + s
                    + " (expected realtime_start <= realtime_end; each defaults to today, " + today + ")");
        }
        return new RealTime(s, e);
    }

    private static OutputType output(String text) {
        if (blankToNull(text) == null) {
            return OutputType.BY_REAL_TIME_PERIOD;
        }
        return switch (text.strip()) {
            case "1" -> OutputType.BY_REAL_TIME_PERIOD;
            case "2" -> OutputType.BY_VINTAGE_DATE;
            case "4" -> OutputType.INITIAL_RELEASE;
            default ->
                throw new IllegalArgumentException(
                        "output_type " + text + " is not one ExportPulse answers (expected 1, 2 or 4, as ALFRED)");
        };
    }

    private static String periodText(Context ctx, String name, String alias) {
        String text = either(ctx, name, alias);
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (ISO_DATE.matcher(t).matches()) {
            Dates.parse(blankToNull(ctx.queryParam(name)) != null ? name : alias, t);
            return t.substring(0, 7);
        }
        return t;
    }

    private static boolean descending(String text) {
        if (blankToNull(text) == null) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new IllegalArgumentException("sort_order " + text + " is not one (expected asc or desc)");
        };
    }

    private static Integer limit(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        int n = whole("limit", text);
        if (n < 1 || n > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + text + " is out of range (expected 1 to " + MAX_LIMIT + ")");
        }
        return n;
    }

    private static int offset(String text) {
        if (blankToNull(text) == null) {
            return 0;
        }
        int n = whole("offset", text);
        if (n < 0) {
            throw new IllegalArgumentException("offset " + text + " is negative (expected 0 or more)");
        }
        return n;
    }

    private static int whole(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " " + text + " is not a whole number", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
