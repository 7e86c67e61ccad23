package dev.profilebot.profile.facts;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One stretch of a career: an organization (or several, for an entry such as "Able.ag,
 * Antidote.me: contracts"), a title, a location, when, and where the documents say so. A break
 * (a sabbatical, a year of travel) is a role with {@code careerBreak} set and no organization.
 */
public record Role(
        String organization,
        String title,
        Optional<String> location,
        DateRange dates,
        boolean careerBreak,
        FactSource source) {

    public Role {
        organization = organization == null ? "" : OrganizationNames.unshouted(organization.strip());
        title = title == null ? "" : title.strip();
        location = location == null ? Optional.empty() : location.filter(l -> !l.isBlank());
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(source, "source");
        if (organization.isEmpty() && title.isEmpty()) {
            throw new IllegalArgumentException("a role needs an organization or a title");
        }
    }

    public boolean current() {
        return dates.current();
    }

    /** "Staff Engineer at Voltaro GmbH", "Lambda", "Senior Backend Engineer". */
    public String describe() {
        if (careerBreak) {
            return "a career break (" + title + ")";
        }
        if (organization.isEmpty()) {
            return title;
        }
        return title.isEmpty() ? organization : title + " at " + organization;
    }

    /** What to call the place in a sentence: the organization, else the title. */
    public String place() {
        return organization.isEmpty() ? title : organization;
    }

    /** Whether two roles are at one place: the same role, or two titles at one organization. */
    public boolean samePlaceAs(Role other) {
        if (this.equals(other)) {
            return true;
        }
        if (organization.isEmpty() || other.organization.isEmpty()) {
            return false;
        }
        String mine = placeKey(organization);
        String theirs = placeKey(other.organization);
        // "Merrow Arts Centre, Castlebridge" and "Merrow Arts Centre": the same place, its town written once
        return mine.equals(theirs) || mine.startsWith(theirs + ",") || theirs.startsWith(mine + ",");
    }

    /** "Harrowgate Markets, Inc." and "Harrowgate Markets, Store #0412" are one employer: its name without form or branch. */
    private static String placeKey(String organization) {
        // "St Ebba’s Hospitals" and "St. Ebba's Hospitals" too
        String key = BRANCH.matcher(organization.toLowerCase(java.util.Locale.ROOT))
                .replaceAll("")
                .replace('’', '\'')
                .replaceAll("(?<=\\p{L})\\.(?=\\s)", "")
                .replaceAll("\\s+", " ");
        return TRAILING.matcher(LEGAL_FORM.matcher(key).replaceAll(""))
                .replaceAll("")
                .strip();
    }

    private static final java.util.regex.Pattern BRANCH =
            java.util.regex.Pattern.compile(",?\\s*\\b(store|branch|site|unit|location)\\s*(#|no\\.?)?\\s*\\d+\\b");
    private static final java.util.regex.Pattern LEGAL_FORM =
            java.util.regex.Pattern.compile(",?\\s*\\b(inc|ltd|llc|gmbh|plc|corp|limited)\\b\\.?");
    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[\\s,.]+$");

    public YearMonth lastMonth(YearMonth now) {
        return dates.lastMonth(now);
    }

    public Role withTitle(String newTitle) {
        return new Role(organization, newTitle, location, dates, careerBreak, source);
    }

    public Role withOrganization(String org, Optional<String> where) {
        return new Role(org, title, location.isPresent() ? location : where, dates, careerBreak, source);
    }
}
