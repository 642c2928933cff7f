package org.exportpulse.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words around a percentage that make it a share and name its total ("of total exports", "of
 * the country's services exports"). The economies the lexicon names may stand before the total as
 * possessives ("of Pakistan's total exports").
 */
final class ShareCues {

    private static final int CI = Pattern.CASE_INSENSITIVE;

    private final Pattern after;
    private final Pattern before;

    /** @param economies economy names as texts write them; may be empty */
    ShareCues(List<String> economies) {
        String owners = economies.stream()
                .map(e -> Pattern.quote(e.strip()) + "'?s\\s+|")
                .collect(Collectors.joining());
        after = Pattern.compile(
                "^\\s*(?:share\\s+)?(?:of|in)\\s+(?:the\\s+)?(?:country'?s\\s+|" + owners
                        + "national\\s+|its\\s+)?(?<cls>total|overall|all|aggregate|services|service|goods|merchandise)?"
                        + "\\s*(?:export\\s+receipts|exports?)\\b",
                CI);
        before = Pattern.compile(
                "share\\s+(?:of|in)\\s+(?:the\\s+)?(?:country'?s\\s+|" + owners
                        + "national\\s+)?(?<cls>total|overall|all|services|service|goods|merchandise)?\\s*exports?\\b"
                        + "[^.%$]{0,40}$",
                CI);
    }

    /** The total named right after (or before) the percentage at {@code [start, end)}, or {@code null}. */
    ShareMatch share(String sentence, int start, int end) {
        Matcher a = after.matcher(sentence.substring(end));
        if (a.find()) {
            return new ShareMatch(base(a.group("cls")), end + a.start(), end + a.end());
        }
        int offset = Math.max(0, start - 120);
        Matcher b = before.matcher(sentence.substring(offset, start));
        if (b.find()) {
            return new ShareMatch(base(b.group("cls")), offset + b.start(), offset + b.end());
        }
        return null;
    }

    /** A share's total as the text names it, and where. */
    record ShareMatch(Claim.ShareBase base, int start, int end) {}

    private static Claim.ShareBase base(String word) {
        if (word == null) {
            return Claim.ShareBase.ANY;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "services", "service" -> Claim.ShareBase.SERVICES;
            case "goods", "merchandise" -> Claim.ShareBase.GOODS;
            default -> Claim.ShareBase.TOTAL;
        };
    }
}
