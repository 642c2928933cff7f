package org.exportpulse.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportpulse.core.forecast.Forecast;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Anchors our ETS to R's {@code forecast::ets} (forecast 8.20) on AirPassengers: the values in {@code
 * ets-airpassengers.txt} were printed by {@code bench/r-reference/ets-airpassengers.R}. Tolerances:
 * AICc and log-likelihood within 1e-4, smoothing parameters within 1e-6 (relative), initial states
 * and forecasts within 1e-5 relative — R prints ten significant digits, and both implementations run
 * the same optimiser from the same start.
 */
class EtsAnchorTest {

    static double[] air;
    static Map<String, String> r;
    static List<String[]> fits;

    @BeforeAll
    static void load() throws IOException {
        if (air != null) {
            return;
        }
        air = resource("AirPassengers.csv")
                .lines()
                .skip(1)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[1]))
                .toArray();
        r = new LinkedHashMap<>();
        fits = new ArrayList<>();
        for (String line : resource("ets-airpassengers.txt").split("\n")) {
            String[] kv = line.strip().split("\\s+");
            if (kv[0].equals("fit")) {
                fits.add(kv);
            } else if (kv[0].equals("fc")) {
                r.put(kv[1] + "." + kv[2], String.join(" ", Arrays.copyOfRange(kv, 3, kv.length)));
            } else {
                r.put(kv[0], line.strip().substring(kv[0].length()).strip());
            }
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = EtsAnchorTest.class.getResourceAsStream("/forecast/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static double rValue(String key) {
        return Double.parseDouble(r.get(key));
    }

    @Test
    void chooses_the_model_r_chooses_with_its_aicc_and_parameters() {
        EtsFit fit = new Ets().fit(air, 12);

        assertThat(fit.model().label()).isEqualTo(r.get("model"));
        assertThat(fit.aicc()).isCloseTo(rValue("aicc"), within(1e-4));
        assertThat(fit.logLikelihood()).isCloseTo(rValue("loglik"), within(1e-4));
        assertThat(fit.alpha()).isCloseTo(rValue("alpha"), within(1e-6));
        assertThat(fit.beta()).isCloseTo(rValue("beta"), within(1e-6));
        assertThat(fit.gamma()).isCloseTo(rValue("gamma"), within(1e-6));
        assertThat(fit.phi()).isCloseTo(rValue("phi"), within(1e-6));
        assertThat(fit.sigma2()).isCloseTo(rValue("sigma2"), within(1e-8));
        assertThat(fit.parameterCount()).isEqualTo(18);
    }

    @Test
    void starts_from_the_initial_states_r_estimates() {
        EtsFit fit = new Ets().fit(air, 12);
        double[] state = fit.initialState();

        assertThat(state[0]).isCloseTo(rValue("l"), within(1e-5 * rValue("l")));
        assertThat(state[1]).isCloseTo(rValue("b"), within(1e-5));
        for (int i = 0; i <= 10; i++) {
            assertThat(state[2 + i]).as("s" + i).isCloseTo(rValue("s" + i), within(1e-5));
        }
        double seasonalSum = 0;
        for (int i = 2; i < state.length; i++) {
            seasonalSum += state[i];
        }
        assertThat(seasonalSum)
                .as("multiplicative seasonal states sum to the period")
                .isCloseTo(12, within(1e-9));
    }

    static double[] rValues(String key) {
        return Arrays.stream(r.get(key).split("\\s+"))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"AAdA", "MAdA", "MAM"})
    void forecasts_and_intervals_equal_r_for_each_class_of_model(String model) {
        Forecast f = new Ets(EtsModel.parse(model)).forecast(air, 12, 24, List.of(80, 95));

        assertClose(model + " mean", f.mean(), rValues(model + ".mean"));
        assertClose(model + " lower 80", f.intervals().get(0).lower(), rValues(model + ".lower80"));
        assertClose(model + " upper 80", f.intervals().get(0).upper(), rValues(model + ".upper80"));
        assertClose(model + " lower 95", f.intervals().get(1).lower(), rValues(model + ".lower95"));
        assertClose(model + " upper 95", f.intervals().get(1).upper(), rValues(model + ".upper95"));
    }

    private static void assertClose(String what, double[] ours, double[] expected) {
        assertThat(ours).hasSameSizeAs(expected);
        for (int h = 0; h < expected.length; h++) {
            assertThat(ours[h]).as(what + " h=" + (h + 1)).isCloseTo(expected[h], within(1e-5 * Math.abs(expected[h])));
        }
    }

    @Test
    void each_of_the_fifteen_models_has_r_aicc_and_log_likelihood() {
        assertThat(fits).hasSize(15);
        for (String[] f : fits) {
            EtsFit fit = new Ets(EtsModel.parse(f[1])).fit(air, 12);
            assertThat(fit.aicc()).as(f[1] + " AICc").isCloseTo(Double.parseDouble(f[2]), within(1e-4));
            assertThat(fit.logLikelihood())
                    .as(f[1] + " log-likelihood")
                    .isCloseTo(Double.parseDouble(f[3]), within(1e-4));
        }
    }
}
