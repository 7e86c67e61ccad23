package dev.profilebot.profile.facts;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A date as résumés give it: a year, or a year and a month. Shown as "Sep 2023" or "2018"; written
 * to JSON as "2023-09" or "2018".
 */
public record ProfileDate(int year, Optional<Month> month) implements Comparable<ProfileDate> {

    public ProfileDate {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        month = month == null ? Optional.empty() : month;
    }

    public static ProfileDate of(int year) {
        return new ProfileDate(year, Optional.empty());
    }

    public static ProfileDate of(int year, int month) {
        return new ProfileDate(year, Optional.of(Month.of(month)));
    }

    public static ProfileDate of(YearMonth yearMonth) {
        return of(yearMonth.getYear(), yearMonth.getMonthValue());
    }

    /** "2023-09" or "2018". */
    public String iso() {
        return month.map(m -> String.format(Locale.ROOT, "%d-%02d", year, m.getValue()))
                .orElse(Integer.toString(year));
    }

    /** "September 2023" or "2018". */
    public String display() {
        return month.map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year)
                .orElse(Integer.toString(year));
    }

    /** The first month this date can mean. */
    public YearMonth earliest() {
        return YearMonth.of(year, month.map(Month::getValue).orElse(1));
    }

    /** The last month this date can mean. */
    public YearMonth latest() {
        return YearMonth.of(year, month.map(Month::getValue).orElse(12));
    }

    @Override
    public int compareTo(ProfileDate other) {
        return earliest().compareTo(other.earliest());
    }

    @Override
    public String toString() {
        return iso();
    }
}
