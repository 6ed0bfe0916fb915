package org.guidepost.content;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it: a full ISO date, a year, a year and month, or a month
 * and day without a year ("--09-02"), so metadata never gains a year nobody wrote.
 */
public record ContentDate(Integer year, Integer month, Integer day) implements Comparable<ContentDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|--(\\d{2})-(\\d{2})");

    /** Parses "2024-04-28", "2015-06", "2015" or "--09-02"; empty when the text is not one of these. */
    public static Optional<ContentDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group(4) != null) {
                MonthDay md = MonthDay.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                return Optional.of(new ContentDate(null, md.getMonthValue(), md.getDayOfMonth()));
            }
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return Optional.of(new ContentDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
            }
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
                return Optional.of(new ContentDate(ym.getYear(), ym.getMonthValue(), null));
            }
            return Optional.of(new ContentDate(year, null, null));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public static ContentDate of(LocalDate date) {
        return new ContentDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean isComplete() {
        return year != null && month != null && day != null;
    }

    /** The full date, when year, month and day are all known. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** ISO 8601 form: "2024-04-28", "2015-06", "2015", or "--09-02" for a day without a year. */
    public String iso() {
        if (year == null) {
            return "--" + padded(month, 2) + "-" + padded(day, 2);
        }
        if (month == null) {
            return padded(year, 4);
        }
        if (day == null) {
            return padded(year, 4) + "-" + padded(month, 2);
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
    }

    /** Form for HTML {@code <time datetime>}: ISO, except a yearless date is "09-02" (HTML's yearless date string). */
    public String htmlDatetime() {
        return year == null ? padded(month, 2) + "-" + padded(day, 2) : iso();
    }

    // what "%0<width>d" gives for the non-negative numbers a date holds, without the formatter (dates sort by it, often)
    private static String padded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Human form in a locale: "28 April 2024", "2 September", "June 2015", "2015". */
    public String format(Locale locale) {
        if (isComplete()) {
            return toLocalDate().orElseThrow().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        }
        if (year == null) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
            return "vi".equals(locale.getLanguage()) ? day + " " + monthName.toLowerCase(locale) : day + " " + monthName;
        }
        if (month == null) {
            return String.valueOf(year);
        }
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + year;
    }

    /** Vancouver-style short form for references: "2024 Apr 28", "2015", "Sep 2". */
    public String vancouver() {
        StringBuilder text = new StringBuilder();
        if (year != null) {
            text.append(year);
        }
        if (month != null) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            if (day != null) {
                text.append(' ').append(day);
            }
        }
        return text.toString();
    }

    @Override
    public int compareTo(ContentDate other) {
        return iso().compareTo(other.iso());
    }
}
