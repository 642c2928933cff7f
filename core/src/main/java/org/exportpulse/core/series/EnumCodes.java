package org.exportpulse.core.series;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-case codes for enums as written in files and JSON ({@code fiscal_year}, {@code revised}). */
final class EnumCodes {

    /** Each enum's codes by ordinal, made once per enum (stores and readers ask once per value). */
    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return codes;
        }
    };

    private EnumCodes() {}

    static String code(Enum<?> constant) {
        return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /**
     * The constant whose code is {@code text} (case and surrounding blanks ignored).
     *
     * @param what names the kind of value in the message, e.g. "status"
     * @throws IllegalArgumentException listing the known codes
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        String wanted = text == null ? "" : text.strip();
        String[] codes = CODES.get(type);
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equalsIgnoreCase(wanted)) {
                return type.getEnumConstants()[i];
            }
        }
        String known =
                Arrays.stream(type.getEnumConstants()).map(EnumCodes::code).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + text + "' is not a " + what + " (expected one of " + known + ")");
    }
}
