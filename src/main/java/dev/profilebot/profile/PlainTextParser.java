package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses plain text: paragraphs separated by blank lines. The usual plain-text conventions give
 * the structure: lines starting with {@code #}, lines underlined with {@code ===} or {@code ---},
 * and a short line standing alone before a paragraph (a job title with its dates) start sections.
 * Emphasis markers ({@code **bold**}) are dropped.
 */
public final class PlainTextParser implements DocumentParser {

    private static final Pattern HASH_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");
    /** A line drawn across the page: "-----", "=====", "_____", "*****", "~~~~~". */
    private static final Pattern RULE = Pattern.compile("^([-=_*~])\\1{2,}$");

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"']+[^\\s)\\]>\"'.,;:!?]");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** A bullet, or an item's number in a numbered list of duties: "1. Lead a team of 5 analysts". */
    private static final Pattern BULLET =
            Pattern.compile("^\\s*(?:[-*+" + TextCleanup.LIST_MARKS + "]|\\d{1,2}[.)](?=\\s+\\p{Lu}))\\s+");
    /** The markers word processors give a second level of bullets: "o", "◦", "▪". */
    private static final Pattern SUB_BULLET = Pattern.compile("^\\s*(?:o(?:\\t| {2,}| (?=\\p{Ll}))|[◦▪‣○]\\s+)");

    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {5,}\\S");
    /** A line opening with a label of what the privacy rules withhold: it keeps its spaces. */
    private static final Pattern PRIVATE_LABEL = Pattern.compile(
            "(?i)\\W{0,3}(?:home |postal |permanent )?(address|phone|telephone|mobile|tel|cell|d\\.?o\\.?b\\.?"
                    + "|date of birth|birthday|born|passport|licen[cs]e|national insurance|nationality|ssn|pin|postcode"
                    + "|zip|marital status|father'?s name|mother'?s name)\\b\\s*(?::|\\s{3,})");
    /** The gap between two columns, not after a label's colon ("Name:      Jo"). */
    private static final Pattern COLUMN_SPACES = Pattern.compile("(?<=[^\\s:]) {3,}(?=[^\\s:])");

    private static final Pattern LEADERS =
            Pattern.compile("\\s*(?:\\.{4,}|-{4,}|_{4,}|·{3,}|\\. \\. \\. [. ]*)\\s*|\\s+\\.{3}\\s+");
    /** "Total Experience : 15 Yrs 1 Month": a labelled value is text, never a heading. */
    private static final Pattern LABEL_VALUE = Pattern.compile("^\\p{L}[\\p{L} /&'-]{1,30}?\\s*:\\s+\\S");
    /** A line of contact details is text, never a heading. */
    private static final Pattern CONTACT_LINE = Pattern.compile("@|https?://|\\s\\|\\s");

    /** "Kalani Brightwater – Page 1 of 2": a printed page's footer, as pdftotext leaves it. */
    private static final java.util.regex.Pattern PAGE_FOOTER =
            java.util.regex.Pattern.compile("(?i)^.{0,60}\\bpage\\s+\\d+\\s*(?:of|/)\\s*\\d+\\s*$");

    /** A line ending with a range of years, or with a year set apart by a dash: "— 2016–2020", "— 2024". */
    private static final java.util.regex.Pattern ENDS_WITH_DATES = java.util.regex.Pattern.compile(
            // (the end with its month: "09/2008 - 03/2011", "2015 – Mar 2019")
            "(?i)(?:\\b(?:19|20)\\d\\d\\s*(?:-|–|—|to)\\s*(?:\\p{L}{3,9}\\.?\\s+|\\d{1,2}[/.]\\s?)?"
                    + "(?:(?:19|20)?\\d\\d|present|now|current|date)"
                    + "|\\s[—–|]\\s+(?:\\p{L}+\\.?\\s+)?(?:19|20)\\d\\d)\\)?$");

    /** A heading drawn with rules on both sides: "==== EXPERIENCE ====", "┌── Skills ──┐", "*** EDUCATION ***". */
    /** A line between a drawn box's sides: "│ text │". */
    private static final Pattern FRAMED_LINE = Pattern.compile("^\\s*[│┃║](.*?)\\s*[│┃║]\\s*$");
    /** A box's bottom or a rule across it: "└────┘", "├────┤". */
    private static final Pattern BOX_EDGE = Pattern.compile("^\\s*[└┗╚├┣╠][─━═]*[┘┛╝┤┫╣]\\s*$");

    private static final Pattern DECORATED_HEADING =
            Pattern.compile("^\\s*[=\\-~#─━═┌┐└┘├┤│|+<>\\[\\]]{2,}\\s*(\\p{L}[\\p{L}\\d &/,'-]{1,40}?)\\s*"
                    + "[=\\-~#─━═┌┐└┘├┤│|+<>\\[\\]]{2,}\\s*$");
    /** "o Lead the platform team": a bullet drawn with the letter o, as typed in a text editor. */
    private static final Pattern O_BULLET = Pattern.compile("^\\s*o\\s+(?=\\S)");

    /** "2008 – 2011", "09/2015 - 08/2019", "Sept 2021 – present": a line of dates and nothing else. */
    private static final Pattern DATES_ALONE = Pattern.compile(
            "(?i)(?:\\p{L}{3,9}\\.?\\s+)?(?:\\d{1,2}[./])?(?:19|20)\\d\\d(?:[./-]\\d{1,2})?\\s*(?:[–—-]|to)\\s*"
                    + "(?:(?:\\p{L}{3,9}\\.?\\s+)?(?:\\d{1,2}[./])?(?:19|20)\\d\\d(?:[./-]\\d{1,2})?|present|now|current|today)");

    private static final int SHORT_LINE = 80;
    /** " | ", " · ": the mark between the parts of a headline or a line of details. */
    private static final Pattern PART_APART = Pattern.compile("\\s[|·•]\\s");

    /** Lines of a paragraph wrapped to a width are at least this long, and fill this share of it. */
    private static final int WRAP_WIDTH = 60;

    private static final double WRAP_SHARE = 0.7;
    private static final int LABEL_LENGTH = 100;

    @Override
    public ProfileDocument parse(String fileName, String written) {
        String content = LatexText.looksLike(written)
                ? LatexText.asPlainText(written)
                : OrgModeText.looksLike(written)
                        ? OrgModeText.asPlainText(written)
                        : AsciiDocText.looksLike(written)
                                ? AsciiDocText.asPlainText(written)
                                : MediaWikiText.looksLike(written)
                                        ? MediaWikiText.asPlainText(written)
                                        : FlattenedText.looksLike(written)
                                                ? FlattenedText.asPlainText(written)
                                                : written;
        List<List<String>> paragraphs = TextCleanup.paragraphs(withoutEchoes(unquoted(content.replace('\f', '\n'))
                .lines()
                .filter(line -> !PAGE_FOOTER
                        .matcher(line.strip().replaceAll("\\s{2,}", " "))
                        .matches())
                .map(TextCleanup::tabsAsSeparators)
                .flatMap(PlainTextParser::undecorated)
                .toList()));
        List<Block> blocks = new ArrayList<>();
        List<String> path = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        String pendingTitleLine = null;
        // how far in an employer's line with its dates, taken for the innermost heading, is set; -1 when none is
        int datedEntryHeadingIndent = -1;
        // the lines right under a section's name, split off it: its content, never a heading of its own
        java.util.Set<List<String>> underASectionName =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> paragraph = paragraphs.get(i);
            if (paragraph.stream().allMatch(line -> RULE.matcher(line.strip()).matches())) {
                continue; // a rule drawn across the page between sections
            }
            if (paragraph.size() >= 3
                    && RULE.matcher(paragraph.get(0).strip()).matches()
                    && RULE.matcher(paragraph.get(2).strip()).matches()
                    && !paragraph.get(1).contains("|")) {
                // a rule over a heading as well as under it: "-----", "PROFESSIONAL EXPERIENCE", "-----"
                paragraph = paragraph.subList(1, paragraph.size());
            }
            if (paragraph.size() >= 2
                    && paragraph.get(1).strip().startsWith("-")
                    && UNDERLINE.matcher(paragraph.get(1).strip()).matches()
                    && dev.profilebot.profile.facts.DateRanges.firstRange(paragraph.get(0))
                            .isPresent()) {
                // "Austin Community College, Austin TX -- Adjunct Instructor -- 08/2019 to 05/2021" over "-----": an
                // entry's header ruled off from its duties, a line of text and no heading
                List<String> unruled = new ArrayList<>(paragraph);
                unruled.remove(1);
                paragraph = unruled;
            }
            if (paragraph.size() > 2
                    && UNDERLINE.matcher(paragraph.get(1).strip()).matches()) {
                // "CAREER OBJECTIVE:", "-----------------" and the text right under it
                paragraphs.add(i + 1, paragraph.subList(2, paragraph.size()));
                paragraph = paragraph.subList(0, 2);
            }
            if (paragraph.size() > 1
                    && (isSectionName(paragraph.get(0).strip()) || isCapitalsOverItsList(paragraph))
                    && !UNDERLINE.matcher(paragraph.get(1).strip()).matches()) {
                // "Experience" right above its first entry, as LinkedIn pages read when copied
                List<String> firstEntry = paragraph.subList(1, paragraph.size());
                paragraphs.add(i + 1, firstEntry);
                if (firstEntry.size() == 1) {
                    underASectionName.add(firstEntry); // "🙌 Volunteering" over its one line
                }
                paragraph = List.of(paragraph.get(0));
            }
            if ((path.isEmpty() || levels.get(levels.size() - 1) >= LINE_LEVEL) && isQuestionAbove(paragraph)) {
                // a note's question or topic over its indented answer: "Notice period:", "  90 days …"
                paragraphs.add(i + 1, paragraph.subList(1, paragraph.size()));
                if (pendingTitleLine != null) {
                    blocks.add(new Block(path, pendingTitleLine)); // the line taken for a heading, as a fact
                    pendingTitleLine = null;
                }
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= QUESTION_LEVEL) {
                    levels.remove(levels.size() - 1);
                    path.remove(path.size() - 1);
                }
                levels.add(QUESTION_LEVEL);
                path.add(TextCleanup.label(paragraph.get(0).strip().replaceFirst("\\s*:$", ""), LABEL_LENGTH));
                continue;
            }
            Heading heading =
                    underASectionName.contains(paragraph) ? null : heading(paragraph, i + 1 < paragraphs.size());
            if (heading != null) {
                if (pendingTitleLine != null) {
                    // an implicit heading with nothing under it ("BA Photography, Falmouth University,
                    // 2010 - 2013" before the next section) is a line of text, not lost; dates alone ("2008 –
                    // 2011" under a degree's heading) are the dates of the heading above
                    boolean datesAlone = DATES_ALONE.matcher(pendingTitleLine).matches() && path.size() > 1;
                    blocks.add(new Block(
                            datesAlone ? List.copyOf(path.subList(0, path.size() - 1)) : path, pendingTitleLine));
                    pendingTitleLine = null;
                }
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= heading.level()) {
                    levels.remove(levels.size() - 1);
                    path.remove(path.size() - 1);
                }
                levels.add(heading.level());
                path.add(TextCleanup.label(heading.title().replaceAll("\\s{2,}", " "), LABEL_LENGTH));
                pendingTitleLine = heading.implicit() ? heading.title() : null;
                // (its dates a range, or a date that opens it: "2016.12   break (moving back from Berlin)"; not a
                // note's "Reference notes (collected 2024)")
                boolean datedEntry = heading.level() == LINE_LEVEL
                        && (dev.profilebot.profile.facts.DateRanges.firstRange(heading.title())
                                        .isPresent()
                                || dev.profilebot.profile.facts.DateRanges.firstRangeOrDate(heading.title())
                                        .filter(found -> found.start() == 0)
                                        .isPresent());
                datedEntryHeadingIndent = datedEntry ? indent(paragraph.get(0)) : -1;
                continue;
            }
            if (!levels.isEmpty()
                    && levels.get(levels.size() - 1) == LINE_LEVEL
                    && datedEntryHeadingIndent >= 0
                    && indent(paragraph.get(0)) <= datedEntryHeadingIndent
                    && isDatedEntryLine(paragraph.get(0))) {
                // "Staffline Recruitment (agency) - Wellingborough   Aug 2015 - May 2016" over its title, after
                // "DHL Supply Chain - DIRFT, Daventry   Jun 2016 - Present" alone over its titles set in: the next
                // employer's entry, at the same margin, no entry within the one above
                levels.remove(levels.size() - 1);
                path.remove(path.size() - 1);
                datedEntryHeadingIndent = -1;
            }
            String text = TextCleanup.tidy(plain(withPipeTable(paragraph)));
            if (pendingTitleLine != null) {
                // an implicit heading ("Canonical May 2019 to July 2023") is a fact as well
                text = pendingTitleLine + "\n" + text;
                pendingTitleLine = null;
            }
            if (!text.isBlank()) {
                blocks.add(new Block(path, text));
            }
        }
        List<DocumentLink> links = new ArrayList<>();
        Matcher url = URL.matcher(content);
        while (url.find()) {
            links.add(new DocumentLink(url.group(), url.group()));
        }
        Matcher email = EMAIL.matcher(content);
        while (email.find()) {
            links.add(new DocumentLink(email.group(), "mailto:" + email.group()));
        }
        return new ProfileDocument(fileName, Map.of(), blocks, links);
    }

    /** A heading between rules, as a heading of its own paragraph ("# EXPERIENCE"); other lines as they are. */
    private static java.util.stream.Stream<String> undecorated(String line) {
        // "│ Warehouse Team Leader - Ironbark DC      Feb 2020 - Aug 2022 │": a line inside a drawn box, its text
        Matcher framed = FRAMED_LINE.matcher(line);
        if (framed.matches()) {
            line = framed.group(1);
        } else if (BOX_EDGE.matcher(line).matches()) {
            return java.util.stream.Stream.of("");
        }
        Matcher decorated = DECORATED_HEADING.matcher(line);
        // "--- Page 2 ---" marks a page, not a section
        return decorated.matches() && !decorated.group(1).matches("(?i)page \\d+.*")
                ? java.util.stream.Stream.of("", "# " + decorated.group(1), "")
                : java.util.stream.Stream.of(line);
    }

    /**
     * The lines without the echoes a web page leaves when its text is selected and pasted (a
     * LinkedIn profile): each line written twice in a row, once for the eye and once for screen
     * readers, and an image's "Brindle Pay logo" by the name it shows ("Brindle Pay · Full-time").
     */
    static List<String> withoutEchoes(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean echo = !line.isEmpty()
                    && !kept.isEmpty()
                    && line.equals(kept.get(kept.size() - 1).strip())
                    && !RULE.matcher(line).matches();
            String named = line.endsWith(" logo") ? line.substring(0, line.length() - " logo".length()) : "";
            boolean logo = !named.isBlank()
                    && lines.stream()
                            .map(String::strip)
                            .anyMatch(other -> other.equals(named) || other.startsWith(named + " · "));
            if (!echo && !logo) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /** Brackets a text opens and leaves open; below zero when it closes more than it opens. */
    private static int openBrackets(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return open;
    }

    /** A column of dates a statement ends with: " · 03/2023", " · 2019 – 2021". */
    private static final Pattern DATES_COLUMN = Pattern.compile("\\s·\\s[^·]*\\d{4}[^·]*$");

    /** The rest of a statement put before the column of dates at its end, where the writer wrapped it. */
    private static String beforeItsDates(String statement, String rest) {
        Matcher dates = DATES_COLUMN.matcher(statement);
        if (!dates.find()) {
            return joined(statement, rest);
        }
        return joined(statement.substring(0, dates.start()), rest) + statement.substring(dates.start());
    }

    /** "manage-" and "ment accounts": a word split at a line's end joined again; a link's hyphen is its own. */
    private static String joined(String line, String next) {
        String lastWord = line.substring(line.lastIndexOf(' ') + 1);
        if (!next.isEmpty() && Character.isLowerCase(next.charAt(0)) && lastWord.matches("\\(?\\p{L}*\\p{Ll}-")) {
            // "cross-" and "functional": a compound keeps its hyphen
            String first = lastWord.replaceAll("^\\(|-$", "").toLowerCase(java.util.Locale.ROOT);
            return line.substring(
                            0, line.length() - (COMPOUND_FIRST.matcher(first).matches() ? 0 : 1))
                    + next;
        }
        return line + " " + next;
    }

    /** Words that start hyphenated compounds: "cross-functional", "e-commerce", "data-driven", "end-to-end". */
    private static final Pattern COMPOUND_FIRST = Pattern.compile("cross|e|data|end|full|real|hands|well|self|multi|non"
            + "|cost|long|short|high|low|mid|part|cloud|customer|client|user|team|fast|open|front|back|third|first"
            + "|second|year|month|week|day|world|best|state|market|award|results|detail|service|fact|one|two|three"
            + "|cutting|time|fixed|large|small|mission|safety|business|people");

    /** "> " or ">> " opening a line: an e-mail's quoting of what it forwards. */
    private static final Pattern QUOTE_MARKS = Pattern.compile("(?m)^[ \\t]*>(?:[ \\t]?>)*(?:[ \\t]|$)");
    /** Quoted lines at least this share of a text's lines make it a forwarded e-mail. */
    private static final double QUOTED_SHARE = 0.3;

    /**
     * A résumé forwarded in an e-mail, every line of it quoted ("> Senior Engineer, …"): the text
     * without the quote marks, so that its headings and lists read as they were written.
     */
    static String unquoted(String text) {
        long lines = text.lines().filter(line -> !line.isBlank()).count();
        // "> Senior Engineer", ">> 2019", ">" alone; not ">50 accounts", a figure's "more than"
        long quoted = text.lines()
                .filter(line -> QUOTE_MARKS.matcher(line).lookingAt())
                .count();
        return lines > 0 && quoted >= lines * QUOTED_SHARE
                ? QUOTE_MARKS.matcher(text).replaceAll("")
                : text;
    }

    /**
     * Joins the lines of a paragraph that were wrapped to fit a width, and keeps apart the ones
     * that are separate statements: a bullet, a line indented differently from the one before
     * (a role's header above its description), a line after one with leaders ("Acme .... 2019").
     * Leaders and bullet markers are dropped.
     */
    static String unwrap(List<String> lines) {
        List<String> statements = new ArrayList<>();
        List<List<String>> subItems = new ArrayList<>();
        int previousIndent = -1;
        int bulletIndent = -1;
        boolean previousEnds = false;
        boolean inSubItem = false;
        int previousLength = 0;
        String previousLine = "";
        boolean previousContinued = false;
        int widest = lines.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
        // "o Lead …", "o Own …": the letter o as the list's marker when more than one line starts with it
        boolean oBullets =
                lines.stream().filter(l -> O_BULLET.matcher(l).find()).count() >= 2;
        for (String raw : lines) {
            String line = raw.replace("\t", "    ");
            int indent = line.length() - line.stripLeading().length();
            Matcher bullet = (oBullets && O_BULLET.matcher(line).find() ? O_BULLET : BULLET).matcher(line);
            boolean bulletFound = bullet.find();
            Matcher subBullet = SUB_BULLET.matcher(line);
            boolean subBulletFound = subBullet.find();
            boolean isSubBullet = !statements.isEmpty()
                    && bulletIndent >= 0
                    && (subBulletFound || bulletFound && indent > bulletIndent);
            boolean isBullet = isSubBullet || bulletFound || subBulletFound;
            int markerEnd = subBulletFound ? subBullet.end() : bulletFound ? bullet.end() : 0;
            String content = isBullet ? line.substring(markerEnd) : line.strip();
            // a wide gap inside a line is a column: "Halvorsen Logistics, Austin, TX        Jan. 2021 – Present"
            boolean hasLeaders = LEADERS.matcher(content).find()
                    || COLUMN_GAP.matcher(content.strip()).find();
            content = LEADERS.matcher(content).replaceAll(" — ").strip();
            // "BSc (Hons) Computer Science -- University of Hull": a dash typed as two hyphens
            content = content.replace(" -- ", " — ");
            // "11/2021 - Present     Captain - A320     Aer Corrib": a role's columns parted as a line's parts
            // are; not an address's or a phone's, which stay whole for the privacy rules to find
            if (!PRIVATE_LABEL.matcher(content).lookingAt()) {
                content = COLUMN_SPACES.matcher(content).replaceAll(" · ");
            }
            // a wrapped line fills the width; a short one ended where its writer ended it
            boolean wrapped = widest >= WRAP_WIDTH && previousLength >= WRAP_SHARE * widest;
            // "B.S., Business Administration (Operations concentration)" over "Crestmoor University, …": a line
            // that closes a bracket, then one with a capital, were two lines to their writer
            boolean afterBracket =
                    previousLine.endsWith(")") && Character.isUpperCase(content.isEmpty() ? 'a' : content.charAt(0));
            // "Logistics Coordinator, Strathtay Freight Ltd, Dundee — 2016–2020": an entry that ends with its
            // dates ends there, however wide
            boolean afterDates = ENDS_WITH_DATES.matcher(previousLine).find()
                    && Character.isUpperCase(content.isEmpty() ? 'a' : content.charAt(0));
            boolean upper = Character.isUpperCase(content.isEmpty() ? 'a' : content.charAt(0));
            // "Forklift Operator Certification (sit-down counterbalance,      03/2023" over "  reach truck, order
            // picker) - recertified": an indented line that closes the bracket left open above goes on with it
            boolean closesTheBracket = !statements.isEmpty()
                    && !isBullet
                    && !upper
                    && indent > previousIndent
                    && previousIndent >= 0
                    && openBrackets(statements.get(statements.size() - 1)) > 0
                    && openBrackets(content) < 0;
            if (closesTheBracket && !inSubItem) {
                statements.set(statements.size() - 1, beforeItsDates(statements.get(statements.size() - 1), content));
                // the statement still ends with its column of dates: the next line is an entry of its own
                previousContinued = true;
                previousIndent = indent;
                previousLength = line.strip().length();
                previousLine = line.strip();
                continue;
            }
            boolean startsNew = statements.isEmpty()
                    || isBullet
                    || previousEnds
                    // a line set back after such a continuation is the next entry
                    || previousContinued && indent < previousIndent && upper
                    // "Associate, Litigation Department      Apr. 2018 – Dec. 2020" set back from the bullets above:
                    // the next entry's header, in its columns or ending with its dates
                    || !isBullet
                            && bulletIndent >= 0
                            && indent <= bulletIndent
                            && upper
                            && (COLUMN_SPACES.matcher(line.strip()).find()
                                    || ENDS_WITH_DATES.matcher(content).find())
                    || afterDates
                    // "Clinical Pharmacist, Internal Medicine        06/2019 - Present" under its employer's line: a
                    // row of columns that ends with its dates is a header of its own, however wide the line above
                    || !isBullet
                            && upper
                            && COLUMN_SPACES.matcher(line.strip()).find()
                            && ENDS_WITH_DATES.matcher(content).find()
                    // "Position: Quality Technician" under a long "Company: …" line: a field of its own
                    || LABEL_VALUE.matcher(content).find()
                            && LABEL_VALUE.matcher(previousLine).find()
                    || content.matches("\\p{L}[\\p{L} /&'-]{1,30}:") // "Responsibilities:" over its list
                    || indent > previousIndent
                    || !wrapped
                    || afterBracket
                    // "Lead Product Manager at Pleo | Spend management, cards & payments | CSPO" over "Copenhagen,
                    // Capital Region, Denmark": a headline of parts ends where its last part does
                    // (a date under it, "February 2025", stays with it: the document's date, not an entry's)
                    || upper
                            && PART_APART.matcher(previousLine).results().count() >= 2
                            && !previousLine.matches(".*[|·•,;&/-]$")
                            && !content.matches(".*\\b(?:19|20)\\d\\d\\b.*");
            if (isSubBullet) {
                // "•  Led the rebuild …" then "o  handles 2.3 million transactions a day": one statement
                subItems.get(subItems.size() - 1).add(content);
                inSubItem = true;
            } else if (startsNew) {
                statements.add(content);
                subItems.add(new ArrayList<>());
                inSubItem = false;
                bulletIndent = isBullet ? indent : -1;
            } else if (inSubItem) {
                List<String> items = subItems.get(subItems.size() - 1);
                items.set(items.size() - 1, joined(items.get(items.size() - 1), content));
            } else {
                statements.set(statements.size() - 1, joined(statements.get(statements.size() - 1), content));
            }
            previousIndent = isBullet ? markerEnd : indent;
            previousContinued = false;
            previousEnds = hasLeaders;
            previousLength = line.strip().length();
            previousLine = line.strip();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            out.add(
                    subItems.get(i).isEmpty()
                            ? statements.get(i)
                            : TextCleanup.nestedList(statements.get(i), subItems.get(i)));
        }
        return String.join("\n", out);
    }

    /**
     * A paragraph's text, with a table typed with pipes in it ("Course | Institution | Year", its rows
     * under it) read row by row, and the lines around the table as the paragraph's other lines.
     */
    private static String withPipeTable(List<String> paragraph) {
        int first = -1;
        int last = -1;
        int rows = 0;
        for (int i = 0; i < paragraph.size(); i++) {
            if (PIPE_ROW.matcher(paragraph.get(i)).find()) {
                first = first < 0 ? i : first;
                last = i;
                rows++;
            }
        }
        // a header row names the columns: no digits in it ("Course | Institution | Year"), unlike a role
        // written with pipes ("Senior Engineer | Acme Ltd | Jan 2019 - Present")
        if (rows < 2 || paragraph.get(first).matches(".*\\d.*")) {
            return withAlignedTable(paragraph);
        }
        List<String> parts = new ArrayList<>();
        List<String> before = withoutRules(paragraph.subList(0, first));
        List<String> after = withoutRules(paragraph.subList(last + 1, paragraph.size()));
        if (!before.isEmpty()) {
            parts.add(unwrap(before));
        }
        parts.add(pipeTable(paragraph.subList(first, last + 1)));
        if (!after.isEmpty()) {
            parts.add(unwrap(after));
        }
        return String.join("\n", parts);
    }

    /**
     * A paragraph's text, with a table lined up in columns of spaces read row by row: a header that
     * names the columns ("Qualification   Board / University   Year"), maybe a row of dashes under
     * it, and rows whose cells start where the header's names do. A line with its first cell empty
     * holds the ends of cells wrapped from the row above.
     */
    private static String withAlignedTable(List<String> paragraph) {
        for (int first = 0; first + 2 < paragraph.size(); first++) {
            List<Integer> columns = cellStarts(paragraph.get(first));
            if (columns.size() < 3 || paragraph.get(first).matches(".*\\d.*")) {
                continue;
            }
            int next = first + 1;
            if (DASH_ROW.matcher(paragraph.get(next)).matches()) {
                next++;
            }
            List<List<String>> rows = new ArrayList<>();
            int last = next;
            for (; last < paragraph.size(); last++) {
                List<String> cells = alignedCells(paragraph.get(last), columns);
                if (cells == null || cells.get(0).isEmpty() && rows.isEmpty()) {
                    break;
                }
                rows.add(cells);
            }
            if (rows.stream().filter(row -> !row.get(0).isEmpty()).count() < 2) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (first > 0) {
                parts.add(unwrap(paragraph.subList(0, first)));
            }
            parts.add(labelledRows(alignedCells(paragraph.get(first), columns), rows));
            if (last < paragraph.size()) {
                parts.add(withAlignedTable(paragraph.subList(last, paragraph.size())));
            }
            return String.join("\n", parts);
        }
        return unwrap(paragraph);
    }

    /** Where a line's cells start: its runs of text parted by two spaces or more. */
    private static List<Integer> cellStarts(String line) {
        List<Integer> starts = new ArrayList<>();
        Matcher cell = ALIGNED_CELL.matcher(line);
        while (cell.find()) {
            starts.add(cell.start());
        }
        return starts;
    }

    /** The line's cells under the header's columns, or null when a cell starts where no column does. */
    private static List<String> alignedCells(String line, List<Integer> columns) {
        if (line.contains("\t") || line.isBlank()) {
            return null;
        }
        List<String> cells = new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
        Matcher cell = ALIGNED_CELL.matcher(line);
        int previous = -1;
        while (cell.find()) {
            int column = columns.size() - 1;
            while (column > 0 && columns.get(column) > cell.start() + 1) {
                column--;
            }
            // a cell starts under its column's name; a number set right ends under it
            boolean underItsName = Math.abs(columns.get(column) - cell.start()) <= 1
                    || column + 1 < columns.size()
                            && cell.end() <= columns.get(column + 1)
                            && cell.group().matches("[\\d.,%/ ]+");
            if (column <= previous || !underItsName) {
                return null;
            }
            cells.set(column, cell.group());
            previous = column;
        }
        return cells;
    }

    private static final Pattern ALIGNED_CELL = Pattern.compile("\\S+(?: \\S+)*");

    private static final Pattern DASH_ROW = Pattern.compile("^\\s*[-=]{2,}(?:\\s+[-=]{2,})+\\s*$");

    private static List<String> withoutRules(List<String> lines) {
        return lines.stream()
                .filter(line -> !RULE.matcher(line.strip()).matches())
                .toList();
    }

    /**
     * The rows of a pipe table as "Header: cell; …" lines; a row whose first cell is empty
     * continues the row above ("| Tiruchengode |" under "| Sri Kamakshi College of Engineering, |").
     */
    private static String pipeTable(List<String> paragraph) {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        // "| Course | Year |" is framed by pipes; "Course | Year" is not, and "  | Namakkal |" then has an empty first
        // cell
        boolean framed = paragraph.stream()
                .filter(line -> PIPE_ROW.matcher(line).find())
                .findFirst()
                .map(line -> line.strip().startsWith("|"))
                .orElse(false);
        for (String line : paragraph) {
            if (!line.contains("|")) {
                continue; // a rule between the header and the rows
            }
            String row = line.strip().replaceAll("\\|$", "");
            List<String> cells = new ArrayList<>();
            for (String cell : (framed ? row.replaceFirst("^\\|", "") : row).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            if (header == null) {
                header = cells;
            } else {
                rows.add(cells);
            }
        }
        return labelledRows(header, rows);
    }

    /**
     * A table's rows as "Header: cell; …" lines; a row whose first cell is empty holds the ends of the
     * cells wrapped from the row above.
     */
    private static String labelledRows(List<String> header, List<List<String>> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> cells : lines) {
            if (cells.get(0).isEmpty() && !rows.isEmpty()) {
                List<String> above = rows.get(rows.size() - 1);
                for (int i = 0; i < cells.size() && i < above.size(); i++) {
                    if (!cells.get(i).isEmpty()) {
                        above.set(i, (above.get(i) + " " + cells.get(i)).strip());
                    }
                }
            } else {
                rows.add(new ArrayList<>(cells));
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            out.add(TextCleanup.tableRow(header, row));
        }
        return String.join("\n", out);
    }

    /**
     * "VOLUNTEER WORK" or "AWARDS AND RECOGNITION (CIVILIAN)" in capitals right over its list ("- Team Rubicon
     * …"): a section's name, though no word of it says so; what is in brackets after it may be in any case.
     */
    private static boolean isCapitalsOverItsList(List<String> paragraph) {
        String first = Icons.leadingAway(paragraph.get(0).strip());
        String name = first.replaceAll("\\s*\\([^()]*\\)", "");
        return first.length() <= SHORT_LINE
                && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                && name.codePoints().filter(Character::isLetter).count() >= MIN_NAME_LETTERS
                && !first.matches(".*[.!?;,]$")
                && BULLET.matcher(paragraph.get(1)).lookingAt();
    }

    private static final int MIN_NAME_LETTERS = 4;

    private static final Pattern PIPE_ROW = Pattern.compile("\\S\\s*\\|\\s*\\S.*\\|");

    /** "Experience", or a section's name in capitals joined to another: "EDUCATION & QUALIFICATIONS". */
    private static boolean isSectionName(String text) {
        // "🎓 Education", "📜 Certs": an emoji says what follows, it is no part of the name
        String line = Icons.leadingAway(text);
        if (TextCleanup.SECTION_NAME.matcher(line).matches()) {
            return true;
        }
        Matcher name = TextCleanup.SECTION_NAME.matcher(line);
        return line.equals(line.toUpperCase(java.util.Locale.ROOT))
                && name.lookingAt()
                && line.substring(name.end()).matches("\\s*(?:&|AND|/)\\s*\\p{Lu}[\\p{Lu} ]{2,30}");
    }

    private record Heading(int level, String title, boolean implicit) {}

    /** The level of a standalone line taken for a heading, below '#' headings and lines in capitals. */
    private static final int LINE_LEVEL = 8;

    /** The level of a note's questions, below every other heading. */
    private static final int QUESTION_LEVEL = 9;

    /** "Notice period:" or "Willing to relocate?" over lines set in further: a topic of notes and its answer. */
    private static final Pattern QUESTION_LINE = Pattern.compile("\\p{L}[^:?]{1,40}[:?]");

    private static boolean isQuestionAbove(List<String> paragraph) {
        if (paragraph.size() < 2
                || !QUESTION_LINE.matcher(paragraph.get(0).strip()).matches()) {
            return false;
        }
        int indent = indent(paragraph.get(0));
        return paragraph.subList(1, paragraph.size()).stream()
                .allMatch(line -> line.isBlank() || indent(line) > indent);
    }

    /** The longest an entry's first line runs, its name and its dates set apart by a row of spaces. */
    private static final int ENTRY_LINE = 120;

    /** An entry's first line: short, its dates a range, no sentence ("… Wellingborough   Aug 2015 - May 2016"). */
    private static boolean isDatedEntryLine(String line) {
        String text = line.strip();
        return text.length() <= ENTRY_LINE
                && !text.matches(".*[.!?]$")
                && dev.profilebot.profile.facts.DateRanges.firstRange(text).isPresent();
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static Heading heading(List<String> paragraph, boolean textFollows) {
        String first = paragraph.get(0).strip();
        Matcher hash = HASH_HEADING.matcher(first);
        if (paragraph.size() == 1 && hash.matches()) {
            return new Heading(hash.group(1).length(), plain(hash.group(2)), false);
        }
        if (paragraph.size() == 2 && UNDERLINE.matcher(paragraph.get(1).strip()).matches()) {
            // a section's name in capitals with its colon is a section whichever line is under it
            // ("WORK EXPERIENCE:" over "----", "PROJECT DETAILS:" over "===="); "ACME LTD" over "----" is not
            boolean capitals = first.equals(first.toUpperCase(java.util.Locale.ROOT)) && first.endsWith(":");
            return new Heading(
                    paragraph.get(1).strip().startsWith("=") || capitals ? 1 : 2,
                    plain(first).replaceFirst("\\s*:$", ""),
                    false);
        }
        String line = plain(first);
        if (paragraph.size() == 1
                && textFollows
                && line.length() <= SHORT_LINE
                && line.matches("[^:]*\\p{L}[^:]*:")
                && line.equals(line.toUpperCase(java.util.Locale.ROOT))) {
            // "WORK EXPERIENCE:" alone over its section: a section's name in capitals, with its colon
            return new Heading(7, line.replaceFirst("\\s*:$", ""), true);
        }
        boolean standalone = paragraph.size() == 1
                && textFollows
                && line.length() <= SHORT_LINE
                && !line.matches(".*[.!?:;,]$")
                && !LABEL_VALUE.matcher(line).find()
                && !CONTACT_LINE.matcher(line).find();
        if (standalone) {
            // below every '#' heading; an all-capitals line ("EXPERIENCE") sits above the others
            boolean capitals = line.equals(line.toUpperCase(java.util.Locale.ROOT)) && line.matches(".*\\p{L}.*");
            return new Heading(capitals ? 7 : LINE_LEVEL, line, true);
        }
        return null;
    }

    private static String plain(String text) {
        return EMPHASIS.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
    }
}
