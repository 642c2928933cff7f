package org.exportpulse.engines;

import static org.assertj.core.api.Assertions.assertThat;

import org.exportpulse.core.engine.Engines;
import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.core.testkit.ForecasterContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The engines every command and the server use, wired once; the combinations run core's contract too. */
class StandardEnginesTest {

    @Test
    void every_method_is_there_with_the_combination_as_default() {
        Engines engines = StandardEngines.get();
        assertThat(engines.forecasters().all())
                .extracting(Forecaster::name)
                .containsExactly("comb", "ets", "arima", "theta", "snaive", "naive");
        assertThat(engines.forecasters().byName("auto"))
                .isSameAs(engines.forecasters().defaultMethod());
        assertThat(engines.adjuster()).isPresent();
        assertThat(engines.simulator()).isNotNull();
        assertThat(StandardEngines.get()).as("wired once").isSameAs(engines);
    }

    @Nested
    class AutoCompliance extends ForecasterContract {
        @Override
        protected Forecaster forecaster() {
            return StandardEngines.get().forecasters().byName("auto");
        }
    }

    @Nested
    class CombCompliance extends ForecasterContract {
        @Override
        protected Forecaster forecaster() {
            return StandardEngines.get().forecasters().byName("comb");
        }
    }
}
