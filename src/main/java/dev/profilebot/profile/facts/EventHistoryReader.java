package dev.profilebot.profile.facts;

import dev.profilebot.profile.Block;
import dev.profilebot.profile.ProfileDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A career told as dated events rather than ranges, as a Japanese résumé (rirekisho) lists it in
 * its Year | Month | Event table: "2013 · 4 · Joined Shirasagi Seiko Co., Ltd. (Production
 * Engineering Dept.)", "2017 · 10 · Promoted to Assistant Manager", "2020 · 3 · Resigned for
 * personal reasons". Each employer joined is a role until the next event ends it; a promotion
 * starts the next title there; the last role still open is the current one.
 */
final class EventHistoryReader {

    /** "2013 · 4 · ", or a table's row read with its column names, "Year: 2015; Month: 4; Event: ". */
    private static final String WHEN = "^\\s*(?:year\\s*:\\s*)?((?:19|20)\\d\\d)\\s*(?:[·|/.,;年-]\\s*|\\s+)"
            + "(?:month\\s*:\\s*)?(\\d{1,2})\\s*(?:[·|月.;]\\s*|\\s+)(?:event\\s*:\\s*)?";

    private static final Pattern EVENT = Pattern.compile(
            WHEN + "(joined|promoted to|appointed(?: as)?|transferred to|resigned|retired|left)\\b[\\s:,]*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** "2011 · 4 · Entered Keiran University, …", "2015 · 3 · Graduated from …": a school's events. */
    private static final Pattern SCHOOL_EVENT = Pattern.compile(
            WHEN + "(entered|enrolled (?:at|in)|graduated from|completed)\\s+(.*)$", Pattern.CASE_INSENSITIVE);
    /** "…, Product Quality Group, as QA Engineer": the title the employer was joined as. */
    private static final Pattern JOINED_AS = Pattern.compile("^(.*?),?\\s+as (?:an? )?(.+)$");
    /**
     * "Fujimaki Systems Co., Ltd., Quality Assurance Division": the employer ends with its legal form; a
     * division or a section after it is a part of it.
     */
    private static final Pattern LEGAL_NAME = Pattern.compile(
            "^(.+?\\b(?:Co\\.,? Ltd\\.?|Ltd\\.?|Inc\\.?|Corp(?:oration|\\.)?|K\\.K\\.|LLC|GmbH|plc))(?=,|$)");
    /** "… Department of Information Science (Bachelor of Engineering)": the degree, in brackets at the end. */
    private static final Pattern DEGREE_AT_THE_END = Pattern.compile("\\(([^()]+)\\)\\s*$");
    /** "Department of Information Science": the field of study, in a university's line. */
    private static final Pattern DEPARTMENT_OF = Pattern.compile("\\b(?:Department|Dept\\.?|School) of ([^,()]+)");
    /** "Production Engineer – aluminium die-casting …" under the line of the employer joined: the title. */
    private static final Pattern TITLE_LINE = Pattern.compile("^([^–—:,(]{3,60}?)(?:\\s+[–—-]\\s+.*|,\\s+.*)?$");
    /** "(Production Engineering Dept., Anjo Plant)": the department, not the employer's name. */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)\\s*");

    private EventHistoryReader() {}

    /** Whether the line is one of a history's dated events ("2021 · 10 · Promoted to Senior Network Engineer"). */
    static boolean isEvent(String line) {
        return EVENT.matcher(line.strip()).matches()
                || SCHOOL_EVENT.matcher(line.strip()).matches();
    }

    /** The roles the document's events tell, or none when it tells no employer joined. */
    static List<Role> read(ProfileDocument document) {
        List<Role> roles = new ArrayList<>();
        Open open = null;
        boolean titleMayFollow = false;
        for (Block block : document.blocks()) {
            if (Sections.of(block.sectionPath()) == Sections.NOT_WORK) {
                continue; // "2016/09 Joined the British Computer Society" under Memberships is no job
            }
            FactSource source = new FactSource(document.fileName(), block.sectionPath());
            for (String line : block.text().split("\n")) {
                Matcher event = EVENT.matcher(line.strip());
                if (!event.matches()) {
                    Matcher title = TITLE_LINE.matcher(line.strip());
                    if (titleMayFollow
                            && open != null
                            && title.matches()
                            && RoleText.isTitle(title.group(1).strip())) {
                        open = open.titled(title.group(1).strip());
                    } else if (titleMayFollow && open != null) {
                        // "Assigned to Network Operations Center, Osaka Branch (NOC Engineer)": the post in brackets
                        open = titleInBrackets(line).map(open::titled).orElse(open);
                    }
                    titleMayFollow = false;
                    continue;
                }
                int month = Integer.parseInt(event.group(2));
                if (month < 1 || month > 12) {
                    continue;
                }
                YearMonth when = YearMonth.of(Integer.parseInt(event.group(1)), month);
                String what = event.group(3).toLowerCase(java.util.Locale.ROOT);
                String rest = event.group(4).strip().replaceAll("[.;]+$", "");
                titleMayFollow = false;
                if (what.equals("joined")) {
                    if (open != null) {
                        roles.add(open.closed(when.minusMonths(1)));
                    }
                    String title = "";
                    Matcher as = JOINED_AS.matcher(rest);
                    if (as.matches() && RoleText.isTitle(as.group(2).strip())) {
                        rest = as.group(1);
                        title = as.group(2).strip();
                    }
                    String employer = ASIDE.matcher(rest).replaceAll(" ").strip();
                    Matcher legal = LEGAL_NAME.matcher(employer);
                    if (legal.find()) {
                        employer = legal.group(1);
                    }
                    if (employer.isEmpty()) {
                        open = null;
                        continue;
                    }
                    open = new Open(employer, title, when, source);
                    titleMayFollow = title.isEmpty();
                } else if (what.startsWith("promoted") || what.startsWith("appointed")) {
                    if (open != null) {
                        roles.add(open.closed(when.minusMonths(1)));
                        // "Assistant Manager, Die-Casting Process Engineering Group": the title before its unit
                        String title = rest.split(",", 2)[0].strip();
                        open = new Open(open.organization(), title, when, source);
                    }
                } else if (what.startsWith("transferred")) {
                    // "Transferred to Corporate Network Solutions Division, Osaka (Network Engineer)": a new post
                    // there, when it names one
                    Optional<String> title = titleInBrackets(rest);
                    if (open != null && title.isPresent()) {
                        roles.add(open.closed(when.minusMonths(1)));
                        open = new Open(open.organization(), title.get(), when, source);
                    }
                } else if (open != null) {
                    roles.add(open.closed(when));
                    open = null;
                }
            }
        }
        if (open != null) {
            roles.add(open.role(DateRange.since(ProfileDate.of(open.start()))));
        }
        return roles;
    }

    /** Whether the line is a school's dated event ("2015 · 3 · Graduated from Kansai University, …"). */
    static boolean isSchoolEvent(String line) {
        return schoolEvent(line).isPresent();
    }

    /**
     * The schools the document's events tell: "2011 · 4 · Entered Keiran University, Faculty of Science and
     * Engineering, Department of Information Science" and "2015 · 3 · Graduated from Keiran University, …
     * (Bachelor of Engineering)" are one entry, from the year entered to the year graduated.
     */
    static List<Education> education(ProfileDocument document) {
        List<Education> schools = new ArrayList<>();
        Map<String, YearMonth> entered = new HashMap<>();
        for (Block block : document.blocks()) {
            FactSource source = new FactSource(document.fileName(), block.sectionPath());
            for (String line : block.text().split("\n")) {
                Optional<Matcher> found = schoolEvent(line);
                if (found.isEmpty()) {
                    continue;
                }
                Matcher event = found.get();
                YearMonth when = YearMonth.of(Integer.parseInt(event.group(1)), Integer.parseInt(event.group(2)));
                String rest = event.group(4).strip().replaceAll("[.;]+$", "");
                String institution = institution(rest);
                if (event.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("graduated")
                        || event.group(3).equalsIgnoreCase("completed")) {
                    Matcher degree = DEGREE_AT_THE_END.matcher(rest);
                    Matcher field = DEPARTMENT_OF.matcher(rest);
                    YearMonth start = entered.remove(institution);
                    schools.add(new Education(
                            institution,
                            degree.find()
                                            && EducationReader.DEGREE
                                                    .matcher(degree.group(1))
                                                    .find()
                                    ? degree.group(1)
                                    : "",
                            field.find() ? Optional.of(field.group(1).strip()) : Optional.empty(),
                            Optional.of(
                                    start == null
                                            ? DateRange.at(ProfileDate.of(when))
                                            : DateRange.between(ProfileDate.of(start), ProfileDate.of(when))),
                            source));
                } else {
                    entered.put(institution, when);
                }
            }
        }
        return schools;
    }

    /** The line's match as a school's event, in a month of the year and at a school ("Completed the Tokyo Marathon" is none). */
    private static Optional<Matcher> schoolEvent(String line) {
        Matcher event = SCHOOL_EVENT.matcher(line.strip());
        if (!event.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(event.group(2));
        String rest = event.group(4).strip().replaceAll("[.;]+$", "");
        return month >= 1
                        && month <= 12
                        && EducationReader.INSTITUTION
                                .matcher(institution(rest))
                                .find()
                ? Optional.of(event)
                : Optional.empty();
    }

    /** "Kansai University, Faculty of Informatics, …": the school, before its faculty and any aside. */
    private static String institution(String rest) {
        return ASIDE.matcher(rest.split(",", 2)[0]).replaceAll(" ").strip();
    }

    private static final Pattern TITLE_IN_BRACKETS = Pattern.compile("\\(([^()]{3,60})\\)\\s*$");

    /** "… Osaka Branch (NOC Engineer)": a post named in brackets at the end of the line. */
    private static Optional<String> titleInBrackets(String line) {
        Matcher m = TITLE_IN_BRACKETS.matcher(line.strip());
        return m.find() && RoleText.isTitle(m.group(1).strip())
                ? Optional.of(m.group(1).strip())
                : Optional.empty();
    }

    private record Open(String organization, String title, YearMonth start, FactSource source) {
        Open titled(String newTitle) {
            return new Open(organization, newTitle, start, source);
        }

        Role closed(YearMonth end) {
            YearMonth last = end.isBefore(start) ? start : end;
            return role(DateRange.between(ProfileDate.of(start), ProfileDate.of(last)));
        }

        Role role(DateRange dates) {
            return new Role(organization, title, Optional.empty(), dates, false, source);
        }
    }
}
