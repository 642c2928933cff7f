package org.exportpulse.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exportpulse.core.forecast.Forecast;
import org.exportpulse.core.forecast.SeriesForecast;

/** A {@link SeriesForecast} as the JSON of {@code pulse forecast --format json} and {@code GET /api/series/{id}/forecast}. */
public final class ForecastJson {

    private ForecastJson() {}

    public static ObjectNode of(SeriesForecast s) {
        Forecast f = s.forecast();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("series", s.series().id());
        root.put("method", f.method());
        root.put("model", f.model());
        root.putObject("span")
                .put("first", s.first().toString())
                .put("last", s.last().toString())
                .put("months", s.months());
        root.put("horizon", f.mean().length);
        ArrayNode levels = root.putArray("levels");
        f.intervals().forEach(i -> levels.add(i.level()));
        ArrayNode rows = root.putArray("forecasts");
        for (int h = 0; h < f.mean().length; h++) {
            ObjectNode row =
                    rows.addObject().put("period", s.period(h).toString()).put("mean", f.mean(h));
            for (Forecast.Interval i : f.intervals()) {
                row.put("lower" + i.level(), i.lower(h)).put("upper" + i.level(), i.upper(h));
            }
        }
        return root;
    }
}
