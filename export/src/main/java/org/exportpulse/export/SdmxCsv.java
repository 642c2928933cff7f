package org.exportpulse.export;

import java.math.BigDecimal;
import java.util.List;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.CalendarQuarter;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.core.time.Period;
import org.exportpulse.core.transform.Aggregation;

/**
 * Values as SDMX-CSV 2.0 rows of the dataflow {@value #DATAFLOW}: the columns {@code STRUCTURE},
 * {@code STRUCTURE_ID} and {@code ACTION} ({@code I}, information), the dimensions {@code SERIES}
 * and {@code TIME_PERIOD}, the measure {@code OBS_VALUE}, then the attributes {@code UNIT_MEASURE},
 * {@code TRANSFORM}, {@code OBS_STATUS} (ExportPulse's status codes), {@code VINTAGE} and {@code
 * PUBLIC_BY}. Time periods are SDMX's: {@code 2025-11}, {@code 2025-Q2}, {@code 2025}, and a fiscal
 * year or other span as a time range {@code 2024-07-01/P12M}.
 */
public final class SdmxCsv {

    /** The dataflow every row belongs to. */
    public static final String DATAFLOW = "EXPORTPULSE:OBSERVATIONS(1.0.0)";

    private static final List<String> COLUMNS = List.of(
            "STRUCTURE",
            "STRUCTURE_ID",
            "ACTION",
            "SERIES",
            "TIME_PERIOD",
            "OBS_VALUE",
            "UNIT_MEASURE",
            "TRANSFORM",
            "OBS_STATUS",
            "VINTAGE",
            "PUBLIC_BY");

    private SdmxCsv() {}

    /** Stored (or derived) observations of one series. */
    public static DataTable observations(String seriesId, String unit, List<Observation> observations) {
        DataTable.Builder table = DataTable.with(COLUMNS.toArray(String[]::new));
        for (Observation o : observations) {
            table.row(
                    "dataflow",
                    DATAFLOW,
                    "I",
                    seriesId,
                    timePeriod(o.period()),
                    o.value(),
                    unit,
                    "lin",
                    o.status().code(),
                    o.vintage(),
                    o.publicBy() == null ? null : o.publicBy().toString());
        }
        return table.build();
    }

    /** Computed values of one series ({@code what}: the transform or aggregation). */
    public static DataTable computed(String seriesId, String what, String unit, List<Aggregation.Value> values) {
        DataTable.Builder table = DataTable.with(COLUMNS.toArray(String[]::new));
        for (Aggregation.Value v : values) {
            BigDecimal value = Double.isNaN(v.value()) ? null : ComputedJson.rounded(v.value());
            table.row("dataflow", DATAFLOW, "I", seriesId, timePeriod(v.period()), value, unit, what, null, null, null);
        }
        return table.build();
    }

    /** SDMX's time period for {@code period}. */
    public static String timePeriod(Period period) {
        if (period instanceof CalendarMonth || period instanceof CalendarQuarter || period instanceof CalendarYear) {
            return period.code();
        }
        return period.first().atDay(1) + "/P" + period.monthCount() + "M";
    }
}
