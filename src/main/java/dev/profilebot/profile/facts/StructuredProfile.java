package dev.profilebot.profile.facts;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot understood of the person, beside the passages: identity, the roles on a timeline
 * (oldest first), education and skills, each fact with the document and section it came from, and
 * a warning for each thing that could not be placed.
 */
public record StructuredProfile(
        Identity identity, List<Role> roles, List<Education> education, List<String> skills, List<String> warnings) {

    public StructuredProfile {
        Objects.requireNonNull(identity, "identity");
        roles = roles.stream()
                .sorted(Comparator.comparing((Role r) -> r.dates().start())
                        .thenComparing(r -> r.dates().lastMonth(YearMonth.of(2200, 1))))
                .toList();
        education = List.copyOf(education);
        skills = List.copyOf(skills);
        warnings = List.copyOf(warnings);
    }

    public static StructuredProfile empty() {
        return new StructuredProfile(
                new Identity(Optional.empty(), Pronouns.THEY, false, Optional.empty(), Optional.empty()),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** The roles that are not career breaks, oldest first. */
    public List<Role> jobs() {
        return roles.stream().filter(r -> !r.careerBreak()).toList();
    }

    /** The ongoing roles, the latest started first. */
    public List<Role> currentRoles() {
        return jobs().stream()
                .filter(Role::current)
                // the job before the board seats and trusteeships held beside it, a job at an employer before a
                // title read with none ("7th Grade Math PLC Team Lead since 2021" among its bullets), then the
                // latest first; a part-time post beside the main job ("Adjunct Instructor", "per diem") after it
                .sorted(Comparator.comparing(StructuredProfile::heldBeside)
                        .thenComparing((Role r) -> r.organization().isEmpty())
                        .thenComparing(
                                (Role r) -> PART_TIME_TITLE.matcher(r.title()).find())
                        .thenComparing(
                                Comparator.comparing((Role r) -> r.dates().start())
                                        .reversed()))
                .toList();
    }

    /**
     * A title that says the post is part-time: "Adjunct Instructor", "RN (per diem)", "Sessional Lecturer", a side job
     * ("Praktijklector (bijberoep, 20%)", "nebenberuflich"), a post of less than half time ("(20%)", "0,4 FTE").
     */
    private static final java.util.regex.Pattern PART_TIME_TITLE = java.util.regex.Pattern.compile(
            "(?i)\\b(adjunct|part[- ]time|per[- ]diem|prn|sessional|casual|side job|bijberoep\\w*|bijbaan"
                    + "|nebenberuf\\w*|nebentätigkeit|teilzeit|deeltijd\\w*|temps partiel|mi-temps|tiempo parcial"
                    + "|medio tiempo|meio período|tempo parziale)\\b"
                    + "|(?<![\\d.,])[1-4]?\\d ?%|\\b0[.,][1-4]\\d? ?FTE\\b");

    /**
     * Titles of posts held beside a job: "Non-Executive Director", "Trustee & Honorary Treasurer", a seat on a
     * committee.
     */
    private static final java.util.regex.Pattern BESIDE_TITLE = java.util.regex.Pattern.compile(
            "(?i)\\b(non-executive|trustee|honorary|governor|board member|advisory board|volunteer\\w*|voluntary"
                    + "|pro bono)\\b"
                    // "Trainee representative on the Regional Respiratory Specialty Training Committee": a seat
                    + "|\\b(representative|member|chair)\\b.*\\b(committee|council|forum|working group)\\b");
    /**
     * Sections of such posts: "Board & Advisory Positions", "Volunteering", a doctor's "Leadership and Management"
     * (a rota coordinator, a forum representative beside the training posts), an academic's "Major Administrative
     * Leadership Positions" beside the appointments.
     */
    private static final java.util.regex.Pattern BESIDE_SECTION = java.util.regex.Pattern.compile(
            "(?i)\\b(boards?|advisory|non-executive|volunteer\\w*|voluntary|pro bono|community roles"
                    + "|leadership (and|&) management|management (and|&) leadership|positions? of responsibility"
                    // an American academic CV's "Major Administrative Leadership Positions", "Committee Service"
                    + "|(administrative|leadership) positions|committee (service|work|memberships?|assignments?)"
                    + "|committees)\\b");

    /** Whether a role is a post held beside the job rather than the job: a board seat, a trusteeship. */
    public static boolean heldBeside(Role role) {
        // ("Chair" of "Telemetry Stewardship Committee": the seat by what it is a seat on)
        return BESIDE_TITLE.matcher(role.title()).find()
                || BESIDE_TITLE
                        .matcher(role.title() + " of " + role.organization())
                        .find()
                || role.source().sectionPath().stream()
                        .anyMatch(h -> BESIDE_SECTION.matcher(h).find());
    }

    /**
     * The profile in a few lines for a model's prompt: name, pronouns, headline, the timeline most
     * recent first and education, each fact with its source.
     */
    public String card() {
        StringBuilder card = new StringBuilder();
        card.append("Name: ")
                .append(identity.displayName())
                .append(" (pronouns: ")
                .append(identity.pronouns().label())
                .append(identity.pronounsStated() ? "" : ", not stated")
                .append(")\n");
        identity.headline().ifPresent(h -> card.append("Headline: ").append(h).append('\n'));
        if (!roles.isEmpty()) {
            card.append("Timeline, most recent first:\n");
            for (int i = roles.size() - 1; i >= 0; i--) {
                Role role = roles.get(i);
                card.append("- ")
                        .append(role.describe())
                        .append(", ")
                        .append(role.dates().display())
                        .append(role.location().map(l -> ", " + l).orElse(""))
                        .append(" (")
                        .append(role.source().display())
                        .append(")\n");
            }
        }
        if (!education.isEmpty()) {
            card.append("Education:\n");
            education.forEach(e -> card.append("- ")
                    .append(e.describe())
                    .append(" (")
                    .append(e.source().display())
                    .append(")\n"));
        }
        return card.toString().strip();
    }

    /** "Jonathan Hartley: 7 roles 2003–now, 1 degree": the line logged at start. */
    public String summaryLine(int documents) {
        StringBuilder line = new StringBuilder(identity.displayName()).append(": ");
        List<Role> jobs = jobs();
        line.append(jobs.size()).append(jobs.size() == 1 ? " role" : " roles");
        if (!jobs.isEmpty()) {
            boolean ongoing = jobs.stream().anyMatch(Role::current);
            int last = jobs.stream()
                    .mapToInt(r -> r.dates().end().orElse(r.dates().start()).year())
                    .max()
                    .orElseThrow();
            line.append(' ')
                    .append(jobs.get(0).dates().start().year())
                    .append('–')
                    .append(ongoing ? "now" : last);
        }
        line.append(", ").append(education.size()).append(education.size() == 1 ? " degree" : " degrees");
        line.append(", from ").append(documents).append(documents == 1 ? " document" : " documents");
        return line.toString();
    }
}
