package org.exportpulse.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.exportpulse.brief.compose.BriefPresets;
import org.exportpulse.brief.compose.BriefSpec;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.core.adjust.AdjustmentKernel;
import org.exportpulse.core.adjust.AdjustmentSpec;
import org.exportpulse.core.engine.Engines;
import org.exportpulse.core.figures.HeadlineFiguresKernel;
import org.exportpulse.core.forecast.SeriesForecast;
import org.exportpulse.core.outlook.OutlookKernel;
import org.exportpulse.core.outlook.OutlookSpec;
import org.exportpulse.core.peers.PeersKernel;
import org.exportpulse.core.peers.PeersSpec;
import org.exportpulse.core.ranking.RankingKernel;
import org.exportpulse.core.ranking.RankingSpec;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.export.AdjustmentJson;
import org.exportpulse.export.ForecastJson;
import org.exportpulse.export.JsonTables;
import org.exportpulse.export.ModelTables;
import org.exportpulse.export.OutlookJson;
import org.exportpulse.export.PeersJson;
import org.exportpulse.export.RankingJson;
import org.exportpulse.store.SeriesStore;

/**
 * Models of a series over HTTP: {@code GET /api/series/{id}/adjusted?method=&spec=} (the JSON of
 * {@code pulse adjust}) and {@code GET /api/series/{id}/forecast?horizon=&method=&level=} (the JSON
 * of {@code pulse forecast}) and {@code GET /api/series/{id}/outlook?fiscal_year=&target=} (the JSON
 * of {@code pulse outlook}; the fiscal year defaults to the one of the series' latest month), and the
 * comparisons {@code GET /api/ranking?fiscal_year=&window=} and {@code GET /api/peers?year=&countries=}
 * (the JSON of {@code pulse ranking} and {@code pulse peers}, for Pakistan's ICT exports).
 */
final class ModelRoutes {

    private final SeriesStore store;
    private final StoreReads reads;
    private final Engines engines;

    private final BriefPresets presets;

    ModelRoutes(SeriesStore store, StoreReads reads, Engines engines, BriefPresets presets) {
        this.reads = reads;
        this.store = store;
        this.engines = engines;
        this.presets = presets;
    }

    Map<String, Handler> getRoutes() {
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put("/api/series/{id}/adjusted", this::adjusted);
        routes.put("/api/series/{id}/forecast", this::forecast);
        routes.put("/api/series/{id}/outlook", this::outlook);
        routes.put("/api/ranking", this::ranking);
        routes.put("/api/peers", this::peers);
        return routes;
    }

    void adjusted(Context ctx) {
        String method = ctx.queryParam("method");
        AdjustmentSpec.Method m = method == null ? AdjustmentSpec.Method.X13 : AdjustmentSpec.Method.parse(method);
        String preset = ctx.queryParam("spec");
        AdjustmentSpec spec = preset == null ? AdjustmentSpec.defaultFor(m) : new AdjustmentSpec(m, preset);
        String eid = ctx.queryParam("eid");
        if (eid != null && !eid.equals("true") && !eid.equals("false")) {
            throw new IllegalArgumentException("eid " + eid + " is not true or false");
        }
        if ("true".equals(eid)) {
            spec = spec.withHolidays(BundledData.eidHolidays());
        }
        var a = AdjustmentKernel.of(reads.current(ctx), engines.requireAdjuster())
                .compute(ctx.pathParam("id"), spec);
        Answers.jsonOrTable(
                ctx,
                () -> AdjustmentJson.of(a),
                () -> ModelTables.adjustment(a),
                a.series().id() + ".adjusted");
    }

    void forecast(Context ctx) {
        String method = ctx.queryParam("method");
        int horizon = integer(ctx.queryParam("horizon"), 12, "horizon");
        String level = ctx.queryParam("level");
        List<Integer> levels = level == null
                ? List.of(80, 95)
                : Arrays.stream(level.split(","))
                        .map(l -> integer(l.strip(), 0, "level"))
                        .toList();
        SeriesForecast f = SeriesForecast.of(
                reads.current(ctx),
                ctx.pathParam("id"),
                method == null
                        ? engines.forecasters().defaultMethod()
                        : engines.forecasters().byName(method),
                horizon,
                levels);
        Answers.jsonOrTable(
                ctx,
                () -> ForecastJson.of(f),
                () -> ModelTables.forecast(f),
                f.series().id() + ".forecast");
    }

    void outlook(Context ctx) {
        var source = reads.current(ctx);
        String id = ctx.pathParam("id");
        var series = source.series(id).orElseThrow(() -> NotFoundException.series(id));
        String year = ctx.queryParam("fiscal_year");
        FiscalYear fy = year == null
                ? series.calendar()
                        .fiscalYearOf(HeadlineFiguresKernel.of(source).latestMonth(id))
                : FiscalYear.parse(year, series.calendar());
        String target = ctx.queryParam("target");
        Double amount = null;
        if (target != null) {
            try {
                amount = Double.valueOf(target);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("target " + target + " is not a number", e);
            }
        }
        var o = OutlookKernel.of(source, engines.simulator())
                .compute(
                        amount == null
                                ? OutlookSpec.of(id, fy)
                                : OutlookSpec.of(id, fy).withTarget(amount));
        Answers.jsonOrTable(ctx, OutlookJson.of(o), JsonTables::fields, id + ".outlook");
    }

    void ranking(Context ctx) {
        BriefSpec spec = presets.flagship();
        var source = reads.current(ctx);
        String year = ctx.queryParam("fiscal_year");
        var fy = year == null
                ? null
                : FiscalYear.parse(
                        year, source.series(spec.seriesId()).orElseThrow().calendar());
        int window = integer(ctx.queryParam("window"), 3, "window");
        var r = RankingKernel.of(source, engines.forecasters().defaultMethod())
                .compute(new RankingSpec(spec.seriesId(), spec.categories(), Optional.ofNullable(fy), window));
        Answers.jsonOrTable(ctx, RankingJson.of(r), n -> JsonTables.rows(n.get("categories")), "ranking");
    }

    void peers(Context ctx) {
        BriefSpec spec = presets.flagship();
        String year = ctx.queryParam("year");
        String countries = ctx.queryParam("countries");
        List<String> codes = countries == null ? spec.peers() : Arrays.asList(countries.split(","));
        var c = PeersKernel.of(reads.current(ctx), store.allSeries())
                .compute(new PeersSpec(
                        codes,
                        spec.self(),
                        spec.peerSeriesPrefix(),
                        year == null ? OptionalInt.empty() : OptionalInt.of(integer(year, 0, "year"))));
        Answers.jsonOrTable(ctx, PeersJson.of(c), n -> JsonTables.rows(n.get("economies")), "peers");
    }

    private static int integer(String text, int fallback, String name) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " " + text + " is not a whole number", e);
        }
    }
}
