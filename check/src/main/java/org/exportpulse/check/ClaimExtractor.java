package org.exportpulse.check;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.MonthSpan;
import org.exportpulse.core.time.Period;

/**
 * Reads the claims of a text sentence by sentence. Each number takes the subject named nearest
 * before it in its sentence (else the last subject of the text so far) and the period named
 * nearest to it without another number between them (else the sentence's, else the text's last
 * period); a percentage is a change when a direction word is near, a share when a total of
 * exports follows it.
 */
final class ClaimExtractor {

    /** {@code from}, {@code rising from}, just before an amount. */
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s+(?:US\\s*)?$", Pattern.CASE_INSENSITIVE);

    /** Nothing but {@code to} between two amounts ({@code $1.729 billion to US $2.153 billion}). */
    private static final Pattern TO_BETWEEN = Pattern.compile("\\s+to\\s+(?:US\\s*)?", Pattern.CASE_INSENSITIVE);

    /** What joins a change to the level it reached: {@code 36 percent to $1.3 billion}. */
    private static final Pattern TO_LEVEL = Pattern.compile("\\s+to\\s+");

    /** What joins the ends of a range: {@code $2.8 billion to $3 billion}, {@code 10-15}. */
    private static final Pattern RANGE_TO = Pattern.compile("\\s*(?:to|-|–)\\s*");

    private static final Pattern JOINED = Pattern.compile(
            "[\\s,]*(?:in|for|during|of|on|across|through|over|at)?\\s*(?:the\\s+)?(?:month\\s+of\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private final SubjectLexicon lexicon;
    private final PeriodScanner periods;
    private final YearMonth reference;
    private final FiscalCalendar calendar;

    ClaimExtractor(SubjectLexicon lexicon, YearMonth reference, FiscalCalendar calendar) {
        this.lexicon = lexicon;
        this.reference = reference;
        this.calendar = calendar;
        this.periods = new PeriodScanner(reference, calendar);
    }

    List<Claim> extract(ArticleText article) {
        String text = article.normalised();
        List<NumberMention> numbers = NumberScanner.scan(text);
        List<PeriodMention> periodMentions = periods.scan(text);
        List<SubjectLexicon.Mention> subjects = lexicon.scan(text);
        String mainSubject = mainSubject(subjects);
        List<Claim> claims = new ArrayList<>();
        Context context = new Context();
        for (int[] range : article.sentences()) {
            stopIfInterrupted();
            if (startsParagraph(text, range[0])) {
                context.subject = mainSubject;
            }
            Sentence s = new Sentence(text, range[0], range[1], numbers, periodMentions, subjects);
            new SentenceReader(s, context).read(claims);
        }
        for (PeriodScanner.CountMismatch m : periods.countMismatches(text)) {
            claims.add(spanClaim(m));
        }
        return claims;
    }

    private static Claim spanClaim(PeriodScanner.CountMismatch m) {
        return new Claim(
                m.start(),
                m.end(),
                ClaimKind.SPAN,
                null,
                m.span(),
                BigDecimal.valueOf(m.stated()),
                BigDecimal.ZERO,
                Qualifier.EXACT,
                Claim.Comparison.NONE,
                null,
                null,
                null,
                false,
                null);
    }

    /**
     * The series the article is about: the family its subject phrases name most often (the first
     * of equals); {@code null} when it names none.
     */
    static String mainSubject(List<SubjectLexicon.Mention> subjects) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SubjectLexicon.Mention m : subjects) {
            if (m.family() != null) {
                counts.merge(m.family(), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** Whether the sentence starting at {@code start} opens a paragraph (or a heading): a line break precedes it. */
    static boolean startsParagraph(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Ends a check whose thread was interrupted; the interrupt status stays set. */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the check was interrupted");
        }
    }

    /** What earlier sentences established. */
    static final class Context {
        String subject;
        Period period;
    }

    /** The mentions of one sentence, with indices into the whole text. */
    static final class Sentence {
        final String text;
        final int start;
        final int end;
        final List<NumberMention> numbers = new ArrayList<>();
        final List<PeriodMention> periods = new ArrayList<>();
        final List<SubjectLexicon.Mention> subjects = new ArrayList<>();

        Sentence(
                String text,
                int start,
                int end,
                List<NumberMention> numbers,
                List<PeriodMention> periods,
                List<SubjectLexicon.Mention> subjects) {
            this.text = text.substring(start, end);
            this.start = start;
            this.end = end;
            within(numbers, NumberMention::start, NumberMention::end, this.numbers);
            within(periods, PeriodMention::start, PeriodMention::end, this.periods);
            within(subjects, SubjectLexicon.Mention::start, SubjectLexicon.Mention::end, this.subjects);
        }

        /** Adds the mentions of {@code all} (ordered by start) that lie within this sentence. */
        private <T> void within(List<T> all, ToIntFunction<T> startOf, ToIntFunction<T> endOf, List<T> into) {
            int lo = 0;
            int hi = all.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (startOf.applyAsInt(all.get(mid)) < start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < all.size() && startOf.applyAsInt(all.get(i)) < end; i++) {
                if (endOf.applyAsInt(all.get(i)) <= end) {
                    into.add(all.get(i));
                }
            }
        }

        /** Sentence-relative index. */
        int local(int index) {
            return index - start;
        }

        boolean numberBetween(int from, int to) {
            int lo = Math.min(from, to);
            int hi = Math.max(from, to);
            return numbers.stream().anyMatch(n -> n.start() >= lo && n.end() <= hi);
        }
    }

    /** Reads one sentence's claims. */
    private final class SentenceReader {
        private final Sentence s;
        private final Context context;
        private final List<int[]> denominatorPhrases = new ArrayList<>();
        private final List<int[]> listedParts = new ArrayList<>();
        /** Where the sentence joins two statements ({@code while}, {@code whereas}, {@code ;}): start and end. */
        private final List<int[]> clauseBreaks = new ArrayList<>();

        private final Period main;

        SentenceReader(Sentence s, Context context) {
            this.s = s;
            this.context = context;
            for (NumberMention n : s.numbers) {
                ShareCues.ShareMatch share = lexicon.shareCues().share(s.text, s.local(n.start()), s.local(n.end()));
                if (n.kind() == NumberMention.Kind.PERCENT && share != null) {
                    denominatorPhrases.add(new int[] {s.start + share.start(), s.start + share.end()});
                }
            }
            Matcher clause = Cues.clauseBreaks(s.text);
            while (clause.find()) {
                clauseBreaks.add(new int[] {s.start + clause.start(), s.start + clause.end()});
            }
            Matcher listed = Cues.parts(s.text);
            while (listed.find()) {
                int from = s.start + listed.start();
                int to = s.numbers.stream()
                        .mapToInt(NumberMention::start)
                        .filter(i -> i >= from)
                        .findFirst()
                        .orElse(s.end);
                listedParts.add(new int[] {from, to});
            }
            Period named = mainPeriod();
            this.main = named != null ? named : currentPeriod();
        }

        /**
         * The period a sentence that names none of its own reports: for a change against a named
         * base ({@code up 7 percent year-on-year … compared to $199 million in July 2022}) the
         * period a year (or a month) after it, else the article's current month; {@code null}
         * when the sentence states no change.
         */
        private Period currentPeriod() {
            boolean change = s.numbers.stream()
                    .anyMatch(n -> n.kind() == NumberMention.Kind.TIMES
                            || (n.kind() == NumberMention.Kind.PERCENT
                                    && Cues.direction(s.text, s.local(n.start()), s.local(n.end()), 0, s.text.length())
                                            != 0));
            if (!change) {
                return null;
            }
            Claim.Comparison said = Cues.comparison(s.text);
            for (PeriodMention p : s.periods) {
                if (p.relation() == PeriodMention.Relation.ABSOLUTE && p.period() instanceof CalendarMonth) {
                    if (said == Claim.Comparison.YEAR_ON_YEAR) {
                        return Periods.shift(p.period(), 12);
                    }
                    if (said == Claim.Comparison.MONTH_ON_MONTH) {
                        return Periods.shift(p.period(), 1);
                    }
                }
            }
            return CalendarMonth.of(reference);
        }

        void read(List<Claim> claims) {
            for (NumberMention n : s.numbers) {
                Claim claim = claim(n);
                if (claim != null) {
                    claims.add(claim);
                }
            }
            records(claims);
            ranks(claims);
            subjectsBefore(s.end).stream().reduce((a, b) -> b).ifPresent(m -> context.subject = m.family());
            if (main != null) {
                context.period = main;
            }
        }

        private Claim claim(NumberMention n) {
            String family = subjectFor(n.start());
            boolean projection = Cues.isProjection(s.text, s.local(n.start())) || endsProjectedRange(n);
            Qualifier qualifier = Qualifier.before(s.text, s.local(n.start()));
            return switch (n.kind()) {
                case USD, PKR -> amount(n, family, projection, qualifier);
                case PERCENT -> percent(n, family, projection, qualifier);
                case TIMES ->
                    change(
                            n,
                            family,
                            projection,
                            qualifier,
                            n.value().subtract(BigDecimal.ONE).movePointRight(2),
                            n.halfWidth().movePointRight(2));
                case PERCENTAGE_POINTS -> null;
            };
        }

        private Claim amount(NumberMention n, String family, boolean projection, Qualifier qualifier) {
            boolean change = Cues.isChangeAmount(s.text, s.local(n.start()));
            Period period = periodNear(n);
            if (change) {
                int sign = direction(n);
                BigDecimal value = sign < 0 ? n.value().negate() : n.value();
                Period changeMain = main != null ? main : period;
                return new Claim(
                        n.start(),
                        n.end(),
                        ClaimKind.CHANGE_ABS,
                        family,
                        changeMain,
                        value,
                        n.halfWidth(),
                        qualifier,
                        comparison(changeMain, n),
                        basePeriod(changeMain, n),
                        null,
                        null,
                        projection,
                        n.kind());
            }
            period = rangeStart(n, period);
            int averaged = Cues.averageMonths(s.text, s.local(n.start()));
            if (averaged > 1 && period instanceof CalendarMonth m) {
                // the months before the month the sentence is about; the verifier also tries them through it
                return new Claim(
                        n.start(),
                        n.end(),
                        ClaimKind.AVERAGE,
                        family,
                        MonthSpan.of(m.month().minusMonths(averaged), m.month().minusMonths(1)),
                        n.value(),
                        n.halfWidth(),
                        qualifier,
                        Claim.Comparison.NONE,
                        null,
                        null,
                        null,
                        projection,
                        n.kind());
            }
            return new Claim(
                    n.start(),
                    n.end(),
                    ClaimKind.AMOUNT,
                    family,
                    period,
                    n.value(),
                    n.halfWidth(),
                    qualifier,
                    Claim.Comparison.NONE,
                    null,
                    null,
                    null,
                    projection && !Cues.isBaseAmount(s.text, s.local(n.start())),
                    n.kind(),
                    Cues.isEarlierRelease(s.text, s.local(n.start())),
                    false);
        }

        /**
         * The period of the first amount of {@code from $X to $Y in SPAN} when no period is named
         * between them: the amount before the change, so the same span a year earlier; for a month,
         * the month before or a year before as the sentence's comparison word says, and the month
         * itself when it says neither. {@code period} otherwise.
         */
        private Period rangeStart(NumberMention n, Period period) {
            if (period == null
                    || !FROM_BEFORE
                            .matcher(s.text.substring(Math.max(0, s.local(n.start()) - 12), s.local(n.start())))
                            .find()) {
                return period;
            }
            NumberMention to = s.numbers.stream()
                    .filter(m -> m.start() >= n.end() && m.kind() == n.kind())
                    .findFirst()
                    .orElse(null);
            if (to == null
                    || !TO_BETWEEN
                            .matcher(s.text.substring(s.local(n.end()), s.local(to.start())))
                            .matches()
                    || s.periods.stream()
                            .anyMatch(p -> p.start() < to.start() && p.end() > s.local(n.start()) - 40 + s.start)) {
                return period;
            }
            if (!(period instanceof CalendarMonth)) {
                return Periods.shift(period, -12); // a span of months: the same span a year earlier
            }
            return switch (Cues.comparison(s.text)) {
                case MONTH_ON_MONTH -> Periods.shift(period, -1);
                case YEAR_ON_YEAR -> Periods.shift(period, -12);
                default -> period; // a month with no comparison word: which month it started from is not said
            };
        }

        private Claim percent(NumberMention n, String family, boolean projection, Qualifier qualifier) {
            ShareCues.ShareMatch share = lexicon.shareCues().share(s.text, s.local(n.start()), s.local(n.end()));
            if (share != null) {
                return new Claim(
                        n.start(),
                        n.end(),
                        ClaimKind.SHARE,
                        family,
                        periodNear(n),
                        n.value(),
                        n.halfWidth(),
                        qualifier,
                        Claim.Comparison.NONE,
                        null,
                        null,
                        share.base(),
                        projection,
                        null,
                        false,
                        periodStated(n));
            }
            Claim gap = targetGap(n, family, qualifier);
            if (gap != null) {
                return gap;
            }
            int sign = direction(n);
            if (sign == 0) {
                return null;
            }
            BigDecimal value = sign < 0 && n.value().signum() > 0 ? n.value().negate() : n.value();
            return change(n, family, projection, qualifier, value, n.halfWidth());
        }

        /**
         * {@code missed the target of $3 billion set for FY23 by around 14 percent}: the gap between
         * the period's value and the target amount stated between the cue and the percentage, signed
         * (missed: negative). {@code null} when the text is not a target gap or states no amount.
         */
        private Claim targetGap(NumberMention n, String family, Qualifier qualifier) {
            int[] cue = {0};
            int sign = Cues.targetGap(s.text, s.local(n.start()), cue);
            if (sign == 0) {
                return null;
            }
            int from = s.start + cue[0];
            NumberMention target = s.numbers.stream()
                    .filter(m -> m.kind() == NumberMention.Kind.USD && m.start() >= from && m.end() <= n.start())
                    .findFirst()
                    .orElse(null);
            if (target == null) {
                return null;
            }
            return new Claim(
                    n.start(),
                    n.end(),
                    ClaimKind.TARGET_GAP,
                    family,
                    periodNear(n),
                    sign < 0 ? n.value().abs().negate() : n.value().abs(),
                    n.halfWidth(),
                    qualifier,
                    Claim.Comparison.NONE,
                    null,
                    new Claim.OwnAmounts(target.value(), target.halfWidth(), null, null),
                    null,
                    false,
                    null);
        }

        private Claim change(
                NumberMention n,
                String family,
                boolean projection,
                Qualifier qualifier,
                BigDecimal pct,
                BigDecimal half) {
            Period period = changePeriod(n);
            return new Claim(
                    n.start(),
                    n.end(),
                    ClaimKind.CHANGE_PCT,
                    family,
                    period,
                    pct,
                    half,
                    qualifier,
                    comparison(period, n),
                    basePeriod(period, n),
                    ownAmounts(family, period, n),
                    null,
                    projection,
                    null);
        }

        private void records(List<Claim> claims) {
            Matcher m = Cues.records(s.text);
            while (m.find()) {
                int start = s.start + m.start();
                int end = s.start + m.end();
                String family = subjectFor(start);
                Period period = main != null ? main : context.period;
                NumberMention amount = nearestAmount(start);
                boolean firstTime = Cues.isFirstTime(m.group());
                Qualifier q = firstTime ? Qualifier.OVER : Qualifier.EXACT;
                NumberMention share = nearestShare(start);
                if (share != null
                        && (amount == null || Math.abs(share.start() - start) < Math.abs(amount.start() - start))) {
                    claims.add(shareRecord(start, end, family, share, q));
                    continue;
                }
                claims.add(new Claim(
                        start,
                        end,
                        ClaimKind.RECORD,
                        family,
                        period,
                        amount == null ? null : amount.value(),
                        amount == null ? null : amount.halfWidth(),
                        amount == null
                                ? q
                                : (firstTime ? Qualifier.OVER : Qualifier.before(s.text, s.local(amount.start()))),
                        Claim.Comparison.NONE,
                        null,
                        null,
                        null,
                        Cues.isProjection(s.text, s.local(start)),
                        NumberMention.Kind.USD));
            }
        }

        /** Rank words whose whole the lexicon knows: the claim spans the rank words and the whole. */
        private void ranks(List<Claim> claims) {
            Matcher m = Cues.ranks(s.text);
            while (m.find()) {
                String whole = Cues.rankWhole(m);
                var ranking = lexicon.ranking(whole);
                if (ranking.isEmpty()) {
                    continue;
                }
                int start = s.start + m.start();
                Period period = main != null ? main : context.period;
                claims.add(new Claim(
                        start,
                        s.start + Cues.rankWholeStart(m) + ranking.get().length(),
                        ClaimKind.RANK,
                        subjectFor(start),
                        period != null ? period : CalendarMonth.of(reference),
                        BigDecimal.valueOf(Cues.rank(m.group("ord"))),
                        BigDecimal.ZERO,
                        Qualifier.EXACT,
                        Claim.Comparison.NONE,
                        null,
                        null,
                        null,
                        false,
                        null));
            }
        }

        /**
         * A record word nearer a share than an amount is about the share ({@code a record 10.8%
         * share of total exports}): the claim carries the share, its total and its period.
         */
        private Claim shareRecord(int start, int end, String family, NumberMention share, Qualifier q) {
            return new Claim(
                    start,
                    end,
                    ClaimKind.RECORD,
                    family,
                    periodNear(share),
                    share.value(),
                    share.halfWidth(),
                    q,
                    Claim.Comparison.NONE,
                    null,
                    null,
                    lexicon.shareCues()
                            .share(s.text, s.local(share.start()), s.local(share.end()))
                            .base(),
                    false,
                    null,
                    false,
                    periodStated(share));
        }

        /** The percentage nearest {@code index} that the text makes a share of a total, or {@code null}. */
        private NumberMention nearestShare(int index) {
            NumberMention best = null;
            for (NumberMention n : s.numbers) {
                if (n.kind() == NumberMention.Kind.PERCENT
                        && lexicon.shareCues().share(s.text, s.local(n.start()), s.local(n.end())) != null
                        && (best == null || Math.abs(n.start() - index) < Math.abs(best.start() - index))) {
                    best = n;
                }
            }
            return best;
        }

        private NumberMention nearestAmount(int index) {
            NumberMention best = null;
            for (NumberMention n : s.numbers) {
                if (n.kind() == NumberMention.Kind.USD
                        && !Cues.isBaseAmount(s.text, s.local(n.start()))
                        && (best == null || Math.abs(n.start() - index) < Math.abs(best.start() - index))) {
                    best = n;
                }
            }
            return best;
        }

        private Claim.Comparison comparison(Period period, NumberMention n) {
            Period base = basePeriod(period, n);
            if (base != null && period != null) {
                if (base.equals(Periods.shift(period, -12))) {
                    return Claim.Comparison.YEAR_ON_YEAR;
                }
                if (period instanceof CalendarMonth && base.equals(Periods.shift(period, -1))) {
                    return Claim.Comparison.MONTH_ON_MONTH;
                }
                return Claim.Comparison.NAMED_BASE;
            }
            return comparisonNear(n);
        }

        /**
         * The period a change at {@code n} is compared with: a relative or comparison-marked
         * mention within the number's clause (between the neighbouring changes), the nearest one
         * after the number first, else the nearest before; {@code null} when there is none.
         */
        private Period basePeriod(Period period, NumberMention n) {
            int[] window = changeWindow(n);
            PeriodMention before = null;
            for (PeriodMention p : s.periods) {
                if (p.start() < window[0] || p.end() > window[1] || !isBaseMention(p)) {
                    continue;
                }
                Period resolved = p.resolve(period);
                if (resolved == null || resolved.equals(period)) {
                    continue;
                }
                if (p.start() >= n.end()) {
                    return resolved;
                }
                before = p;
            }
            return before == null ? null : before.resolve(period);
        }

        /**
         * The sign of the change at {@code n}; a change with no direction word of its own takes the
         * sign of the change before it in the sentence ({@code up 23% month-on-month and 26%
         * year-on-year}).
         */
        private int direction(NumberMention n) {
            int[] window = changeWindow(n);
            int sinceLastNumber = s.numbers.stream()
                    .filter(o -> o.end() <= n.start())
                    .mapToInt(NumberMention::end)
                    .max()
                    .orElse(s.start);
            int sign = Cues.direction(
                    s.text,
                    s.local(n.start()),
                    s.local(n.end()),
                    s.local(Math.max(window[0], sinceLastNumber)),
                    s.local(window[1]));
            if (sign == 0) {
                sign = Cues.direction(
                        s.text, s.local(n.start()), s.local(n.end()), s.local(window[0]), s.local(window[1]));
            }
            if (sign != 0) {
                return sign;
            }
            NumberMention previous = null;
            for (NumberMention other : s.numbers) {
                if (other.end() <= n.start()
                        && (other.kind() == NumberMention.Kind.PERCENT || other.kind() == NumberMention.Kind.TIMES)) {
                    previous = other;
                }
            }
            if (previous != null) {
                return direction(previous);
            }
            String before = s.text.substring(0, s.local(n.start()));
            return Cues.comparison(s.text) == Claim.Comparison.UNSTATED ? 0 : Cues.changeNoun(before);
        }

        private boolean isBaseMention(PeriodMention p) {
            return p.relation() != PeriodMention.Relation.ABSOLUTE || Cues.isBasePeriod(s.text, s.local(p.start()));
        }

        /**
         * The period a change is about: the first period named outright in its own part of the
         * sentence ({@link #changeWindow}) that is not a comparison base ({@code While jumping 29
         * percent in December, exports surged 36 percent to $1.3 billion in the first half}); else
         * the sentence's main period, else the nearest.
         */
        private Period changePeriod(NumberMention n) {
            int[] window = changeWindow(n);
            for (PeriodMention p : s.periods) {
                if (p.start() >= window[0] && p.end() <= window[1] && !isBaseMention(p)) {
                    return wholeYearInProjection(p.period());
                }
            }
            return main != null ? main : periodNear(n);
        }

        /** The part of the sentence that belongs to the change at {@code n}: up to the changes before and after it. */
        private int[] changeWindow(NumberMention n) {
            int from = s.start;
            int to = s.end;
            for (int[] br : clauseBreaks) {
                if (br[0] < n.start()) {
                    from = Math.max(from, br[1]);
                } else if (br[0] >= n.end()) {
                    to = Math.min(to, br[0]);
                }
            }
            for (NumberMention other : s.numbers) {
                if (other.kind() != NumberMention.Kind.PERCENT && other.kind() != NumberMention.Kind.TIMES) {
                    continue;
                }
                if (other.end() <= n.start()) {
                    from = Math.max(from, other.end());
                } else if (other.start() >= n.end()) {
                    to = Math.min(to, other.start());
                }
            }
            return new int[] {from, to};
        }

        /** The first named period of the sentence that is not a comparison base; else the text's last. */
        private Period mainPeriod() {
            for (PeriodMention p : s.periods) {
                if (p.relation() == PeriodMention.Relation.ABSOLUTE && !Cues.isBasePeriod(s.text, s.local(p.start()))) {
                    return wholeYearInProjection(p.period());
                }
            }
            return context.period;
        }

        /**
         * A fiscal year still running stands for its months so far, except in a sentence about a
         * target or forecast ({@code IT exports for FY24 could reach $3 billion}): there it is the
         * whole year.
         */
        private Period wholeYearInProjection(Period p) {
            if (p instanceof MonthSpan span
                    && span.last().equals(reference)
                    && Periods.isYearToDate(calendar, span)
                    && Cues.mentionsProjection(s.text)) {
                return calendar.fiscalYearOf(reference);
            }
            return p;
        }

        /** The period nearest the number with no other number between them; else the sentence's main period. */
        private Period periodNear(NumberMention n) {
            PeriodMention best = nearestMention(n);
            Period fallback = main != null ? main : context.period;
            if (best == null) {
                return fallback;
            }
            Period resolved = best.resolve(best.relation() == PeriodMention.Relation.ABSOLUTE ? null : fallback);
            return resolved != null ? resolved : fallback;
        }

        /** Whether the number's own clause names its period outright ({@code in December 2025}, not {@code now}). */
        private boolean periodStated(NumberMention n) {
            PeriodMention p = nearestMention(n);
            return p != null
                    && p.relation() == PeriodMention.Relation.ABSOLUTE
                    && !Cues.isNow(s.text.substring(s.local(p.start()), s.local(p.end())));
        }

        /** The period mention nearest the number with no other number between them; {@code null} when none. */
        private PeriodMention nearestMention(NumberMention n) {
            PeriodMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            NumberMention reach = levelAfter(n);
            for (PeriodMention p : s.periods) {
                boolean after = p.start() >= n.end();
                int distance = after ? afterDistance(reach, p) : (n.start() - p.end()) * 2 + 4;
                int from = after ? reach.end() : p.end();
                int to = after ? p.start() : n.start();
                if (!s.numberBetween(from, to) && !clauseBreakBetween(from, to) && distance < bestDistance) {
                    best = p;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /**
         * The level a percentage change reached when the text gives it right after ({@code surged 36
         * percent to $1.3 billion in the first half}): the change's period is read past it. Else the
         * number itself.
         */
        private NumberMention levelAfter(NumberMention n) {
            if (n.kind() != NumberMention.Kind.PERCENT) {
                return n;
            }
            for (NumberMention other : s.numbers) {
                if ((other.kind() == NumberMention.Kind.USD || other.kind() == NumberMention.Kind.PKR)
                        && other.start() > n.end()
                        && TO_LEVEL.matcher(s.text.substring(s.local(n.end()), s.local(other.start())))
                                .matches()) {
                    return other;
                }
            }
            return n;
        }

        /** The upper end of a range whose lower end is a projection: {@code of $2.8 billion to $3 billion}. */
        private boolean endsProjectedRange(NumberMention n) {
            for (NumberMention other : s.numbers) {
                if (other.kind() == n.kind()
                        && other.end() < n.start()
                        && RANGE_TO.matcher(s.text.substring(s.local(other.end()), s.local(n.start())))
                                .matches()) {
                    return Cues.isProjection(s.text, s.local(other.start()));
                }
            }
            return false;
        }

        /** Whether a clause break ({@code ; whereas, while}) lies within [{@code from}, {@code to}). */
        private boolean clauseBreakBetween(int from, int to) {
            for (int[] br : clauseBreaks) {
                if (br[0] >= from && br[1] <= to) {
                    return true;
                }
            }
            return false;
        }

        /** Characters from the number to a period after it; tripled unless only a preposition joins them. */
        private int afterDistance(NumberMention n, PeriodMention p) {
            int distance = p.start() - n.end();
            String between = s.text.substring(s.local(n.end()), s.local(p.start()));
            return JOINED.matcher(between).matches() ? distance : distance * 3 + 20;
        }

        /** The comparison named in the clause around the number (between its neighbouring numbers). */
        private Claim.Comparison comparisonNear(NumberMention n) {
            int from = s.start;
            int to = s.end;
            for (NumberMention other : s.numbers) {
                if (other.end() <= n.start()) {
                    from = Math.max(from, other.end());
                } else if (other.start() >= n.end()) {
                    to = Math.min(to, other.start());
                }
            }
            return Cues.comparison(s.text.substring(s.local(from), s.local(to)));
        }

        /**
         * The text's own pair of amounts for the change at {@code n}, within its clause: one
         * introduced as the base ({@code from}, {@code compared to}, {@code than}) and one not, about
         * the same series, the latter about the change's own period when it names one.
         */
        private Claim.OwnAmounts ownAmounts(String family, Period period, NumberMention change) {
            int[] window = changeWindow(change);
            NumberMention from = null;
            NumberMention to = null;
            for (NumberMention n : s.numbers) {
                if (n.kind() != NumberMention.Kind.USD
                        || n.start() < window[0]
                        || n.end() > window[1]
                        || Cues.isChangeAmount(s.text, s.local(n.start()))
                        || !sameFamily(family, subjectFor(n.start()))) {
                    continue;
                }
                if (Cues.isBaseAmount(s.text, s.local(n.start()))) {
                    from = from == null ? n : from;
                } else {
                    to = to == null ? n : to;
                }
            }
            if (from == null || to == null || (period != null && !period.equals(periodNear(to)))) {
                return null;
            }
            return new Claim.OwnAmounts(from.value(), from.halfWidth(), to.value(), to.halfWidth());
        }

        private boolean sameFamily(String a, String b) {
            return a == null ? b == null : a.equals(b);
        }

        private String subjectFor(int index) {
            List<SubjectLexicon.Mention> before = subjectsBefore(index);
            if (!before.isEmpty()) {
                return before.get(before.size() - 1).family();
            }
            if (context.subject != null) {
                return context.subject;
            }
            return s.subjects.stream()
                    .filter(m -> !isDenominator(m) && !isListedPart(m) && m.family() != null)
                    .map(SubjectLexicon.Mention::family)
                    .findFirst()
                    .orElse(null);
        }

        private List<SubjectLexicon.Mention> subjectsBefore(int index) {
            return s.subjects.stream()
                    .filter(m -> m.end() <= index && !isDenominator(m) && !isListedPart(m))
                    .toList();
        }

        /** A component named in a list of what a total includes ({@code including telecom services}) is not the subject. */
        private boolean isListedPart(SubjectLexicon.Mention m) {
            return listedParts.stream().anyMatch(r -> r[0] <= m.start() && m.end() <= r[1]);
        }

        private boolean isDenominator(SubjectLexicon.Mention m) {
            return denominatorPhrases.stream().anyMatch(r -> m.start() < r[1] && r[0] < m.end());
        }
    }
}
