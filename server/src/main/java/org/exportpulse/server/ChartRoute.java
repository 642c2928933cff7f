package org.exportpulse.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exportpulse.brief.ChartImage;
import org.exportpulse.brief.SeriesChart;
import org.exportpulse.core.series.NotFoundException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.ObservationStatus;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.transform.Aggregation;
import org.exportpulse.core.transform.SeriesTransforms;
import org.exportpulse.core.transform.Transform;
import org.exportpulse.export.TransformWords;
import org.exportpulse.store.SeriesStore;

/**
 * The dashboard's main chart as a file to embed: {@code GET /chart/{id}.svg} or {@code .png} with
 * the page's {@code transform}, {@code from}, {@code to} and {@code as_of}. The same chart as the
 * page — title, transform, units, aligned change panel under levels, marked months — with its
 * source line drawn in, so it keeps its source wherever it is pasted.
 */
final class ChartRoute {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;

    private final SeriesStore store;
    private final StoreReads reads;

    ChartRoute(SeriesStore store, StoreReads reads) {
        this.store = store;
        this.reads = reads;
    }

    void chart(Context ctx) {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!format.equals("svg") && !format.equals("png")) {
            throw new IllegalArgumentException(
                    "chart " + file + " is not a chart file (expected SERIES.svg or SERIES.png)");
        }
        String id = file.substring(0, dot);
        Series series = store.series(id).orElseThrow(() -> NotFoundException.series(id));
        String transform = ctx.queryParam("transform") == null ? "lin" : ctx.queryParam("transform");
        DashboardCharts.View view = new DashboardCharts.View(transform, month(ctx, "from"), month(ctx, "to"));
        ObservationSource source = reads.of(ctx, Dates.parse("as_of", ctx.queryParam("as_of")));
        ChartImage chart = image(series, view, source);
        if (format.equals("svg")) {
            EntityTags.send(ctx, "image/svg+xml; charset=utf-8", chart.svg().getBytes(StandardCharsets.UTF_8));
        } else {
            EntityTags.send(ctx, "image/png", chart.png());
        }
    }

    private ChartImage image(Series series, DashboardCharts.View view, ObservationSource source) {
        Transform t = Transform.parse(view.transform());
        SeriesTransforms transforms = SeriesTransforms.of(source);
        Map<String, SeriesChart.Mark> marks = new HashMap<>();
        if (t.code() == Transform.Code.LIN) {
            for (Observation o : source.currentObservations(series.id())) {
                marks.put(o.period().code(), mark(o.status()));
            }
        }
        String unit = series.unit().toString();
        SeriesChart.Panel main = new SeriesChart.Panel(
                TransformWords.axis(t, unit), points(transforms.transform(series.id(), t), marks, view));
        SeriesChart.Panel bars = t.code() != Transform.Code.LIN
                ? null
                : new SeriesChart.Panel(
                        TransformWords.axis(Transform.parse("pc1"), unit),
                        points(transforms.transform(series.id(), Transform.parse("pc1")), Map.of(), view));
        return SeriesChart.of(
                series.id(),
                series.title(),
                TransformWords.name(t.code()),
                main,
                bars,
                DashboardCharts.source(series, store.facts().get(series.id())),
                WIDTH,
                HEIGHT);
    }

    private static List<SeriesChart.Point> points(
            List<Aggregation.Value> values, Map<String, SeriesChart.Mark> marks, DashboardCharts.View view) {
        List<SeriesChart.Point> out = new ArrayList<>();
        for (Aggregation.Value v : values) {
            YearMonth m = ((CalendarMonth) v.period()).month();
            if ((view.from() != null && m.isBefore(view.from())) || (view.to() != null && m.isAfter(view.to()))) {
                continue;
            }
            out.add(new SeriesChart.Point(
                    m,
                    Double.isNaN(v.value()) ? null : v.value(),
                    marks.getOrDefault(v.period().code(), SeriesChart.Mark.NONE)));
        }
        return out;
    }

    private static SeriesChart.Mark mark(ObservationStatus status) {
        return switch (status) {
            case DERIVED -> SeriesChart.Mark.DERIVED;
            case REVISED -> SeriesChart.Mark.REVISED;
            default -> SeriesChart.Mark.NONE;
        };
    }

    private static YearMonth month(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? null : ApiRoutes.month(text);
    }
}
