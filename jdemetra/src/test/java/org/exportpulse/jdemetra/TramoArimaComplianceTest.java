package org.exportpulse.jdemetra;

import org.exportpulse.core.forecast.Forecaster;
import org.exportpulse.core.testkit.ForecasterContract;

/** Core's {@link ForecasterContract} for TRAMO's seasonal ARIMA. */
class TramoArimaComplianceTest extends ForecasterContract {

    @Override
    protected Forecaster forecaster() {
        return new TramoArima();
    }
}
