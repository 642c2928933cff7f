package org.exportpulse.jdemetra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.exportpulse.core.adjust.AdjustmentSpec;
import org.exportpulse.core.adjust.Decomposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the presets of the reference (X-13 {@code RSA5}, TRAMO-SEATS {@code RSAfull}) the adjuster
 * reproduces JDemetra+ 3.5.0's outputs for the six classic series within 1e-6 (relative to values
 * over 1), and its diagnostics.
 */
class ReferenceTest {

    private static final double TOLERANCE = 1e-6;
    private final JdemetraAdjuster adjuster = new JdemetraAdjuster();

    @ParameterizedTest
    @ValueSource(strings = {"AirPassengers", "UKDriverDeaths", "USAccDeaths", "co2", "ldeaths", "nottem"})
    void x13_rsa5_and_tramo_seats_rsafull_match_the_reference(String name) throws IOException {
        List<String[]> input = csv("/classic/" + name + ".csv");
        List<String[]> reference = csv("/sa-reference/jdplus_" + name + ".csv");
        YearMonth first = YearMonth.parse(input.get(0)[0]);
        double[] values =
                input.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();

        Decomposition x13 = adjuster.adjust(first, values, new AdjustmentSpec(AdjustmentSpec.Method.X13, "RSA5"));
        assertClose(name + " d10", x13.seasonalFactors(), reference, 2);
        assertClose(name + " d11", x13.seasonallyAdjusted(), reference, 3);
        assertClose(name + " d12", x13.trend(), reference, 4);
        assertClose(name + " d13", x13.irregular(), reference, 5);

        Decomposition ts =
                adjuster.adjust(first, values, new AdjustmentSpec(AdjustmentSpec.Method.TRAMO_SEATS, "RSAfull"));
        assertClose(name + " sa", ts.seasonallyAdjusted(), reference, 6);
        assertClose(name + " s", ts.seasonal(), reference, 7);
        assertClose(name + " t", ts.trend(), reference, 8);
        assertClose(name + " i", ts.irregular(), reference, 9);

        String[] diagnostics = csv("/sa-reference/jdplus_classic_diagnostics.csv").stream()
                .filter(r -> r[0].equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(x13.model()).isEqualTo(diagnostics[3]);
        assertThat(x13.multiplicative()).isEqualTo(Boolean.parseBoolean(diagnostics[4]));
        assertThat(x13.statistics().get("Q")).isCloseTo(Double.parseDouble(diagnostics[5]), within(5e-4));
        assertThat(x13.statistics().get("Q2")).isCloseTo(Double.parseDouble(diagnostics[6]), within(5e-4));
        assertThat(x13.statistics().get("M7")).isCloseTo(Double.parseDouble(diagnostics[7]), within(5e-4));
        assertThat(ts.model()).isEqualTo(diagnostics[9]);
        assertThat(ts.multiplicative()).isEqualTo(Boolean.parseBoolean(diagnostics[10]));
    }

    private static void assertClose(String what, double[] ours, List<String[]> reference, int column) {
        assertThat(ours).as(what + " length").hasSize(reference.size());
        for (int i = 0; i < ours.length; i++) {
            double expected = Double.parseDouble(reference.get(i)[column]);
            assertThat(Math.abs(ours[i] - expected) / Math.max(1, Math.abs(expected)))
                    .as(what + " at " + reference.get(i)[0])
                    .isLessThanOrEqualTo(TOLERANCE);
        }
    }

    private static List<String[]> csv(String resource) throws IOException {
        try (InputStream in = ReferenceTest.class.getResourceAsStream(resource)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split(","))
                    .toList();
        }
    }
}
