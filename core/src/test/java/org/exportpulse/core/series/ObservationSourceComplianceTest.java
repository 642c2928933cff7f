package org.exportpulse.core.series;

import java.util.List;
import java.util.Map;
import org.exportpulse.core.derive.DerivedMonthsSource;
import org.exportpulse.core.testkit.InMemorySource;
import org.exportpulse.core.testkit.ObservationSourceContract;
import org.junit.jupiter.api.Nested;

/** {@link ObservationSourceContract} for the sources of core: the in-memory test source and derived months over it. */
class ObservationSourceComplianceTest {

    static InMemorySource inMemory(List<Series> series, Map<String, List<Observation>> observations) {
        InMemorySource source = new InMemorySource();
        series.forEach(source::add);
        observations.forEach((id, values) -> values.forEach(o -> source.add(id, o)));
        return source;
    }

    @Nested
    class InMemory extends ObservationSourceContract {
        @Override
        protected ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations) {
            return inMemory(series, observations);
        }
    }

    @Nested
    class DerivedMonths extends ObservationSourceContract {
        @Override
        protected ObservationSource sourceWith(List<Series> series, Map<String, List<Observation>> observations) {
            return DerivedMonthsSource.over(inMemory(series, observations));
        }
    }
}
