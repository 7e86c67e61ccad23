package dev.profilebot.profile.facts;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * When a role or a course of study took place: a start, and an end or "present". A range read
 * backwards ("June 2017 to June 2011") is stored forwards.
 */
public record DateRange(ProfileDate start, Optional<ProfileDate> end, boolean current) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        end = end == null ? Optional.empty() : end;
        if (current && end.isPresent()) {
            throw new IllegalArgumentException("a current range has no end");
        }
        if (end.isPresent() && end.get().compareTo(start) < 0) {
            ProfileDate earlier = end.get();
            end = Optional.of(start);
            start = earlier;
        }
    }

    public static DateRange between(ProfileDate start, ProfileDate end) {
        return new DateRange(start, Optional.of(end), false);
    }

    public static DateRange since(ProfileDate start) {
        return new DateRange(start, Optional.empty(), true);
    }

    /** A single date: something that started and ended then, as far as the document says. */
    public static DateRange at(ProfileDate date) {
        return new DateRange(date, Optional.of(date), false);
    }

    /** The last month of the range: this month when it is current. */
    public YearMonth lastMonth(YearMonth now) {
        return current ? now : end.map(ProfileDate::latest).orElse(start.latest());
    }

    /** Whether any part of the year falls in the range. */
    public boolean covers(int year, YearMonth now) {
        return start.earliest().getYear() <= year && lastMonth(now).getYear() >= year;
    }

    /** Whether the other range lies wholly within this one: a post's dates within its employer's. */
    public boolean contains(DateRange other) {
        if (other.start.earliest().isBefore(start.earliest())) {
            return false;
        }
        if (current) {
            return true;
        }
        YearMonth otherEnd = other.end.orElse(other.start).latest();
        return !other.current && !otherEnd.isAfter(end.orElse(start).latest());
    }

    /** "Sep 2023 to present", "2011 to 2017", "2014". */
    public String display() {
        if (current) {
            return start.display() + " to present";
        }
        ProfileDate last = end.orElse(start);
        return last.equals(start) ? start.display() : start.display() + " to " + last.display();
    }

    /** "2023–now", "2011–2017": for tables and one-line summaries. */
    public String years() {
        if (current) {
            return start.year() + "–now";
        }
        int last = end.orElse(start).year();
        return last == start.year() ? Integer.toString(last) : start.year() + "–" + last;
    }
}
