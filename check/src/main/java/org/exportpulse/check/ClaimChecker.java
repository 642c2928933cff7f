package org.exportpulse.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.ObservationSource;
import org.exportpulse.core.series.VintageSource;
import org.exportpulse.core.time.FiscalCalendar;

/**
 * Finds the numeric claims of an English text about series the lexicon names and judges each one
 * against the data: {@link Verdict#SUPPORTED} at the text's precision, {@link Verdict#APPROXIMATE},
 * {@link Verdict#CONTRADICTED} with the right figure and likely cause, {@link Verdict#INCONSISTENT}
 * when the text's own numbers disagree, or {@link Verdict#UNVERIFIABLE} saying what is missing.
 *
 * <p>Relative periods ({@code last month}, {@code the current fiscal year}, a month without a
 * year) resolve against the month before the article's date; without a date, against the latest
 * month of the lexicon's first series. One checker reads each series once and may check many
 * texts; it is safe for concurrent use. A check stops between sentences and between claims when its
 * thread is interrupted, so a caller can bound its time.
 */
public final class ClaimChecker {

    private final Facts facts;
    private final SubjectLexicon lexicon;
    private final FiscalCalendar calendar;
    private final AmountVerifier amounts;
    private final ChangeVerifier changes;
    private final ShareVerifier shares;
    private final RecordVerifier records;
    private final ShareRecordVerifier shareRecords;
    private final RankVerifier ranks;
    private final AverageVerifier averages;
    private final TargetGapVerifier targets;

    private ClaimChecker(ObservationSource source, VintageSource vintages, SubjectLexicon lexicon) {
        this.facts = new Facts(Objects.requireNonNull(source, "source"), Objects.requireNonNull(vintages, "vintages"));
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.calendar = facts.calendar(lexicon.families().get(0));
        List<String> single =
                lexicon.families().stream().filter(f -> !f.contains("+")).toList();
        this.amounts = new AmountVerifier(facts, single, calendar);
        this.averages = new AverageVerifier(facts, calendar);
        this.targets = new TargetGapVerifier(facts, calendar);
        this.changes = new ChangeVerifier(facts, calendar);
        this.shares = new ShareVerifier(facts, calendar);
        this.records = new RecordVerifier(facts, calendar);
        this.shareRecords = new ShareRecordVerifier(facts, shares, calendar);
        this.ranks = new RankVerifier(facts, this.lexicon, calendar);
    }

    /**
     * @param source current values, with derived months where wanted (figures use them)
     * @param vintages earlier releases, to recognise a first release since revised
     */
    public static ClaimChecker of(ObservationSource source, VintageSource vintages, SubjectLexicon lexicon) {
        return new ClaimChecker(source, vintages, lexicon);
    }

    /**
     * Checks {@code text}.
     *
     * @param date the article's date; {@code null} to take the first full date in the text
     * @throws CancellationException when the calling thread is interrupted during the check (its
     *     interrupt status stays set)
     */
    public CheckReport check(String text, LocalDate date) {
        ArticleText article = ArticleText.of(text);
        LocalDate articleDate =
                date != null ? date : ArticleDates.find(article.normalised()).orElse(null);
        YearMonth reference = articleDate != null ? YearMonth.from(articleDate).minusMonths(1) : latestMonth();
        List<CheckedClaim> checked = new ArrayList<>();
        Paragraphs paragraphs = new Paragraphs(article.original(), lexicon.publisherMentions(article.normalised()));
        for (Claim c : new ClaimExtractor(lexicon, reference, calendar).extract(article)) {
            ClaimExtractor.stopIfInterrupted();
            checked.add(verify(new Verification(publication(c, paragraphs), article.original(), articleDate)));
        }
        checked.sort(Comparator.comparingInt(CheckedClaim::start).thenComparingInt(CheckedClaim::end));
        return new CheckReport(
                articleDate, date == null && articleDate != null, reference, article.original(), checked);
    }

    private CheckedClaim verify(Verification v) {
        Claim c = v.claim();
        if (c.currency() == NumberMention.Kind.PKR && c.kind() == ClaimKind.AMOUNT) {
            return v.unverifiable(
                    "the amount is in rupees; the series are in US dollars and no exchange rate is stored.");
        }
        if (c.projection()) {
            return v.unverifiable("a target, plan or forecast, not a reported value.");
        }
        if (c.family() == null && c.kind() != ClaimKind.SPAN) {
            return v.unverifiable("the text names no series the data holds.");
        }
        if (c.period() == null) {
            return v.unverifiable("the text names no period for this figure.");
        }
        return switch (c.kind()) {
            case AMOUNT -> amounts.verify(v);
            case CHANGE_PCT, CHANGE_ABS -> changes.verify(v);
            case SHARE -> shares.verify(v);
            case RECORD -> c.share() != null ? shareRecords.verify(v) : records.verify(v);
            case SPAN -> spans(v);
            case AVERAGE -> averages.verify(v);
            case TARGET_GAP -> targets.verify(v);
            case RANK -> ranks.verify(v);
        };
    }

    /** A text's paragraphs (its line breaks, found once) and where it names publishers. */
    private record Paragraphs(int[] breaks, int length, List<int[]> publishers) {
        Paragraphs(String text, List<int[]> publishers) {
            this(breaksOf(text), text.length(), publishers);
        }

        private static int[] breaksOf(String text) {
            return java.util.stream.IntStream.range(0, text.length())
                    .filter(i -> text.charAt(i) == '\n')
                    .toArray();
        }

        /** [start, end) of the paragraph holding {@code at}. */
        int[] around(int at) {
            int i = java.util.Arrays.binarySearch(breaks, at);
            int next = i >= 0 ? i : -i - 1;
            int from = next == 0 ? 0 : breaks[next - 1] + 1;
            int to = next < breaks.length ? breaks[next] : length;
            return new int[] {from, to};
        }
    }

    /**
     * The claim about the publication its paragraph names ({@code … the Pakistan Bureau of
     * Statistics (PBS) reported}: the PBS's own series), when that publication holds its period;
     * else the claim as extracted.
     */
    private Claim publication(Claim c, Paragraphs text) {
        if (c.family() == null
                || c.period() == null
                || text.publishers().isEmpty()
                || !lexicon.hasVariants(c.family())) {
            return c;
        }
        int[] paragraph = text.around(c.start());
        return lexicon.variant(text.publishers(), c.family(), paragraph[0], paragraph[1])
                .filter(v -> !facts.values(v, c.period()).isEmpty())
                .map(c::withFamily)
                .orElse(c);
    }

    /** A count of months that disagrees with the months named: the text contradicts itself. */
    private CheckedClaim spans(Verification v) {
        Claim c = v.claim();
        int named = c.period().monthCount();
        return v.verdict(
                Verdict.INCONSISTENT,
                BigDecimal.valueOf(named),
                "The text's own span disagrees: " + Periods.describe(c.period(), calendar) + " is " + Words.count(named)
                        + " months (" + named + "), not "
                        + Words.count(c.claimed().intValue()) + ".");
    }

    private YearMonth latestMonth() {
        List<Observation> months = facts.months(lexicon.families().get(0));
        return months.isEmpty()
                ? YearMonth.of(2000, 1)
                : months.get(months.size() - 1).period().last();
    }
}
