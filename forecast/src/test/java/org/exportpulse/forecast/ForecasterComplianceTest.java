package org.exportpulse.forecast;

import java.util.List;
import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.core.testkit.ForecasterContract;
import org.junit.jupiter.api.Nested;

/** Core's {@link ForecasterContract} for every method of this module. */
class ForecasterComplianceTest {

    @Nested
    class EtsCompliance extends ForecasterContract {
        @Override
        protected Forecaster forecaster() {
            return new Ets();
        }
    }

    @Nested
    class ThetaCompliance extends ForecasterContract {
        @Override
        protected Forecaster forecaster() {
            return new Theta();
        }
    }

    @Nested
    class SeasonalNaiveCompliance extends ForecasterContract {
        @Override
        protected Forecaster forecaster() {
            return new SeasonalNaive();
        }
    }

    @Nested
    class NaiveCompliance extends ForecasterContract {
        @Override
        protected Forecaster forecaster() {
            return new Naive();
        }
    }

    @Nested
    class CombinationCompliance extends ForecasterContract {
        @Override
        protected Forecaster forecaster() {
            return new Combination("comb", List.of(new Ets(), new Theta(), new SeasonalNaive()));
        }
    }
}
