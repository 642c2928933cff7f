package org.exportpulse.core.adjust;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What seasonal adjustment to run: the method and a named preset of it (JDemetra+'s names).
 *
 * <p>X-13: {@code RSA0} … {@code RSA5}, {@code RSAX11}; TRAMO-SEATS: {@code RSA0} … {@code RSA5},
 * {@code RSAfull}. Presets 3 and below have no calendar effects; 4 and 5 (and {@code RSAfull})
 * add Western trading days and Easter, which do not fit series whose holidays follow the lunar
 * calendar, so the default is {@code RSA3}: log/level test, outliers, automatic ARIMA.
 *
 * <p>{@code holidays} adds one regressor per moving holiday (Eid al-Fitr, Eid al-Adha) to the
 * regression-ARIMA model: {@link MovingHoliday#monthlyRegressor}. Its effect goes into the calendar
 * component, which the seasonally adjusted series is free of.
 */
public record AdjustmentSpec(Method method, String preset, List<MovingHoliday> holidays) {

    /** The adjustment method. */
    public enum Method {
        X13,
        TRAMO_SEATS;

        public String code() {
            return this == X13 ? "x13" : "tramoseats";
        }

        /**
         * @throws IllegalArgumentException for other text than {@code x13} or {@code tramoseats}
         */
        public static Method parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            return switch (t) {
                case "x13" -> X13;
                case "tramoseats", "ts" -> TRAMO_SEATS;
                default ->
                    throw new IllegalArgumentException("method " + text + " is not known (expected x13 or tramoseats)");
            };
        }
    }

    static final List<String> X13_PRESETS = List.of("RSA0", "RSA1", "RSA2", "RSA3", "RSA4", "RSA5", "RSAX11");
    static final List<String> TRAMO_SEATS_PRESETS = List.of("RSA0", "RSA1", "RSA2", "RSA3", "RSA4", "RSA5", "RSAfull");

    /**
     * @throws IllegalArgumentException when the preset is not one of the method's
     */
    public AdjustmentSpec {
        Objects.requireNonNull(method, "method");
        List<String> known = presets(method);
        String wanted = preset == null ? "" : preset.strip();
        String match = known.stream()
                .filter(p -> p.equalsIgnoreCase(wanted))
                .findFirst()
                .orElse(null);
        if (match == null) {
            throw new IllegalArgumentException("spec " + preset + " is not a " + method.code()
                    + " preset (expected one of " + String.join(", ", known) + ")");
        }
        preset = match;
        holidays = List.copyOf(holidays);
    }

    /** A spec without holiday regressors. */
    public AdjustmentSpec(Method method, String preset) {
        this(method, preset, List.of());
    }

    /** The same spec with these moving-holiday regressors. */
    public AdjustmentSpec withHolidays(List<MovingHoliday> list) {
        return new AdjustmentSpec(method, preset, list);
    }

    /** The default: {@code RSA3}, no Western calendar effects (none of the bundled series follows a Western calendar). */
    public static AdjustmentSpec defaultFor(Method method) {
        return new AdjustmentSpec(method, "RSA3");
    }

    public static List<String> presets(Method method) {
        return method == Method.X13 ? X13_PRESETS : TRAMO_SEATS_PRESETS;
    }
}
