package org.exportpulse.core.series;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-case codes for enums as written in files and JSON ({@code fiscal_year}, {@code revised}). */
final class EnumCodes {

    private EnumCodes() {}

    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant whose code is {@code text} (case and surrounding blanks ignored).
     *
     * @param what names the kind of value in the message, e.g. "status"
     * @throws IllegalArgumentException listing the known codes
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        String wanted = text == null ? "" : text.strip();
        for (E constant : type.getEnumConstants()) {
            if (code(constant).equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        String known =
                Arrays.stream(type.getEnumConstants()).map(EnumCodes::code).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + text + "' is not a " + what + " (expected one of " + known + ")");
    }
}
