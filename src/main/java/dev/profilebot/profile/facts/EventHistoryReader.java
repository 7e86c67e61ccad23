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

    /**
     * A Japanese rirekisho's event, its verb last: "東邦計測システム株式会社　入社" (joined), "一身上の都合により退社" (left),
     * "主任に昇格" (promoted to), "タイ現地法人 … へ出向" (seconded to), "営業技術部に復帰" (back from a secondment).
     */
    private static final Pattern JAPANESE_EVENT = Pattern.compile(WHEN + "(.*?)[\\s\u3000]*(?:に|へ)?[\\s\u3000]*"
            + "(入社|入職|入行|入庁|入所|退社|退職|退所|退任|昇格|昇進|就任|出向|帰任|復帰|異動|転勤|配属)(?:[\\s\u3000、,]|（|$)(.*)$");
    /** "東京理科大学　工学部　電気工学科　卒業": a school's event, the verb last. */
    private static final Pattern JAPANESE_SCHOOL_EVENT =
            Pattern.compile(WHEN + "(.*?)[\\s\u3000]*(入学|編入学|卒業|修了|中途退学|中退)[\\s\u3000]*$");
    /** A Japanese school's name ends with its kind: university, graduate school, high school, college. */
    private static final Pattern JAPANESE_SCHOOL = Pattern.compile("(?:大学|大学院|学校|高校|学院|学園|短大|高専|研究科)$");

    /** "（セールスエンジニアとして自動車部品メーカーを担当）": the post held, in brackets under the event. */
    private static final Pattern JAPANESE_TITLE_AS = Pattern.compile("[（(]([^（()）、。]{2,30}?)として");
    /** "平成23", "令和元年": a year of a Japanese era, at the start of a history's row. */
    private static final Pattern ERA_YEAR =
            Pattern.compile("^[\\s\u3000]*(昭和|平成|令和)[\\s\u3000]*(元|\\d{1,2})(?=[\\s\u3000年·|/.,;-]|$)");
    /** A table's row read one cell a line: the year alone, then the month alone. */
    private static final Pattern YEAR_ALONE =
            Pattern.compile("^[\\s\u3000]*(?:(?:19|20)\\d\\d|(?:昭和|平成|令和)[\\s\u3000]*(?:元|\\d{1,2}))[\\s\u3000年]*$");

    private static final Pattern MONTH_ALONE = Pattern.compile("^[\\s\u3000]*\\d{1,2}[\\s\u3000月]*$");

    private EventHistoryReader() {}

    /** The Gregorian year of a Japanese era's: Showa began in 1926, Heisei in 1989, Reiwa in 2019. */
    static int gregorianYear(String era, String year) {
        int n = year.equals("元") ? 1 : Integer.parseInt(year);
        return switch (era) {
            case "昭和" -> 1925 + n;
            case "平成" -> 1988 + n;
            default -> 2018 + n;
        };
    }

    /**
     * A history's lines as rows: a Japanese era's year as the Gregorian one ("平成23 · 4 · …" as "2011 · 4 · …"), and a
     * row read a cell a line ("平成26", "4", "タイ現地法人 … へ出向") as one line.
     */
    private static List<Row> rows(ProfileDocument document, boolean work) {
        List<Row> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (work && Sections.of(block.sectionPath()) == Sections.NOT_WORK) {
                continue; // "2016/09 Joined the British Computer Society" under Memberships is no job
            }
            FactSource source = new FactSource(document.fileName(), block.sectionPath());
            for (String line : block.text().split("\n")) {
                lines.add(new Row(line, source));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // (each cell may be a paragraph, a block, of its own)
            if (i + 2 < lines.size()
                    && YEAR_ALONE.matcher(lines.get(i).text()).matches()
                    && MONTH_ALONE.matcher(lines.get(i + 1).text()).matches()) {
                String row = lines.get(i).text().strip() + " · "
                        + lines.get(i + 1).text().strip() + " · "
                        + lines.get(i + 2).text();
                rows.add(new Row(withGregorianYear(row), lines.get(i + 2).source()));
                i += 2;
            } else {
                rows.add(new Row(
                        withGregorianYear(lines.get(i).text()), lines.get(i).source()));
            }
        }
        return rows;
    }

    /** A line of a history and where it was read. */
    private record Row(String text, FactSource source) {}

    private static String withGregorianYear(String line) {
        Matcher era = ERA_YEAR.matcher(line);
        return era.find() ? gregorianYear(era.group(1), era.group(2)) + line.substring(era.end()) : line;
    }

    private static final Pattern DATED_ROW = Pattern.compile(WHEN);

    /** Whether the line opens with a history's year and month ("令和4 · 9 · 第三種電気主任技術者試験 合格"). */
    static boolean isDatedRow(String line) {
        return DATED_ROW.matcher(withGregorianYear(line.strip())).lookingAt();
    }

    /** Whether the line is one of a history's dated events ("2021 · 10 · Promoted to Senior Network Engineer"). */
    static boolean isEvent(String line) {
        String row = withGregorianYear(line.strip());
        return EVENT.matcher(row).matches()
                || SCHOOL_EVENT.matcher(row).matches()
                || japaneseEvent(row).isPresent()
                || JAPANESE_SCHOOL_EVENT.matcher(row).matches();
    }

    /** The roles the document's events tell, or none when it tells no employer joined. */
    static List<Role> read(ProfileDocument document) {
        List<Role> roles = new ArrayList<>();
        Open open = null;
        boolean titleMayFollow = false;
        // the month of a Japanese transfer that named no post on its row: the line under it may
        YearMonth transferred = null;
        for (Row row : rows(document, true)) {
            FactSource source = row.source();
            String line = row.text();
            Matcher event = EVENT.matcher(line.strip());
            if (!event.matches()) {
                Optional<Event> japanese = japaneseEvent(line);
                if (japanese.isPresent()) {
                    Event e = japanese.get();
                    titleMayFollow = false;
                    transferred = null;
                    switch (e.kind()) {
                        case JOINED -> {
                            if (open != null) {
                                roles.add(open.closed(e.when().minusMonths(1)));
                            }
                            open = new Open(e.subject(), e.title(), e.when(), source, null);
                            titleMayFollow = e.title().isEmpty();
                        }
                        case PROMOTED -> {
                            if (open != null && !e.subject().isEmpty()) {
                                roles.add(open.closed(e.when().minusMonths(1)));
                                open = new Open(open.organization(), e.subject(), e.when(), source, open.home());
                            }
                        }
                        case SECONDED -> {
                            if (open != null && !e.subject().isEmpty()) {
                                roles.add(open.closed(e.when().minusMonths(1)));
                                String title = e.title().isEmpty() ? open.title() : e.title();
                                open = new Open(e.subject(), title, e.when(), source, open);
                                titleMayFollow = true;
                            }
                        }
                        case RETURNED -> {
                            if (open != null && open.home() != null) {
                                roles.add(open.closed(e.when().minusMonths(1)));
                                Open home = open.home();
                                open = new Open(home.organization(), home.title(), e.when(), source, null);
                            }
                        }
                        case TRANSFERRED -> {
                            // "営業技術部へ異動" over "（セールスエンジニアとして…）": a new post from then, when
                            // the row or the line under it names one
                            if (open != null && !e.title().isEmpty()) {
                                roles.add(open.closed(e.when().minusMonths(1)));
                                open = new Open(open.organization(), e.title(), e.when(), source, open.home());
                            } else if (open != null) {
                                transferred = e.when();
                            }
                        }
                        case LEFT -> {
                            if (open != null) {
                                roles.add(open.closed(e.when()));
                                open = null;
                            }
                        }
                    }
                    continue;
                }
                Matcher titleAs = JAPANESE_TITLE_AS.matcher(line);
                if (open != null && titleAs.find() && RoleText.isTitle(titleAs.group(1))) {
                    // "（セールスエンジニアとして自動車部品メーカーを担当）" under "営業技術部へ異動": the post held from then
                    if (transferred != null && transferred.isAfter(open.start())) {
                        roles.add(open.closed(transferred.minusMonths(1)));
                        open = new Open(open.organization(), titleAs.group(1), transferred, source, open.home());
                    } else {
                        open = open.titled(titleAs.group(1));
                    }
                    transferred = null;
                    titleMayFollow = false;
                    continue;
                }
                transferred = null;
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
                open = new Open(employer, title, when, source, null);
                titleMayFollow = title.isEmpty();
            } else if (what.startsWith("promoted") || what.startsWith("appointed")) {
                if (open != null) {
                    roles.add(open.closed(when.minusMonths(1)));
                    // "Assistant Manager, Die-Casting Process Engineering Group": the title before its unit
                    String title = rest.split(",", 2)[0].strip();
                    open = new Open(open.organization(), title, when, source, null);
                }
            } else if (what.startsWith("transferred")) {
                // "Transferred to Corporate Network Solutions Division, Osaka (Network Engineer)": a new post
                // there, when it names one
                Optional<String> title = titleInBrackets(rest);
                if (open != null && title.isPresent()) {
                    roles.add(open.closed(when.minusMonths(1)));
                    open = new Open(open.organization(), title.get(), when, source, null);
                }
            } else if (open != null) {
                roles.add(open.closed(when));
                open = null;
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
        for (Row row : rows(document, false)) {
            FactSource source = row.source();
            String line = row.text();
            Matcher japanese = JAPANESE_SCHOOL_EVENT.matcher(line.strip());
            if (japanese.matches() && !japanese.group(3).isBlank()) {
                japaneseSchool(japanese, source, entered).ifPresent(schools::add);
                continue;
            }
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
        return schools;
    }

    /**
     * "東京理科大学　工学部　電気工学科　入学" and, years later, "… 卒業": a Japanese school's entry and graduation, one
     * entry; the school's name first, its faculty and department after it as the field.
     */
    private static Optional<Education> japaneseSchool(
            Matcher event, FactSource source, Map<String, YearMonth> entered) {
        int month = Integer.parseInt(event.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        YearMonth when = YearMonth.of(Integer.parseInt(event.group(1)), month);
        String[] parts = event.group(3).strip().split("[\\s\u3000]+", 2);
        String institution = parts[0];
        if (!JAPANESE_SCHOOL.matcher(institution).find()) {
            return Optional.empty(); // "産業用ロボットの教示等の業務に係る特別教育 修了": a training completed, no school
        }
        if (event.group(4).endsWith("入学")) {
            entered.put(institution, when);
            return Optional.empty();
        }
        YearMonth start = entered.remove(institution);
        Optional<String> field = parts.length > 1
                ? Optional.of(parts[1].replaceAll("[\\s\u3000]+", " ").strip())
                : Optional.empty();
        return Optional.of(new Education(
                institution,
                "",
                field,
                Optional.of(
                        start == null
                                ? DateRange.at(ProfileDate.of(when))
                                : DateRange.between(ProfileDate.of(start), ProfileDate.of(when))),
                source));
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

    private enum Kind {
        JOINED,
        PROMOTED,
        SECONDED,
        RETURNED,
        TRANSFERRED,
        LEFT
    }

    /** A Japanese event: what happened, when, and to whom or what (the employer joined, the post promoted to). */
    private record Event(Kind kind, YearMonth when, String subject, String title) {}

    private static Optional<Event> japaneseEvent(String line) {
        Matcher m = JAPANESE_EVENT.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        YearMonth when = YearMonth.of(Integer.parseInt(m.group(1)), month);
        String subject = m.group(3).strip().replaceAll("[\\s\u3000]+", " ").strip();
        Matcher titleAs = JAPANESE_TITLE_AS.matcher(m.group(5));
        String title = titleAs.find() && RoleText.isTitle(titleAs.group(1)) ? titleAs.group(1) : "";
        Kind kind = switch (m.group(4)) {
            case "入社", "入職", "入行", "入庁", "入所" -> Kind.JOINED;
            case "昇格", "昇進", "就任" -> Kind.PROMOTED;
            case "出向" -> Kind.SECONDED;
            case "帰任", "復帰" -> Kind.RETURNED;
            case "異動", "転勤", "配属" -> Kind.TRANSFERRED;
            default -> Kind.LEFT;
        };
        if (kind == Kind.JOINED && subject.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Event(kind, when, subject, title));
    }

    /** A post held: its employer, its title, since when, and the post a secondment will return to. */
    private record Open(String organization, String title, YearMonth start, FactSource source, Open home) {
        Open titled(String newTitle) {
            return new Open(organization, newTitle, start, source, home);
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
