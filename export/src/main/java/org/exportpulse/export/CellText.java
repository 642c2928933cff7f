package org.exportpulse.export;

/** Makes text cells safe for spreadsheets: a text starting with = + - @ gets a leading {@code '}. */
public final class CellText {

    private CellText() {}

    /** {@code text}, neutralised when a spreadsheet would read it as a formula. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + text : text;
    }
}
