package org.exportpulse.core.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exportpulse.core.series.Denominator;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.Series;
import org.exportpulse.core.time.CalendarMonth;

/** Shares of a month's value in each denominator listed for its series. */
final class ShareCalculator {

    private final ObservationSource source;
    private final Series numerator;
    private final Trace trace;

    ShareCalculator(ObservationSource source, Series numerator, Trace trace) {
        this.source = source;
        this.numerator = numerator;
        this.trace = trace;
    }

    List<ShareFigure> shares(YearMonth month, Optional<Observation> value) {
        List<ShareFigure> shares = new ArrayList<>();
        for (Denominator d : numerator.shareOf()) {
            shares.add(share(d, month, value));
        }
        return shares;
    }

    private ShareFigure share(Denominator denominator, YearMonth month, Optional<Observation> value) {
        List<String> missing = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        if (value.isEmpty()) {
            missing.add(numerator.id() + " " + month);
        }
        for (String partId : denominator.seriesIds()) {
            Optional<Series> part = source.series(partId);
            titles.add(part.map(Series::title).orElse(partId + " (unknown series)"));
            Optional<BigDecimal> partValue = part.flatMap(p -> valueOf(p, month));
            if (partValue.isEmpty()) {
                missing.add(partId + " " + month);
            } else {
                total = total.add(partValue.get());
            }
        }
        trace.lackedAll(missing);
        String basis = String.join(" + ", titles);
        if (!missing.isEmpty()) {
            return new ShareFigure(denominator.code(), basis, null, null, missing);
        }
        return new ShareFigure(
                denominator.code(), basis, total, Percent.of(value.get().value(), total), List.of());
    }

    /** The part's value for the month in the numerator's unit; empty when absent or unconvertible. */
    private Optional<BigDecimal> valueOf(Series part, YearMonth month) {
        if (!part.unit().convertibleTo(numerator.unit())) {
            return Optional.empty();
        }
        CalendarMonth period = CalendarMonth.of(month);
        for (Observation o : source.currentObservations(part.id())) {
            if (o.period().equals(period)) {
                trace.used(part.id(), o);
                return Optional.of(part.unit().convert(o.value(), numerator.unit()));
            }
        }
        return Optional.empty();
    }
}
