package org.exportpulse.check;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportpulse.core.time.CalendarMonth;
import org.exportpulse.core.time.CalendarYear;
import org.exportpulse.core.time.FiscalCalendar;
import org.exportpulse.core.time.FiscalYear;
import org.exportpulse.core.time.MonthSpan;
import org.exportpulse.core.time.Period;

/**
 * Finds the periods a text names and resolves them against a reference month (the latest month
 * an article could report on: the month before its date).
 *
 * <p>Forms: months with a year ({@code December 2025}, {@code Dec-25}, {@code 2025-12}); month
 * ranges with a fiscal or calendar year or none ({@code July–November 2025–26}, {@code Jul-Nov
 * FY26}); {@code 5MFY26}, {@code 1HFY26}, {@code Q1FY26}; {@code the first half of FY26}, {@code
 * the first five months of the current fiscal year}; fiscal years ({@code FY25}, {@code 2024-25},
 * {@code fiscal year 2024-25}); {@code in 2025}; bare capitalised month names; and the relative
 * {@code the previous month}, {@code the same period last year}; {@code last month} is the
 * reference month. A fiscal year
 * that has not ended by the reference month means its months so far. Dates ({@code January 20,
 * 2026}) are not periods.
 */
final class PeriodScanner {

    private static final String M = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A word before a fiscal year that its number overrides: {@code the current fiscal year 2023-24} is FY24. */
    private static final String RELATIVE = "(?:current|this|last|previous|ongoing|present|outgoing)";

    private static final String FY = "(?:(?:" + RELATIVE
            + "\\s+)?(?:fy|fiscal\\s+year|financial\\s+year)\\s*'?(?<fy>\\d{4}|\\d{2})(?:\\s*[-/]\\s*(?<fy2>\\d{2,4}))?"
            + "|(?:(?:" + RELATIVE
            + "\\s+)?(?:fiscal|financial)\\s+year,?\\s+)?(?<y1>20\\d{2})\\s*[-/]\\s*(?<y2>\\d{2}|20\\d{2})(?![\\d-])"
            + "|(?<relfy>(?:(?<rel>current|this|last|previous|ongoing|present|outgoing)\\s+)?(?:fiscal|financial)"
            + "\\s+year(?!\\s*'?\\d)))";
    private static final int CI = Pattern.CASE_INSENSITIVE;

    private static final Pattern DATE = Pattern.compile(
            "(?=[jfmasond\\d])\\b" + M + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b"
                    + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + M + ",?\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b",
            CI);
    private static final Pattern RANGE = Pattern.compile(
            "(?=[jfmasond])\\b(?<m1>" + M + ")\\s*(?:-|to|through|till|until|and)\\s*(?<m2>" + M
                    + ")(?:\\s*,?\\s*(?:of\\s+|in\\s+)?(?:the\\s+)?(?:" + FY + "|(?<cy>20\\d{2}|'\\d{2})\\b))?",
            CI);
    private static final Pattern N_MONTHS =
            Pattern.compile("(?=\\d)\\b(?<n>\\d{1,2})\\s*M\\s*FY\\s*'?(?<fy>\\d{4}|\\d{2})\\b", CI);
    private static final Pattern HALF_QUARTER = Pattern.compile(
            "(?=[12hq34])\\b(?<part>1H|H1|2H|H2|Q[1-4]|[1-4]Q)\\s*,?\\s*(?:of\\s+)?FY\\s*'?(?<fy>\\d{4}|\\d{2})\\b",
            CI);
    private static final Pattern ORDINAL = Pattern.compile(
            "(?=[tfsl])\\b(?:the\\s+)?(?<ord>first|second|third|fourth|last)\\s+(?:(?<unit>half|quarter)|(?<single>month)|(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+months)"
                    + "(?:\\s*\\(\\s*(?<pm1>" + M + ")\\s*(?:-|to)\\s*(?<pm2>" + M + ")\\s*\\))?"
                    + "(?:\\s+(?:of\\s+)?(?:the\\s+)?(?:" + FY + "))?",
            CI);
    private static final Pattern MONTHS_ENDED = Pattern.compile(
            "(?=[tf\\d])\\b(?:the\\s+)?(?:first\\s+)?(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                    + "\\s+months?\\s+(?:ended|ending|to|through|till|until|up\\s+to)\\s+(?:the\\s+month\\s+of\\s+)?(?:end-)?"
                    + "(?<m>" + M + ")(?:\\s*,?\\s+(?<y4>20\\d{2})|\\s*[-']\\s*(?<y2>\\d{2}))?\\b",
            CI);
    private static final Pattern SAME_IN = Pattern.compile(
            "(?=[tsc])\\b(?:the\\s+)?(?:same|corresponding)\\s+(?:month|period|months|quarter|span)\\s+(?:of|in|during)\\s+(?:the\\s+)?"
                    + "(?:(?<y>20\\d{2})(?!\\s*[-/]\\s*\\d)|" + FY + ")",
            CI);
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?=[f2ctlpo])\\b" + FY, CI);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?=[jfmasond2])\\b(?<m>" + M
                    + ")(?:\\s*,?\\s+(?<y4>20\\d{2})|\\s*[-']\\s*(?<y2>\\d{2}))\\b(?!\\s*[-/]\\s*\\d)"
                    + "|\\b(?<iy>20\\d{2})-(?<im>0[1-9]|1[0-2])\\b(?![-\\d])",
            CI);
    private static final Pattern BARE_MONTH = Pattern.compile(
            "(?=[JFMASOND])\\b(?<m>January|February|March|April|May|June|July|August|September"
                    + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?(?:\\s+(?<which>last|this|previous)\\s+year)?");
    private static final Pattern CALENDAR_YEAR = Pattern.compile(
            "(?=[idfc])\\b(?:in|during|for|calendar\\s+year|CY)\\s+(?<y>20\\d{2})\\b(?!\\s*[-/']\\s*\\d)", CI);
    private static final Pattern NOW = Pattern.compile("(?=[nca])\\b(?:now|currently|at\\s+present)\\b", CI);
    private static final Pattern LAST_MONTH = Pattern.compile("(?=l)\\blast\\s+month\\b", CI);
    private static final Pattern PREVIOUS = Pattern.compile(
            "(?=[tpa])\\b(?:the\\s+)?(?:previous|preceding|prior)\\s+month\\b|\\ba\\s+month\\s+(?:earlier|before|ago)\\b",
            CI);
    private static final Pattern YEAR_AGO = Pattern.compile(
            "(?=[tscalTSCAL])(?:\\b(?:the\\s+)?(?:same|corresponding)\\s+(?:month|period|months|quarter|time)\\s+(?:of\\s+|in\\s+|during\\s+)?(?:the\\s+)?(?:last|previous|preceding|prior|a)\\s+(?:fiscal\\s+)?year\\b"
                    + "|\\b(?:the\\s+)?(?:same|corresponding)\\s+(?:month|period|months)\\s+(?:a\\s+)?year\\s+(?:ago|earlier|before)\\b"
                    + "|\\ba\\s+year\\s+(?:ago|earlier|before)\\b|\\blast\\s+year'?s?\\s+(?:same|corresponding)\\s+(?:month|period)\\b"
                    + "|\\bSPLY\\b|(?<!(?:uary|arch|pril|May|June|July|gust|mber|tober|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\s)"
                    + "\\blast\\s+year\\b(?!'s\\s+(?:same|corresponding)))",
            CI);

    private final YearMonth reference;
    private final FiscalCalendar calendar;

    /**
     * @param reference the latest month the text can report on
     */
    PeriodScanner(YearMonth reference, FiscalCalendar calendar) {
        this.reference = reference;
        this.calendar = calendar;
    }

    /** Every period mention, ordered by start; overlapping forms keep the first, longest reading. */
    List<PeriodMention> scan(String text) {
        boolean[] taken = new boolean[text.length()];
        List<PeriodMention> found = new ArrayList<>();
        mark(text, DATE, taken);
        each(text, MONTHS_ENDED, taken, found, this::monthsEnded);
        each(text, ORDINAL, taken, found, this::ordinal);
        each(text, RANGE, taken, found, this::range);
        each(
                text,
                N_MONTHS,
                taken,
                found,
                m -> firstMonths(fiscalYear(m.group("fy"), null), Integer.parseInt(m.group("n"))));
        each(text, HALF_QUARTER, taken, found, this::halfOrQuarter);
        each(text, YEAR_AGO, taken, found, m -> null);
        each(text, SAME_IN, taken, found, this::sameIn);
        each(text, PREVIOUS, taken, found, m -> null);
        each(text, LAST_MONTH, taken, found, m -> CalendarMonth.of(reference));
        each(text, NOW, taken, found, m -> CalendarMonth.of(reference));
        each(text, FISCAL_YEAR, taken, found, m -> toDate(fiscalYearOf(m)));
        each(text, MONTH_YEAR, taken, found, this::monthYear);
        each(text, CALENDAR_YEAR, taken, found, m -> CalendarYear.of(Integer.parseInt(m.group("y"))));
        each(text, BARE_MONTH, taken, found, this::bareMonth);
        found.sort(Comparator.comparingInt(PeriodMention::start));
        return found;
    }

    private interface Reader {
        Period read(Matcher m);
    }

    private void each(String text, Pattern pattern, boolean[] taken, List<PeriodMention> found, Reader reader) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (isTaken(taken, m.start(), m.end())) {
                continue;
            }
            Period period;
            try {
                period = reader.read(m);
            } catch (RuntimeException e) {
                continue; // an impossible date or year: not a period
            }
            PeriodMention mention = mention(pattern, m, period);
            if (mention != null) {
                found.add(mention);
                mark(taken, m.start(), m.end());
            }
        }
    }

    private static PeriodMention mention(Pattern pattern, Matcher m, Period period) {
        if (pattern == YEAR_AGO) {
            return new PeriodMention(m.start(), m.end(), null, PeriodMention.Relation.YEAR_AGO);
        }
        if (pattern == PREVIOUS) {
            return new PeriodMention(m.start(), m.end(), null, PeriodMention.Relation.PREVIOUS);
        }
        if (pattern == SAME_IN) {
            return period == null
                    ? null
                    : new PeriodMention(m.start(), m.end(), period, PeriodMention.Relation.SAME_IN);
        }
        return period == null ? null : PeriodMention.absolute(m.start(), end(m), period);
    }

    private static int end(Matcher m) {
        return m.end();
    }

    private static void mark(String text, Pattern pattern, boolean[] taken) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            mark(taken, m.start(), m.end());
        }
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private Period range(Matcher m) {
        int first = Periods.monthNumber(m.group("m1"));
        int last = Periods.monthNumber(m.group("m2"));
        FiscalYear fy = hasFiscalYear(m) ? fiscalYearOf(m) : null;
        if (fy != null) {
            return MonthSpan.of(monthIn(fy, first), monthIn(fy, last));
        }
        if (m.group("cy") != null) {
            int year = year(m.group("cy").replace("'", ""));
            YearMonth end = YearMonth.of(year, last);
            YearMonth start = YearMonth.of(first <= last ? year : year - 1, first);
            return MonthSpan.of(start, end);
        }
        YearMonth end = latest(last, reference);
        return MonthSpan.of(latest(first, end), end);
    }

    private static boolean hasFiscalYear(Matcher m) {
        return m.group("fy") != null || m.group("y1") != null || m.group("relfy") != null;
    }

    private Period halfOrQuarter(Matcher m) {
        String part = m.group("part").toUpperCase(Locale.ROOT);
        FiscalYear fy = fiscalYear(m.group("fy"), null);
        if (part.contains("H")) {
            return part.contains("1")
                    ? firstMonths(fy, 6)
                    : MonthSpan.of(fy.first().plusMonths(6), fy.last());
        }
        int q = Integer.parseInt(part.replace("Q", ""));
        return MonthSpan.of(fy.first().plusMonths(3L * (q - 1)), fy.first().plusMonths(3L * q - 1));
    }

    private Period ordinal(Matcher m) {
        boolean namesYear = hasFiscalYear(m);
        if (!namesYear && m.group("pm1") == null && m.group("unit") != null) {
            return latestEnded(m);
        }
        if (!namesYear && m.group("pm1") == null) {
            return null; // "the first three months" alone: of which year is not said
        }
        FiscalYear fy = namesYear ? fiscalYearOf(m) : calendar.fiscalYearOf(reference);
        String ord = m.group("ord").toLowerCase(Locale.ROOT);
        if (m.group("pm1") != null) {
            return MonthSpan.of(
                    monthIn(fy, Periods.monthNumber(m.group("pm1"))), monthIn(fy, Periods.monthNumber(m.group("pm2"))));
        }
        if (m.group("single") != null) {
            return CalendarMonth.of(ord.equals("last") ? fy.last() : fy.first());
        }
        if (m.group("n") != null) {
            int n = count(m.group("n"));
            return ord.equals("last") ? MonthSpan.of(fy.last().minusMonths(n - 1L), fy.last()) : firstMonths(fy, n);
        }
        return part(fy, m.group("unit"), ord);
    }

    /**
     * {@code the second quarter}, {@code the first half} with no year: the latest such part of a
     * fiscal year that had ended by the reference month (in January, the second quarter is
     * October–December just past).
     */
    private Period latestEnded(Matcher m) {
        FiscalYear fy = calendar.fiscalYearOf(reference);
        for (int back = 0; back < 2; back++) {
            FiscalYear year = new FiscalYear(fy.endYear() - back, fy.firstMonth());
            Period p = part(year, m.group("unit"), m.group("ord").toLowerCase(Locale.ROOT));
            if (p != null && !p.last().isAfter(reference)) {
                return p;
            }
        }
        return null;
    }

    /** The {@code ord} half or quarter of a fiscal year, or {@code null} past its end. */
    private static Period part(FiscalYear fy, String unit, String ord) {
        int size = unit.equalsIgnoreCase("half") ? 6 : 3;
        int index = switch (ord) {
            case "first" -> 0;
            case "second" -> 1;
            case "third" -> 2;
            case "last" -> 12 / size - 1;
            default -> 3;
        };
        if (index * size >= 12) {
            return null;
        }
        return MonthSpan.of(
                fy.first().plusMonths((long) index * size), fy.first().plusMonths((long) index * size + size - 1));
    }

    /** {@code the five months ended Nov-23}: the months up to and including the one named. */
    private Period monthsEnded(Matcher m) {
        int month = Periods.monthNumber(m.group("m"));
        YearMonth last;
        if (m.group("y4") != null || m.group("y2") != null) {
            last = YearMonth.of(year(m.group("y4") != null ? m.group("y4") : m.group("y2")), month);
        } else {
            last = latest(month, reference);
        }
        int n = count(m.group("n"));
        return n == 1 ? CalendarMonth.of(last) : MonthSpan.of(last.minusMonths(n - 1L), last);
    }

    /** {@code the same month in 2023}, {@code the same period of FY25}: the year named; the months follow the claim's. */
    private Period sameIn(Matcher m) {
        if (m.group("y") != null) {
            return CalendarYear.of(Integer.parseInt(m.group("y")));
        }
        return fiscalYearOf(m);
    }

    /**
     * Spans whose stated count of months disagrees with the months they name: {@code the first
     * eight months (July-March)} names nine.
     */
    List<CountMismatch> countMismatches(String text) {
        List<CountMismatch> found = new ArrayList<>();
        Matcher m = ORDINAL.matcher(text);
        while (m.find()) {
            if (m.group("n") == null
                    || m.group("pm1") == null
                    || !m.group("ord").equalsIgnoreCase("first")) {
                continue;
            }
            int stated = count(m.group("n"));
            int first = Periods.monthNumber(m.group("pm1"));
            int last = Periods.monthNumber(m.group("pm2"));
            int named = Math.floorMod(last - first, 12) + 1;
            if (stated != named) {
                int end = m.start("n")
                        + m.group().substring(m.start("n") - m.start()).indexOf("months")
                        + "months".length();
                found.add(new CountMismatch(m.start("ord"), end, stated, named, ordinal(m)));
            }
        }
        return found;
    }

    /**
     * A span whose count of months disagrees with the months it names.
     *
     * @param start index of the count's first word ({@code first})
     * @param end index after {@code months}
     * @param stated the count the text gives
     * @param named the months the named range holds
     * @param span the named range
     */
    record CountMismatch(int start, int end, int stated, int named, Period span) {}

    private static int count(String n) {
        return Integer.parseInt(Character.isDigit(n.charAt(0)) ? n : Words.numberOfWord(n));
    }

    private Period monthYear(Matcher m) {
        if (m.group("iy") != null) {
            return CalendarMonth.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")));
        }
        int month = Periods.monthNumber(m.group("m"));
        String y = m.group("y4") != null ? m.group("y4") : m.group("y2");
        return CalendarMonth.of(year(y), month);
    }

    private Period bareMonth(Matcher m) {
        int month = Periods.monthNumber(m.group("m"));
        String which = m.group("which");
        if (which == null) {
            return CalendarMonth.of(latest(month, reference));
        }
        int year = reference.plusMonths(1).getYear() - (which.equals("this") ? 0 : 1);
        return CalendarMonth.of(year, month);
    }

    /**
     * The fiscal year a match names through its {@code fy}/{@code fy2}, {@code y1}/{@code y2} or {@code
     * relfy} group ({@code the fiscal year} alone is the current one).
     */
    private FiscalYear fiscalYearOf(Matcher m) {
        if (m.group("relfy") != null) {
            FiscalYear current = calendar.fiscalYearOf(reference);
            String rel = m.group("rel") == null ? "this" : m.group("rel").toLowerCase(Locale.ROOT);
            boolean previous = rel.equals("last") || rel.equals("previous") || rel.equals("outgoing");
            return previous ? new FiscalYear(current.endYear() - 1, current.firstMonth()) : current;
        }
        if (m.group("y1") != null) {
            int first = Integer.parseInt(m.group("y1"));
            int second = year(m.group("y2"));
            if (second != first + 1) {
                throw new IllegalArgumentException("not consecutive years");
            }
            return calendar.fiscalYear(second);
        }
        return fiscalYear(m.group("fy"), m.group("fy2"));
    }

    private FiscalYear fiscalYear(String fy, String fy2) {
        int year = year(fy);
        if (fy2 != null) {
            int second = year(fy2);
            if (second != year + 1) {
                throw new IllegalArgumentException("not consecutive years");
            }
            year = second;
        }
        return calendar.fiscalYear(year);
    }

    /** A fiscal year not ended by the reference month stands for its months so far. */
    private Period toDate(FiscalYear fy) {
        if (fy.contains(reference) && !fy.last().equals(reference)) {
            return MonthSpan.of(fy.first(), reference);
        }
        return fy;
    }

    private static MonthSpan firstMonths(FiscalYear fy, int n) {
        if (n < 1 || n > 12) {
            throw new IllegalArgumentException("months of a year: " + n);
        }
        return MonthSpan.of(fy.first(), fy.first().plusMonths(n - 1L));
    }

    private static YearMonth monthIn(FiscalYear fy, int month) {
        YearMonth first = fy.first();
        int offset = Math.floorMod(month - first.getMonthValue(), 12);
        return first.plusMonths(offset);
    }

    /** The latest month numbered {@code month} on or before {@code notAfter}. */
    private static YearMonth latest(int month, YearMonth notAfter) {
        YearMonth candidate = YearMonth.of(notAfter.getYear(), Month.of(month));
        return candidate.isAfter(notAfter) ? candidate.minusYears(1) : candidate;
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }
}
