package dev.profilebot.profile.facts;

import dev.profilebot.profile.Block;
import dev.profilebot.profile.Icons;
import dev.profilebot.profile.ProfileDocument;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the roles of one document: every line or heading of a work section with a date range
 * beside words that name an organization or a title. The nearest heading that is not a section
 * name ("### Voltaro GmbH") gives the organization to the titles under it; an entry that is only
 * an organization and its dates, followed by titles with dates inside them (a promotion), becomes
 * those titles.
 */
final class RoleReader {

    /** Words before the dates longer than this are prose, not a role's header. */
    private static final int MAX_HEADER_CHARS = 140;

    private static final int MAX_HEADER_WORDS = 18;
    private static final int MAX_AFTER_CHARS = 140;
    /** A title, employer or place line is short; a longer one describes the work. */
    private static final int MAX_HEADER_LINE_WORDS = 8;

    /** "I led …", "my team": not a grade's numeral ("Civil Engineer I (EIT)"). */
    private static final Pattern FIRST_PERSON =
            Pattern.compile("(?i)(^|\\s)(i(?=\\s+(?-i:\\p{Ll}))|i'm|i've|my|we|our)\\s");
    /** A sentence in the first person right after the dates, or the search an objective states: a summary, not a header. */
    private static final Pattern SUMMARY_GOES_ON = Pattern.compile("[.!]\\s+(?:I|I'm|I've|My|We|Our)\\s"
            // "… with 10 yrs in the trade (apprentice since 2016) looking for a LEAD HAND position": an objective
            + "|[)\\]]?[\\s,;-]*(?:and )?(?:looking|seeking|searching|hoping|keen|eager|wanting) (?:for|to)\\b"
            // "Winter 2026 (Jan–Apr) is a study term (3B), so I'm not available then.": a sentence about the time
            + "|(?:\\s*\\([^()]*\\))?\\s+(?:is|was|are|were|will be)\\s+(?:a|an|the|my|our|not)\\b");
    /** "取得" (obtained), "合格" (passed): a Japanese résumé's licence or examination, at its line's end. */
    private static final Pattern OBTAINED = Pattern.compile("(?:取得|合格)[\\s\\u3000]*$");
    /** "· current" after the dates, the line's last word: the post is held still. */
    private static final Pattern MARKED_CURRENT = Pattern.compile("(?i)[·|]\\s*(?:current|ongoing)\\s*$");
    /** "8+ years of experience", "12 yrs' experience": a summary's count of a whole career. */
    private static final Pattern YEARS_OF_EXPERIENCE =
            Pattern.compile("(?i)\\b\\d{1,2}\\+?\\s*(?:years?|yrs)['’]?\\s+(?:of\\s+)?experience\\b"
                    // in Swedish, Norwegian or Danish, the number in figures or words: "over ti års erfaring (siden
                    // 2015)", "drygt elva års erfarenhet"
                    + "|\\b(?:\\d{1,2}\\+?|\\p{L}{2,7})\\s+års\\s+erfar\\w*"
                    // a tenure told in notes: "Now 5 yrs at Kiambu County (since March 2019)"
                    + "|\\b\\d{1,2}\\+?\\s*(?:years?|yrs)\\s+(?:at|with)\\s");
    /** "Go (my main language since 2019": a bracket the person opened about something of their own. */
    private static final Pattern OWN_ASIDE_OPEN = Pattern.compile("(?i)\\((?:my|our)\\b[^()]*$");
    /** Words of a sentence, not of a role's header: "Grace Liu is a data scientist at Spotify, where she has worked". */
    private static final Pattern PROSE = Pattern.compile(
            "(?i)\\b(is|was|are|were|has|have|had|spent|worked|joined|began|started|holds|previously held|where|who|which|she|he|they)\\b");
    /**
     * A duty's sentence, not a header: a verb and an article opening it ("Lead the ward's audits"),
     * or acting up in a grade ("Acted up as Clinical Nurse Manager 1 on a regular basis").
     */
    private static final Pattern DUTY_SENTENCE = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+\\s+(?:the|a|an)\\s|^(?:Acted|Acting)\\s+up\\b|^Deputi[sz]ed\\b|^Covered\\s+(?:for|as)\\b|^Held\\b"
                    // "Took on a line-management role": an article after a verb, not after "at", "as", "of" …
                    // (not how often: "DevOps Consultant (2 days a week)")
                    + "|\\b(?!(?:of|for|at|as|in|with|from|by|on|to|days?|hours?|times|shifts?|nights?|evenings?"
                    + "|weekends?|twice|once)\\b)\\p{Ll}+\\s+(?:a|an)\\s");
    /**
     * A long aside in brackets, in words: "(ESRC-funded project Living with the Sea, PI Prof. Alan
     * Brierley)", not a name ("(Leeds Teaching Hospitals NHS Trust)").
     */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\((?=[^()]*\\b\\p{Ll}{3,}\\b)[^()]{30,}\\)");
    /** After the dates, the sentence goes on: ", ran …", "; ran …", " and then …". */
    private static final Pattern CLAUSE_GOES_ON = Pattern.compile("^\\s*(?:[,;]|and\\b|where\\b|when\\b)\\s*\\p{Ll}"
            // "Chair, RDM Strategy Working Group (2022–2024), which wrote the strategy": a deed told of a group
            + "|^\\s*\\)\\s*,\\s*(?:which|who|where|that)\\b");
    /** A clause in small letters after bracketed years: "(2021-2022), sans interruption de service". */
    private static final Pattern CLAUSE_AFTER_BRACKETS = Pattern.compile("^\\s*\\)\\s*[,;]\\s*\\p{Ll}");

    private static final Pattern SENTENCE_END = Pattern.compile(
            // "Dept. of Environmental Engineering": an abbreviation's dot ends no sentence
            // (nor a Québec firm's "inc." or "ltée." in lower case: "Lavallée Bouchard & Associés inc. (LBA)")
            "(?<=[a-z0-9)\\]])(?<!\\b(?:Dept|Univ|Inst|Assoc|Corp|Ltd|Inc|Co|St|Dr|Prof|approx|incl|esp|vs|No|sp|inc|ltd"
                    + "|ltée|ltee|corp|cie))"
                    // nor a one-letter abbreviation's ("z o.o.", "S.A.") nor a short capitalised one's ("Sp."), nor a
                    // Polish firm's "sp. z o.o."
                    + "(?<![\\s.]\\p{L})(?<!\\b\\p{Lu}\\p{Ll}?)[.!?](\\s|$)"
                    // "… University of Easthaven, UK. Independent fellowship …": a country's letters end one too
                    + "|(?<=\\b\\p{Lu}{2,3})\\.(?=\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Ll})");

    /** An e-mail or web address: contact details, never an employer's name. */
    private static final Pattern CONTACT_DETAILS =
            Pattern.compile("\\S@\\S|https?://|\\bwww\\.|\\b(?:github|gitlab|linkedin)\\.com/");

    private final Optional<String> personName;
    private final List<String> warnings;
    /** The roles of the document being read that a timeline's entry began, still to be ended. */
    private final Set<Role> events = new HashSet<>();
    /** The dates a timeline's entry says a role was left ("Left Pinegrove to go freelance"). */
    private final List<ProfileDate> ends = new ArrayList<>();
    /** The dated role each heading names, by the heading's section path, while a document is read. */
    private final java.util.Map<List<String>, Role> datedHeadings = new java.util.HashMap<>();
    /**
     * Headings that name a section of their own words over whole entries ("KITCHENS" over "Head Chef – Halcyon Row"
     * and "Sous Chef – Orme"), not an employer over its titles.
     */
    private final Set<String> sectionsOverEntries = new HashSet<>();

    RoleReader(Optional<String> personName, List<String> warnings) {
        this.personName = personName.map(n -> n.toLowerCase(Locale.ROOT));
        this.warnings = warnings;
    }

    /**
     * A line of a work section, with where it sits and the role its heading names, if any; {@code
     * alone} when it was a paragraph of its own ("**Key Account Manager**").
     */
    private record Line(String text, FactSource source, Optional<RoleText> heading, boolean alone, int block) {}

    List<Role> read(ProfileDocument document) {
        events.clear();
        ends.clear();
        datedHeadings.clear();
        sectionsOverEntries.clear();
        sectionsOverEntries.addAll(sectionsOverEntries(document));
        List<Role> roles = new ArrayList<>();
        if (Sections.inFolderOfOtherThings(document.fileName())) {
            return roles;
        }
        fromProperties(document).ifPresent(roles::add);
        Set<List<String>> headingsSeen = new HashSet<>();
        Set<List<String>> datesHeadingsSeen = new HashSet<>();
        List<Line> read = new ArrayList<>();
        int blockNumber = 0;
        List<String> previousPath = List.of();
        String previousLine = "";
        Block previousBlock = null;
        // the employer named at the end of the block above a title's dated heading, for the headings after it
        Optional<RoleText> employerOverHeadings = Optional.empty();
        for (Block block : document.blocks()) {
            blockNumber++;
            if (Sections.of(block.sectionPath()) != Sections.WORK && !Sections.namesTeaching(block.sectionPath())) {
                continue;
            }
            FactSource source = new FactSource(document.fileName(), block.sectionPath());
            Optional<String> heading =
                    headingOverDates(block.sectionPath()).or(() -> nearestHeading(block.sectionPath()));
            // (not a page's running header that names the person: "JARROD WHITFIELD – Mining Plant Operator")
            Optional<RoleText> headingRole = heading.flatMap(h -> RoleText.read(withoutDates(h)))
                    .filter(h -> personName.isEmpty()
                            || !h.organization().toLowerCase(Locale.ROOT).equals(personName.get()));
            if (heading.isPresent() && headingsSeen.add(block.sectionPath())) {
                List<String> titles = entries(heading.get());
                for (String title : titles.size() >= 2 ? titles.subList(1, titles.size()) : List.<String>of()) {
                    // the heading's other titles, each with its dates: "…; Project Coordinator (Q3 2010 – Q2 2012)"
                    DateRanges.firstRange(title)
                            .flatMap(found -> role(title, found, Optional.empty(), source))
                            .map(r -> withEmployerUnder(r, title, block))
                            .ifPresent(roles::add);
                }
                String first = titles.get(0);
                Optional<Role> dated = DateRanges.firstRange(first)
                        .flatMap(found -> role(first, found, Optional.empty(), source))
                        .map(r -> withEmployerUnder(r, first, block));
                if (dated.isEmpty()) {
                    dated = titleOverEmployer(block.sectionPath(), source, headingsSeen);
                }
                dated = dated.map(r -> withTitleUnder(r, block));
                if (dated.filter(r -> r.organization().isEmpty() && !r.title().isEmpty() && !r.careerBreak())
                        .isPresent()) {
                    // "DHL SUPPLY CHAIN (MÉXICO), S.A. DE C.V. · Apodaca, N.L." and what the firm is, closing the
                    // block above "**Coordinadora de Operaciones Logísticas · 07/2017 – 12/2019**": the employer of
                    // that title and of the titles in bold after it, until another is named
                    Optional<RoleText> closing = employerClosing(previousBlock, block);
                    if (closing.isPresent()) {
                        employerOverHeadings = closing;
                    } else if (previousBlock == null || !sameParent(previousBlock, block)) {
                        employerOverHeadings = Optional.empty();
                    }
                    Optional<RoleText> over = employerOverHeadings;
                    dated = dated.map(r -> over.map(e -> r.withOrganization(
                                    e.organization(), r.location().or(e::location)))
                            .orElse(r));
                } else if (dated.isPresent()) {
                    employerOverHeadings = Optional.empty();
                }
                dated.ifPresent(roles::add);
                dated.filter(r -> !r.title().isEmpty()).ifPresent(r -> datedHeadings.put(block.sectionPath(), r));
            }
            List<String> texts = new ArrayList<>(
                    twoDatedTitlesApart(joinedWhereCut(block.text().split("\n"))));
            String last = block.sectionPath().isEmpty()
                    ? ""
                    : block.sectionPath().get(block.sectionPath().size() - 1);
            // "Position: Senior QA Automation Engineer (QA Lead since 01/2023)" under the heading "03/2019 –
            // actualidad": the note dates a step within the entry, whose dates are the heading's
            texts.replaceAll(text -> inADatedNoteUnderDates(text, last) ? withoutDatedNotes(text) : text);
            // "Family Nurse Practitioner; Lead Advanced Practice Provider (since March 2024)" under "Oakbrook Family
            // Medicine, Cary, NC · May 2022 – Present": the title of the entry above, the note a step within it
            if (!texts.isEmpty()
                    && block.sectionPath().equals(previousPath)
                    && isEmployerWithDates(previousLine)
                    && (isTitleWithAStep(texts.get(0)) || isChainWithTheLastStepDated(texts.get(0), previousLine))) {
                texts.set(0, withoutAStep(texts.get(0)));
            }
            previousPath = block.sectionPath();
            previousBlock = block;
            previousLine = texts.isEmpty() ? "" : texts.get(texts.size() - 1);
            if (!texts.isEmpty()
                    && DateRanges.firstRange(texts.get(0)).isEmpty()
                    && isDatesAlone(last)
                    && RoleText.read(texts.get(0))
                            .filter(r -> !r.title().isEmpty())
                            .isPresent()
                    && datesHeadingsSeen.add(block.sectionPath())) {
                // "## 2023 – now" over "**Lead Data Scientist**, Kestrel Mobility Analytics, Bristol": a timeline of
                // year headings, each entry's header the first line under its dates
                texts.set(0, texts.get(0) + " · " + last);
            }
            for (String text : texts) {
                List<String> found = entries(text);
                for (String entry : found) {
                    read.add(new Line(entry, source, headingRole, texts.size() == 1 && found.size() == 1, blockNumber));
                }
            }
        }
        List<Line> lines = withDatesAboveTheirHeadings(
                withEndDatesJoined(withCutRangesJoined(withSplitRangesJoined(federalEntries(read)))));
        java.util.Map<Integer, String> grouped = positionsGroupedUnderEmployers(lines);
        Optional<Role> untitled = Optional.empty();
        Optional<Role> employerSpan = Optional.empty();
        // the employer on a line of its own over the last title, and its section
        Optional<RoleText> employerLine = Optional.empty();
        Optional<FactSource> employerLineSource = Optional.empty();
        Optional<Role> fromNeighbours = Optional.empty();
        // the role the first line of the current block names, with its title and employer
        Optional<Role> blockHeader = Optional.empty();
        // the last role read, while the lines after it are its entry's: a promotion told in its bullets splits it
        Optional<Role> lastEntry = Optional.empty();
        // the titles of the current block read with no employer yet, which a dated employer line below may give
        List<Integer> titledAbove = new ArrayList<>();
        int titledAboveBlock = -1;
        Optional<Role> blockEmployer = Optional.empty();
        int blockEmployerBlock = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<DateRanges.Found> found = DateRanges.firstRange(line.text());
            if (found.isEmpty()) {
                // "Summer 2014" or "2018" on a line of its own, by a title: a role of one season or year
                // ("14 November 2026" atop a letter is the day it was written: no job lasts a day)
                found = DateRanges.firstRangeOrDate(line.text())
                        .filter(f -> isDatesOnly(line.text(), f)
                                || isTermOfATitle(line.text(), f)
                                || isYearOfATitledRow(line.text(), f)
                                || isYearOverATitleAndEmployer(line.text(), f))
                        .filter(f -> !DAY_DATE.matcher(line.text()).find());
            }
            if (found.isPresent() && isStepWithinTheEntryAbove(lines, i, found.get())) {
                found = Optional.empty();
            }
            Optional<DateRanges.Found> dates = found;
            Optional<Role> role = dates.flatMap(f -> role(line.text(), f, line.heading(), line.source()));
            int index = i;
            Optional<Role> spanRead = role;
            Optional<RoleText> firmAbove = dates.flatMap(f -> firmOverItsUnit(lines, index, f, spanRead));
            if (firmAbove.isPresent()) {
                // "DBS Bank Ltd — Singapore" over "Jul 2020 – Present | Group Legal, Compliance & Secretariat": the
                // span at the firm, the words after its dates the unit within it
                Role unit = role.get();
                role = Optional.of(unit.withOrganization(
                        firmAbove.get().organization(),
                        firmAbove.get().location().or(unit::location)));
            }
            boolean byNeighbours = false;
            boolean borrowed = false;
            // the entry's header: its dated line, and the employer's line under it when that names the employer
            String header = line.text();
            int at = i;
            Optional<String> placeOnly = dates.flatMap(f -> placeAfterDates(lines, at, f));
            if (placeOnly.isPresent()) {
                // "**Feedzai** — *Staff Frontend Engineer*" then "*March 2021 – Present* · Lisbon"
                Optional<Role> previous = fromNeighbours.filter(r -> r.source().equals(line.source()));
                Optional<Role> above = neighbours(lines, i, found.get().range(), previous);
                if (above.isPresent()) {
                    role = above.map(
                            r -> r.location().isPresent() ? r : r.withOrganization(r.organization(), placeOnly));
                    byNeighbours = true;
                }
            }
            if (placeOnly.isEmpty()
                    && role.filter(r -> r.title().isEmpty()).isPresent()
                    && isDatesAndPlace(line.text())
                    && !isDatesAlone(line.text())) {
                // "01/03/2021 – CURRENT  Lisbon, Portugal" over "SENIOR QA AUTOMATION ENGINEER · VERTIZ PAYMENTS,
                // S.A.": the Europass form's dates and where, the role on the line beside them
                String place = RoleText.tidy(line.text().substring(found.get().end()));
                Optional<RoleText> below = lineBelow(lines, i)
                        .filter(next -> DateRanges.firstRange(next).isEmpty())
                        .flatMap(next -> RoleText.read(RoleText.tidy(next)))
                        .filter(r -> !r.title().isEmpty() && !r.organization().isEmpty());
                if (below.isPresent()) {
                    RoleText r = below.get();
                    role = Optional.of(new Role(
                            r.organization(),
                            r.title(),
                            r.location().or(() -> Optional.of(place)),
                            found.get().range(),
                            false,
                            line.source()));
                    byNeighbours = true;
                }
            }
            if (found.isPresent() && role.isEmpty() && isDatesOnly(line.text(), found.get())) {
                Optional<Role> previous = fromNeighbours.filter(r -> r.source().equals(line.source()));
                // "2022", "9", "AWS Certified Solutions Architect – Associate　取得": a licence's row, no role
                boolean licence = lines.subList(i + 1, Math.min(lines.size(), i + 3)).stream()
                        .anyMatch(next -> OBTAINED.matcher(next.text()).find());
                role = licence
                        ? Optional.empty()
                        : neighbours(lines, i, found.get().range(), previous);
                byNeighbours = role.isPresent();
                Optional<String> placeBelow =
                        i + 1 < lines.size() && lines.get(i + 1).block() == line.block()
                                ? Optional.of(lines.get(i + 1).text().strip()).filter(RoleReader::isTownAndCountry)
                                : Optional.empty();
                if (role.isPresent() && role.get().location().isEmpty() && placeBelow.isPresent()) {
                    // LinkedIn's "Data Analyst", "September 2014 - September 2016 (2 years 1 month)",
                    // "Glasgow, United Kingdom": where, on the line under the dates
                    role = Optional.of(role.get().withOrganization(role.get().organization(), placeBelow));
                }
            }
            if (found.isPresent() && role.isEmpty() && isDatesOnly(line.text(), found.get())) {
                warnings.add("Dates with no role beside them in "
                        + line.source().display() + ": \"" + clip(line.text()) + "\"");
            }
            if (role.isPresent() && role.get().title().isEmpty() && !role.get().careerBreak() && !byNeighbours) {
                // "### Prima Industrie", then "Role: Controls Engineer" and "Dates: Mar 2016 – Feb 2019"
                Role headed = role.get();
                Optional<Role> near = neighbours(lines, i, headed.dates(), Optional.empty());
                Optional<String> labelledTitle =
                        near.map(Role::title).filter(t -> !t.isEmpty() && RoleText.hasLabels("role: " + t));
                int here = i;
                Optional<String> nearTitle = labelledTitle
                        .filter(t -> labelledLineNear(lines, here))
                        .filter(t -> isDatesOnly(line.text(), dates.get()) || !titleWithItsOwnDates(lines, here));
                // "Northern Pipe & Fab Ltd. - Nisku, AB" heading its titles, each over its dates alone: the title right
                // above the dates, read with the heading's employer
                Optional<String> titleAbove = isDatesAlone(line.text())
                                && i > 0
                                && lines.get(i - 1).block() == line.block()
                                && RoleText.isTitle(
                                        RoleText.tidy(lines.get(i - 1).text()))
                        ? near.filter(r -> !r.title().isEmpty()
                                        && OrganizationNames.similar(r.organization(), headed.organization()))
                                .map(Role::title)
                        : Optional.empty();
                Optional<String> title = nearTitle.or(() -> titleAbove).or(() -> titleUnderItsSite(lines, here));
                if (title.isPresent()) {
                    role = Optional.of(headed.withTitle(title.get()));
                }
            }
            boolean department = role.isPresent() && isPartOfAFirm(role.get().organization());
            // the employer over the titles before this one in the same section, for a department's title
            Optional<RoleText> employerOver =
                    employerLineSource.equals(Optional.of(line.source())) ? employerLine : Optional.empty();
            if (role.isPresent()
                    && !role.get().careerBreak()
                    && !byNeighbours
                    && !role.get().title().isEmpty()
                    && !role.get().organization().isEmpty()
                    && (department || !RoleText.isOrganization(role.get().organization()))) {
                // "Great Lakes Technological University · Houghton, MI" over "Undergraduate Teaching Assistant – CS
                // 2200 Data Structures · Jan. 2023 – Dec. 2024": the course is the title's, the university the employer
                // (not the last duty of the entry above, nor the employer of the entry above when the entry's own is
                // below)
                Role r = role.get();
                // "01/2022 – Present · Eindhoven, NL" under "**Maasland Ziekenhuis**": a town and its country's or
                // state's code, not more of the title; the line above names the employer, in any language
                boolean town = r.location().filter(l -> l.matches("\\p{Lu}{2}")).isPresent()
                        && r.organization().matches("\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?");
                // "📅 Oct 2016 – Apr 2019   📍 Berlin" under "### Data Scientist" and "**Delivery Hero SE**": the words
                // after the dates, the title the heading's, are where
                boolean placeAfterDates = r.location().isEmpty()
                        && line.heading().filter(h -> !h.title().isEmpty()).isPresent()
                        && dates.filter(f -> Icons.away(line.text().substring(0, f.start()))
                                        .isBlank())
                                .isPresent()
                        && r.organization().matches("\\p{Lu}[\\p{L}'-]+(?:[ -]\\p{Lu}[\\p{L}'-]+){0,2}");
                // "[ 01/03/2018 – Current ]" under "## SENIOR LOGISTICS SPECIALIST – TRANSPORT & CUSTOMS" over "3M
                // Wrocław Sp. z o.o.": the heading's team, the firm below by its legal form the employer
                Optional<RoleText> employerBelow = employerBelow(lines, i);
                Optional<RoleText> firmBelow = line.heading()
                                .filter(h -> OrganizationNames.similar(h.organization(), r.organization()))
                                .isPresent()
                        ? employerBelow.filter(e -> RoleText.hasLegalForm(e.organization())
                                && !OrganizationNames.similar(e.organization(), r.organization()))
                        : Optional.empty();
                Optional<RoleText> employer = firmBelow.isPresent()
                        ? firmBelow
                        : employerBelow.isPresent()
                                ? Optional.empty()
                                : employerAbove(lines, i)
                                        .filter(e -> (town || RoleText.isOrganization(e.organization()))
                                                && isWrittenAsAName(e.organization()))
                                        // "Associate, Litigation Department · Apr. 2018 – Dec. 2020" after the bullets
                                        // of another title under "BRANDT ELLERY HOKE LLP": a department there
                                        .or(() -> department ? employerOver : Optional.empty());
                if (employer.isPresent() && placeAfterDates) {
                    role = Optional.of(
                            r.withOrganization(employer.get().organization(), Optional.of(r.organization())));
                    employerLine = employer;
                    employerLineSource = Optional.of(line.source());
                    borrowed = true;
                } else if (employer.isPresent()) {
                    role = Optional.of(
                            town
                                    ? new Role(
                                            employer.get().organization(),
                                            r.title(),
                                            Optional.of(r.organization() + ", "
                                                    + r.location().get()),
                                            r.dates(),
                                            false,
                                            r.source())
                                    : r.withTitle(r.title() + " – " + r.organization())
                                            .withOrganization(
                                                    employer.get().organization(),
                                                    employer.get().location()));
                    // the titles after this one's bullets were held there too
                    employerLine = employer;
                    employerLineSource = Optional.of(line.source());
                    borrowed = true;
                }
            }
            boolean ownEmployer = role.isPresent() && !role.get().organization().isEmpty() && !borrowed;
            if (role.isPresent()
                    && !role.get().careerBreak()
                    && !byNeighbours
                    && role.get().organization().isEmpty()) {
                // "HARBOUR LIGHT STUDIOS, Bristol" over "Photographer's Assistant, Sep 2013 - Apr 2015"; not the
                // employer line of the entry above, right under its dated title, when this entry's own is below
                // ("2015 – 2018 · Postdoctoral Research Associate" over "School of Biological & Environmental
                // Sciences, University of Carrick, Ayr")
                boolean aboveIsTheLastEntrys = i >= 2
                        && DateRanges.firstRange(lines.get(i - 2).text()).isPresent()
                        && employerBelow(lines, i).isPresent();
                Optional<RoleText> employer = aboveIsTheLastEntrys ? Optional.empty() : employerAbove(lines, i);
                Optional<RoleText> ownBelow = nameDotTownBelow(lines, i);
                if (employer.isPresent()) {
                    Role r = role.get();
                    role = Optional.of(r.withOrganization(
                            employer.get().organization(), r.location().or(employer.get()::location)));
                    employerLine = employer;
                    employerLineSource = Optional.of(line.source());
                    ownEmployer = false;
                } else if (!role.get().title().isEmpty() && ownBelow.isPresent()) {
                    // "Data Scientist · jun. 2016 – ene. 2019" over "Kubo Analytics (consultoría …) · Barcelona" after
                    // the titles under "Banco Almena": the title's own employer and town, not the one above
                    RoleText own = ownBelow.get();
                    role = Optional.of(role.get().withOrganization(own.organization(), own.location()));
                } else if (!role.get().title().isEmpty()
                        && !RoleText.isWayOfWorking(role.get().title())
                        && employerLine.isPresent()
                        && employerLineSource.equals(Optional.of(line.source()))
                        // (not when the title's own employer is on the line below: "07/2019 – 04/2020 Assistant
                        // Management Accountant" over "MAS Intimates (Pvt) Ltd")
                        && employerBelow(lines, i).isEmpty()) {
                    // "Warehouse Supervisor · Aug 2018 – Feb. 2021" after the bullets of a title under
                    // "Halvorsen Cold Chain Logistics · Groveport, OH": another title there
                    Role r = role.get();
                    role = Optional.of(r.withOrganization(
                            employerLine.get().organization(), r.location().or(employerLine.get()::location)));
                }
            }
            if (ownEmployer) {
                employerLine = Optional.empty();
            }
            if (role.isPresent()
                    && role.get().title().isEmpty()
                    && !role.get().organization().isEmpty()
                    && !role.get().careerBreak()) {
                // "Senior Data Analyst" over "Brightwater Health Partners | Columbus, OH | Aug 2022 - Present"
                List<String> above = window(lines, i, -1, line.source());
                // the title opens the entry's paragraph: not the last bullet of the entry before
                boolean opensTheEntry = i > 0
                        && lines.get(i - 1).block() == line.block()
                        && (i < 2
                                || lines.get(i - 2).block() != line.block()
                                || Sections.isSectionHeading(lines.get(i - 2).text()));
                if (!above.isEmpty() && opensTheEntry) {
                    String title = RoleText.tidy(above.get(0));
                    boolean titleAlone = RoleText.isTitle(title)
                            && RoleText.read(title)
                                    .filter(r -> r.organization().isEmpty()
                                            && r.title().equals(title))
                                    .isPresent();
                    if (titleAlone) {
                        role = Optional.of(role.get().withTitle(title));
                    }
                }
                // (its first sentence: "Profesora de Matemáticas – funcionaria de carrera. Jefa del Departamento de
                // Matemáticas desde sept. 2021")
                Optional<Integer> paragraph = paragraphBelow(lines, i);
                Optional<String> below = paragraph.map(
                        p -> RoleText.tidy(SENTENCE_END.split(lines.get(p).text(), 2)[0]));
                // ("QA Lead / Ведущий инженер по тестированию": a title in words set small, a paragraph of its own)
                // under the firm's lines (not a first bullet right under the dates: "Lead a team of 6.")
                int dated = i;
                boolean titleApart = paragraph
                        .filter(p -> p > dated + 1 && lines.get(p).alone())
                        .isPresent();
                if (role.get().title().isEmpty()
                        && below.filter(next -> DateRanges.firstRangeOrDate(next)
                                                .isEmpty()
                                        && !RoleText.hasLabels(next)
                                        && !SENTENCE_END.matcher(next).find()
                                        && next.split("\\s+").length <= MAX_TITLE_WORDS_APART + 4
                                        && RoleText.townThenTitle(next).isEmpty()
                                        && RoleText.read(next)
                                                .filter(r -> r.organization().isEmpty()
                                                        && RoleText.isTitle(r.title())
                                                        && (isWrittenAsAName(r.title()) || titleApart))
                                                .isPresent())
                                .isPresent()) {
                    // "Depuis 2019 · VALLON INDUSTRIES SAS – Vénissieux (69)" over "**Directrice Administrative et
                    // Financière (DAF) – membre du comité de direction**": the title in a paragraph of its own below
                    role = Optional.of(role.get().withTitle(below.get()));
                }
            }
            if (role.isPresent() && !role.get().title().isEmpty() && !role.get().careerBreak() && !byNeighbours) {
                // "since 03/2023; Team Lead Thermal Management – Battery-Electric Trucks" over "Farnholt eTruck
                // GmbH, Marktheiden": the employer on the line below, the rest of the line the title's; and
                // "Embedded Software Developer – Battery Management Systems" over "Brenner & Vogt Elektronik GmbH,
                // Nürnberg": a field named like a firm, the firm by its legal form below
                String named = role.get().organization();
                // "Data Science Intern · Cambridge, UK" over "Helixpoint Therapeutics (…)": where, not who, in the
                // employer's place, and the employer below need not say it is one by its words
                boolean townNamed = RoleText.isTownOfRegion(named, role.get().location());
                // ("Aya Healthcare – Travel RN, ICU · 08/2023 – Present" over "Assignment: Mayo Clinic Hospital –
                // Rochester, MN": a line that opens with its employer names it, the hospital a placement)
                boolean employerFirst = !named.isEmpty() && opensWith(line.text(), named);
                Optional<RoleText> below = (townNamed ? employerBelow(lines, i, false) : employerBelow(lines, i))
                        .filter(b -> !employerFirst)
                        .filter(b -> !RoleText.isOrganization(named)
                                || !RoleText.hasLegalForm(named) && RoleText.hasLegalForm(b.organization())
                                // "Chief Medical Resident, Department of Medicine" over "Great Lakes Presbyterian
                                // Hospital, Chicago, IL": the department is the hospital's
                                || RoleText.isPartOfAnOrganization(named)
                                        && !RoleText.isPartOfAnOrganization(b.organization()));
                if (below.isPresent()) {
                    // "… | joined as Infrastructure Engineer, promoted to Senior in January 2019": the steps too
                    header = line.text() + " | " + lineBelow(lines, i).orElse("");
                    Role r = role.get();
                    String asWritten = r.title() + " " + r.organization();
                    String title = r.organization().isEmpty() || townNamed
                            ? r.title()
                            : line.text().contains(asWritten) ? asWritten : r.title() + " – " + r.organization();
                    role = Optional.of(
                            townNamed
                                    ? new Role(
                                            below.get().organization(),
                                            title,
                                            Optional.of(
                                                    named + ", " + r.location().get()),
                                            r.dates(),
                                            false,
                                            r.source())
                                    : r.withTitle(title)
                                            .withOrganization(
                                                    below.get().organization(),
                                                    below.get().location().or(r::location)));
                }
            }
            if (role.isPresent()
                    && role.get().organization().isEmpty()
                    && !role.get().title().isEmpty()
                    && (isDatesAlone(line.text())
                                    && line.heading()
                                            .filter(h -> h.organization().isEmpty())
                                            .isPresent()
                            // "Events Intern (placement year) · 2010 – 2011": a note on the title in brackets
                            || isDatesAlone(line.text()
                                            .replace(role.get().title(), "")
                                            .replaceAll("\\([^()]*\\)", " "))
                                    && !nextEntryBelow(lines, i))) {
                // "MARCH 2021 — PRESENT" under "### MARKETING MANAGER", over "Brightwater Foods | Bristol"; or
                // "2007 – 2008 · Industrial Placement Student" over "Pennard Ground Engineering, Swansea"
                Optional<RoleText> below = nameAndTownBelow(lines, i);
                if (below.isPresent()) {
                    role = Optional.of(role.get()
                            .withOrganization(
                                    below.get().organization(),
                                    role.get().location().or(below.get()::location)));
                }
            }
            if (role.isPresent()
                    && (byNeighbours
                                    && (role.get().organization().isEmpty()
                                            || isSite(role.get().organization()))
                            // "iOS 开发工程师 iOS Engineer · 2017.08 – 2020.06" under "青橙网络科技(上海)有限公司 Qingcheng
                            // Network Technology Co., Ltd. | 上海 Shanghai · 2017.08 – 2020.06": a title alone, dated
                            // as the employer's span above
                            || role.get().organization().isEmpty()
                                    && !role.get().title().isEmpty()
                                    && employerSpan.map(Role::dates).equals(role.map(Role::dates))
                            // "10/2012 – 06/2015 · Junior Berater SAP FI/CO" under "10/2012 – 03/2019 · itelligence
                            // AG, München": a title and its field, dated within the employer's span above
                            || role.get().organization().isEmpty()
                                    && RoleText.namesItsField(role.get().title())
                            || DEPARTMENT.matcher(role.get().organization()).find()
                            // "01/2023 – heute · Lead Consultant & Teamleiter Finance Transformation" under "04/2019 –
                            // heute · msg systems ag, Ismaning": the words after the title its field, not an employer
                            || runOnAfterTitle(role.get(), line.text()))
                    && employerSpan.isPresent()
                    && within(role.get().dates(), employerSpan.get().dates())) {
                // "1) Kaveri Consultancy Services Ltd., Hyderabad   Jun'2016 - Till Date", then each
                // "Designation : …" and "Duration : …" there; a Japanese job-history sheet's periods under
                // "April 2008 – March 2012  Sakuragawa Brake Industries Co., Ltd.", each "Production Engineering
                // Dept., Engineer – Hamamatsu Plant": the plant a part of the title, the firm the employer
                Role r = role.get();
                String title = r.organization().isEmpty()
                        ? r.title()
                        : r.title() + (runOnAfterTitle(r, line.text()) ? " " : " – ") + r.organization();
                role = Optional.of(r.withTitle(title)
                        .withOrganization(
                                employerSpan.get().organization(),
                                r.organization().isEmpty()
                                        ? r.location().or(employerSpan.get()::location)
                                        : employerSpan.get().location()));
            }
            Optional<RoleText> hostBelow = byNeighbours || RoleText.hasLabels(line.text())
                    ? Optional.empty()
                    : role.filter(r -> r.title().isEmpty()
                                    && !r.organization().isEmpty()
                                    && !r.careerBreak()
                                    && !RoleText.isOrganization(r.organization()))
                            .flatMap(r -> employerBelow(lines, at));
            if (hostBelow.isPresent()) {
                // "UX Design Bootcamp — Capstone Project · Jan 2023 – Jun 2023" over "Harbourline UX Academy,
                // Bristol / online": what was done there, written where the other entries write their titles, and
                // the organization on the line below
                role = Optional.of(role.get()
                        .withTitle(RoleText.tidy(withoutDates(line.text())))
                        .withOrganization(
                                hostBelow.get().organization(), hostBelow.get().location()));
            }
            if (role.isPresent()
                    && role.get().title().isEmpty()
                    && !role.get().organization().isEmpty()
                    && !role.get().careerBreak()
                    && !byNeighbours
                    && (i + 1 >= lines.size()
                            || !isTitleLine(firstPart(lines.get(i + 1).text())))) {
                // "**Key Account Manager**" over "*Brackenridge Foods Ltd, Manchester | Jun 2018 – Feb 2021*"
                Optional<String> title = titleAbove(lines, i);
                if (title.isPresent()) {
                    role = Optional.of(role.get().withTitle(title.get()));
                }
            }
            boolean opensBlock = i == 0 || lines.get(i - 1).block() != line.block();
            if (opensBlock) {
                blockHeader = role.filter(
                                r -> !r.title().isEmpty() && !r.organization().isEmpty())
                        .filter(r -> !r.careerBreak());
            } else if (role.isPresent()
                    && !byNeighbours
                    && blockHeader.isPresent()
                    && isDutyWithin(
                            role.get(),
                            blockHeader.get(),
                            dates.filter(f -> f.start() > 2).isPresent())
                    && !isNextTitleThere(role.get(), blockHeader.get(), line.text())) {
                // "Deputy Head of Training from 01/2014." under "03/2012 - 09/2014 · Flight Instructor ·
                // Shannon Valley Flight Academy": a duty taken on in the job, not another job
                role = Optional.empty();
            }
            Optional<Role> dutyOf = byNeighbours ? Optional.empty() : role;
            if (fromNeighbours
                    .filter(r -> dutyOf.isPresent() && r.source().equals(line.source()))
                    .filter(r -> isPartOfTheTitle(dutyOf.get(), r) && isDutyWithin(dutyOf.get(), r, false))
                    .isPresent()) {
                // "Jeffco Public Schools · Department Chair 2015–2018" under "Mathematics Teacher & Department Chair",
                // its dates on the line above: the part of the title held for a part of the time, not another job
                role = Optional.empty();
            }
            if (role.isPresent()
                    && !byNeighbours
                    && isDutyWithin(role.get(), datedHeadings.get(line.source().sectionPath()), false)) {
                // "Year 8 form tutor (2014–2017)" under "### Teacher of Computer Science, Kingsmere School
                // (2014–2019)": a duty within the role, not another role
                role = Optional.empty();
            }
            if (role.isPresent()
                    && role.get().title().isEmpty()
                    && !role.get().careerBreak()
                    && underProjectsLabel(lines, i)) {
                // "Headquarters Ardea Pharma, Milano Bicocca – uffici, 14.500 m2 (2019–2022)" under "Progetti
                // principali:" in a job's entry: a project of that job, no employer
                role = Optional.empty();
            }
            if (role.isPresent() && byNeighbours && !roles.isEmpty()) {
                // "Product Manager, Patient Payments" under "Tallgrass Health — Senior Product Manager, Patient
                // Payments": the area is the title's, as in the title it was promoted to; the employer the same
                Role r = role.get();
                Role last = roles.get(roles.size() - 1);
                if (!r.organization().isEmpty()
                        && last.source().equals(r.source())
                        && !last.organization().isEmpty()
                        && last.title().endsWith(", " + r.organization())
                        && last.title().contains(r.title())) {
                    role = Optional.of(r.withTitle(r.title() + ", " + r.organization())
                            .withOrganization(last.organization(), r.location()));
                }
            }
            if (role.isPresent()
                    && (isBirthLabel(role.get().title())
                            || isBirthLabel(role.get().organization())
                            || MILITARY_STATUS.matcher(line.text()).lookingAt())) {
                // "DATE / PLACE OF BIRTH" over "17.05.1991": a personal detail, never a job; nor "Military Status:
                // Completed (12/2010 – 12/2011)" among an Egyptian CV's particulars
                role = Optional.empty();
            }
            List<Role> titledThenSince = untitled.filter(u -> u.source().equals(line.source()))
                    .map(u -> titleThenAnotherSince(u, line.text()))
                    .orElse(List.of());
            if (!titledThenSince.isEmpty()) {
                // "since 03/2021 · Kranich Logistik Digital GmbH, Cologne" over "Senior Data Engineer; since 01/2023
                // Tech Lead of the Data Platform team": the entry's title, then the second from its date
                roles.set(roles.size() - 1, titledThenSince.get(0));
                role = Optional.of(titledThenSince.get(1));
            }
            String said = header;
            // (or a labelled title's note, read into the title: "Audit Associate → Audit Semi-Senior (January 2017)")
            List<Role> steps = role.map(r -> promotionSteps(r, said)).orElse(List.of());
            if (steps.isEmpty()
                    && role.isPresent()
                    && PROGRESSION.matcher(role.get().title()).find()) {
                steps = promotionSteps(role.get(), role.get().title());
            }
            if (!steps.isEmpty()) {
                // "Apr 2021 – present (joined as Backend Engineer; promoted to Senior in January 2023)", "Cabin
                // Crew → Senior Cabin Crew (Mar 2022)": a title for each step, the last one the role's own
                roles.addAll(steps.subList(0, steps.size() - 1));
                role = Optional.of(steps.get(steps.size() - 1));
            }
            Optional<RoleText> townThenTitle =
                    untitled.isPresent() && line.source().equals(untitled.get().source())
                            ? RoleText.townThenTitle(line.text())
                            : Optional.empty();
            Optional<String> placeUnder = role.filter(r -> r.location().isEmpty() && !r.careerBreak())
                    .flatMap(r -> lineBelow(lines, at).map(String::strip))
                    .filter(below -> DateRanges.firstRangeOrDate(below).isEmpty())
                    .map(below -> TEAM_AFTER_TOWN.split(below, 2)[0].strip())
                    .filter(RoleReader::isTownAndCountry);
            if (placeUnder.isPresent()) {
                // "Junior Interaction Designer, Fjordline Interactive · Oct 2014 – Jan 2017" over "Wellington, New
                // Zealand" in italics: where the role was; "Toronto, ON — Model Evaluation Platform": where, and the
                // team
                role = role.map(r -> r.withOrganization(r.organization(), placeUnder));
            }
            Matcher promotedFrom = PROMOTED_FROM.matcher(role.map(Role::title).orElse(""));
            if (promotedFrom.matches()
                    && role.get().organization().isEmpty()
                    && !roles.isEmpty()
                    && roles.get(roles.size() - 1).source().equals(line.source())
                    && !roles.get(roles.size() - 1).organization().isEmpty()) {
                // "(Promoted from Senior Process Engineer, April 2021 – June 2023)" under the entry's line: the title
                // held before at the employer above
                Role above = roles.get(roles.size() - 1);
                role = Optional.of(new Role(
                        above.organization(),
                        RoleText.tidy(promotedFrom.group(1)),
                        above.location(),
                        role.get().dates(),
                        false,
                        line.source()));
            }
            if (role.isPresent()
                    && !role.get().careerBreak()
                    && grouped.containsKey(i)
                    && !OrganizationNames.similar(role.get().organization(), grouped.get(i))) {
                // "**Relativity**" over "5 years 4 months", then "**Senior Marketing Manager, Integrated
                // Campaigns**" and its dates: the campaigns the title's field, the employer the group's
                Role r = role.get();
                String title = r.organization().isEmpty() || r.title().isEmpty()
                        ? r.title() + r.organization()
                        : r.title() + ", " + r.organization();
                role = Optional.of(r.withTitle(title).withOrganization(grouped.get(i), r.location()));
            }
            boolean employedAbove = role.isPresent() && employsTitlesAbove(role.get(), line, titledAbove, roles);
            Optional<Role> entry = lastEntry;
            List<Role> promotedWithin = role.isEmpty()
                    ? entry.filter(e -> e.source().equals(line.source())
                                    && !roles.isEmpty()
                                    && roles.get(roles.size() - 1).equals(e))
                            .map(e -> promotionSteps(e, line.text()))
                            .orElse(List.of())
                    : List.of();
            lastEntry = role;
            if (!promotedWithin.isEmpty()) {
                // "Joined as Senior Data Scientist, promoted to Lead in Jan 2022." among the entry's bullets
                roles.remove(roles.size() - 1);
                roles.addAll(promotedWithin);
            } else if (employedAbove) {
                // "Position: Senior Associate (Jul 2013 – Jun 2015)" and the other titles dated over "Company:
                // PricewaterhouseCoopers (PwC Malaysia), Kuala Lumpur" and "Duration: July 2011 – April 2016": the
                // titles' employer, whose span is theirs
                Role employer = role.get();
                for (int k : titledAbove) {
                    roles.set(k, employed(roles.get(k), employer));
                }
                titledAbove.clear();
                blockEmployer = role;
                blockEmployerBlock = line.block();
                lastEntry = Optional.empty();
            } else if (role.isPresent()) {
                Role added = role.get();
                boolean awaitsEmployer = !added.title().isEmpty()
                        && !added.careerBreak()
                        // ("Finance Manager, Group Reporting (Mar 2023 – Dec 2024)": a unit after the title, no firm)
                        && (added.organization().isEmpty() || !RoleText.hasLegalForm(added.organization()));
                Optional<Role> employer =
                        awaitsEmployer && line.block() == blockEmployerBlock ? blockEmployer : Optional.empty();
                if (employer.isPresent() && within(added.dates(), employer.get().dates())) {
                    // "Senior Engineer (Feb 2022 – Mar 2024)" under the employer line that followed the title above
                    added = employed(added, employer.get());
                    awaitsEmployer = false;
                }
                roles.add(added);
                lastEntry = steps.isEmpty() ? Optional.of(added) : Optional.empty();
                if (!awaitsEmployer || line.block() != titledAboveBlock) {
                    titledAbove.clear();
                }
                titledAboveBlock = line.block();
                if (awaitsEmployer) {
                    titledAbove.add(roles.size() - 1);
                }
            } else if (townThenTitle.isPresent()) {
                // "March 2022 – Present · Lakeshore Freight Systems" then "Chicago, IL (Hybrid) · Senior Site
                // Reliability Engineer": where, then the title
                Role employer = untitled.get();
                roles.set(
                        roles.size() - 1,
                        employer.withTitle(townThenTitle.get().title())
                                .withOrganization(
                                        employer.organization(),
                                        townThenTitle.get().location()));
            } else if (untitled.isPresent()
                    // under it, not in another section ("2019 – present · Northgate Outdoor" in a timeline, then
                    // "MARKETING MANAGER | Northgate Outdoor Ltd" heading the experience section's first entry)
                    && line.source().equals(untitled.get().source())
                    && isTitleLine(withoutDatedNotes(firstPart(withoutTradeCode(line.text()))))
                    && !RoleText.hasLabels(line.text())
                    // (not "Contract support to 16th Air Force (Air Forces Cyber)" under "LEIDOS — San Antonio, TX ·
                    // Dec 2021 – Present", over the titles with their own dates)
                    && !datedTitleBelow(lines, i)) {
                // "Clifton Hosting Ltd, Bristol — 2011-2017" then "Linux Engineer" on its own line
                roles.set(
                        roles.size() - 1,
                        untitled.get().withTitle(RoleText.tidy(firstPart(withoutTradeCode(line.text())))));
            } else if (untitled.isPresent()) {
                // "### Employer: Prairie Signal Media", its place and dates, then "#### Job title: Web Developer"
                // over the duties: the sub-heading titles the role
                Role employer = untitled.get();
                titleHeadingUnder(line, employer)
                        .ifPresent(title -> roles.set(roles.size() - 1, employer.withTitle(title)));
            }
            boolean placeBeforeTheTitle = role.isEmpty()
                    && untitled.isPresent()
                    && line.source().equals(untitled.get().source())
                    && isPlaceOrUnitOverATitle(lines, i);
            if (!placeBeforeTheTitle) {
                // ("2015 – 2018 · NorteProjecto, Lda." over "Porto (Boavista)" over "Engenheiro Projetista de
                // Estruturas": the title still to come after the place)
                untitled = role.filter(
                        r -> r.title().isEmpty() && !r.organization().isEmpty() && !r.careerBreak());
            }
            if (employedAbove) {
                // the employer given to the titles above spans the titles below it too, but is no role of its own
                employerSpan = untitled;
                untitled = Optional.empty();
            } else if (untitled.isPresent()) {
                employerSpan = untitled;
            } else if (role.isPresent()
                    && !role.get().organization().isEmpty()
                    && !employerSpan.map(Role::organization).equals(role.map(Role::organization))) {
                // "2019 – heden · (Senior) HR Business Partner" over "ProRail, Utrecht": a titled entry's span, which
                // the titles dated within it below, each run on into its department, were held at
                employerSpan = byNeighbours
                        ? Optional.empty()
                        : role.filter(r -> !r.title().isEmpty() && !r.careerBreak());
            }
            if (role.isPresent()) {
                fromNeighbours = byNeighbours ? role : Optional.empty();
            }
        }
        List<Role> all = new ArrayList<>(endEvents(roles));
        // "**Lead SRE chez Esker** · dans l'infra et l'ops depuis 2015" atop the page: the post its section dates, said
        // again
        List<Role> underHeadings = all.stream()
                .filter(r ->
                        !r.source().sectionPath().isEmpty() && !r.organization().isEmpty())
                .toList();
        all.removeIf(r -> r.source().sectionPath().isEmpty()
                && underHeadings.stream()
                        .anyMatch(o ->
                                o.title().equals(r.title()) && r.organization().startsWith(o.organization())));
        // "### Career break" over "📅 May 2019 – Aug 2019   📍 Peru · Bolivia · Chile": where the break was, no
        // employer
        all.replaceAll(r -> !r.careerBreak()
                        && RoleText.namesABreak(r.title())
                        && (RoleText.isCountry(r.organization()) || isTownAndCountry(r.organization()))
                ? new Role("", r.title(), Optional.of(r.organization()), r.dates(), true, r.source())
                : r);
        // an artist's "Teaching": the posts held ("Sessional Lecturer, MFA Fine Art, Tayside University"), not the
        // talks given or the courses taught
        // (and not a lecturer's tutoring within the jobs the appointments list: "Personal academic tutor to 14
        // undergraduates", 2022–present, beside "Lecturer in Atmospheric Chemistry", 2022–present; "Lecturer,
        // Catchment Management (20 credits)", 2019–present, beside a Lecturer's 2019–2022 and a Senior Lecturer's
        // 2022–present)
        List<Role> posts = all.stream()
                .filter(r -> Sections.of(r.source().sectionPath()) == Sections.WORK)
                .toList();
        all.removeIf(r -> Sections.namesTeaching(r.source().sectionPath())
                && Sections.of(r.source().sectionPath()) != Sections.WORK
                && (!TEACHING_POST.matcher(r.title()).find() || coveredBy(r.dates(), posts)));
        events.clear();
        ends.clear();
        return employerHeadingsOverTitleHeadings(
                titlesOfUndatedEntries(
                        labelledEmployers(
                                employersAbove(withoutEntriesToldInSteps(withinTheRoleAbove(promotions(
                                        withoutPeriodsOfRoles(postsThroughTheirEmployer(
                                                withoutDutiesRunOn(withoutDutiesInSentences(distinct(
                                                        withoutMemberships(withoutClaimsOfASummary(all))))))))))),
                                document),
                        document),
                document);
    }

    /** A title and its dates in brackets, then another: "Senior Engineer – Payments (01/2022 - Now) Engineer (…)". */
    private static final Pattern TWO_DATED_TITLES =
            Pattern.compile("(\\p{Lu}[^()]{2,80}\\([^()]{4,30}\\))\\s+(\\p{Lu}[^()]{2,80}\\([^()]{4,30}\\))\\s*");

    /**
     * "Senior Backend Engineer – Payment Gateway team (01/2022 - Now) Backend Engineer (09/2020 - 12/2021)": two posts
     * at one employer, each with its dates, run into one line by a PDF's layout, as two lines.
     */
    private static List<String> twoDatedTitlesApart(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            Matcher two = TWO_DATED_TITLES.matcher(line.strip());
            boolean apart = two.matches()
                    && java.util.stream.Stream.of(two.group(1), two.group(2))
                            .allMatch(part -> DateRanges.firstRange(part)
                                            .filter(found -> part.substring(found.end())
                                                    .strip()
                                                    .equals(")"))
                                            .isPresent()
                                    && RoleText.isTitle(part.substring(0, part.indexOf('('))));
            if (apart) {
                out.add(two.group(1));
                out.add(two.group(2));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** Whether the posts' dates, one after another, cover the range from its start to its end. */
    private static boolean coveredBy(DateRange range, List<Role> posts) {
        java.time.YearMonth open = java.time.YearMonth.of(9999, 12);
        java.time.YearMonth reached = range.start().earliest().minusMonths(1);
        java.time.YearMonth end = range.lastMonth(open);
        boolean extended = true;
        while (extended && reached.isBefore(end)) {
            extended = false;
            for (Role post : posts) {
                java.time.YearMonth postEnd = post.dates().lastMonth(open);
                if (!post.dates().start().earliest().isAfter(reached.plusMonths(1)) && postEnd.isAfter(reached)) {
                    reached = postEnd;
                    extended = true;
                }
            }
        }
        return !reached.isBefore(end);
    }

    /** "6 years 10 months", "1 year", "8 months": LinkedIn's length of all the time at an employer. */
    private static final Pattern TIME_THERE =
            Pattern.compile("(?i)\\s*(?:\\d{1,2}\\s+years?(?:\\s+\\d{1,2}\\s+months?)?|\\d{1,2}\\s+months?)\\s*");

    /**
     * LinkedIn's PDF: "### Vistula Pay" over "6 years 10 months", then "### Senior Backend Engineer" and "### Backend
     * Engineer" at the same level, each dated; "### Tracktor Logistics" straight over "### Software Engineer". An
     * untitled heading with no text of its own, or only its time there, is the employer of the title headings after
     * it, up to the next such heading or section.
     */
    private static List<Role> employerHeadingsOverTitleHeadings(List<Role> roles, ProfileDocument document) {
        if (roles.stream()
                .allMatch(r -> !r.organization().isEmpty() || r.title().isEmpty())) {
            return roles;
        }
        java.util.Map<List<String>, String> employerOf = new java.util.HashMap<>();
        Optional<String> employer = Optional.empty();
        List<String> employerParent = List.of();
        for (Block block : document.blocks()) {
            List<String> path = block.sectionPath();
            if (path.isEmpty()) {
                continue;
            }
            String last = RoleText.tidy(path.get(path.size() - 1));
            List<String> parent = path.subList(0, path.size() - 1);
            boolean bare =
                    block.text().isBlank() || TIME_THERE.matcher(block.text()).matches();
            String alone = RoleText.tidy(block.text());
            if (bare && isEmployerHeading(last)) {
                employer = Optional.of(last);
                employerParent = parent;
            } else if (!alone.contains("\n") && alone.length() <= MAX_AFTER_CHARS && isEmployerHeading(alone)) {
                // (a heading with nothing under it, read as a line of the section above)
                employer = Optional.of(alone);
                employerParent = path;
            } else if (!parent.equals(employerParent) || Sections.isSectionHeading(last)) {
                employer = Optional.empty();
            } else if (employer.isPresent() && RoleText.isTitle(last)) {
                employerOf.put(path, employer.get());
            }
        }
        return roles.stream()
                .map(role -> role.organization().isEmpty()
                                && !role.title().isEmpty()
                                && employerOf.containsKey(role.source().sectionPath())
                        ? role.withOrganization(employerOf.get(role.source().sectionPath()), role.location())
                        : role)
                .toList();
    }

    /**
     * LinkedIn's PDF as lines: "Relativity" over its time there, "5 years 4 months", then each position's title and
     * dates. The employer each line under such a pair stands in, up to the next employer's line or section.
     */
    private static java.util.Map<Integer, String> positionsGroupedUnderEmployers(List<Line> lines) {
        java.util.Map<Integer, String> employerAt = new java.util.HashMap<>();
        Optional<String> employer = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = RoleText.tidy(line.text());
            boolean timeBelow = i + 1 < lines.size()
                    && lines.get(i + 1).source().equals(line.source())
                    && TIME_THERE.matcher(lines.get(i + 1).text()).matches();
            boolean titleAndDatesBelow = i + 2 < lines.size()
                    && lines.get(i + 2).source().equals(line.source())
                    && RoleText.isTitle(RoleText.tidy(lines.get(i + 1).text()))
                    && DateRanges.firstRange(lines.get(i + 1).text()).isEmpty()
                    && DateRanges.firstRange(lines.get(i + 2).text()).isPresent();
            if (isEmployerHeading(text) && (timeBelow || titleAndDatesBelow)) {
                employer = timeBelow ? Optional.of(text) : Optional.empty();
                continue;
            }
            if (employer.isPresent() && i > 0 && !lines.get(i - 1).source().equals(line.source())) {
                employer = Optional.empty();
            }
            final int at = i;
            employer.ifPresent(e -> employerAt.put(at, e));
        }
        return employerAt;
    }

    /** A heading or a line alone that names an employer: written as a name, no title, section or dates. */
    private static boolean isEmployerHeading(String text) {
        return !text.isEmpty()
                && !RoleText.isTitle(text)
                && !Sections.isSectionHeading(text)
                && DateRanges.firstRangeOrDate(text).isEmpty()
                && Character.isUpperCase(text.codePointAt(0))
                && isWrittenAsAName(text);
    }

    /**
     * An employer's dates with no title, read from a career timeline ("2019 – present · Northgate Outdoor", a
     * SmartArt diagram's node), take the title of the undated entry the work section heads with that employer
     * ("MARKETING MANAGER | Northgate Outdoor Ltd, Leeds"), and its town.
     */
    private static List<Role> titlesOfUndatedEntries(List<Role> roles, ProfileDocument document) {
        if (roles.stream()
                .noneMatch(r -> r.title().isEmpty() && !r.organization().isEmpty() && !r.careerBreak())) {
            return roles;
        }
        List<RoleText> entries = document.blocks().stream()
                .filter(b -> Sections.of(b.sectionPath()) == Sections.WORK)
                .flatMap(b -> b.text().lines())
                .filter(line -> DateRanges.firstRangeOrDate(line).isEmpty()
                        && isTitleLine(firstPart(line))
                        && !RoleText.hasLabels(line))
                .flatMap(line -> RoleText.read(RoleText.tidy(line)).stream())
                .filter(r -> !r.title().isEmpty() && !r.organization().isEmpty())
                .toList();
        return roles.stream()
                .map(role -> {
                    if (!role.title().isEmpty() || role.organization().isEmpty() || role.careerBreak()) {
                        return role;
                    }
                    return entries.stream()
                            .filter(e -> OrganizationNames.similar(e.organization(), role.organization()))
                            .findFirst()
                            .map(e -> new Role(
                                    role.organization(),
                                    OrganizationNames.unshouted(e.title()),
                                    role.location().or(e::location),
                                    role.dates(),
                                    false,
                                    role.source()))
                            .orElse(role);
                })
                .toList();
    }

    /** The title a line's own sub-heading gives, right under the section of an untitled role. */
    private static Optional<String> titleHeadingUnder(Line line, Role untitled) {
        List<String> path = line.source().sectionPath();
        List<String> roles = untitled.source().sectionPath();
        if (!line.source().fileName().equals(untitled.source().fileName())
                || path.size() != roles.size() + 1
                || !path.subList(0, roles.size()).equals(roles)) {
            return Optional.empty();
        }
        String heading = path.get(path.size() - 1);
        Optional<RoleText> labelled = RoleText.hasLabels(heading) ? RoleText.read(heading) : Optional.empty();
        if (labelled.isPresent()) {
            return labelled.filter(r -> r.organization().isEmpty() && !r.title().isEmpty())
                    .map(RoleText::title);
        }
        return isTitleLine(heading) ? Optional.of(RoleText.tidy(heading)) : Optional.empty();
    }

    /** "Employer: Wrenford General Hospital, …", "Company: Halden Foods": a form's employer line. */
    private static final Pattern EMPLOYER_LABEL = Pattern.compile(
            "(?i)^\\W*(?:employer|company|empresa|organi[sz]ation|employing (?:trust|organi[sz]ation)|trust)"
                    + "\\s*(?:name)?\\s*:\\s*(\\S.*)$");

    /**
     * A titled role with no employer takes its entry's labelled employer line: "### Senior Staff Nurse –
     * Band 6" over "Ward: Acute Medical Unit", "Employer: Wrenford General Hospital, North Wrenfordshire
     * Hospitals NHS Foundation Trust", "Dates: April 2022 – Present" (one such line in the entry's
     * section, so a section of several entries lends none).
     */
    private static List<Role> labelledEmployers(List<Role> roles, ProfileDocument document) {
        return roles.stream()
                .map(role -> {
                    if (!role.organization().isEmpty() || role.title().isEmpty() || role.careerBreak()) {
                        return role;
                    }
                    List<String> lines = document.blocks().stream()
                            .filter(b -> b.sectionPath().equals(role.source().sectionPath()))
                            .flatMap(b -> b.text().lines())
                            .toList();
                    List<String> employers = lines.stream()
                            .map(line -> EMPLOYER_LABEL.matcher(line.strip()))
                            .filter(Matcher::matches)
                            .map(m -> m.group(1).strip())
                            .distinct()
                            .toList();
                    Optional<String> employer = employers.size() == 1
                            ? Optional.of(employers.get(0))
                            : employers.isEmpty() ? Optional.empty() : labelledAbove(lines, role);
                    return employer.flatMap(e -> employerNamed(RoleText.tidy(e)))
                            .map(r -> role.withOrganization(
                                    r.organization(), role.location().or(r::location)))
                            .orElse(role);
                })
                .toList();
    }

    /**
     * Where a section holds several labelled employers ("Empresa: Nubecampo …", its posts, then "Empresa: Logística
     * Atemajac …"), the one nearest above the role's own line: the line naming its title and its first year.
     */
    private static Optional<String> labelledAbove(List<String> lines, Role role) {
        String year = Integer.toString(role.dates().start().year());
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).contains(role.title()) && lines.get(i).contains(year)) {
                at = i;
            }
        }
        for (int i = at; i >= 0; i--) {
            Matcher m = EMPLOYER_LABEL.matcher(lines.get(i).strip());
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** "Freelance Web Developer", "Self-employed tutor": work on one's own account, beside a job. */
    private static final Pattern FREELANCE = Pattern.compile(
            "(?i)\\b(freelance\\w*|self-employed|independent|contract(or)?|consultant|sole trader|owner|founder)\\b");

    private static final Pattern HELD_FOR_A_TIME =
            Pattern.compile("(?i)\\b(acting|interim|seconded|secondment|temporary|maternity cover|cover)\\b");

    /**
     * An acting or interim title, or a post of responsibility, with no employer, dated within the role read just
     * before it in the same section: a post held there ("Acting assignment: Acting Senior Policy Analyst, 2020-02 to
     * 2020-09" under "Policy Analyst, Canada Workforce Transitions Agency · 2018-04 to 2021-10").
     */
    /**
     * An entry whose steps are dated within it, one from its start and the last held under its own title, as the
     * steps alone: "PT Tokopedia · Performance Marketing Lead · Aug 2021 – present" over "Jan 2023 – present:
     * Performance Marketing Lead; Aug 2021 – Dec 2022: Senior Performance Marketing Specialist".
     */
    private static List<Role> withoutEntriesToldInSteps(List<Role> roles) {
        List<Role> out = new ArrayList<>(roles);
        out.removeIf(entry -> {
            List<Role> steps = roles.stream()
                    .filter(r -> r != entry
                            && !entry.organization().isEmpty()
                            && r.organization().equals(entry.organization())
                            && r.source().equals(entry.source())
                            && !r.dates().equals(entry.dates())
                            && within(r.dates(), entry.dates()))
                    .toList();
            boolean fromItsStart = oneStartsWith(steps, entry.dates());
            boolean lastUnderItsTitle = steps.stream()
                    .anyMatch(r -> r.title().equals(entry.title())
                            && r.dates()
                                    .start()
                                    .earliest()
                                    .isAfter(entry.dates().start().earliest()));
            return fromItsStart && lastUnderItsTitle;
        });
        return out;
    }

    private static List<Role> withinTheRoleAbove(List<Role> roles) {
        List<Role> out = new ArrayList<>(roles);
        for (int i = 1; i < out.size(); i++) {
            Role role = out.get(i);
            Role nearest = out.get(i - 1);
            // ("Assistant Front Office Manager (Jun'15 – Feb'17)" under "Front Office Manager (Mar'17 – Mar'19)",
            // both under "Front Office Manager · Jun'15 – Mar'19" at the hotel: the post before, held there too)
            // ("Jan 2023 – sekarang: Performance Marketing Lead; Agt 2021 – Des 2022: Senior Performance Marketing
            // Specialist" under "PT Tokopedia · Agustus 2021 – Sekarang": the steps one after another, the employer
            // the entry's)
            Role above = i >= 2
                            && (!within(role.dates(), nearest.dates())
                                    || nearest.organization().isEmpty()
                                            && !out.get(i - 2).organization().isEmpty())
                            && within(nearest.dates(), out.get(i - 2).dates())
                            && (nearest.organization().equals(out.get(i - 2).organization())
                                    || nearest.organization().isEmpty())
                    ? out.get(i - 2)
                    : nearest;
            if (role.organization().isEmpty()
                    && !role.title().isEmpty()
                    && !role.careerBreak()
                    // an acting or interim post there, or a post of responsibility held for part of it ("Year 9
                    // Science Team Leader (2019–2020)" among a teacher's bullets), not a freelance job held beside it
                    && (HELD_FOR_A_TIME.matcher(role.title()).find()
                            || !FREELANCE.matcher(role.title()).find()
                                    && !role.dates().equals(above.dates())
                                    && (role.dates().end().isPresent()
                                            // a later step held to this day: "Jan 2023 – present" within "Aug
                                            // 2021 – present"
                                            || role.dates()
                                                    .start()
                                                    .earliest()
                                                    .isAfter(above.dates()
                                                            .start()
                                                            .earliest())))
                    && !above.organization().isEmpty()
                    && !above.careerBreak()
                    && above.source().equals(role.source())
                    && within(role.dates(), above.dates())) {
                out.set(
                        i,
                        role.withOrganization(
                                above.organization(), role.location().or(above::location)));
            }
        }
        return out;
    }

    /**
     * The place after a line's dates when that is all the line holds besides them and the line
     * above is a title with no dates ("*March 2021 – Present* · Lisbon" under "Feedzai — Staff
     * Frontend Engineer"): then the role is the line above, and this is where.
     */
    /** "Glasgow, United Kingdom", "Austin, Texas, United States", "Columbus, OH": a town and its country or state. */
    private static boolean isTownAndCountry(String text) {
        String[] parts = text.split(",\\s+");
        return parts.length >= 2
                && parts.length <= 3
                && text.matches("\\p{Lu}[\\p{L}.'’ -]{1,40}(?:,\\s+\\p{Lu}[\\p{L}.'’ -]{1,40}){1,2}")
                && (RoleText.isCountry(parts[parts.length - 1])
                        || parts[parts.length - 1].matches("\\p{Lu}{2}(?: US| USA)?"));
    }

    /**
     * "Washington, DC US": a town and its state or country, the town a name of a few words — not
     * "Prairie State Cold Storage - Romeoville, IL" nor "Acme Ltd, London, UK".
     */
    private static boolean isTownLine(String text) {
        String town = text.split(",")[0].strip();
        return (isTownAndCountry(text) || TOWN_STATE_AND_ZIP.matcher(text).matches())
                && town.matches("[^–—-]*")
                && town.split("\\s+").length <= 3
                && !RoleText.looksLikeEmployer(town)
                && !RoleText.isOrganization(town)
                && !RoleText.namesALegalForm(text);
    }

    /** "Toronto, ON", "Lisbon, Portugal", "Warsaw, Mazowieckie, Poland": a town and its region, nothing more. */
    private static boolean isTownAlone(String text) {
        String[] parts = text.split(",\\s*");
        // ("Warsaw, Mazowieckie, Poland": a town, its region and its country)
        return (parts.length == 2 || RoleText.isCountry(parts[parts.length - 1])) && isTownLine(text);
    }

    /**
     * "Martinsburg, WV 25405 United States": a federal résumé's duty station, its ZIP code and country after it (its
     * ZIP code gone with the street before it: "Murfreesboro, TN United States").
     */
    private static final Pattern TOWN_STATE_AND_ZIP = Pattern.compile("\\p{Lu}[\\p{L}.'’ -]{1,40},\\s+\\p{Lu}{2}"
            + "(?:\\s+\\d{5}(?:-\\d{4})?(?:\\s+(?:United States|USA|US))?|\\s+(?:United States|USA|US))");

    /** The dash between a town and the team there, on the line under an entry: "Toronto, ON — Checkout team". */
    private static final Pattern TEAM_AFTER_TOWN = Pattern.compile("\\s[–—]\\s|\\s-\\s|\\s·\\s");

    /** Words at most of a title in a paragraph of its own over its town and dates. */
    private static final int MAX_TITLE_WORDS_APART = 8;

    private static final Pattern WAY_OF_WORKING_NOTE =
            Pattern.compile("(?i)\\s*\\((?:hybrid|remote|on-?site|in office|part-time|full-time)\\)");

    private static Optional<String> placeAfterDates(List<Line> lines, int at, DateRanges.Found found) {
        String line = lines.get(at).text();
        if (at == 0 || lineBelow(lines, at).flatMap(RoleText::townThenTitle).isPresent()) {
            return Optional.empty(); // "Chicago, IL · DevOps Engineer" below: the place is there, the employer here
        }
        String before = RoleText.tidy(line.substring(0, found.start()));
        String after = RoleText.tidy(RoleText.withoutNoise(line.substring(found.end())));
        boolean townFirst = !before.isEmpty();
        if (townFirst) {
            // "Denver, CO (hybrid) • Mar 2023 – Present" under "Tallgrass Health — Senior Product Manager": the
            // town first, the way of working in brackets
            String town = RoleText.tidy(WAY_OF_WORKING_NOTE.matcher(before).replaceAll(""));
            if (!after.isEmpty() || !isTownLine(town)) {
                return Optional.empty();
            }
            after = town;
        }
        Line above = lines.get(at - 1);
        boolean titleAbove = above.source().equals(lines.get(at).source())
                // not the last duty of the entry before ("- First-level support and maintenance …" over
                // "09/2010 – 02/2011 · Civilian service (Zivildienst)"); a title over a town and dates may be a
                // paragraph of its own, as a promotion's second title is
                && (above.block() == lines.get(at).block()
                        || townFirst && above.text().split("\\s+").length <= MAX_TITLE_WORDS_APART
                        // "**Menzil Lojistik A.Ş. – Mobile Developer**" in a paragraph of its own over
                        // "17.06.2019 - 28.02.2022 · İstanbul (Ataşehir)": a line that names both
                        || !BULLET_MARK.matcher(above.text()).lookingAt() && namesEmployerAndTitle(above.text()))
                && DateRanges.firstRange(above.text()).isEmpty()
                && RoleText.isTitle(above.text())
                && above.text().length() <= MAX_AFTER_CHARS;
        if (titleAbove && !townFirst) {
            // "2022.09 ~ Present | Pangyo, Seongnam | Java, Kotlin" under "Kakao Corp. — Backend Engineer": the
            // line above names employer and title, so the first of the parts after the dates is where
            String[] parts =
                    line.substring(found.end()).replaceFirst("^\\s*[|·•]", "").split("\\s+[|·•]\\s+");
            String first = RoleText.tidy(parts[0]);
            if (parts.length >= 2
                    && !first.isEmpty()
                    && first.split("\\s+").length <= MAX_PLACE_WORDS
                    && !RoleText.isTitle(first)
                    && namesEmployerAndTitle(above.text())) {
                return Optional.of(first);
            }
        }
        if (after.isEmpty() || !titleAbove || after.split("\\s+").length > 3 || RoleText.isTitle(after)) {
            return Optional.empty();
        }
        return Optional.of(after);
    }

    private static boolean namesEmployerAndTitle(String line) {
        return RoleText.read(RoleText.tidy(line))
                .filter(r -> !r.title().isEmpty() && !r.organization().isEmpty())
                .isPresent();
    }

    /**
     * A note that is one job, its facts in front matter or page properties (an Obsidian vault's
     * {@code company: Aramex}, {@code role: …}, {@code start: 2021-09}, {@code end: present}).
     */
    private static Optional<Role> fromProperties(ProfileDocument document) {
        java.util.Map<String, String> m = document.metadata();
        Optional<String> start = first(m, "start", "start-date", "start_date", "from", "started");
        Optional<String> organization = first(m, "company", "organization", "organisation", "employer", "client");
        Optional<String> title = first(m, "role", "title", "position", "job-title", "job_title");
        if (start.isEmpty() || organization.isEmpty() && title.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProfileDate> from = DateRanges.parseDate(start.get());
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> end = first(m, "end", "end-date", "end_date", "to", "until", "ended");
        DateRange range = end.isEmpty() || DateRanges.isPresent(end.get())
                ? DateRange.since(from.get())
                : DateRanges.parseDate(end.get())
                        .map(e -> DateRange.between(from.get(), e))
                        .orElse(DateRange.since(from.get()));
        String org =
                organization.map(o -> o.replaceAll("\\[\\[|]]", "").strip()).orElse("");
        // a "title" property that only repeats the note's name is no job title
        String role = title.filter(t -> !t.equalsIgnoreCase(org)).orElse("");
        return Optional.of(new Role(
                org,
                role,
                first(m, "location", "city", "place"),
                range,
                false,
                new FactSource(document.fileName(), List.of())));
    }

    private static Optional<String> first(java.util.Map<String, String> metadata, String... keys) {
        for (String key : keys) {
            String value = metadata.get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip().replaceAll("^[\"']|[\"']$", ""));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the line below is a labelled title with its own dates under it ("Designation : Technical
     * Lead", "Duration : Oct'2020 - Till Date"): a position within the employer's span on this line.
     */
    private static boolean titleWithItsOwnDates(List<Line> lines, int at) {
        return at + 2 < lines.size()
                && RoleText.hasLabels(lines.get(at + 1).text())
                && lines.get(at + 2).source().equals(lines.get(at).source())
                && DateRanges.firstRange(lines.get(at + 2).text()).isPresent();
    }

    /** Whether a line next to this one names the role by a label ("Role: …", "Title: …", "Position: …"). */
    private static boolean labelledLineNear(List<Line> lines, int at) {
        for (int i = Math.max(0, at - 2); i <= Math.min(lines.size() - 1, at + 2); i++) {
            if (i != at
                    && lines.get(i).source().equals(lines.get(at).source())
                    && lines.get(i).text().matches("(?i)^\\s*(" + RoleText.TITLE_LABELS + ")\\s*:.*")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WHILE_NOTE =
            Pattern.compile("(?i)\\s*,\\s*(?:while|whilst|alongside|during)\\b[^;|·]{3,60}");

    /** Dates and a note in brackets after them: "April 2018 - Aug 2022 (bank/agency, alongside permanent posts)". */
    private static boolean isDatesWithANote(String line, DateRanges.Found found) {
        // "Period: · June 2019 – March 2020 (part-time contract, …)": a label that only says they are dates
        return line.substring(0, found.start()).replaceFirst(DATES_LABEL, "").isBlank()
                // (a note of brackets in brackets too: "(including higher duties as Acting Principal Project Officer
                // (AO7), Oct 2023 – Mar 2024)")
                && (line.substring(found.end()).matches("\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*")
                        // "2012 – 2014, while studying for my MSc": a note on when, after a comma
                        || WHILE_NOTE.matcher(line.substring(found.end())).matches()
                        // "Jan 2019 – Present · 48 covers, tasting menu + à la carte": a note in small letters, no name
                        || SMALL_NOTE.matcher(line.substring(found.end())).matches());
    }

    private static final Pattern SMALL_NOTE = Pattern.compile("\\s*[·|]\\s*[\\d\\p{Ll}][^\\p{Lu}·|]{2,80}");

    /**
     * A layout that sets each role's dates on a line above its title's heading ("MARCH 2021 —
     * PRESENT" over "### MARKETING MANAGER"): known by dates alone right above the first heading
     * under the work section. Then a section's last line of dates alone is the next heading's.
     */
    private static List<Line> withDatesAboveTheirHeadings(List<Line> lines) {
        boolean datesAbove = false;
        for (int i = 0; i + 1 < lines.size() && !datesAbove; i++) {
            List<String> here = lines.get(i).source().sectionPath();
            List<String> next = lines.get(i + 1).source().sectionPath();
            // under the section's heading, or beside it when the section's heading holds only the first entry's
            // dates: "**EXPERIENCIA LABORAL**", "**ene. 2022 – Actualidad**", "Madrid", then "**CABIFY**"
            boolean below = next.size() == here.size() + 1
                            && next.subList(0, here.size()).equals(here)
                    || next.size() == here.size()
                            && !next.isEmpty()
                            && next.subList(0, next.size() - 1).equals(here.subList(0, here.size() - 1))
                            && Sections.isSectionHeading(here.get(here.size() - 1))
                            && holdsOnlyDatesAt(lines, i);
            datesAbove = below
                    && lines.get(i)
                            .source()
                            .fileName()
                            .equals(lines.get(i + 1).source().fileName())
                    && datesEndAt(lines, i)
                    && DateRanges.firstRange(next.get(next.size() - 1)).isEmpty();
        }
        if (!datesAbove) {
            return lines;
        }
        // every section under it opens without dates, and all but the last end with them
        int sections = 0;
        int endingInDates = 0;
        for (int i = 0; i < lines.size(); i++) {
            boolean opens =
                    i == 0 || !lines.get(i - 1).source().equals(lines.get(i).source());
            boolean closes = i + 1 == lines.size()
                    || !lines.get(i + 1).source().equals(lines.get(i).source());
            if (opens
                    && lines.get(i).source().sectionPath().size() > 1
                    && isDatesAndPlace(lines.get(i).text())) {
                return lines; // "### Senior Engineer, Acme Corp" over "Mar 2019 – Dec 2022": dates under their heading
            }
            if (closes) {
                sections++;
                endingInDates += datesEndAt(lines, i) ? 1 : 0;
            }
        }
        if (endingInDates < 2 || endingInDates < sections / 2) {
            return lines;
        }
        List<Line> moved = new ArrayList<>(lines);
        for (int i = 0; i + 1 < moved.size(); i++) {
            Line next = moved.get(i + 1);
            Line line = moved.get(i);
            if (!next.source().equals(line.source()) && datesEndAt(moved, i)) {
                if (isDatesAndPlace(line.text())) {
                    moved.set(i, new Line(line.text(), next.source(), next.heading(), line.alone(), next.block()));
                } else {
                    // the place under the dates joins them: "ene. 2022 – Actualidad · Madrid (híbrido)"
                    Line dates = moved.get(i - 1);
                    moved.set(
                            i - 1,
                            new Line(
                                    dates.text() + " · " + line.text(),
                                    next.source(),
                                    next.heading(),
                                    dates.alone(),
                                    next.block()));
                    moved.remove(i);
                    i--;
                }
            }
        }
        return moved;
    }

    /** Whether the section of the line at i holds nothing but the dates (and the place under them) ending at i. */
    private static boolean holdsOnlyDatesAt(List<Line> lines, int i) {
        int first = isDatesAndPlace(lines.get(i).text()) ? i : i - 1;
        return first >= 0
                && (first == 0
                        || !lines.get(first - 1).source().equals(lines.get(i).source()));
    }

    /** Words at most in the place under an entry's dates: "Madrid (híbrido)", "Valencia". */
    private static final int MAX_PLACE_WORDS = 3;

    /**
     * Whether the line at i ends an entry's dates: the dates, or a short place under them ("ene. 2022 – Actualidad"
     * over "Madrid (híbrido)", as a table's left column sets them beside the employer and title).
     */
    private static boolean datesEndAt(List<Line> lines, int i) {
        if (isDatesAndPlace(lines.get(i).text())) {
            return true;
        }
        String place = lines.get(i).text().replaceAll("\\([^()]*\\)", " ").strip();
        return i > 0
                && lines.get(i - 1).source().equals(lines.get(i).source())
                && isDatesAlone(lines.get(i - 1).text())
                && !place.isEmpty()
                && place.split("\\s+").length <= MAX_PLACE_WORDS
                && Character.isUpperCase(place.codePointAt(0))
                && !BULLET_MARK.matcher(lines.get(i).text()).find()
                && DateRanges.firstRangeOrDate(place).isEmpty();
    }

    /** "01/03/2017 – 31/12/2020 Gothenburg, Sweden": dates alone, or with only where (the Europass form's). */
    private static boolean isDatesAndPlace(String text) {
        return isDatesAlone(text)
                || DateRanges.firstRange(text)
                        .filter(f -> RoleText.tidy(text.substring(0, f.start())).isEmpty())
                        .filter(f -> isTownAndCountry(RoleText.tidy(text.substring(f.end()))))
                        .isPresent();
    }

    private static boolean isDatesAlone(String text) {
        return DateRanges.firstRange(text).filter(f -> isDatesOnly(text, f)).isPresent();
    }

    /** "Data Analytics Intern · Summer 2023": a title, then the one term it was held in, ending the line. */
    private static final Pattern TERM_AFTER_A_TITLE =
            // "Seasonal Catering Assistant – Scarthwaite Holiday Park, Filey (Summer 2017)": in brackets too
            Pattern.compile("(?i)^(.+?)\\s*(?:[·|–—,-]|\\()\\s*(?:spring|summer|autumn|fall|winter)\\s*$");

    private static boolean isTermOfATitle(String line, DateRanges.Found found) {
        Matcher term = TERM_AFTER_A_TITLE.matcher(line.substring(0, found.start()));
        return line.substring(found.end()).matches("\\s*\\)?\\s*")
                && term.matches()
                && RoleText.isTitle(RoleText.tidy(term.group(1)));
    }

    /** A year opening a line, then a separator: "2018 · ", "2018 – ", "2018: ". */
    private static final Pattern YEAR_OPENS = Pattern.compile("^\\s*(?:19|20)\\d\\d\\s*(?:[·|:]|\\s[–—-])\\s+\\S");

    /**
     * "2018 · Visiting Researcher, National Center for Atmospheric Research (NCAR), Boulder, CO, USA": an
     * academic's post of one year, the year first, then a title and where it was held.
     */
    private static boolean isYearOverATitleAndEmployer(String line, DateRanges.Found found) {
        if (!YEAR_OPENS.matcher(line).lookingAt()
                || !line.substring(0, found.start()).isBlank()) {
            return false;
        }
        String after = line.substring(found.end()).replaceFirst("^\\s*(?:[·|:]|[–—-])\\s*", "");
        return RoleText.read(RoleText.tidy(after.substring(0, sentenceEnd(after))))
                .filter(r -> !r.organization().isEmpty() && !r.careerBreak())
                .filter(r -> RoleText.isTitle(r.title()) && !RoleText.isOrganization(r.title()))
                .isPresent();
    }

    /** A row's labelled year ("Year: 2013"), its own cell. */
    private static final Pattern YEAR_LABEL = Pattern.compile("(?i)\\b(?:year|season|date)\\s*:\\s*$");
    /** A row's labelled title: "Role: Deputy Stage Manager". */
    private static final Pattern TITLE_LABEL =
            Pattern.compile("(?i)(?:^|[;|]\\s*)(?:" + RoleText.TITLE_LABELS + ")\\s*:\\s*\\S");

    /**
     * "Production: Oliver!; Role: Deputy Stage Manager; Company / Venue: Castlebridge Playhouse; Year: 2015":
     * a table's row of a title and the year it was held, a role of that year.
     */
    private static boolean isYearOfATitledRow(String line, DateRanges.Found found) {
        return YEAR_LABEL.matcher(line.substring(0, found.start())).find()
                && line.substring(found.end()).matches("\\s*(?:[;|].*)?")
                && TITLE_LABEL.matcher(line).find();
    }

    /** A date to the day: "14 November 2026", "November 14, 2026", "14/11/2026", "2026-11-14". */
    private static final Pattern DAY_DATE = Pattern.compile(
            "(?i)(?<![\\d./-])(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+\\p{L}{3,}\\.?,?\\s+\\d{4}"
                    + "|\\p{L}{3,}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s*\\d{4}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{4}-\\d{2}-\\d{2})(?![\\d./-])");

    /**
     * A label that only says what the dates beside it are: "Duration :", "Period: ·", a Filipino biodata's
     * "Inclusive Dates:", "Dates of employment:".
     */
    /**
     * "Zeitraum:", "Periodo:", "Perioada:", "Obdobie:", "Időszak:": the label of an entry's dates in German, Spanish,
     * Portuguese, Italian, Romanian, Slovak, Czech, Polish and Hungarian.
     */
    private static final String PERIOD_LABELS_ABROAD = "zeitraum|per[ií]odo|perioada|obdobie|období|okres|időszak";

    private static final String DATES_LABEL =
            "(?i)^\\s*(?:inclusive\\s+)?(?:dates?|period|when|duration|tenure|years?|time|"
                    + PERIOD_LABELS_ABROAD + "|periode"
                    // the older European CV format in Italian: "Date (da – a):"
                    + "|date\\s*\\(da\\s*[–-]\\s*a\\)"
                    // "From 09/2019 To Present": the word that opens a range written out
                    + "|from|since"
                    // in Arabic: "من 8/2018 إلى 11/2020" (from … to …), "منذ" (since), "الفترة:" (the period)
                    + "|من|منذ|الفترة|المدة)(?:\\s+of\\s+(?:employment|service|appointment))?\\s*[:·]*\\s*[:·]*\\s*$";

    /**
     * "Rolle: Senior Java Developer, ab 2018 Tech Lead Checkout" under "Zeitraum: 11/2016 – 05/2019": a labelled line
     * of the entry whose "since" dates a step within the entry's own dates above it, no role of its own to this day.
     */
    private static boolean isStepWithinTheEntryAbove(List<Line> lines, int at, DateRanges.Found found) {
        Line line = lines.get(at);
        if (!found.range().current()
                || LABELLED_DATES.matcher(line.text()).lookingAt()
                || !RoleText.hasLabels(line.text())
                || !SINCE_WORD.matcher(line.text().substring(found.start())).lookingAt()) {
            return false;
        }
        ProfileDate start = found.range().start();
        for (int i = at - 1; i >= Math.max(0, at - 3) && lines.get(i).source().equals(line.source()); i--) {
            if (LABELLED_DATES.matcher(lines.get(i).text()).lookingAt()) {
                return DateRanges.firstRange(lines.get(i).text())
                        .map(DateRanges.Found::range)
                        .filter(e -> !e.current()
                                && e.end().isPresent()
                                && start.compareTo(e.start()) >= 0
                                && start.compareTo(e.end().get()) <= 0)
                        .isPresent();
            }
        }
        return false;
    }

    /** "Als Tech Lead", "As team lead", "En tant que chef de projet": a sentence on what was done in a role. */
    private static final Pattern IN_THE_ROLE_OF =
            Pattern.compile("(?i)(?:als|as|en tant que|como|come)\\s+(?:an?\\s+|the\\s+)?\\p{L}");

    /** The word that makes a date a start to this day: "ab 2018", "since 2019", "depuis 2020". */
    private static final Pattern SINCE_WORD = Pattern.compile("(?i)(?:" + DateRanges.SINCE_WORDS + ")\\b");

    /** "Zeitraum: 04/2023 – heute", "Dates: …": a line whose label says it gives an entry's dates. */
    private static final Pattern LABELLED_DATES = Pattern.compile(
            "(?iu)^\\s*(?:inclusive\\s+)?(?:dates?|period|duration|p[ée]riode|" + PERIOD_LABELS_ABROAD + ")\\s*[:·]");

    /**
     * Whether each entry of the list opens with its labelled dates, its other labelled lines under them ("Zeitraum:
     * 04/2023 – heute", "Kunde: …", "Rolle: …", then the next "Zeitraum:"): so the labelled lines above a later
     * entry's dates are the entry before's. Read from the list's first dates: nothing labelled above them, labelled
     * lines below.
     */
    private static boolean datesOpenTheEntries(List<Line> lines, int at) {
        FactSource source = lines.get(at).source();
        if (!LABELLED_DATES.matcher(lines.get(at).text()).lookingAt()) {
            return false;
        }
        int first = at;
        for (int i = at - 1; i >= 0 && lines.get(i).source().equals(source); i--) {
            if (LABELLED_DATES.matcher(lines.get(i).text()).lookingAt()) {
                first = i;
            }
        }
        List<String> above = window(lines, first, -1, source);
        List<String> below = window(lines, first, +1, source);
        return (above.isEmpty() || !RoleText.hasLabels(above.get(0)))
                && !below.isEmpty()
                && RoleText.hasLabels(below.get(0));
    }

    /** Whether the line holds the dates and nothing that names a role: "Mar 2022 - Present · 2 yrs 9 mos". */
    private static boolean isDatesOnly(String line, DateRanges.Found found) {
        if (isDatesWithANote(line, found)) {
            return true;
        }
        String rest = line.substring(0, found.start()) + " " + line.substring(found.end());
        // "Duration : 07/2013 to 05/2016": the label only says what the dates are; "Summer 2014" the season
        return RoleText.tidy(RoleText.withoutNoise(rest))
                .replaceFirst(DATES_LABEL, "")
                .replaceFirst("(?i)^(spring|summer|autumn|fall|winter)$", "")
                .isEmpty();
    }

    /** A line's label for the place of a role: "Location: ", "City: ". */
    /** A project's "Team Size: 14" or "Environment: Java 11, Spring Boot" beside its dates: no employer. */
    private static final Pattern PROJECT_PROPERTY = Pattern.compile(
            "(?i)(?:team\\s+size|environment|tech(?:nology)?\\s+stack|technolog(?:y|ies)(?:\\s+used)?|tools)\\s*:");

    private static final Pattern PROJECT_NAME = Pattern.compile("(?i)\\W*project(?:\\s+(?:name|title))?\\s*:");

    /**
     * "Al-Narjis Residential Compound – 148 Villas, North Riyadh Client: Sakan Real Estate · Value: SAR 210 Million":
     * a project named, then its client and its value; the client is not the employer.
     */
    private static final Pattern CLIENT_OF_A_PROJECT = Pattern.compile(
            "(?i)\\W*\\p{L}.*\\s(?:client|customer)\\s*:.*\\b(?:value|contract value|cost|budget)\\s*:.*");

    private static boolean clientOnly(String text) {
        return text.matches("(?i)\\W*(?:client|customer)\\s*:.*")
                && !text.matches("(?i).*\\b(?:" + RoleText.TITLE_LABELS + ")\\s*:.*");
    }

    private static final Pattern PLACE_LABEL = Pattern.compile("(?i)(?:location|city|place|town)\\s*:\\s*");

    /** A line that opens by naming a break from work: "Career break – family reasons (…).", "Sabbatical: …". */
    private static final Pattern BREAK_OPENS = Pattern.compile("(?i)(?:a\\s+)?(?:career break|sabbatical|gap year"
            + "|(?:parental|maternity|paternity) leave|travel+ing|time off|year out|" + RoleText.LEAVE_ELSEWHERE
            + ")\\b");

    /** A label over a job's projects: "Key projects:", "Progetti principali:", "Proyectos destacados:". */
    private static final Pattern PROJECTS_LABEL = Pattern.compile("(?iu)\\W*(?:\\p{L}+\\s+){0,2}(?:projects?|progetti"
            + "|proyectos|projetos|projets|projekte|projecten|projekty)(?:\\s+\\p{L}+){0,2}\\s*:\\W*");

    /** Lines looked back over for a projects' label: the projects of an entry before the line. */
    private static final int PROJECT_LINES_BACK = 6;

    /**
     * Whether the line at i is one of a list under a projects' label in the same entry: the label above it, and only
     * other untitled lines between (no title's line, no entry's dates alone, no heading).
     */
    private static boolean underProjectsLabel(List<Line> lines, int at) {
        FactSource source = lines.get(at).source();
        if (DateRanges.isOnlyADateOrRange(lines.get(at).text())) {
            return false; // the next entry's dates, over its employer
        }
        for (int j = at - 1; j >= Math.max(0, at - PROJECT_LINES_BACK); j--) {
            Line above = lines.get(j);
            String text = above.text().strip();
            if (!above.source().equals(source)) {
                return false;
            }
            if (PROJECTS_LABEL.matcher(text).matches()) {
                return true;
            }
            if (Sections.isSectionHeading(text)) {
                return false;
            }
            if (isTitleLine(text) || DateRanges.isOnlyADateOrRange(text)) {
                return false;
            }
        }
        return false;
    }

    /** "Reporting to: Group Financial Controller": whom the role answered to, no role of its own. */
    private static final Pattern REPORTS_TO =
            Pattern.compile("(?i)\\W*(?:reporting to|reports to|reported to|report to|line manager)\\s*:");

    /** "Milano", "Toronto, ON": a place's name, a few capitalised words, no title's. */
    private static boolean isPlaceName(String text) {
        return text.matches("\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}(?:,\\s*\\p{Lu}[\\p{L}'’. -]{1,30})?")
                && !RoleText.isTitle(text);
    }

    /** A duty's or a project's line: a sentence, or more words than an entry's heading has. */
    private static boolean isDutySentence(String text) {
        return SENTENCE_END.matcher(text.strip()).find() || text.strip().split("\\s+").length > MAX_TITLE_WORDS_APART;
    }

    /**
     * "Aug 2016 – Feb 2019 · NorthWest Mining Services Pty Ltd" over "Kestrel Hill Gold Mine, Leonora WA | Mining
     * contractor | Roster 2/1" over "Plant Operator (multi-skilled)": the title under the line of the site the
     * employer placed the person at, when the dated line opens with its dates and names no title.
     */
    private static Optional<String> titleUnderItsSite(List<Line> lines, int at) {
        if (at + 2 >= lines.size()
                || !DateRanges.firstRange(lines.get(at).text())
                        .filter(found -> found.start() == 0)
                        .isPresent()) {
            return Optional.empty();
        }
        String site = lines.get(at + 1).text().strip();
        String title = RoleText.tidy(lines.get(at + 2).text());
        boolean aSite = site.contains("|") && DateRanges.firstRangeOrDate(site).isEmpty();
        return aSite
                        && !title.isEmpty()
                        && RoleText.isTitle(title)
                        && !isDutySentence(lines.get(at + 2).text())
                        && DateRanges.firstRangeOrDate(title).isEmpty()
                        && !RoleText.hasLabels(title)
                ? Optional.of(title)
                : Optional.empty();
    }

    /**
     * A duty's line under a title, not its employer: a sentence, a long line or one a full stop ends, in more small
     * words than a name has ("Check-in/check-out, reservations and concierge requests in Opera PMS.").
     */
    private static boolean isDutyUnderTheTitle(String text) {
        if (RoleText.hasLegalForm(text)) {
            return false;
        }
        return (isDutySentence(text) || text.strip().endsWith("."))
                && SMALL_WORD.matcher(text).results().count() >= MIN_SMALL_WORDS_OF_A_DUTY;
    }

    /** A name holds fewer words in small letters than this ("Care Network (hosted by Northmere ICB)"). */
    private static final int MIN_SMALL_WORDS_OF_A_DUTY = 3;

    /** A word of small letters, longer than the "of", "and", "for" a name may hold. */
    private static final Pattern SMALL_WORD = Pattern.compile("(?<![\\p{L}/-])\\p{Ll}{4,}\\b");

    /**
     * The role of a line that holds only dates, from the short lines around it: below it in the
     * Europass way ("01/03/2019 – Current", "Senior QA Engineer", "Employer: Vitosha Labs, Sofia"),
     * else above it in LinkedIn's ("Engineering Manager", "Fintrail · Full-time", "Mar 2022 -
     * Present · 2 yrs 9 mos"). A title with no employer near it, right after a role found this way
     * in the same place, is another position at that employer (LinkedIn groups them).
     */
    private static Optional<Role> neighbours(List<Line> lines, int at, DateRange range, Optional<Role> previous) {
        FactSource source = lines.get(at).source();
        List<String> below = window(lines, at, +1, source);
        List<String> above = window(lines, at, -1, source);
        // "Designation : Software Engineer" right above "Duration : 07/2013 to 05/2016": the role is above,
        // whatever the next entry below says
        // (but not the last entry's "Name and address of employer: …" when the title's label follows below,
        // as the old Europass form lays its entries out)
        boolean labelledTitleBelow = !below.isEmpty()
                && RoleText.hasLabels(below.get(0))
                && RoleText.read(below.get(0)).filter(r -> !r.title().isEmpty()).isPresent();
        boolean employerOnlyAbove =
                !above.isEmpty() && EUROPASS_EMPLOYER.matcher(above.get(0)).lookingAt();
        boolean datesOpen = datesOpenTheEntries(lines, at);
        boolean labelledAbove = !above.isEmpty()
                && RoleText.hasLabels(above.get(0))
                && !(labelledTitleBelow && employerOnlyAbove)
                && !datesOpen;
        // "ASSISTANT STORE MANAGER — Harrowgate Markets, Store #0377" over "Oct 2017 - May 2020" and a duty
        boolean roleAbove = !above.isEmpty()
                && !REPORTS_TO.matcher(above.get(0)).lookingAt()
                && RoleText.read(above.get(0))
                        .filter(r -> !r.title().isEmpty() && !r.organization().isEmpty())
                        .isPresent()
                && (below.isEmpty() || !isTitleLine(below.get(0)))
                // "Batlhako Platinum (Pty) Ltd, Rustenburg – contract" over the dates and "Position: · Contract
                // Mining Engineer": the title is the labelled one below
                && !labelledTitleBelow;
        // "Warehouse Associate", "Brightwater Home Supply - Marlow Falls, OH", "September 2009 to March 2012"
        // as one paragraph, the next job's title after a blank line: the role is the paragraph's own
        int block = lines.get(at).block();
        boolean paragraphAbove = !above.isEmpty()
                && lines.get(at - 1).block() == block
                && !Sections.isSectionHeading(above.get(0))
                && below.stream().noneMatch(RoleText::hasLabels)
                && (at + 1 >= lines.size()
                        || lines.get(at + 1).block() != block
                        || !isTitleLine(firstPart(lines.get(at + 1).text())));
        boolean titleAndEmployerAbove = titleAndEmployerAbove(lines, at, above);
        String next = lineBelow(lines, at).map(RoleText::tidy).orElse("");
        Optional<RoleText> breakBelow =
                labelledAbove || roleAbove || !BREAK_OPENS.matcher(next).lookingAt()
                        ? Optional.empty()
                        : RoleText.read(next).filter(RoleText::careerBreak);
        if (breakBelow.isPresent()) {
            // a biodata's "Inclusive Dates: April 2015 – July 2016" over "Career break – family reasons (…)": the
            // gap is the entry's, not the last bullet of the job above
            return Optional.of(new Role("", breakBelow.get().title(), Optional.empty(), range, true, source));
        }
        // "ott 2013 – dic 2014" over "Libera professionista · Milano" and "Attività in proprio (P.IVA)", the last
        // project of the entry before above: an employer and its town below, a duty's sentence above
        boolean employerAndTownBelow = !below.isEmpty()
                && (above.isEmpty() || isDutySentence(above.get(0)))
                && !isTownAndCountry(below.get(0))
                && RoleText.read(below.get(0))
                        .filter(r -> !r.organization().isEmpty()
                                && r.title().isEmpty()
                                && r.location().filter(RoleReader::isPlaceName).isPresent())
                        .isPresent();
        // "mrt '16 – aug '18" under the last bullet of the entry before, over "DHL Supply Chain, Tilburg": the
        // entry's header is below its dates, the list above the other entry's duties
        boolean bulletsAboveEmployerBelow = !above.isEmpty()
                && !lines.get(at - 1).alone()
                && lines.get(at - 1).block() != block
                && !RoleText.hasLabels(above.get(0))
                && !below.isEmpty()
                && lines.get(at + 1).alone()
                && employerLine(below.get(0)).isPresent();
        List<String> chosen = datesOpen
                        || bulletsAboveEmployerBelow
                        || !labelledAbove
                                && !roleAbove
                                && !paragraphAbove
                                && !titleAndEmployerAbove
                                && (employerAndTownBelow
                                        || below.stream().anyMatch(l -> RoleText.isTitle(l) || RoleText.hasLabels(l)))
                ? below
                : above;
        String title = "";
        String organization = "";
        // whether the employer's line is the first under the dates, over the title
        boolean employerUnderTheDates = false;
        Optional<String> location = Optional.empty();
        String addressLike = "";
        boolean titleNearerTheDates = false;
        String titleLine = "";
        // the line that named the employer and a title beside it, and whether the title is a labelled one
        String titleWithEmployer = "";
        boolean titleLabelled = false;
        // "Orascom Construction – New Cairo, Egypt" over "Sep 2016 – Mar 2019" in one paragraph, "Position: Site
        // Engineer" and the projects' clients below: the employer above, the title below
        boolean employerLabelledBelow =
                below.stream().anyMatch(l -> EMPLOYER_LABEL.matcher(l.strip()).matches());
        if (chosen == below && !above.isEmpty() && lines.get(at - 1).block() == block && !employerLabelledBelow) {
            Optional<RoleText> employer = employerLine(above.get(0));
            if (employer.isPresent()) {
                organization = employer.get().organization();
                location = employer.get().location();
            }
        }
        // "Project Name: FreightTrack", "Client: Halden Freight Ltd.": a project's client, under the employer's line
        boolean project = chosen.stream().anyMatch(l -> PROJECT_NAME.matcher(l).lookingAt());
        // "Company: Nubecampo Software S.A. de C.V." over "SaaS platform." and "Period: …": the employer by its label
        boolean labelledEmployer = chosen.stream()
                .anyMatch(l -> RoleText.hasLabels(l)
                        && RoleText.read(l)
                                .filter(r -> !r.organization().isEmpty())
                                .isPresent());
        for (String raw : chosen) {
            String text = RoleText.tidy(RoleText.withoutNoise(withoutSectionLabel(raw)));
            if (text.isEmpty() || raw.strip().matches("\\(.*\\)")) {
                continue; // "(2 winter seasons)": a note on the dates
            }
            Optional<RoleText> gap = title.isEmpty()
                            && organization.isEmpty()
                            && BREAK_OPENS.matcher(text).lookingAt()
                    ? RoleText.read(text).filter(RoleText::careerBreak)
                    : Optional.empty();
            if (gap.isPresent()) {
                // "Career break – relocation to the UK" right above its dates: the entry is the break
                return Optional.of(new Role("", gap.get().title(), Optional.empty(), range, true, source));
            }
            if (addressLike.isEmpty() && RoleText.looksLikeAddress(text)) {
                addressLike = text;
                titleNearerTheDates = !title.isEmpty();
            }
            Optional<RoleText> labelled = RoleText.hasLabels(text) ? RoleText.read(text) : Optional.empty();
            Optional<RoleText> townThenTitle = title.isEmpty() ? RoleText.townThenTitle(text) : Optional.empty();
            if (townThenTitle.isPresent()) {
                // "Chicago, IL · DevOps Engineer" under "August 2017 – May 2019 · Tandem Payments": where, then the
                // title
                title = townThenTitle.get().title();
                location = location.or(townThenTitle.get()::location);
            } else if (labelled.isPresent()) {
                RoleText l = labelled.get();
                if (organization.isEmpty()
                        && !l.organization().isEmpty()
                        && !(clientOnly(text) && project)
                        && !CLIENT_OF_A_PROJECT.matcher(text).matches()) {
                    // "Company · Discovery Limited – Sandton, Johannesburg": the firm, then its town after a dash
                    String[] parts = l.organization().split(",\\s+", 2);
                    Optional<RoleText> firmAndTown = RoleText.read(l.organization())
                            .filter(r -> parts[0].matches(".*\\s[–—-]\\s.*")
                                    && r.title().isEmpty()
                                    && !r.organization().isEmpty()
                                    // (not "Save the Children International – Kenya Country Office": an office
                                    // of the firm's, not a town)
                                    && r.location()
                                            .filter(RoleReader::isPlaceName)
                                            .filter(town -> !SITE.matcher(town).find())
                                            .isPresent());
                    organization = firmAndTown.map(RoleText::organization).orElse(parts[0]);
                    location = location.or(() -> firmAndTown.isPresent()
                            ? firmAndTown.get().location()
                            : parts.length > 1 ? Optional.of(parts[1]) : l.location());
                }
                if (!l.title().isEmpty() && !title.isEmpty() && !titleLabelled && !titleWithEmployer.isEmpty()) {
                    // "Orascom Construction S.A.E. – Head Office, Cairo (Corporate Finance)" over "Position: Senior
                    // Accountant": the labelled title is the role's, the employer's line names the employer (before
                    // its dash) and its office
                    organization = titleWithEmployer.split("\\s+[–—]\\s+", 2)[0].strip();
                    title = "";
                    titleLine = "";
                }
                if (title.isEmpty()) {
                    titleLabelled = !l.title().isEmpty();
                    title = l.title();
                    // "Position: Audit Associate (promoted to Audit Semi-Senior, January 2017)": the titles held one
                    // after another, read as a promotion's chain
                    Matcher promoted = PROMOTED_NOTE.matcher(text);
                    if (!title.isEmpty() && promoted.find()) {
                        title = title + " → " + promoted.group(1).strip() + " (" + promoted.group(2) + ")";
                    }
                }
            } else if (title.isEmpty()
                    && RoleText.isTitle(text)
                    // "Arcmark Engineering Consultants Ltd, Ikeja, Lagos": a company by its legal form, though its
                    // words name titles too
                    && !RoleText.read(text)
                            .filter(r -> r.title().isEmpty() && RoleText.hasLegalForm(r.organization()))
                            .isPresent()) {
                // "Blip — Frontend Developer": a line may name both
                Optional<RoleText> both = RoleText.read(text)
                        .filter(r -> !r.title().isEmpty() && !r.organization().isEmpty());
                // ("Philips Lighting, Eindhoven" over "Afstudeerstagiair Supply Chain (HBO)": the employer named
                // above, the words after the title its field)
                boolean fieldAfterTheTitle = (!organization.isEmpty() || addressLike.contains(","))
                        && both.filter(r -> !RoleText.isOrganization(r.organization())
                                        && !RoleText.hasLegalForm(r.organization())
                                        && !text.matches(".*(?:,|\\s(?:[|·@–—-]|at|bei|chez|en))\\s.*"))
                                .isPresent();
                title = fieldAfterTheTitle ? text : both.map(RoleText::title).orElse(text);
                if (fieldAfterTheTitle && organization.isEmpty()) {
                    // (the line above read as a town and its country: "Philips Lighting, Eindhoven")
                    String[] parts = addressLike.split(",\\s*", 2);
                    organization = parts[0];
                    location = Optional.of(parts[1]);
                    both = Optional.empty();
                }
                titleLine = text;
                if (both.isPresent() && organization.isEmpty()) {
                    organization = both.get().organization();
                    location = location.or(both.get()::location);
                    titleWithEmployer = text;
                }
            } else if (BUILDING_IN_AN_ADDRESS.matcher(text).find()
                    || STREET_ADDRESS.matcher(text).find()) {
                // "2850 Youngfield Street, Lakewood, CO 80215" or "Denver Federal Center, Building 810, MS 510,
                // Lakewood, CO 80225" under the agency: where, its town after the street or the building
                location = location.or(() -> Optional.of(townAfterTheStreet(text)));
            } else if (organization.isEmpty()
                    && title.isEmpty()
                    && chosen == below
                    && chosen.indexOf(raw) == 0
                    && chosen.size() > 1
                    && isTitleLine(firstPart(chosen.get(1)))
                    && !text.matches(".*\\d.*")
                    && employerLine(text).isPresent()) {
                // "DHL Supply Chain, Tilburg" under the dates, over "Junior Logistiek Analist": the employer and its
                // town, though it reads like a town line
                RoleText employer = employerLine(text).get();
                organization = employer.organization();
                location = employer.location();
                employerUnderTheDates = true;
            } else if (RoleText.looksLikeAddress(text) || isTownLine(text)) {
                // "Washington, DC US": a federal résumé's duty station
                location = location.or(() -> Optional.of(text));
            } else if (PLACE_LABEL.matcher(text).lookingAt()) {
                // "Location: Gangnam-gu, Seoul" beside the dates: where, not whom, the role was for
                location =
                        location.or(() -> Optional.of(PLACE_LABEL.matcher(text).replaceFirst("")));
            } else if (organization.isEmpty()
                    && !Sections.isSectionHeading(text)
                    // (not a duty under the title: "Guest Services Agent" over "Check-in/check-out, reservations and
                    // concierge requests in Opera PMS.", the employer named above the dates)
                    && !(!title.isEmpty() && isDutyUnderTheTitle(raw))
                    && !PROJECT_PROPERTY.matcher(text).lookingAt()
                    && !PROJECT_NAME.matcher(text).lookingAt()
                    // (not a sentence telling what the labelled employer does, nor another of its labelled lines:
                    // "Industry · Financial services (insurance)" between "Company · Discovery Limited" and
                    // "Position · …")
                    && !(labelledEmployer
                            && (SENTENCE_END.matcher(raw.strip()).find()
                                    || ANOTHER_LABEL.matcher(raw.strip()).lookingAt()))) {
                // "Bitdefender | Bucharest": the employer and its town
                Optional<RoleText> named =
                        RoleText.read(text).filter(r -> !r.organization().isEmpty());
                organization = named.map(RoleText::organization).orElse(text);
                location = location.or(() -> named.flatMap(RoleText::location));
                if (title.isEmpty()) {
                    // "Owner & Lead Editor | Brannigan Cut Studio LLC": a title whose "&" reads like a firm's
                    title = named.map(RoleText::title).orElse("");
                    titleWithEmployer = title.isEmpty() ? "" : text;
                }
            }
        }
        Optional<RoleText> heading = lines.get(at)
                .heading()
                .filter(h -> !h.organization().isEmpty())
                .filter(h -> !Sections.isSectionHeading(h.organization()));
        if (organization.isEmpty() && !addressLike.isEmpty() && titleNearerTheDates) {
            // "Corvane Logistics, Sheffield" over "Senior SRE" and the dates (a Google Docs
            // template): an employer and its town, though it reads like a town and its country
            String[] parts = addressLike.split(",\\s*", 2);
            organization = parts[0];
            location = Optional.of(parts[1]);
        }
        if (heading.isPresent()
                && !titleLine.isEmpty()
                && !organization.isEmpty()
                && !RoleText.isOrganization(organization)
                && !OrganizationNames.similar(organization, heading.get().organization())) {
            // "Clinical Trials Coordinator - Research & Innovation" under "### Severn Vale University Hospitals
            // NHS Foundation Trust": the team is the title's, the heading the employer
            title = titleLine;
            organization = "";
        }
        if (!titleLine.isEmpty()
                && !organization.isEmpty()
                && !RoleText.isOrganization(organization)
                && !RoleText.hasLegalForm(organization)) {
            // "**Datacentrix (Pty) Ltd**" over "IT Support Technician (Level 2) – Managed Services" over "Feb 2021 – To
            // date": the team is the title's, the firm the employer
            Optional<String> firmBeside =
                    employerUnderTheDates ? Optional.empty() : firmBesideTheTitle(chosen, titleLine);
            if (firmBeside.isPresent()) {
                title = titleLine;
                organization = firmBeside.get();
            }
        }
        if (!titleLine.isEmpty()
                && !organization.isEmpty()
                && chosen == below
                && !above.isEmpty()
                && !RoleText.isOrganization(organization)
                && !RoleText.hasLegalForm(organization)) {
            // "**Vanderbilt University Medical Center**", its street, then the dates over "Staff Nurse II – Cardiac
            // Step-Down Unit": the unit (or a rank: "– First Lieutenant / Captain") is the title's, the entry's head
            // the employer
            String entryHead = entryHead(above);
            String head = RoleText.tidy(entryHead);
            Optional<RoleText> employer =
                    RoleText.hasLabels(head) || SENTENCE_END.matcher(entryHead).find()
                            ? Optional.empty()
                            : RoleText.read(head)
                                    .filter(r -> !r.organization().isEmpty()
                                            && r.title().isEmpty())
                                    .filter(r -> RoleText.isOrganization(r.organization()));
            if (employer.isPresent()) {
                title = titleLine;
                organization = employer.get().organization();
                location = location.or(employer.get()::location);
            }
        }
        if (CONTACT_DETAILS.matcher(organization).find()) {
            // "h.marchbank@protonmail.com · https://helenmarchbank.uk" over the CV's date: no employer
            organization = "";
        }
        if (organization.isEmpty() && heading.isPresent()) {
            // "### Prima Industrie" over "Role: Controls Engineer", "Dates: Mar 2016 – Feb 2019"
            organization = heading.get().organization();
            location = location.or(heading.get()::location);
        }
        if (organization.isEmpty() && chosen == below && !title.isEmpty()) {
            // the old Europass form: "Dates", "Occupation or position held", the duties, and only then
            // "Name and address of employer: Corvanti Impianti S.p.A., Via dell'Artigianato 9, 40026 Imola (BO)"
            Optional<String[]> employer = labelledEmployerAfterDuties(lines, at);
            if (employer.isPresent()) {
                organization = employer.get()[0];
                location = location.or(() -> townOfAddress(employer.get()[1]));
            }
        }
        if (organization.isEmpty() && chosen == below && !title.isEmpty() && !above.isEmpty()) {
            // "**Mphepo Coal Holdings (Pty) Ltd – Khwezi Colliery, Ogies**" over "Period: · January 2021 – Present"
            // over "Position: · Mine Manager": the employer heads the entry, its dates and title labelled below
            String head = entryHead(above);
            Optional<RoleText> employer = RoleText.hasLabels(head)
                    ? Optional.empty()
                    : RoleText.read(RoleText.tidy(head))
                            .filter(r -> !r.organization().isEmpty())
                            .filter(r -> RoleText.looksLikeEmployer(RoleText.tidy(head)));
            if (employer.isPresent()) {
                organization = employer.get().organization();
                location = location.or(employer.get()::location);
            }
        }
        Optional<RoleText> titledHeading = lines.get(at)
                .heading()
                .filter(h -> h.organization().isEmpty() && !h.title().isEmpty());
        if (title.isEmpty() && organization.isEmpty() && titledHeading.isPresent()) {
            // "#### Job title: Senior Front-End Developer" over "Dates: January 2022 – present (promoted)": the
            // heading names the post, its employer the role before
            title = titledHeading.get().title();
        }
        if (organization.isEmpty() && previous.isPresent() && !title.isEmpty()) {
            organization = previous.get().organization();
            location = location.or(previous.get()::location);
        }
        if (title.isEmpty()
                && !organization.isEmpty()
                && chosen == above
                && !below.isEmpty()
                && isTitleLine(below.get(0))) {
            // "Bureau of Land Management" and its town over "03/2017 - 11/2019", the post's particulars, then
            // "**Program Analyst**": a federal résumé's title under its dates ("Position: Back End Developer": by
            // its label)
            String line = RoleText.tidy(below.get(0));
            title = RoleText.hasLabels(line)
                    ? RoleText.read(line)
                            .map(RoleText::title)
                            .filter(t -> !t.isEmpty())
                            .orElse(line)
                    : line;
        }
        if (organization.isEmpty() && title.isEmpty()) {
            return Optional.empty();
        }
        Optional<RoleText> parts = location.isEmpty() && !title.isEmpty()
                ? RoleText.departmentEmployerTown(organization, title)
                : Optional.empty();
        if (parts.isPresent()) {
            // "Emergency Department, Sallowfield General Hospital, … NHS Foundation Trust, Tarnbury" under the title
            return Optional.of(new Role(
                    parts.get().organization(), parts.get().title(), parts.get().location(), range, false, source));
        }
        return Optional.of(new Role(organization, title, location, range, false, source));
    }

    /** A part of an employer, not the employer: "Hamamatsu Plant", "Customer Quality Group", "Anjo Plant". */
    private static final Pattern SITE =
            Pattern.compile("(?i)\\b(plant|factory|works|site|group|section|division|unit|office"
                    + "|branch|cent(?:er|re)|headquarters|laborator(?:y|ies)|lab|team)$");

    /** A department ("Quality Engineering Dept"): a part of the firm a title is dated under, wherever it is read. */
    // (a hospital's "Coronary Care Unit", "Ward 7BW")
    private static final Pattern DEPARTMENT =
            Pattern.compile("(?i)\\b(dept\\.?|department|section|directorate|care unit|ward \\w+)$");

    /** The most words a company's name on a line of its own has, as LinkedIn sets it over its titles. */
    private static final int MAX_COMPANY_LINE_WORDS = 5;

    /**
     * The line next to the title's, away from the dates, when it names an employer and nothing more: a firm by its
     * legal form ("Datacentrix (Pty) Ltd"), an organization written as a name ("Gauteng Department of e-Government"),
     * or LinkedIn's company line of a few words, no title nor place ("Teach For America").
     */
    private static Optional<String> firmBesideTheTitle(List<String> chosen, String titleLine) {
        for (int k = 0; k + 1 < chosen.size(); k++) {
            if (RoleText.tidy(RoleText.withoutNoise(withoutSectionLabel(chosen.get(k))))
                    .equals(titleLine)) {
                String next = RoleText.tidy(chosen.get(k + 1));
                // (or LinkedIn's company line over its title: "Teach For America" over "Corps Member - Chemistry
                // Teacher", "General Assembly" over "Instructional Associate, UX Design Immersive (Part-time)")
                boolean companyLine = isWrittenAsAName(next)
                        && next.split("\\s+").length <= MAX_COMPANY_LINE_WORDS
                        && !next.matches(".*\\d.*")
                        && !RoleText.isTitle(next)
                        && !isTownLine(next)
                        && !isTownAndCountry(next)
                        && !RoleText.isCountry(next)
                        && !Sections.isSectionHeading(next);
                return (RoleText.hasLegalForm(next)
                                        || RoleText.isOrganization(next) && isWrittenAsAName(next)
                                        || companyLine)
                                && RoleText.read(next)
                                        .filter(r -> r.title().isEmpty()
                                                && r.organization().equals(next))
                                        .isPresent()
                        ? Optional.of(next)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a role's employer, read beside a title under its dates, is a part of the firm the entry is dated
     * under: a plant, group or centre ("Engineer – Hamamatsu Plant"), as a Japanese job-history sheet writes
     * them; not a firm by its legal form.
     */
    private static boolean isSite(String organization) {
        return SITE.matcher(organization).find() && !RoleText.hasLegalForm(organization);
    }

    /** The old Europass form's label of an entry's employer, which it gives after the duties. */
    private static final Pattern EUROPASS_EMPLOYER =
            Pattern.compile("(?i)^\\W*(?:name and address of (?:the )?employer|nome e indirizzo del datore di lavoro"
                    + "|nombre y direcci[óo]n del empleador|nom et adresse de l['’]employeur"
                    + "|name und adresse des arbeitgebers)\\s*:");

    /** Lines looked through at most, past an entry's duties, for its labelled employer. */
    private static final int MAX_ENTRY_LINES = 30;

    /**
     * The employer a form's entry names by its label after the duties, before the next entry's dates:
     * its name and the rest of what the line gives (an address), or empty.
     */
    private static Optional<String[]> labelledEmployerAfterDuties(List<Line> lines, int at) {
        FactSource source = lines.get(at).source();
        for (int i = at + 1; i < lines.size() && i <= at + MAX_ENTRY_LINES; i++) {
            String text = lines.get(i).text();
            // the next entry's dates end the entry; a duty's "(2022–2023)" does not
            if (!lines.get(i).source().equals(source) || isDatesAlone(text)) {
                return Optional.empty();
            }
            Optional<RoleText> labelled = EUROPASS_EMPLOYER.matcher(text).lookingAt()
                    ? RoleText.read(text)
                            .filter(r ->
                                    r.title().isEmpty() && !r.organization().isEmpty())
                    : Optional.empty();
            if (labelled.isPresent()) {
                String[] parts = labelled.get().organization().split(",\\s+", 2);
                return Optional.of(new String[] {parts[0], parts.length > 1 ? parts[1] : ""});
            }
        }
        return Optional.empty();
    }

    /** "40026 Imola (BO)": a postcode and its town, with a province's code in brackets. */
    private static final Pattern POSTCODE_AND_TOWN =
            Pattern.compile("^(?:\\p{Lu}{1,2}-)?\\d{4,5}\\s+(\\p{Lu}[\\p{L}' -]+?)(?:\\s*\\(\\p{Lu}{2}\\))?$");

    /** The town in an address ("Via dell'Artigianato 9, 40026 Imola (BO), Italy"): Imola. */
    private static Optional<String> townOfAddress(String address) {
        for (String part : address.split(",\\s*")) {
            Matcher m = POSTCODE_AND_TOWN.matcher(part.strip());
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The employer named alone on the line right above a title's line: short, without dates, not a
     * title, a sentence, a label or a section's name.
     */
    private static Optional<RoleText> employerAbove(List<Line> lines, int at) {
        List<String> above = window(lines, at, -1, lines.get(at).source());
        if (above.isEmpty()) {
            return employerOverItsSpan(lines, at).or(() -> employerOverWhatItIs(lines, at));
        }
        Optional<RoleText> right = employerLine(above.get(0)).or(() -> employerOverItsTitle(above.get(0)));
        // "Washington, DC" under "Office of Program Evaluation and Performance" under the agency: a town is where
        boolean town = isTownLine(RoleText.tidy(above.get(0)));
        if (right.isPresent() && !town || employerBelow(lines, at).isPresent()) {
            return right;
        }
        // "Hawksworth Grange Academy, Leeds" over "11–18 academy, 1,450 pupils, part of the Aire Valley Learning
        // Trust" over the dated title: what the employer is may stand between; and a federal résumé's agency over
        // its office and its street address (not the last entry's duty, when this entry's employer is below)
        for (int k = 0; k + 1 < above.size() && k < MAX_LINES_UNDER_EMPLOYER; k++) {
            String between = above.get(k);
            boolean office = OFFICE.matcher(RoleText.tidy(between)).find()
                    || STREET_ADDRESS.matcher(between).find()
                    || k == 0 && town;
            // (a line of more words than a header's with a title's word: "Regional cross-dock operator (310,000 sq ft)
            // serving grocery and home-improvement chains")
            boolean description = k == 0
                    && DateRanges.firstRange(between).isEmpty()
                    && (!RoleText.isTitle(RoleText.tidy(between))
                            || between.strip().split("\\s+").length > MAX_HEADER_LINE_WORDS)
                    && !between.strip().endsWith(":");
            if (!office && !description) {
                return Optional.empty();
            }
            Optional<RoleText> named = employerLine(above.get(k + 1));
            // "Mid-Atlantic Regional Office" under "Veterans Transition Services Administration": the office's
            Optional<RoleText> employer = named.isPresent()
                            && OFFICE.matcher(RoleText.tidy(above.get(k + 1))).find()
                            && k + 2 < above.size()
                    ? employerLine(above.get(k + 2)).or(() -> named)
                    : named;
            if (employer.isPresent()) {
                return town && employer.get().location().isEmpty()
                        ? Optional.of(new RoleText(
                                employer.get().organization(), "", Optional.of(RoleText.tidy(above.get(0))), false))
                        : employer;
            }
        }
        return right;
    }

    /**
     * What a line right over a dated title names as its employer, though its words do not say it is a firm: a
     * name and its town after a dash ("Logo Yazılım — Gebze, Kocaeli"), or a way of working alone ("Serbest
     * Çalışma (Freelance)", "Freelance"), which stands where the employer would.
     */
    private static Optional<RoleText> employerOverItsTitle(String line) {
        String text = RoleText.tidy(line);
        Matcher bracket = RoleText.CLOSING_BRACKETS.matcher(text);
        boolean wayOfWorking = RoleText.namesAWayOfWorking(text)
                || bracket.find()
                        && RoleText.namesAWayOfWorking(bracket.group(1))
                        && text.split("\\s+").length <= MAX_WAY_OF_WORKING_WORDS;
        if (wayOfWorking) {
            return Optional.of(new RoleText(text, "", Optional.empty(), false));
        }
        if (!NAME_DASH_TOWN.matcher(text).matches() || Sections.isSectionHeading(text)) {
            return Optional.empty();
        }
        return RoleText.read(text)
                .filter(r ->
                        r.title().isEmpty() && !r.careerBreak() && r.location().isPresent())
                .filter(r -> isWrittenAsAName(r.organization())
                        && !RoleText.isTitle(r.organization())
                        && !isTownLine(r.organization()));
    }

    private static final int MAX_WAY_OF_WORKING_WORDS = 4;

    /** "Logo Yazılım — Gebze, Kocaeli": up to four capitalised words, a dash, a town and its region. */
    private static final Pattern NAME_DASH_TOWN = Pattern.compile(
            "\\p{Lu}[\\p{L}&'.-]*(?: \\p{Lu}[\\p{L}&'.-]*){0,3} [–—] \\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?"
                    + "(?:, \\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)?");

    /** A bullet's mark opening a line: "* Led …", "- Cut …". */
    private static final Pattern BULLET_MARK = Pattern.compile("^\\s*[-*–·•●▪◦‣■►]");

    /**
     * "CRESCENT RIDGE DISTRIBUTION, INC. - Olive Branch, MS" opening its entry over "Multi-client 3PL distribution
     * center (640,000 sq ft) serving three national retail accounts", then the dated title: what the firm is, a
     * sentence too long for an entry's header, between the employer and its title.
     */
    /**
     * "KOMATSU CHILE S.A." (over what the contract was) over "Mar 2018 – a la fecha", the time there, over "Jefe de
     * Turno Mantenimiento Mina (Nov 2020 – a la fecha)": the employer over its span, the titles held there under it.
     */
    private static Optional<RoleText> employerOverItsSpan(List<Line> lines, int at) {
        // (the title first, its dates after it: not a step told in the entry's first bullet, "Jan 2023 – sekarang:
        // Performance Marketing Lead; …", under "**Agustus 2021 – Sekarang**")
        boolean titleFirst = DateRanges.firstRange(lines.get(at).text())
                .filter(f -> !RoleText.tidy(lines.get(at).text().substring(0, f.start()))
                        .isEmpty())
                .isPresent();
        if (at < 2
                || !titleFirst
                || !lines.get(at - 1).source().equals(lines.get(at).source())
                || !isDatesAlone(RoleText.tidy(lines.get(at - 1).text()))) {
            return Optional.empty();
        }
        return employerOverWhatItIs(lines, at - 1)
                .or(() -> lines.get(at - 2).source().equals(lines.get(at).source())
                        ? employerLine(lines.get(at - 2).text())
                        : Optional.empty());
    }

    private static Optional<RoleText> employerOverWhatItIs(List<Line> lines, int at) {
        if (at < 2) {
            return Optional.empty();
        }
        FactSource source = lines.get(at).source();
        Line what = lines.get(at - 1);
        Line employer = lines.get(at - 2);
        // not the employer line under the last entry's dated title, over its duty, when this entry's is below
        boolean opensTheEntry = at < 3
                || Sections.isSectionHeading(lines.get(at - 3).text())
                || lines.get(at - 3).block() != employer.block()
                        && DateRanges.firstRange(lines.get(at - 3).text()).isEmpty();
        if (!what.source().equals(source)
                || employerBelow(lines, at).isPresent()
                || !employer.source().equals(source)
                || !opensTheEntry
                || DateRanges.firstRange(what.text()).isPresent()
                || BULLET_MARK.matcher(what.text()).find()
                || FIRST_PERSON.matcher(" " + what.text()).find()
                || DEED.matcher(what.text().strip()).lookingAt()
                || what.text().strip().endsWith(":")) {
            return Optional.empty();
        }
        return employerLine(employer.text());
    }

    /**
     * "Commercial Litigation & Trials Group", "Litigation Department": a part of a firm named after the title
     * ("Counsel, Commercial Litigation & Trials Group"), the firm on its own line above; not an office or a centre,
     * which may employ.
     */
    private static boolean isPartOfAFirm(String organization) {
        return DEPARTMENT.matcher(organization).find()
                || isSite(organization) && TEAM.matcher(organization).find();
    }

    private static final Pattern TEAM = Pattern.compile("(?i)\\b(group|team|division|unit)$");

    /** Lines at most between an employer's line and the dated title under it: an office, its address. */
    private static final int MAX_LINES_UNDER_EMPLOYER = 3;

    /** "Office of Program Evaluation and Performance", "Mid-Atlantic Regional Office": a part of the employer. */
    private static final Pattern OFFICE = Pattern.compile(
            "^(?:Office|Division|Directorate|Bureau|Branch|Department) of\\b|\\b(?:Regional|Field|District|Area)"
                    + " (?:Office|Division|Branch)$");

    /**
     * The line that heads an entry, of the lines above its dates: the nearest, or the one over it when that is an
     * office and its street ("Office of Information and Technology (OI&T), 510 Butler Avenue, Martinsburg, WV 25405"
     * under "U.S. Department of Veterans Affairs") or a duty station ("Fort Drum, NY 13602 United States (deployed to
     * …)" under "U.S. Army, …").
     */
    private static String entryHead(List<String> above) {
        boolean whereFirst = above.size() > 1
                && (isOfficeAndStreet(above.get(0)) || isTownLine(RoleText.tidy(withoutBrackets(above.get(0)))));
        return whereFirst ? above.get(1) : above.get(0);
    }

    /** ", 510 Butler Avenue,": a street address after what stands at it. */
    private static final Pattern STREET_AFTER = Pattern.compile(
            ",\\s*\\d{1,5}\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){1,4}(?:Drive|Dr|Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln"
                    + "|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Plaza|Circle|Highway|Hwy|Pike|Terrace)\\b\\.?\\s*,");

    /** An office of the employer and its street: "Office of Information Systems Management (OISM), 100 Bureau Drive, …". */
    private static boolean isOfficeAndStreet(String line) {
        String text = RoleText.tidy(line);
        return STREET_AFTER.matcher(text).find()
                && OFFICE.matcher(text.split(",")[0].strip()).find();
    }

    /** "1200 Independence Plaza SW, Washington, DC 20024": a street address, number first. */
    private static final Pattern STREET_ADDRESS =
            Pattern.compile("^\\s*\\d{1,5}\\s+\\p{Lu}[\\p{L} .'-]+,\\s*(?:Suite|Ste\\.?|Floor|Unit)?.*\\d");

    /** The words for a part of a building an address names: "Building 7", "Room 214", "Mail Stop 510". */
    private static final String ADDRESS_PART_WORDS = "building|bldg\\.?|room|rm\\.?|suite|ste\\.?|floor|mail ?stop";

    /**
     * "Denver Federal Center, Building 810, MS 510, Lakewood, CO 80225": the building, room or mail stop of an address
     * among its parts, so the line is where, not who.
     */
    private static final Pattern BUILDING_IN_AN_ADDRESS =
            Pattern.compile("(?i),\\s*(?:" + ADDRESS_PART_WORDS + "|ms)\\s+[\\w-]*\\d[\\w-]*(?=\\s*,)");

    /** "Industry · Financial services", "Reporting line: CFO": a line led by a label of a word or three. */
    private static final Pattern ANOTHER_LABEL =
            Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s\\p{Ll}+){0,2}(?:\\s+·|\\s*:)\\s+\\S");

    /** "Lakewood, CO 80225, United States": an address's town and what follows it, after its street or building. */
    private static String townAfterTheStreet(String address) {
        String[] parts = BUILDING_IN_AN_ADDRESS.matcher(address).find()
                ? BUILDING_IN_AN_ADDRESS.split(address)
                : address.split(",", 2);
        return parts[parts.length - 1].replaceFirst("^\\s*,\\s*", "").strip();
    }

    /** The employer a line above a dated title names, if it names one and nothing else. */
    /** A dotted abbreviation ending a line: "Apodaca, N.L.", "S.A. de C.V.", "Acme Inc.": no sentence's full stop. */
    private static final Pattern ENDS_WITH_AN_ABBREVIATION =
            Pattern.compile("(?:(?<!\\p{L})\\p{L}{1,2}\\.){2,}$|\\b(?:Inc|Ltd|Co|Corp|Bros|Pty)\\.$");

    /** Whether a line ends as a sentence does, with a full stop that closes no abbreviation. */
    private static boolean endsASentence(String line) {
        String text = line.strip();
        return text.endsWith(".") && !ENDS_WITH_AN_ABBREVIATION.matcher(text).find();
    }

    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\\p{Pi}\\p{Ps}\"„«]+");

    private static Optional<RoleText> employerLine(String line) {
        // "[Bramble & Pike](https://brambleandpike.com) · Digital agency": the firm's name linked to its site, and
        // what the firm is
        String text = RoleText.tidy(WHAT_IT_IS_AFTER
                .matcher(SITE_IN_BRACKETS.matcher(line).replaceAll(""))
                .replaceFirst(""));
        // a name linked to its site, or told what it is, is a firm's, though its words do not say so
        boolean toldAFirm = SITE_IN_BRACKETS.matcher(line).find()
                || WHAT_IT_IS_AFTER.matcher(line.strip()).find();
        // (a name in quotation marks, as Albania and Serbia write a firm's: "“Adriatik Bay Resort”, Golem")
        String unquoted = OPENING_QUOTES.matcher(text).replaceFirst("");
        if (unquoted.isEmpty()
                || STREET_ADDRESS.matcher(line).find()
                || !Character.isUpperCase(unquoted.codePointAt(0))
                // (a listing's colon in brackets is the name's: "Meridian Freight & Logistics Group Ltd (ASX: MFL)")
                || withoutBrackets(text).contains(":")
                // "Duties & Responsibilities:", "Tugas & Tanggung Jawab:": a label over the duties, its colon tidied
                // away
                || line.strip().endsWith(":")
                // "Brackenfold Foods Group Ltd, Skipton · … | 900 staff": a title's word in what the firm is
                || RoleText.isTitle(text)
                        && RoleText.read(text).map(r -> !r.title().isEmpty()).orElse(true)
                || Sections.isSectionHeading(text)
                || endsASentence(line) && !RoleText.looksLikeEmployer(text)
                // "Grew VCE Chemistry Units 3&4 enrolments from 14 students to 31 students, allowing a second class to
                // run.": a duty's sentence, many words to its full stop, however many names it holds
                || endsASentence(line) && text.split("\\s+").length > MAX_HEADER_LINE_WORDS
                || !RoleText.looksLikeEmployer(text) && !toldAFirm
                // "Strategy and operations consultancy" under the firm's line: what it is, not its name
                || !isWrittenAsAName(unquoted.split(",")[0])) {
            return Optional.empty();
        }
        return RoleText.read(text)
                .filter(r -> !r.organization().isEmpty() && r.title().isEmpty() && !r.careerBreak());
    }

    /**
     * A dated title heading over its employer's heading, with no text of its own: "# Design Lead ·
     * 2023 — now" over "### Maasbrug Creative, Rotterdam" (a designer's drawn timeline). Read once,
     * from the first heading under it.
     */
    private Optional<Role> titleOverEmployer(List<String> path, FactSource source, Set<List<String>> seen) {
        if (path.size() < 2) {
            return Optional.empty();
        }
        String above = path.get(path.size() - 2);
        List<String> abovePath = path.subList(0, path.size() - 1);
        if (datedHeadings.containsKey(abovePath) || !seen.add(abovePath)) {
            return Optional.empty();
        }
        Optional<Role> title = DateRanges.firstRange(above)
                .flatMap(found -> role(above, found, Optional.empty(), source))
                .filter(r -> r.organization().isEmpty() && !r.title().isEmpty() && !r.careerBreak());
        // an employer by its words or its town ("Maasbrug Creative, Rotterdam"), not a team or a project
        Optional<RoleText> employer = RoleText.read(RoleText.tidy(path.get(path.size() - 1)))
                .filter(r -> r.title().isEmpty() && !r.organization().isEmpty())
                .filter(r -> r.location().isPresent() || RoleText.looksLikeEmployer(r.organization()))
                .filter(r -> isWrittenAsAName(r.organization())
                        && !RoleText.isTitle(r.organization())
                        && !Sections.isSectionHeading(r.organization()));
        if (title.isEmpty() || employer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(title.get()
                .withOrganization(
                        employer.get().organization(), title.get().location().or(employer.get()::location)));
    }

    /**
     * A dated title heading's employer on the first line under it: "### FP&A Manager · Mar 2022 –
     * Present" over "**Corvanne Foods Group plc, Brindleford**".
     */
    /**
     * The firm named on the line above a span that opens with its dates and names no title, only a unit that is no
     * organization: "DBS Bank Ltd — Singapore" over "Jul 2020 – Present | Group Legal, Compliance & Secretariat".
     */
    /** "Group Compliance", "Group Legal, Compliance & Secretariat": a bank's function across its group, no firm. */
    private static final Pattern GROUP_FUNCTION = Pattern.compile(
            "Group (?:Compliance|Legal|Finance|Risk|Audit|Internal Audit|Treasury|Technology|Operations|Strategy|HR"
                    + "|Human Resources|Tax|Procurement|Marketing|Communications)\\b");

    private static Optional<RoleText> firmOverItsUnit(
            List<Line> lines, int at, DateRanges.Found found, Optional<Role> role) {
        if (at < 1
                || role.isEmpty()
                || !role.get().title().isEmpty()
                || role.get().careerBreak()
                || role.get().organization().isEmpty()
                || RoleText.isOrganization(role.get().organization())
                        && !GROUP_FUNCTION.matcher(role.get().organization()).lookingAt()
                || !RoleText.tidy(lines.get(at).text().substring(0, found.start()))
                        .isEmpty()
                || !lines.get(at - 1).source().equals(lines.get(at).source())
                || DateRanges.firstRangeOrDate(lines.get(at - 1).text()).isPresent()) {
            return Optional.empty();
        }
        return employerLine(lines.get(at - 1).text())
                .filter(e -> RoleText.isOrganization(e.organization()) || RoleText.hasLegalForm(e.organization()));
    }

    /**
     * The employer line that closes a block, alone or over one line of what the firm is, when the next block is
     * a heading beside it: "DHL SUPPLY CHAIN (MÉXICO), S.A. DE C.V. · Apodaca, N.L." over "Operador logístico 3PL.
     * …" after the bullets of the title above.
     */
    private static Optional<RoleText> employerClosing(Block previous, Block next) {
        if (previous == null || !sameParent(previous, next) && !isParentOf(previous, next)) {
            return Optional.empty();
        }
        List<String> lines = previous.text()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 2); i--) {
            String line = lines.get(i);
            if (BULLET_MARK.matcher(line).find()
                    || DateRanges.firstRangeOrDate(line).isPresent()) {
                return Optional.empty();
            }
            Optional<RoleText> employer = employerLine(line);
            if (employer.isPresent()) {
                return employer;
            }
        }
        return Optional.empty();
    }

    /** Whether a block is the text under the heading the other's heading sits in: "## Experience", its first lines. */
    private static boolean isParentOf(Block parent, Block child) {
        List<String> a = parent.sectionPath();
        List<String> b = child.sectionPath();
        return !a.isEmpty()
                && b.size() == a.size() + 1
                && b.subList(0, a.size()).equals(a);
    }

    /** Whether two blocks sit side by side under one heading: "## Experience" over both. */
    private static boolean sameParent(Block one, Block other) {
        List<String> a = one.sectionPath();
        List<String> b = other.sectionPath();
        return a.size() == b.size()
                && !a.isEmpty()
                && a.subList(0, a.size() - 1).equals(b.subList(0, b.size() - 1));
    }

    private static Role withEmployerUnder(Role role, String heading, Block block) {
        if (role.title().isEmpty() || role.careerBreak()) {
            return role;
        }
        boolean aUnit = !role.organization().isEmpty()
                && HOSPITAL_UNIT.matcher(role.organization()).find()
                && !RoleText.isOrganization(role.organization());
        // "THESIS INTERNSHIP – PERFORMANCE ENGINEERING" over "Turbogas Liguria S.p.A. – Genoa, Italy": a team named
        // after the title, the firm by its legal form or its kind on the line below
        // (not when the heading opens with it: "Aya Healthcare – Travel RN, ICU · 08/2023 – Present")
        String firstUnder = block.text().strip().split("\n", 2)[0].strip();
        boolean aTeam = !role.organization().isEmpty()
                && !aUnit
                && !RoleText.isOrganization(role.organization())
                // (a name with "&" is a firm's, unless the line below names one by its legal form: "SENIOR LOGISTICS
                // SPECIALIST – TRANSPORT & CUSTOMS" over "3M Wrocław Sp. z o.o.")
                && (!role.organization().contains("&") || RoleText.hasLegalForm(RoleText.tidy(firstUnder)))
                && !opensWith(heading, role.organization());
        if (!role.organization().isEmpty() && !aUnit && !aTeam) {
            return role;
        }
        // "Pellworth & Finch Ltd, Tollerby – garden furniture manufacturer": what the firm does aside; "Hollins Fresh
        // Supermarket, Westgate, Wakefield – Saturdays and Sundays, about 12 hours a week.": when the job is done
        String first = withoutAside(firstUnder);
        String text = RoleText.tidy(first);
        if (text.isEmpty()
                || !opensAsAName(text)
                || DateRanges.firstRange(first).isPresent()
                || RoleText.hasLabels(text)
                || RoleText.isTitle(text)
                || SENTENCE_END.matcher(first).find()
                || FIRST_PERSON.matcher(" " + first).find()
                || longestPart(text) > MAX_HEADER_LINE_WORDS
                || !RoleText.looksLikeEmployer(text)) {
            return role;
        }
        Optional<RoleText> employer = employerNamed(text);
        if (aTeam) {
            return employer.filter(r -> RoleText.isOrganization(r.organization()))
                    .map(r -> new Role(
                            r.organization(),
                            role.title() + " – " + role.organization(),
                            role.location().or(r::location),
                            role.dates(),
                            false,
                            role.source()))
                    .orElse(role);
        }
        if (aUnit && employer.isPresent()) {
            // "Clinical Nurse III – Cardiothoracic ICU (CTICU)" over "Olentangy University Medical Center | Columbus,
            // OH": the unit is where in the hospital, the hospital the employer
            return new Role(
                    employer.get().organization(),
                    role.title() + ", " + role.organization(),
                    role.location().or(employer.get()::location),
                    role.dates(),
                    false,
                    role.source());
        }
        return employer.map(r ->
                        role.withOrganization(r.organization(), role.location().or(r::location)))
                .orElse(role);
    }

    /** Whether a header line opens with the organization read from it, before the title. */
    private static boolean opensWith(String line, String organization) {
        return RoleText.tidy(line).startsWith(organization);
    }

    /**
     * An employer's dated heading with no title takes the title its entry opens with, on a line without dates of
     * its own: "### Halloran Pike LLP, Manchester · May 2021 – Present" over "Senior Associate, Banking & Finance".
     */
    private static Role withTitleUnder(Role role, Block block) {
        if (!role.title().isEmpty() || role.organization().isEmpty() || role.careerBreak()) {
            return role;
        }
        String first = block.text().strip().split("\n", 2)[0].strip();
        Optional<RoleText> townFirst = RoleText.townThenTitle(first);
        if (townFirst.isPresent()) {
            return role.withTitle(townFirst.get().title())
                    .withOrganization(role.organization(), townFirst.get().location());
        }
        if (DateRanges.firstRangeOrDate(first).isPresent()
                || RoleText.hasLabels(first)
                || !isTitleLine(firstPart(first))) {
            return role;
        }
        // "Partner, Operations & Transformation Practice": the title with the part of the firm it is held in
        return RoleText.read(RoleText.tidy(first))
                .filter(r -> !r.title().isEmpty() && !r.careerBreak())
                .filter(r -> r.organization().isEmpty()
                        || UNIT_OF_THE_FIRM.matcher(r.organization()).find()
                                && !RoleText.hasLegalForm(r.organization()))
                .map(r -> role.withTitle(r.organization().isEmpty() ? r.title() : RoleText.tidy(first)))
                .orElse(role);
    }

    /** "Operations & Transformation Practice", "Litigation Department": a part of the firm a title is held in. */
    private static final Pattern UNIT_OF_THE_FIRM =
            Pattern.compile("(?i)\\b(?:practice|team|group|division|unit|department|desk)$");

    /** A ward or unit, then the hospital it is in: "Ward 14 (Respiratory Medicine), Royal Pennine Infirmary". */
    private static final Pattern UNIT_THEN_EMPLOYER = Pattern.compile("^([^,]{2,50}?),\\s+(\\p{Lu}.+)$");

    /** A hospital's unit or ward, named where an employer would be: "Cardiothoracic ICU (CTICU)", "6 East Orthopedics". */
    private static final Pattern HOSPITAL_UNIT = Pattern.compile(
            "(?i)\\b(icu|nicu|picu|ccu|micu|sicu|cticu|unit|ward|telemetry|med-surg|medical-surgical|orthop(a)?edics"
                    + "|oncology|cardiology|p(a)?ediatrics|maternity|emergency department|\\d+ ?(east|west|north|south)"
                    // a clinic or specialty a hospital post is in: "Clinical Pharmacist, Ambulatory Diabetes & Internal
                    // Medicine" over "William Osler Health System, Brampton Civic Hospital"
                    + "|ambulatory|internal medicine|general medicine|diabetes|endocrinology|respiratory|nephrology"
                    + "|neurology|gastroenterology|geriatrics|psychiatry|critical care|intensive care|infectious diseases"
                    + "|ha?ematology|rheumatology|dermatology|urology|radiology)\\b");

    /** An aside after an employer's name and town: what the firm does, or when the job was done. */
    private static final Pattern EMPLOYER_ASIDE = Pattern.compile(
            // (not a dash inside brackets: "Solística (operador logístico 3PL – hoy parte de Grupo Traxión)")
            "\\s+[–—-](?![^()]*\\))\\s+(?:\\p{Ll}|(?=[^–—]*\\b(?:hours?|days?|weeks?|weekends?|shifts?|evenings?)\\b)).*$"
                    // "Aireborough Logistics plc, Leeds | joined as Infrastructure Engineer, promoted …": a note
                    + "|\\s+\\|\\s+\\p{Ll}.*$");

    /**
     * "Pellworth & Finch Ltd, Tollerby – garden furniture manufacturer", "Hollins Fresh Supermarket, Wakefield –
     * Saturdays and Sundays, about 12 hours a week.": the employer and its town, without the aside.
     */
    private static String withoutAside(String line) {
        return EMPLOYER_ASIDE.matcher(line).replaceFirst("");
    }

    /** "Fort Drum, NY 13602 United States (deployed to Kandahar, Afghanistan, 03/2011 - 02/2012)": where, and a note. */
    private static boolean isTownWithDatedNote(String line) {
        String town = RoleText.tidy(withoutBrackets(line));
        return !town.equals(RoleText.tidy(line)) && DateRanges.firstRange(town).isEmpty() && isTownLine(town);
    }

    /** "Helixpoint Therapeutics (12-week internship, target discovery group)": the name without its notes. */
    private static String withoutBrackets(String line) {
        return line.replaceAll("\\s*\\([^()]*\\)", "");
    }

    /** An employer alone on the line below, clearly one by its legal form or words ("… GmbH", "… Hospital"). */
    private static Optional<RoleText> employerBelow(List<Line> lines, int at) {
        return employerBelow(lines, at, true);
    }

    /**
     * An employer alone on the line below; {@code clearly}: one by its legal form or words, else any name
     * that is no title.
     */
    private static Optional<RoleText> employerBelow(List<Line> lines, int at, boolean clearly) {
        if (bulletOverBullet(lines, at)) {
            return Optional.empty(); // "Crew lead (2018–2021) for a 7-person crew …" over "Built Splunk dashboards"
        }
        if (at + 1 < lines.size() && isDatedTitleLine(lines.get(at + 1).text())) {
            // "03/2021 – heute · Senior Embedded Software Engineer" over "zuvor Embedded Software Engineer (03/2021 –
            // 12/2022)" over "Voltaris Mobility GmbH, Garching": the titles held there, then the employer of both
            int k = at + 1;
            while (k < lines.size()
                    && k - at <= MAX_TITLES_OVER_EMPLOYER
                    && lines.get(k).source().equals(lines.get(at).source())
                    && isDatedTitleLine(lines.get(k).text())) {
                k++;
            }
            return k < lines.size()
                            && lines.get(k).source().equals(lines.get(at).source())
                    ? employerOn(
                            withoutBusiness(
                                    RoleText.tidy(withoutAside(lines.get(k).text()))),
                            true)
                    : Optional.empty();
        }
        List<String> below = window(lines, at, +1, lines.get(at).source());
        if (below.isEmpty()) {
            return Optional.empty();
        }
        // (not when the line below shares the title's paragraph and the next title opens one of its own: "Software
        // Engineer · Aug 2019 – Present" and "Acme Widgets Ltd · London" one entry, "Junior Developer · …" the next)
        boolean entryOfItsOwn = lines.get(at + 1).block() == lines.get(at).block()
                && at + 2 < lines.size()
                && lines.get(at + 2).block() != lines.get(at + 1).block();
        if (at + 2 < lines.size()
                && !entryOfItsOwn
                && isDatedTitleLine(lines.get(at + 2).text())
                // (not the posts held within this one's years: "Front Office Manager · Jun'15 – Mar'19" over
                // "Sofitel Abu Dhabi Corniche (Accor) | Abu Dhabi, UAE" over "Front Office Manager (Mar'17 – Mar'19)")
                && !heldWithin(lines.get(at + 2).text(), lines.get(at).text())) {
            return Optional.empty(); // "**Northgate Studios**" over "Designer | Jun 2017 – Dec 2020": the next entry's
        }
        // "INESC-ID [ www.inesc-id.pt ]": a name linked to its site is a firm's, whatever its words
        boolean linked = SITE_IN_BRACKETS.matcher(below.get(0)).find();
        String alone = SITE_IN_BRACKETS.matcher(below.get(0)).replaceAll("");
        // ("Zimmer GmbH (Zimmer Biomet), Winterthur": the group a firm by its legal form belongs to, aside)
        boolean formedFirm =
                RoleText.hasLegalForm(withoutBrackets(alone).split(",")[0].strip());
        String first =
                withoutBusiness(RoleText.tidy(withoutAside(clearly && !formedFirm ? alone : withoutBrackets(alone))));
        String next = below.size() >= 2 ? RoleText.tidy(withoutAside(below.get(1))) : "";
        // "Division of Pulmonary, Critical Care and Sleep Medicine, Department of Medicine" over "Lakeshore
        // University School of Medicine, Milwaukee, WI": the unit, then the employer it is part of
        boolean unitOverEmployer = RoleText.isPartOfAnOrganization(first)
                && !next.isEmpty()
                && !RoleText.isPartOfAnOrganization(next)
                && employerNamed(next)
                        .filter(r -> RoleText.isOrganization(r.organization()))
                        .isPresent();
        String text = unitOverEmployer ? next : first;
        Matcher unitFirst = UNIT_THEN_EMPLOYER.matcher(text);
        if (unitFirst.matches()
                && HOSPITAL_UNIT.matcher(unitFirst.group(1)).find()
                && !RoleText.isOrganization(unitFirst.group(1))
                && RoleText.isOrganization(unitFirst.group(2))) {
            // "Ward 14 (Respiratory Medicine), Royal Pennine Infirmary – Pennine Moors NHS Foundation Trust": the ward,
            // then the hospital that employs the nurse
            return employerOn(unitFirst.group(2).strip(), clearly);
        }
        return employerOn(text, clearly && !linked);
    }

    /** " · Digital agency", " · Design studio": what the firm is, in a phrase of small letters after its name. */
    private static final Pattern WHAT_IT_IS_AFTER =
            Pattern.compile("\\s+·\\s+\\p{Lu}\\p{Ll}+(?:[ -]\\p{Ll}[\\p{L}-]*)+\\s*$");

    /** "(https://northvault.ca)": a site's address in brackets after the name it links. */
    private static final Pattern SITE_IN_BRACKETS =
            // or in square ones, spaced, as Europass writes it: "INESC-ID [ www.inesc-id.pt ]"
            Pattern.compile(
                    "\\s*(?:\\((?:https?://|www\\.)[^()\\s]*\\)|\\[\\s*(?:https?://|www\\.)[^\\[\\]\\s]*\\s*])");

    /** At most this many titles, each with its dates, over the employer they were held at. */
    private static final int MAX_TITLES_OVER_EMPLOYER = 3;

    /** Whether the dates of one line fall within those of another. */
    private static boolean heldWithin(String line, String other) {
        return heldWithin(rangeOf(line), rangeOf(other));
    }

    private static boolean heldWithin(Optional<DateRange> inner, Optional<DateRange> outer) {
        return inner.isPresent() && outer.isPresent() && within(inner.get(), outer.get());
    }

    private static Optional<DateRange> rangeOf(String line) {
        return DateRanges.firstRange(line).map(DateRanges.Found::range);
    }

    /** "zuvor Embedded Software Engineer (03/2021 – 12/2022)": a title and its dates, no employer. */
    private static boolean isDatedTitleLine(String text) {
        return DateRanges.firstRange(text).isPresent()
                && isTitleLine(firstPart(withoutDates(text)))
                && RoleText.read(withoutDates(text))
                        .map(r -> r.organization().isEmpty())
                        .orElse(true);
    }

    /** "Kessler Messtechnik GmbH, Puchheim – Hersteller industrieller Drucksensoren": what the firm does, after it. */
    private static final Pattern BUSINESS_AFTER = Pattern.compile("^(.+?)\\s+[–—]\\s+(\\p{L}+(?:\\s+\\S+)*)$");

    /** The employer's line without the words on what the employer does, after a dash: a firm by its legal form. */
    private static String withoutBusiness(String text) {
        Matcher m = BUSINESS_AFTER.matcher(text);
        return m.matches()
                        && RoleText.hasLegalForm(m.group(1).split(",")[0])
                        // words in a sentence's small letters, not a town after the dash ("Garching b. München")
                        && m.group(2).split("\\s+").length >= 3
                        && java.util.Arrays.stream(m.group(2).split("\\s+"))
                                .anyMatch(w -> w.length() >= 3 && Character.isLowerCase(w.codePointAt(0)))
                ? m.group(1).strip()
                : text;
    }

    private static final Pattern ORDINAL_NAME = Pattern.compile("\\d{1,4}(?:st|nd|rd|th)\\s+\\p{Lu}");

    /** "Marra Creek Mine, West Pilbara WA", "Austin, TX": a place ending in its state's code. */
    private static final Pattern SITE_AND_STATE = Pattern.compile("\\p{Lu}[\\p{L}0-9 .,'’-]{0,80}[ ,]\\p{Lu}{2,3}");

    /** The employer the line below names, if it names one and is no title; {@code clearly} as for the line. */
    private static Optional<RoleText> employerOn(String text, boolean clearly) {
        String[] piped = text.split("\\s+\\|\\s+");
        String name = piped.length >= 2 ? RoleText.tidy(withoutBrackets(piped[0])) : "";
        if (!name.isEmpty()
                && Character.isUpperCase(name.codePointAt(0))
                && !RoleText.isTitle(name)
                && !RoleText.hasLabels(name)
                && isWrittenAsAName(name)
                // ("Sigma Alimentos (planta de carnes frías) | Guadalajara, Jal.": a town and its state in any form)
                && (SITE_AND_STATE.matcher(piped[1].strip()).matches() || RoleText.looksLikePlace(piped[1].strip()))) {
            // "Pindan Iron Ore  |  Marra Creek Mine, West Pilbara WA  |  FIFO 2/1 (14/7) ex Perth": the employer, the
            // site and its state, the roster; the place beside it says the name is the employer's
            return Optional.of(new RoleText(name, "", Optional.of(piped[1].strip()), false));
        }
        if (piped.length == 2
                && RoleText.hasLegalForm(piped[0].strip())
                && !RoleText.isTitle(piped[0])
                && isWrittenAsAName(piped[1].strip())) {
            // "Fidelidade – Companhia de Seguros, S.A. | Lisboa": a firm by its legal form, its whole name, then its
            // town
            return Optional.of(new RoleText(piped[0].strip(), "", Optional.of(piped[1].strip()), false));
        }
        // (its branches after it may read as a title: "… – Skills and Employment Branch")
        Optional<RoleText> overItsUnits = employerOverItsUnits(text);
        if (overItsUnits.isPresent()) {
            return overItsUnits;
        }
        // "Calderline Civil Engineering Ltd, Huddersfield": an employer, though "Engineering" names titles too
        if (text.isEmpty()
                // (a unit by its number: "530th Combat Sustainment Support Battalion, Fort Bragg, NC")
                || !opensAsAName(text) && !ORDINAL_NAME.matcher(text).lookingAt()
                || RoleText.hasLabels(text)
                || RoleText.isTitle(text)
                        && !RoleText.read(text)
                                .map(r -> r.title().isEmpty() && RoleText.isOrganization(r.organization()))
                                .orElse(false)) {
            return Optional.empty();
        }
        // "Voltaris Mobility GmbH, Garching b. München": a firm by its legal form, then its town
        String[] firmAndTown = text.split(",\\s+", 2);
        if (firmAndTown.length == 2
                && RoleText.hasLegalForm(firmAndTown[0])
                && !RoleText.hasLegalForm(firmAndTown[1])
                && isWrittenAsAName(firmAndTown[1])) {
            return Optional.of(
                    new RoleText(RoleText.tidy(firmAndTown[0]), "", Optional.of(firmAndTown[1].strip()), false));
        }
        // "Northgate Rail Ticketing (via Sennet Digital Talent)": a contract's client, named with how it was engaged
        return employerNamed(text)
                .filter(r -> !clearly || RoleText.isOrganization(r.organization()) || RoleText.namesAClient(text));
    }

    /**
     * Whether the text opens as a name does: with a capital, or with a figure when its legal form makes it a firm's
     * ("3M Wrocław Sp. z o.o.").
     */
    private static boolean opensAsAName(String text) {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) && RoleText.hasLegalForm(text);
    }

    /**
     * "Canadian Heritage (PCH) – Official Languages Branch, Gatineau, QC": the employer, the branches or
     * directorates it was held in after a dash, then maybe the town, which is the role's location.
     */
    private static Optional<RoleText> employerOverItsUnits(String text) {
        String[] employerAndUnits = text.split("\\s+[–—]\\s+", 2);
        if (employerAndUnits.length < 2) {
            return Optional.empty();
        }
        String employer = RoleText.tidy(employerAndUnits[0]);
        List<String> parts = List.of(employerAndUnits[1].split(",\\s*"));
        int units = 0;
        // "Immigration, Refugees and Citizenship Canada (IRCC) – Strategic Policy and Planning": after a name given
        // with its acronym, a part named as a name is one too, no title
        boolean acronymed = ACRONYM_AFTER.matcher(employer).find();
        while (units < parts.size()
                && (UNIT_OF_AN_EMPLOYER.matcher(parts.get(units).strip()).matches()
                        || acronymed
                                && units == 0
                                && isWrittenAsAName(parts.get(units).strip())
                                && !RoleText.isTitle(parts.get(units).strip()))) {
            units++;
        }
        // "Gatineau QC", "Ottawa ON": a town and its province's code, no comma between
        String town = TOWN_AND_CODE
                .matcher(String.join(", ", parts.subList(units, parts.size())).strip())
                .replaceFirst("$1, $2");
        if (units == 0
                || !town.isEmpty() && !isTownAlone(town)
                || employer.isEmpty()
                || RoleText.isTitle(employer) && !RoleText.isOrganization(employer)
                || !isWrittenAsAName(employer)) {
            return Optional.empty();
        }
        return Optional.of(new RoleText(employer, "", town.isEmpty() ? Optional.empty() : Optional.of(town), false));
    }

    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\(\\p{Lu}{2,8}\\)$");

    private static final Pattern TOWN_AND_CODE = Pattern.compile("^(\\p{Lu}[\\p{L}.'’ -]*\\p{L})\\s+(\\p{Lu}{2})$");

    /** "Official Languages Branch", "Strategic and Program Policy Sector", "Division of Aging and Seniors". */
    private static final Pattern UNIT_OF_AN_EMPLOYER =
            Pattern.compile("(?:Division|Department|Dept\\.|School|Faculty|Office|Bureau) (?:of|for) \\p{Lu}.*"
                    + "|\\p{Lu}[\\p{L}&'’ -]*\\s(?:Branch|Directorate|Sector|Division|Department|Section|Unit|Bureau"
                    + "|Secretariat|Office|Team|Group)");

    /**
     * Whether the line under this one heads the next entry: dates follow it ("**Northgate Studios**" over
     * "Designer | Jun 2017 – Dec 2020").
     */
    private static boolean nextEntryBelow(List<Line> lines, int at) {
        if (at + 2 >= lines.size()
                || !lines.get(at + 2).source().equals(lines.get(at).source())
                // (not a duty's sentence that dates a change: "… From III 2020 classes moved online …")
                || lines.get(at + 2).text().length() > MAX_AFTER_CHARS) {
            return false;
        }
        Optional<DateRange> below = rangeOf(lines.get(at + 2).text());
        Optional<DateRange> here = rangeOf(lines.get(at).text());
        // (a title held within this entry's span, "Senior HR Business Partner Assetmanagement (2022 – heden)" under
        // "2019 – heden · (Senior) HR Business Partner" and "ProRail, Utrecht", is a step of it, not the next entry)
        boolean stepWithin = !below.equals(here) && heldWithin(below, here);
        return below.isPresent() && !stepWithin;
    }

    /** "Aubade, Marylebone, London": a name, then two places, each a word or a few capitalised ones. */
    private static final Pattern NAME_DISTRICT_AND_TOWN =
            Pattern.compile("\\p{Lu}[\\p{L}'&. -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2}){2}");

    /** "Kubo Analytics (consultoría de analítica avanzada) · Barcelona": a name, a note on it, and a town. */
    private static final Pattern NAME_DOT_TOWN = Pattern.compile(
            "(\\p{Lu}[\\p{L}'&.-]*(?: [\\p{L}'&.-]+){0,5})(?: \\([^()]{1,60}\\))? · (\\p{Lu}[\\p{L}'’ .-]{1,30}(?: \\([^()]{1,40}\\))?)");

    /** The line under a title and its dates naming the employer and its town, "Name · Town", the name no title. */
    private static Optional<RoleText> nameDotTownBelow(List<Line> lines, int at) {
        return lineBelow(lines, at)
                .map(next -> NAME_DOT_TOWN.matcher(next.strip()))
                .filter(m -> m.matches() && !RoleText.isTitle(m.group(1)) && isWrittenAsAName(m.group(1)))
                .map(m -> new RoleText(
                        m.group(1).strip(), "", Optional.of(m.group(2).strip()), false));
    }

    /** Lines of the entry's paragraph below its dated line that may tell where and what the firm is. */
    private static final int FIRM_LINES = 3;

    /**
     * The first line of the paragraph below the entry's, when the entry's paragraph ends with its dated line or goes
     * on only with where and what the firm is ("Июнь 2023 — настоящее время · Ozon" over "Москва, ozon.ru" and the
     * firm's industry, the title in bold below): no title, dates nor sentence of its own between.
     */
    private static Optional<Integer> paragraphBelow(List<Line> lines, int at) {
        int next = at + 1;
        while (next < lines.size()
                && next - at <= FIRM_LINES
                && lines.get(next).block() == lines.get(at).block()
                && lines.get(next).source().equals(lines.get(at).source())) {
            String text = lines.get(next).text();
            if (RoleText.isTitle(RoleText.tidy(text))
                    || DateRanges.firstRangeOrDate(text).isPresent()
                    || SENTENCE_END.matcher(text.strip()).find()) {
                return Optional.empty();
            }
            next++;
        }
        return next < lines.size()
                        && lines.get(next).block() != lines.get(at).block()
                        && lines.get(next).source().equals(lines.get(at).source())
                ? Optional.of(next)
                : Optional.empty();
    }

    /** The text of the line under a line, in its section. */
    private static Optional<String> lineBelow(List<Line> lines, int at) {
        return at + 1 < lines.size()
                        && lines.get(at + 1).source().equals(lines.get(at).source())
                ? Optional.of(lines.get(at + 1).text())
                : Optional.empty();
    }

    /** A title read with no firm, at the employer given below or after it: a unit after the title stays the title's. */
    private static Role employed(Role title, Role employer) {
        String named = title.organization().isEmpty() ? title.title() : title.title() + ", " + title.organization();
        return new Role(
                employer.organization(),
                named,
                employer.location().or(title::location),
                title.dates(),
                false,
                title.source());
    }

    /**
     * Whether an employer read with no title, in the same block as titles read with no employer just above it,
     * spans them all.
     */
    private static boolean employsTitlesAbove(Role employer, Line line, List<Integer> titledAbove, List<Role> roles) {
        int first = titledAbove.isEmpty() ? 0 : java.util.Collections.min(titledAbove);
        // (not the titles an employer's dated line above already spans: "The Prince Charles Hospital (TPCH) · Feb
        // 2022 – Present" over its posts, then "Healthcare Australia (Nursing Agency) · Jul 2021 – Present")
        boolean heldAbove = first > 0
                && roles.get(first - 1).title().isEmpty()
                && !roles.get(first - 1).organization().isEmpty()
                && roles.get(first - 1).source().equals(line.source())
                && titledAbove.stream()
                        .allMatch(k -> within(
                                roles.get(k).dates(), roles.get(first - 1).dates()));
        return !heldAbove
                && employer.title().isEmpty()
                && !employer.organization().isEmpty()
                && !employer.careerBreak()
                && !titledAbove.isEmpty()
                && titledAbove.stream()
                        .allMatch(k -> roles.get(k).source().equals(line.source())
                                && within(roles.get(k).dates(), employer.dates()));
    }

    /** Whether the line writes the role's employer straight after its title, nothing between them. */
    private static boolean runOnAfterTitle(Role role, String line) {
        return !role.title().isEmpty()
                && !role.organization().isEmpty()
                && line.contains(role.title() + " " + role.organization());
    }

    /** The line under a dates line, in its section, naming an employer and its town: "Brightwater Foods | Bristol". */
    private static Optional<RoleText> nameAndTownBelow(List<Line> lines, int at) {
        if (bulletOverBullet(lines, at)) {
            return Optional.empty();
        }
        String text = lineBelow(lines, at).map(RoleText::tidy).orElse("");
        Optional<RoleText> branch = branchInATown(text);
        if (text.isEmpty()
                || DateRanges.firstRange(text).isPresent()
                // "Toronto, ON (hybrid)" under "Feb 2023 – Present": where, not who
                // (not "Tidewater Payments, Seattle, WA": a name, then its town and state)
                || isTownAlone(RoleText.tidy(WAY_OF_WORKING_NOTE.matcher(text).replaceAll("")))
                || RoleText.isTitle(text)
                || RoleText.hasLabels(text)
                || !RoleText.looksLikeEmployer(text)
                        && !NAME_DISTRICT_AND_TOWN.matcher(text).matches()
                        && branch.isEmpty()) {
            return Optional.empty();
        }
        return branch.isPresent() ? branch : employerNamed(text);
    }

    /** "Randstad, vestiging Amersfoort": a firm's name and its branch's town, read as no title; or empty. */
    private static Optional<RoleText> branchInATown(String text) {
        return RoleText.namesABranch(text)
                ? RoleText.read(text)
                        .filter(r -> !r.organization().isEmpty() && r.title().isEmpty())
                : Optional.empty();
    }

    /** The employer a line names alone, written as a name: "Brightwater Foods | Bristol". */
    private static Optional<RoleText> employerNamed(String text) {
        return RoleText.read(text)
                .filter(r -> r.title().isEmpty()
                        && !r.careerBreak()
                        && !r.organization().isEmpty())
                .filter(r -> isWrittenAsAName(r.organization()));
    }

    /** "Velmar Automotive Systems GmbH", not "First job out of university": most words capitalised. */
    private static boolean isWrittenAsAName(String text) {
        if (RoleText.hasLegalForm(text)) {
            return true; // "Elvtech Automatyka Sp. z o.o.": its legal form makes it a company's name
        }
        // (the small words of a name in other languages: "Constructora e Ingeniería del Norte", "Banca della Valle")
        String[] words = text.replaceAll(
                        "\\b(of|and|for|the|de|du|der|und|e|y|et|del|della|di|da|do|dos|das|des|la|le|von|van|en)\\b|&",
                        " ")
                .strip()
                .split("\\s+");
        long capitalised = java.util.Arrays.stream(words)
                .filter(w -> !w.isEmpty() && !Character.isLowerCase(w.codePointAt(0)))
                .count();
        return capitalised * 3 >= words.length * 2;
    }

    /** A job title alone on the line above: short, no digits, not a sentence nor a deed ("Cut costs …"). */
    private static Optional<String> titleAbove(List<Line> lines, int at) {
        List<String> above = window(lines, at, -1, lines.get(at).source());
        if (above.isEmpty()) {
            return Optional.empty();
        }
        if (!lines.get(at - 1).alone()) {
            return Optional.empty(); // the last bullet of the role above, not a title line of its own
        }
        String text = RoleText.tidy(above.get(0));
        if (text.isEmpty()
                || !Character.isUpperCase(text.codePointAt(0))
                || text.matches(".*[\\d:;].*")
                || !isTitleLine(above.get(0))
                || DONE_SOMETHING.matcher(text).lookingAt()
                || Sections.isSectionHeading(text)) {
            return Optional.empty();
        }
        // "Area Sales Manager - North": a region after the title is part of it, an employer would not be
        return RoleText.read(text)
                .filter(r -> !r.title().isEmpty() && !r.careerBreak())
                .filter(r -> r.organization().isEmpty() || !RoleText.looksLikeEmployer(r.organization()))
                .map(r -> r.organization().isEmpty() ? r.title() : text);
    }

    /** The words of a line's longest part: "Employer | Title | Town" is three short parts. */
    private static int longestPart(String line) {
        int longest = 0;
        // "Emergency Department, Sallowfield General Hospital, Tarnbury & Sallowfield NHS Foundation Trust", "Calder
        // Valley General Hospital – Calder Valley Teaching Hospitals NHS Trust", "Willow Creek Elementary School ·
        // Cedar Hollow ISD · Round Rock, TX": short parts
        for (String part : line.replaceAll("\\s*\\([^)]*\\)", "").split("\\s+[|·•]\\s+|,\\s+|\\s+[–—]\\s+")) {
            longest = Math.max(longest, part.strip().split("\\s+").length);
        }
        return longest;
    }

    /** A verb of the past and the words it governs: a duty's start, not a title's ("Registered Nurse"). */
    private static final Pattern DEED = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?ed\\s+(?:from|to|in|on|at|for|with|by|the|a|an|and|all|over|up|out|into|two"
                    + "|three|four|five|six|seven|eight|nine|ten|\\d+)\\b");

    private static final Pattern TYPED_BULLET = Pattern.compile("\\s*[・•●▪◦‣■►]");

    /** "Work Experience", "Employment History": a work section's name used as a label. */
    private static final Pattern WORK_SECTION_LABEL = Pattern.compile(
            "(?i)(?:\\*\\*)?(?:(?:(?:work|professional|employment|career) )?(?:experience|history)|employment)(?:\\*\\*)?");

    /** "Work Experience: · Bureau of Land Management …": a form's section named in a column beside its first entry. */
    private static String withoutSectionLabel(String line) {
        int colon = line.indexOf(':');
        if (colon > 0
                && colon < 40
                && WORK_SECTION_LABEL.matcher(line.substring(0, colon).strip()).matches()) {
            String rest = line.substring(colon + 1).replaceFirst("^[\\s·]+", "");
            return rest.isEmpty() ? line : rest;
        }
        return line;
    }

    /** A post's length on a line of its own: "6 лет 2 месяца", "2 yrs 9 mos", "(8 місяців)", "3 Jahre". */
    private static final Pattern TENURE_ALONE = Pattern.compile(
            "(?iU)\\s*\\(?\\s*(?:\\d{1,2}\\s*(?:years?|yrs?|mos?|months?|лет|года?|месяц(?:а|ев)?|рок(?:и|ів)?"
                    + "|місяц(?:ь|і|ів)|jahre?n?|monate?n?|ans?|mois|años?|meses|anni|mesi|lat|miesi[ąę]c\\w*|let|roky?"
                    + "|měsíc\\w*)\\.?\\s*,?\\s*(?:and|и|і|und|et|y|e|i)?\\s*){1,2}\\)?\\s*");

    /** A federal résumé's particulars of a post, between its dates and its title: not the entry's names. */
    private static final Pattern POST_PARTICULARS = Pattern.compile(
            "(?i)\\s*(?:\\*\\*)?(?:salary|hours per week|series(?:\\s*/\\s*grade)?|pay plan|grade(?: level)?|supervisor|may contact"
                    + "|okay to contact"
                    + "|duties, accomplishments and related skills"
                    // "Reporting to: · General Manager: Operations": whom the post answers to, no employer
                    + "|reporting to|reports to|reported to|line manager"
                    // "Engaged through: S.B. Mthembu Mining Consulting": a contractor's own company, not the client
                    + "|engaged (?:through|via)"
                    // "Department: Payments Platform Team" in a Korean CV's table: the team within the employer
                    + "|department|division"
                    // the old European form's business of the employer: "Tipo di azienda o settore: Studio
                    // professionale"
                    + "|type of business or sector|tipo di azienda o settore|tipo de empresa o sector"
                    // a Bangladeshi CV's particulars of the employer: "Company Business: Buying House", "Company
                    // Location: Kanchpur, Sonargaon"
                    + "|company (?:business|location|address|type)|nature of business)\\s*:");
    /** "Reason for leaving: Contract completed": the line that closes an entry (a South African CV's). */
    private static final Pattern ENTRY_CLOSE =
            Pattern.compile("(?i)\\s*(?:\\*\\*)?(?:reasons? for leaving|why i left)\\s*:");

    /** ", Jal.", ", N.L.": a town's state by its short name ending the line, its full stop no sentence's end. */
    private static final Pattern SHORT_STATE_AT_END =
            Pattern.compile(",\\s*(?:(?:\\p{Lu}\\.){1,3}|" + RoleText.STATE_SHORT_NAME + ")$");

    /** Up to four short lines next to a line, in one direction, up to the next line with dates. */
    private static List<String> window(List<Line> lines, int at, int step, FactSource source) {
        List<String> window = new ArrayList<>();
        for (int i = at + step; i >= 0 && i < lines.size() && window.size() < 4; i += step) {
            Line line = lines.get(i);
            int index = i;
            if (line.source().equals(source)
                    && POST_PARTICULARS.matcher(line.text()).lookingAt()) {
                continue; // "Salary: $80,902.00 USD Per Year", "Supervisor: Howard Tiernan (…)": the post's particulars
            }
            if (TENURE_ALONE.matcher(line.text()).matches()) {
                continue; // "6 лет 2 месяца", "(2 yrs 9 mos)": how long the post lasted, on a line of its own
            }
            if (step > 0 && isDescriptionOfTheFirmAbove(window, line, lines, i)) {
                // "DHL Supply Chain, Tilburg", then "Contract logistics – distributiecentrum van 40.000 m2 voor een
                // klant in consumentenelektronica", then the title: what the firm does, between its name and the title
                continue;
            }
            if (!line.source().equals(source)
                    || ENTRY_CLOSE.matcher(line.text()).lookingAt()
                    // "Duties & Responsibilities:" over the duties: the entry's header ends above it
                    || Sections.isEntryLabel(line.text().replace("**", ""))
                    || DateRanges.firstRange(line.text())
                                    .filter(f -> !isStepWithinTheEntryAbove(lines, index, f))
                                    .isPresent()
                            && !isTownWithDatedNote(line.text())
                    // (an aside in brackets makes no description of a header line: "Health Education Yorkshire and
                    // the Humber (inter-deanery transfer) – Leeds General Infirmary, Bradford Royal Infirmary, …")
                    || withoutBrackets(line.text()).length() > MAX_AFTER_CHARS
                            // (nor does a department's long name after its branches: "Immigration, Refugees and
                            // Citizenship Canada (IRCC) – Strategic and Program Policy Sector, Economic …, Ottawa, ON")
                            && employerOverItsUnits(RoleText.tidy(line.text())).isEmpty()
                    || FIRST_PERSON.matcher(" " + line.text()).find()
                    // "・Led a group of 5 QA engineers": a duty under a typed bullet
                    || TYPED_BULLET.matcher(line.text()).lookingAt()
                    // "Promoted from Marketing Assistant in May 2022", "Line-managed two assistants": a deed
                    || DEED.matcher(line.text().strip()).lookingAt()
                            && !RoleText.isOrganization(RoleText.tidy(line.text()))
                    // "Lead the Patient App product area.": the last duty of the entry before
                    || SENTENCE_END.matcher(line.text().strip()).find()
                            && line.text().strip().split("\\s+").length > 5
                            && !RoleText.hasLabels(line.text())
                            // "KESTREL CARDIAC SYSTEMS LTD, Reading.": an employer's line with a stray full stop
                            && !RoleText.looksLikeEmployer(RoleText.tidy(line.text()))
                            // "Sigma Alimentos (planta de carnes frías) | Guadalajara, Jal.": a state's short name
                            && !SHORT_STATE_AT_END.matcher(line.text().strip()).find()
                    || longestPart(line.text()) > MAX_HEADER_LINE_WORDS
                            && !RoleText.hasLabels(line.text())
                            // "The University of Texas at San Antonio - San Antonio, TX": an employer's long name
                            && employerLine(line.text()).isEmpty()) {
                break; // (a labelled line says what it holds: "Position: Konstrukteur / Design Engineer Chassis - …")
            }
            window.add(line.text());
        }
        return window;
    }

    /** The fewest words of a line on what a firm does, between its name and the title. */
    private static final int MIN_DESCRIPTION_WORDS = 6;

    /**
     * Whether the line is a duty's sentence that dates a post within its entry, another line of its list under it:
     * "Crew lead (2018–2021) for a 7-person defensive cyber operations crew …" over "Built Splunk dashboards".
     */
    private static boolean bulletOverBullet(List<Line> lines, int at) {
        if (at + 1 >= lines.size()
                || lines.get(at).alone()
                || lines.get(at + 1).block() != lines.get(at).block()
                || !lines.get(at + 1).source().equals(lines.get(at).source())) {
            return false;
        }
        String text = lines.get(at).text();
        return DateRanges.firstRange(text)
                .filter(f -> SENTENCE_GOES_ON.matcher(text.substring(f.end())).lookingAt())
                .isPresent();
    }

    /** After a date: the sentence going on in small letters ("… (2018–2021) for a 7-person crew"). */
    private static final Pattern SENTENCE_GOES_ON = Pattern.compile("\\)?\\s+(?:for|of|in|on|with|at|to|and|where)\\s");

    /** "[1B4X1 – Cyber Warfare Operations]" after a title: a service's code of the trade, in square brackets. */
    private static final Pattern TRADE_CODE = Pattern.compile("\\s*\\[[^\\[\\]]{1,60}\\]\\s*$");

    private static String withoutTradeCode(String line) {
        return TRADE_CODE.matcher(line).replaceFirst("");
    }

    /** Whether the next line of the document is a title with its own dates within the section. */
    private static boolean datedTitleBelow(List<Line> lines, int at) {
        if (at + 1 >= lines.size()
                || !lines.get(at + 1).source().equals(lines.get(at).source())
                || !lines.get(at + 1).alone()) {
            return false;
        }
        String next = lines.get(at + 1).text();
        Optional<DateRanges.Found> dates = DateRanges.firstRange(next);
        return dates.isPresent()
                && isTitleLine(
                        firstPart(RoleText.tidy(next.substring(0, dates.get().start()))));
    }

    /** The most words of a line of place or unit between an employer's dated line and its title. */
    private static final int MAX_PLACE_LINE_WORDS = 8;

    /**
     * "Porto (Boavista)", "Divisão de Obras Municipais – Matosinhos", "Luxemburgo (Kirchberg / Esch-sur-Alzette)": a
     * short line of its own, no title, dates nor sentence, with the title on the line after it.
     */
    private static boolean isPlaceOrUnitOverATitle(List<Line> lines, int at) {
        Line line = lines.get(at);
        String text = RoleText.tidy(line.text());
        if (!line.alone()
                || text.isEmpty()
                || text.split("\\s+").length > MAX_PLACE_LINE_WORDS
                || isTitleLine(firstPart(line.text()))
                || DateRanges.firstRangeOrDate(text).isPresent()
                || SENTENCE_END.matcher(text).find()
                || RoleText.hasLabels(text)
                || at + 1 >= lines.size()
                || !lines.get(at + 1).source().equals(line.source())) {
            return false;
        }
        String next = lines.get(at + 1).text();
        return DateRanges.firstRange(next).isEmpty()
                && !RoleText.hasLabels(next)
                && isTitleLine(withoutDatedNotes(firstPart(next)));
    }

    /**
     * A paragraph of its own right under the employer's line, longer than a header's, no dates, no sentence of the
     * person's, with a title on the line after it: what the firm does, not the entry's end.
     */
    private static boolean isDescriptionOfTheFirmAbove(List<String> window, Line line, List<Line> lines, int at) {
        if (window.size() != 1
                || employerLine(window.get(0)).isEmpty()
                || line.text().strip().split("\\s+").length < MIN_DESCRIPTION_WORDS
                || !line.alone()
                || DateRanges.firstRangeOrDate(line.text()).isPresent()
                || FIRST_PERSON.matcher(" " + line.text()).find()
                || at + 1 >= lines.size()
                || !lines.get(at + 1).source().equals(line.source())) {
            return false;
        }
        String next = lines.get(at + 1).text();
        return DateRanges.firstRange(next).isEmpty() && isTitleLine(firstPart(next));
    }

    private Optional<Role> role(String line, DateRanges.Found found, Optional<RoleText> heading, FactSource source) {
        if (EventHistoryReader.isEvent(line)) {
            return Optional.empty(); // "2021 · 10 · Promoted to …": a history of events, which its own reader reads
        }
        if (line.contains("©")) {
            return Optional.empty(); // "© Unione europea, 2002-2020 | europass.cedefop.europa.eu": a page's footer
        }
        if (OBTAINED.matcher(line).find()) {
            return Optional.empty(); // "2022 · 9 · AWS Certified Solutions Architect – Associate　取得": a licence won
        }
        if (NOTES_TITLE.matcher(line).find()) {
            return Optional.empty(); // "JOB SEARCH NOTES 2024 - Esther": the title of the person's own notes
        }
        Optional<String> context = context(line, found);
        if (context.isEmpty()) {
            return Optional.empty();
        }
        String said = RoleText.tidy(context.get());
        Optional<String> header = headerAfterADuty(said);
        if (header.isPresent()) {
            // "Led org-wide retirement of … (31 services, zero downtime). Senior Software Engineer | Seattle, WA":
            // a duty's last sentence and the next role's header, joined on one line
            said = header.get();
            context = header;
        }
        String after = line.substring(Math.min(found.end(), line.length()));
        if (SUMMARY_GOES_ON.matcher(after).lookingAt()) {
            return Optional.empty(); // "Backend engineer, mostly Go and Python, since 2012. I build …": a summary
        }
        if (YEARS_OF_EXPERIENCE.matcher(said).find()
                || OWN_ASIDE_OPEN
                        .matcher(line.substring(0, Math.min(found.start(), line.length())))
                        .find()) {
            // "Backend engineer with 8+ years of experience (since April 2017)": the whole career, not a role; "Go
            // (my main language since 2019)": how long a skill is held
            return Optional.empty();
        }
        Optional<Role> event = event(said, found.range(), heading, source);
        if (event.isPresent()) {
            return event;
        }
        if (LEFT.matcher(said).lookingAt()) {
            ends.add(found.range().start()); // "Dec 2019 — Left Pinegrove to go freelance" ends what came before
            return Optional.empty();
        }
        if (NOT_A_ROLE.matcher(said).lookingAt()
                || (DONE_SOMETHING.matcher(said).lookingAt()
                                || DOING.matcher(said).lookingAt())
                        && !RoleText.isWorkingAs(said)
                        && !RoleText.isTitle(said.split("[,;|]", 2)[0])
                || EducationReader.isDegreeLine(said) && !RoleText.isTitle(said)) {
            return Optional.empty(); // "Sep 2024 — Spoke at Write the Docs", "Sep 2020 — Moved to Bristol"
        }
        // "Studio: Whitevale Studios, Studio 14, Glasgow (since 2015)": a detail about the person under a label of
        // its own, no employer
        boolean underADetailLabel = DETAIL_LABEL.matcher(said).lookingAt() && !RoleText.hasLabels(said);
        // "… during the final year of studies, full-time from 07/2014": a statement, not a role's header
        Optional<RoleText> own = RoleText.read(context.get())
                // "Part-time engagement that ran alongside the Yorkmoor contract from June 2024.": a sentence in lower
                // case once its "Part-time" is gone, not a title (a lower-case title is short: "line cook")
                .filter(r -> r.title().isEmpty()
                        || !(Character.isLowerCase(r.title().codePointAt(0))
                                && r.title().split("\\s+").length >= 5))
                .filter(r -> !r.title().isEmpty()
                        || r.careerBreak()
                        // "Location: Des Moines, IA · Dates: 2013–2015": only a place, the heading the employer
                        || r.organization().isEmpty() && r.location().isPresent()
                        || !r.organization().isEmpty()
                                // (a firm may write its name in small letters: "itelligence AG", "msg systems ag")
                                && (!Character.isLowerCase(r.organization().codePointAt(0))
                                        || RoleText.hasLegalForm(r.organization()))
                                && !Sections.isSectionHeading(r.organization())
                                && !underADetailLabel);
        Optional<RoleText> merged = merge(own, heading);
        if (merged.isEmpty()) {
            return Optional.empty();
        }
        RoleText r = merged.get();
        if (CONTACT_DETAILS.matcher(r.organization()).find()
                || CONTACT_DETAILS.matcher(r.title()).find()) {
            // "linkedin.com/in/… | github.com/…" over "U.S. Army Veteran | Security Clearance: Secret (inactive since
            // 2013)": a header's contact lines, no post
            return Optional.empty();
        }
        Optional<String> describedFirm = firmBeforeItsDescription(r);
        if (describedFirm.isPresent()) {
            // "2017 – 2021 · KEYRUS – Cabinet de conseil en data & digital": the firm, then what it does
            r = new RoleText(describedFirm.get(), r.title(), r.location(), r.careerBreak());
        }
        if (r.title().isEmpty()
                && !r.careerBreak()
                && r.organization().split("\\s+").length >= 3
                && !isWrittenAsAName(r.organization())) {
            // "Zero RIDDOR reportable incidents across all projects since 2020", "Business class qualified from
            // October 2017"
            return Optional.empty();
        }
        if (SENTENCE_VERB.matcher(r.title()).find()) {
            return Optional.empty(); // "Linux systems engineer, been doing this since 2009": a summary's sentence
        }
        if (IN_THE_ROLE_OF.matcher(r.title()).lookingAt()) {
            return Optional.empty(); // "Als Tech Lead ab 2018 verantwortlich für …": what was done as one, a duty
        }
        DateRange held = heldSince(line, found.range());
        if (MARKED_CURRENT.matcher(after).find() && !held.current()) {
            // "Software Engineering Intern | Cohere · Fall 2025 (Sept–Dec) · current": the term goes on as written
            held = DateRange.since(held.start());
        }
        return Optional.of(new Role(r.organization(), r.title(), r.location(), held, r.careerBreak(), source));
    }

    /**
     * The firm's name of an untitled employer line whose name a description of the firm follows ("KEYRUS, Cabinet de
     * conseil en data & digital"): a name of a few words, then words in a sentence's small letters.
     */
    private static Optional<String> firmBeforeItsDescription(RoleText r) {
        if (!r.title().isEmpty() || r.careerBreak()) {
            return Optional.empty();
        }
        int comma = r.organization().indexOf(", ");
        if (comma <= 0) {
            return Optional.empty();
        }
        String name = r.organization().substring(0, comma);
        String rest = r.organization().substring(comma + 2);
        boolean described = rest.split("\\s+").length >= 3 && !isWrittenAsAName(rest) && !rest.contains(", ");
        return described && name.split("\\s+").length <= 4 && isWrittenAsAName(name) && !RoleText.isTitle(name)
                ? Optional.of(name)
                : Optional.empty();
    }

    /** "(seit 01/2023)", "(since June 2022)": when the title itself began, within the range the line dates. */
    private static final Pattern SINCE_ASIDE =
            Pattern.compile("(?i)\\((?:seit|since|from|ab|depuis|desde)\\s+([^()]{3,20})\\)");

    /** "Mathematics Tutor / Head of Mathematics Department": two titles held together, parted by a slash. */
    private static final Pattern TWO_TITLES_BEFORE =
            Pattern.compile("\\p{L}{3,}\\s+/\\s+\\p{Lu}\\p{L}+\\s+\\p{L}[^/]*$");

    /** "03/2021 – heute · Senior Embedded Software Engineer (seit 01/2023)": the title held since its own date. */
    private static DateRange heldSince(String line, DateRange range) {
        Matcher since = SINCE_ASIDE.matcher(line);
        // ("Sept. 2015 – Date · Mathematics Tutor / Head of Mathematics Department (from Sept. 2019)": the note
        // dates the second title, the line's dates both)
        if (!since.find()
                || TWO_TITLES_BEFORE.matcher(line.substring(0, since.start())).find()) {
            return range;
        }
        Optional<ProfileDate> start = DateRanges.parseDate(since.group(1).strip());
        if (start.isEmpty()
                || start.get().compareTo(range.start()) <= 0
                || range.end().filter(end -> start.get().compareTo(end) > 0).isPresent()) {
            return range;
        }
        return range.current() || range.end().isEmpty()
                ? DateRange.since(start.get())
                : DateRange.between(start.get(), range.end().get());
    }

    /** The words after a line's last full stop, when they name a role and the words before do a deed. */
    private static Optional<String> headerAfterADuty(String said) {
        if (!DONE_SOMETHING.matcher(said).lookingAt() && !DEED.matcher(said).lookingAt()) {
            return Optional.empty();
        }
        Matcher end = SENTENCE_END.matcher(said);
        int cut = -1;
        while (end.find()) {
            cut = end.end();
        }
        if (cut <= 0 || cut >= said.length()) {
            return Optional.empty();
        }
        String tail = RoleText.tidy(said.substring(cut));
        return isTitleLine(firstPart(tail)) ? Optional.of(tail) : Optional.empty();
    }

    /** "Date of birth", "Date / Place of Birth", "Born:", "DOB": the label of a personal detail ("Age UK" is an employer). */
    private static final Pattern BIRTH_LABEL = Pattern.compile(
            "(?i)^\\W*((date|place)(\\s*(/|and|&)\\s*(date|place))?\\s+of\\s+birth\\b|born\\s*[:·]|birth\\s?date\\b"
                    + "|d\\.o\\.b\\.?|dob\\b|birthday\\b"
                    // a Europass form in German, French, Spanish or Italian
                    + "|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita).*");

    /** "Military Status: Completed (…)": a particular of the person, conscription done or exempted, no job. */
    private static final Pattern MILITARY_STATUS = Pattern.compile("(?i)\\W*military(?: service)? status\\s*[:·]");

    private static boolean isBirthLabel(String text) {
        return BIRTH_LABEL.matcher(text).matches();
    }

    /**
     * A timeline's entry that is not a role: a talk, a move, a publication, an award — a verb and
     * what it does, so that "Published Author, Tallow Press" or "Left Field Labs" stay employers.
     */
    private static final Pattern NOT_A_ROLE = Pattern.compile(
            "(?i)((spoke|talked|presented|keynoted) (at|on|about)|gave a talk|(moved|relocated) (from|to|back)"
                    + "|(published|wrote) (my|a|an|the|\"|“)|(won|received) (the|a|an)|awarded|graduated (from|in|with)"
                    + "|my (chapter|book|article|talk|first talk)"
                    // "Member, Associate Development Committee (2022 – present)": a seat on a committee within a job
                    + "|member(,| of)( the| a| an)? [\\p{L}'& -]{0,60}?\\b(committee|council|working group|task ?force)"
                    // an award's name: "Apprentice of the Year 2004 - Don Valley College", "Employee of the Month"
                    // (not a school's "Head of the Year 9 team")
                    + "|[\\p{L}' -]{2,40}\\bof the (year|month|quarter|week)(?!\\s+(?:\\d{1,2}\\b|group|team)))\\b");
    /**
     * Whether a line's role lies within the dated role its heading (or the first line of its
     * block) names, at the same employer; with {@code placeIsNoEmployer} (a line whose dates come
     * after what it says, as a duty's do), also at a place that is no employer.
     */
    private static boolean isDutyWithin(Role role, Role heading, boolean placeIsNoEmployer) {
        if (heading == null || role.careerBreak()) {
            return false;
        }
        // "Base flight safety representative, Dublin, 2023 - 2025": a town, not another employer
        boolean sameEmployer = role.organization().isEmpty()
                || OrganizationNames.similar(role.organization(), heading.organization())
                // "Shift Coordinator (Charge Nurse), ICU", read as an employer from the heading whose title it turned
                // out to be, the employer named under it
                || heading.title().endsWith(", " + role.organization())
                || placeIsNoEmployer
                        && !RoleText.looksLikeEmployer(role.organization())
                        // "Hafod Supported Living, Ruabon (Apr 2022 – now)" among the bullets of another job: an
                        // employer with its own town, a second job held beside it
                        && role.location().isEmpty();
        boolean startsWithin = !role.dates()
                        .start()
                        .earliest()
                        .isBefore(heading.dates().start().earliest())
                && (heading.current()
                        || !role.dates()
                                .start()
                                .earliest()
                                .isAfter(heading.dates().lastMonth(YearMonth.of(9999, 12))));
        // "Jeffco Public Schools · Department Chair 2015–2018" under "Mathematics Teacher & Department Chair": a part
        // of the title the entry names, held for a part of its time, wherever the line says the school belongs
        return (sameEmployer || isPartOfTheTitle(role, heading)) && startsWithin;
    }

    /** "Department Chair" of "Mathematics Teacher & Department Chair": a part of the other's title. */
    private static boolean isPartOfTheTitle(Role role, Role heading) {
        return !role.title().isEmpty()
                && role.title().length() < heading.title().length()
                && heading.title()
                        .toLowerCase(Locale.ROOT)
                        .contains(role.title().toLowerCase(Locale.ROOT));
    }

    /**
     * "Senior Platform Engineer · Brightwater Health · 02/2024 – present" under "Platform Engineer ·
     * Brightwater Health · 04/2022 – 02/2024": the next title there, its line naming the employer
     * again and running past the first one's end, not a duty within it.
     */
    private static boolean isNextTitleThere(Role role, Role header, String line) {
        YearMonth never = YearMonth.of(9999, 12);
        return !role.organization().isEmpty()
                && line.contains(role.organization())
                && OrganizationNames.similar(role.organization(), header.organization())
                && !header.current()
                && (role.current()
                        || role.dates().lastMonth(never).isAfter(header.dates().lastMonth(never)));
    }

    /**
     * Drops a "role" with no employer that runs from a year inside an ended job to now, when the
     * career went on elsewhere after that job: "Counterbalance forklift driver from 2012" among the
     * bullets of "Warehouse Operative, Castleton Builders Merchants, April 2011 – May 2015" is what he
     * did there, not a job he still holds.
     */
    private static List<Role> withoutDutiesRunOn(List<Role> roles) {
        return roles.stream().filter(role -> !isDutyRunOn(role, roles)).toList();
    }

    private static boolean isDutyRunOn(Role role, List<Role> roles) {
        if (!role.organization().isEmpty()
                || role.careerBreak()
                || !role.dates().current()
                // "Freelance Photographer, Mar 2014 – present": work of its own, held beside the jobs
                || WAY_OF_WORKING.matcher(role.title()).lookingAt()) {
            return false;
        }
        ProfileDate start = role.dates().start();
        for (Role job : roles) {
            if (job == role
                    || !job.source().equals(role.source())
                    || job.organization().isEmpty()
                    || job.title().isEmpty()
                    || isProject(job)
                    || job.dates().current()
                    || job.dates().end().isEmpty()) {
                continue;
            }
            ProfileDate end = job.dates().end().get();
            boolean startsInIt = start.compareTo(job.dates().start()) >= 0 && start.compareTo(end) <= 0;
            boolean careerWentOn = roles.stream()
                    .anyMatch(later -> !later.organization().isEmpty()
                            && !isProject(later)
                            && !later.organization().equals(job.organization())
                            && later.dates().start().compareTo(end) > 0);
            if (startsInIt && careerWentOn) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the first sentence of the text ends: not at a full stop inside brackets ("Lecturer in Atmospheric
     * Chemistry (equiv. Assistant Professor), University of Leeds"); the text's end when no sentence ends.
     */
    private static int sentenceEnd(String text) {
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            String before = text.substring(0, end.start());
            if (before.chars().filter(c -> c == '(').count()
                    <= before.chars().filter(c -> c == ')').count()) {
                return end.start();
            }
        }
        return text.length();
    }

    /** "… food manufacturers and pharma. Owned by …": a sentence ends before the dates, so it is prose. */
    private static final Pattern MID_SENTENCE_END = Pattern.compile(
            // "Research Assistant to Prof. Daniel Okafor, University of Copenhagen": a title's abbreviation
            // ("… 2024 (\"Data contracts without the drama\"). Volunteer mentor …": after a quotation's end too, not
            // after an aside's: "(31 services). Senior Software Engineer | Seattle" heads the next entry)
            "\\p{Ll}{3,}(?<!\\b(?:Dept|Univ|Inst|Assoc|Corp|Prof|Govt|Intl|approx|incl|esp))(?:[\"”’'][)\\]]?)?[.!?]\\s+[\\p{L}\\d]");
    /** A résumé's opening summary of its person: "SUMMARY", "Professional Profile", "About me", "Career Objective". */
    private static final Pattern SUMMARY_SECTION = Pattern.compile(
            "(?iu)(?:professional |career |executive |personal )?(?:summary|profile|overview|objective|about me)\\s*:?"
                    // in other languages: "Profiel", "Kurzprofil", "Perfil profesional", "Szakmai összefoglaló",
                    // "O mnie", "Про себе"
                    + "|(?:kurz)?profil(?: profesional| professionnel)?|profiel|over mij|perfil(?: profesional"
                    + "| profissional)?|profilo(?: professionale)?|[àa] propos(?: de moi)?|sobre m[ií]|o mnie|om mig"
                    + "|szakmai összefoglaló|rezumat|о себе|про себе|profesionálny profil|profesní profil\\s*:?");

    /**
     * A registration with a professional body or a membership, told as a sentence: "Iscritto all'Ordine degli Ingegneri
     * della Provincia di Bologna … dal 2015", "Registered with the Nursing and Midwifery Council since 2012",
     * "Colegiada en el Colegio Oficial de Farmacéuticos desde 2014".
     */
    private static final Pattern MEMBERSHIP = Pattern.compile(
            "(?iu)^(?:iscritt[oa]|registered|member|membre|mitglied|colegiad[oa]|inscrit[eoa]?|ingeschreven|lid van"
                    + "|członek|członkini)\\b");

    /**
     * Drops a "role" at a registration or a membership, not a job, whatever title the entries around it lent it.
     */
    private static List<Role> withoutMemberships(List<Role> roles) {
        return roles.stream()
                .filter(r -> !MEMBERSHIP.matcher(r.organization().strip()).find())
                .toList();
    }

    /**
     * Drops a "role" read in the summary at the top when the work section lists jobs at employers: "B-pressure welder
     * since 2014 - pipe, spools, tie-ins" names no employer, it sums up a trade the jobs below were held in; "Currently
     * working as Technical Lead in Vyom Payments" is the job the work section lists there.
     */
    private static List<Role> withoutClaimsOfASummary(List<Role> roles) {
        java.util.function.Predicate<Role> inSummary =
                r -> !r.source().sectionPath().isEmpty()
                        && SUMMARY_SECTION
                                .matcher(r.source().sectionPath().get(0).strip())
                                .matches();
        List<Role> jobs = roles.stream()
                .filter(r -> !inSummary.test(r) && !r.organization().isEmpty())
                .toList();
        if (jobs.size() < 2) {
            return roles;
        }
        return roles.stream()
                .filter(r -> !inSummary.test(r)
                        || r.careerBreak()
                        || !r.organization().isEmpty()
                                // (not the summary's heading lent as the employer: "PROFIEL")
                                && !SUMMARY_SECTION
                                        .matcher(r.organization().strip())
                                        .matches()
                                && jobs.stream()
                                        .noneMatch(j -> OrganizationNames.similar(j.organization(), r.organization())))
                .toList();
    }

    /**
     * Drops a "role" that is a sentence about a duty within an entry of the same section: "Research link nurse for
     * the unit from 2012 — my first experience of clinical trials", a bullet under "Fenland General Hospital — Staff
     * Nurse, September 2010 - August 2013". It has no employer, or words of the sentence where one would be.
     */
    private static List<Role> withoutDutiesInSentences(List<Role> roles) {
        return roles.stream()
                .filter(role -> role.careerBreak()
                        || !((role.organization().isEmpty()
                                                || Character.isLowerCase(
                                                        role.organization().codePointAt(0)))
                                        && lowerCaseWords(role.title()) >= 3
                                // "Unit preceptor for new graduate RNs (2016 – 2017); member of Unit Practice
                                // Council": a clause where the employer would be
                                || CLAUSE.matcher(role.organization()).lookingAt()
                                        // not "Head Chef (2016 – 2019) – promoted when the previous Head Chef left"
                                        && lowerCaseWords(role.title()) >= 2
                                // "Lead hand on new 38,000 sq ft grocery store and strip mall at Blackfalds
                                // Crossing (2023-24)": a sentence where the title would be
                                || lowerCaseWords(role.title()) >= SENTENCE_WORDS
                                // "Supervise MA HRM dissertations; module leader since 2022": a title no one
                                // writes in lower case, a bullet's clause
                                || isLowerCase(role.title())
                                        && !RoleText.looksLikeEmployer(role.organization())
                                        // "Hafod Supported Living, Ruabon … – bank support worker": an
                                        // employer in its town, whatever the title's case
                                        && role.location().isEmpty())
                        // "Freelance copywriter for local charities (Mar 2016 – Feb 2018)": work of its own
                        || WAY_OF_WORKING.matcher(role.title()).lookingAt()
                        || roles.stream()
                                .noneMatch(entry -> entry != role
                                        && entry.source().equals(role.source())
                                        && !entry.title().isEmpty()
                                        && !entry.organization().isEmpty()
                                        && Character.isUpperCase(
                                                entry.organization().codePointAt(0))
                                        && isDutyWithin(role.withOrganization("", role.location()), entry, false)))
                .toList();
    }

    /** "Start date: March 2019": a form's start, its end on the next line. */
    private static final Pattern START_LINE =
            Pattern.compile("(?i)^\\s*(?:start(?:ing)? date|date of (?:joining|entry)|started)\\s*:\\s*\\S.*");
    /** "40", "40-45", "50+": a week's hours. */
    private static final String HOURS = "\\d+(?:\\s*[-–]\\s*\\d+)?\\+?";

    /** "Dates: 03/2021 – Present     Hours per week: 40": a federal résumé's dates and hours. */
    private static final Pattern DATES_AND_HOURS = Pattern.compile(
            "(?i)^\\s*(?:dates?(?: of employment)?|from)\\s*:\\s*(.+?)\\s+(?:[|·]\\s*)?(?:hours per week|hours/week|hours)\\s*:"
                    + "\\s*" + HOURS + "\\s*$");

    /** "Dates of employment: 04/2019 – Present" over "Hours per week: 40": the dates, the hours on a line of their own. */
    private static final Pattern DATES_OVER_HOURS =
            Pattern.compile("(?i)^\\s*dates?(?: of employment)?\\s*:\\s*(.+?)\\s*$");

    private static final Pattern HOURS_ALONE =
            Pattern.compile("(?i)^\\s*(?:hours per week|hours/week)\\s*:\\s*" + HOURS + "\\s*$");

    /** The rest of an address after its street (withheld): "Building 7, Room 214, San Antonio, TX". */
    private static final Pattern ADDRESS_REST =
            Pattern.compile("(?i)\\s*(?:" + ADDRESS_PART_WORDS + "|unit)\\s+[\\w-]+\\s*,");

    /** Places each dated in brackets: "Fort Hood, TX (01/2006 – 06/2007); Landstuhl, Germany (06/2007 – 08/2010)". */
    private static final Pattern DUTY_STATIONS = Pattern.compile("(?:[^();]+\\([^()]*\\d{4}[^()]*\\)\\s*(?:;\\s*|$))+");

    /** "Grade: GS-0343-12", "Series/Grade: GS-0343-11": a federal post's pay plan, series and grade. */
    private static final Pattern GRADE_LINE =
            Pattern.compile("(?i)^\\s*(?:series\\s*/\\s*)?grade\\s*:\\s*((?:GS|WG|GG|NH|NM)-[\\d-]+)\\b.*$");

    /** A federal résumé's particulars of the applicant, atop it: no post held. */
    private static final Pattern APPLICANT_PARTICULARS = Pattern.compile(
            "(?i)^\\s*(?:federal (?:civilian )?status|highest grade held|veterans['’]? preference|security clearance"
                    + "|citizenship|availability|desired locations?)\\s*[:·]");

    /**
     * A federal résumé's entries as the USAJOBS builder lays them out, read as one line each: the agency over its
     * office and street address, "Dates: 03/2021 – Present     Hours per week: 40", then the title alone on the
     * next line ("Management and Program Analyst – Department of Veterans Affairs, Veterans Health Administration ·
     * 03/2021 – Present"). The applicant's particulars atop it ("Highest grade held: GS-12, 03/2021 – present") go.
     */
    private static List<Line> federalEntries(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (APPLICANT_PARTICULARS.matcher(line.text()).lookingAt()) {
                continue;
            }
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            Optional<String> dates = federalDates(line, next);
            Line previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean titleBelow = isFederalTitle(next, line);
            // "Lead IT Specialist (INFOSEC)" over "Dates: 06/2021 – Present | Hours per week: 40": the title
            // above its dates, under the agency and its address
            boolean titleAbove = !titleBelow && isFederalTitle(previous, line) && out.size() >= 2;
            // "IT Specialist (INFOSEC)" over the agency, its street and then the dates: the title opens the entry
            int titleOnTop = dates.isEmpty() || titleBelow || titleAbove ? -1 : titleOverTheAgency(out, line);
            if (dates.isEmpty() || !titleBelow && !titleAbove && titleOnTop < 0) {
                out.add(line);
                continue;
            }
            Line title = titleBelow ? next : titleAbove ? previous : out.get(titleOnTop);
            if (titleAbove) {
                out.remove(out.size() - 1);
            } else if (titleOnTop >= 0) {
                out.remove(titleOnTop);
            }
            // the agency: the first line of the entry, above its office and its address
            String agency = "";
            for (int k = out.size() - 1; k >= 0 && out.size() - k <= MAX_LINES_UNDER_EMPLOYER + 1; k--) {
                Line above = out.get(k);
                String text = above.text().strip();
                if (above.source().equals(line.source())
                        && DUTY_STATIONS.matcher(text).matches()) {
                    // "Fort Hood, TX (01/2006 – 06/2007 and 08/2010 – 05/2014); Landstuhl …": where the post was
                    // served, each place dated in brackets, no post of its own
                    out.set(
                            k,
                            new Line(
                                    withoutDates(text), above.source(), above.heading(), above.alone(), above.block()));
                    continue;
                }
                if (!above.source().equals(line.source())
                        || text.length() > MAX_AFTER_CHARS
                        || text.endsWith(":")
                        || DateRanges.firstRange(text).isPresent()
                        || SENTENCE_END.matcher(text).find()) {
                    break;
                }
                if (!ADDRESS_REST.matcher(text).lookingAt()
                        && !STREET_ADDRESS.matcher(text).lookingAt()) {
                    agency = text;
                }
            }
            // "Grade: GS-0343-12" under the title: the post's grade, part of its title
            String grade = "";
            int below = titleBelow ? i + 2 : i + 1;
            for (int k = below; k < lines.size() && k <= below + 2; k++) {
                Matcher graded = GRADE_LINE.matcher(lines.get(k).text());
                if (lines.get(k).source().equals(line.source()) && graded.matches()) {
                    grade = " (" + graded.group(1).strip() + ")";
                    break;
                }
            }
            // "Federal Land Records Agency (FLRA), Office of the Chief Information Officer, Cybersecurity Division
            // Washington, DC, United States": the agency and its offices, as many as an entry's line holds
            // ("IT Specialist (INFOSEC) – Cyber Incident Response Lead": two names of one post, not a post and a firm)
            String head = title.text().strip().replaceAll("\\s[–—]\\s", " / ") + grade;
            while (agency.contains(",") && (head + " – " + agency).split("\\s+").length > MAX_HEADER_WORDS) {
                agency = agency.substring(0, agency.lastIndexOf(',')).strip();
            }
            String entry = head + (agency.isEmpty() ? "" : " – " + agency) + " · " + dates.get();
            out.add(new Line(entry, line.source(), line.heading(), line.alone(), line.block()));
            if (titleBelow) {
                i++; // the title, now in the entry's line
            }
        }
        return out;
    }

    /** A federal entry's dates: with its hours on their line, or over the hours' line. */
    private static Optional<String> federalDates(Line line, Line next) {
        Matcher withHours = DATES_AND_HOURS.matcher(line.text());
        if (withHours.matches()) {
            return Optional.of(withHours.group(1));
        }
        Matcher dates = DATES_OVER_HOURS.matcher(line.text());
        return dates.matches()
                        && next != null
                        && next.source().equals(line.source())
                        && HOURS_ALONE.matcher(next.text()).matches()
                        && DateRanges.firstRange(dates.group(1)).isPresent()
                ? Optional.of(dates.group(1))
                : Optional.empty();
    }

    /**
     * Where in the lines read so far the title of a federal entry stands when it opens the entry: right over the
     * agency's line, itself over the street and duty station above the dates; -1 when it does not.
     */
    private static int titleOverTheAgency(List<Line> out, Line dates) {
        int k = out.size() - 1;
        while (k >= 0
                && out.size() - k <= MAX_LINES_UNDER_EMPLOYER
                && out.get(k).source().equals(dates.source())
                && (STREET_ADDRESS.matcher(out.get(k).text()).find()
                        || TOWN_STATE_AND_ZIP.matcher(out.get(k).text().strip()).lookingAt()
                        || isTownLine(RoleText.tidy(out.get(k).text())))) {
            k--; // the street and the duty station
        }
        int agency = k;
        int title = k - 1;
        if (agency >= out.size() - 1 || title < 0) {
            return -1; // (no street or station between the agency and the dates: not this layout)
        }
        String agencyText = out.get(agency).text().strip();
        boolean anAgency = out.get(agency).source().equals(dates.source())
                && DateRanges.firstRange(agencyText).isEmpty()
                && !SENTENCE_END.matcher(agencyText).find()
                && !RoleText.isTitle(agencyText.split(",")[0]);
        Line titleLine = out.get(title);
        return anAgency
                        && isFederalTitle(titleLine, dates)
                        && RoleText.isTitle(RoleText.read(titleLine.text())
                                .map(RoleText::title)
                                .orElse(""))
                ? title
                : -1;
    }

    /** "Series/Grade: GS-2210-13", "Supervisor: …": a line that starts with its label. */
    private static final Pattern LABELLED_LINE = Pattern.compile("\\s*\\p{L}[\\p{L}/ ]{1,24}:\\s");

    /** Whether a line beside a federal résumé's dates is the post's title alone: short, undated, no sentence. */
    private static boolean isFederalTitle(Line line, Line dates) {
        return line != null
                && line.source().equals(dates.source())
                && DateRanges.firstRange(line.text()).isEmpty()
                // ("Series/Grade: Military, Staff Sergeant (E-5)": the post's grade, by its label)
                && !LABELLED_LINE.matcher(line.text()).lookingAt()
                && line.text().length() <= MAX_AFTER_CHARS
                && !SENTENCE_END.matcher(line.text().strip()).find()
                && RoleText.read(line.text())
                        // ("…, Staff Sergeant (E-6)": a rank after the title, no employer)
                        .filter(r -> !r.title().isEmpty()
                                && (r.organization().isEmpty() || RoleText.isTitle(r.organization())))
                        .isPresent();
    }

    /** "End date: Currently working", "Date of leaving: June 2017". */
    private static final Pattern END_LINE =
            Pattern.compile("(?i)^\\s*(?:end(?:ing)? date|date of (?:leaving|exit)|ended|left)\\s*:\\s*\\S.*");

    /** "Январь 2020 — · Точка": a range's start and its dash in a left column, the right column's text after it. */
    // (or a tilde, as Korean and Japanese ranges are written: "2017.01 ~ · NAVER Corp." over "2020.02 · 네이버(주)")
    private static final Pattern RANGE_STARTED = Pattern.compile("^([^·]{3,30}?)\\s*[—–~〜～-]\\s*·\\s*(\\S.*)$");
    /** "настоящее время · Москва, tochka.com": the range's end in the left column, then the right column's text. */
    private static final Pattern RANGE_ENDED = Pattern.compile("^([^·]{3,30}?)\\s*·\\s*(\\S.*)$");

    /**
     * A range a PDF's left column breaks over two lines, each beside a line of the right column (hh.ru's export:
     * "Январь 2020 — · Точка" over "настоящее время · Москва, tochka.com"), as one line: the range, then both.
     */
    private static List<Line> withSplitRangesJoined(List<Line> lines) {
        return withPairsJoined(lines, (line, next) -> {
            Matcher started = RANGE_STARTED.matcher(line.text().strip());
            Matcher ended = RANGE_ENDED.matcher(next.text().strip());
            // (or the next paragraph's, when each line of the columns is a paragraph of its own: "Oct 2016 – ·
            // Postdoctoral Research Fellow, Biological & Environmental" over "Aug 2019 · Sciences, University of
            // Stirling")
            if (next.block() - line.block() > 1
                    || !started.matches()
                    || !ended.matches()
                    || !DateRanges.isOnlyADateOrRange(started.group(1))
                    || !DateRanges.isOnlyADateOrRange(ended.group(1)) && !DateRanges.isPresent(ended.group(1))) {
                return Optional.empty();
            }
            // (a bullet beside the range's end is the entry's first duty, not more of its header)
            String right = BULLET_MARK.matcher(ended.group(2)).lookingAt()
                    ? ""
                    : " · " + ended.group(2).strip();
            return Optional.of(started.group(1).strip() + " – " + ended.group(1).strip() + " · "
                    + started.group(2).strip() + right);
        });
    }

    /**
     * A range's start and its dash on a line of their own, its end on the next ("Март 2016 —" over "по настоящее
     * время", hh.ru's Word export, a paragraph each), as one line.
     */
    private static List<Line> withCutRangesJoined(List<Line> lines) {
        return withPairsJoined(lines, (line, next) -> {
            // (or by the title after its end: "2013. g. septembris –" over "2015. g. februāris · Maiņas vadītājs")
            String start = line.text().strip();
            String both = start + " " + next.text().strip();
            return next.block() - line.block() <= 1
                            && RANGE_DASH_AT_THE_END.matcher(start).find()
                            && DateRanges.isOnlyADateOrRange(
                                    start.substring(0, start.length() - 1).strip())
                            && DateRanges.firstRange(both)
                                    .filter(f -> f.start() == 0 && f.end() > start.length() + 1)
                                    .isPresent()
                    ? Optional.of(both)
                    : Optional.empty();
        });
    }

    /** A date's dash with nothing after it: the range's end is on the next line. */
    private static final Pattern RANGE_DASH_AT_THE_END = Pattern.compile("\\S\\s*[–—-]$");

    /** A form's start and end dates on lines of their own ("Start date: …" over "End date: …") as one line. */
    private static List<Line> withEndDatesJoined(List<Line> lines) {
        return withPairsJoined(
                lines,
                (line, next) -> START_LINE.matcher(line.text()).matches()
                                && END_LINE.matcher(next.text()).matches()
                        ? Optional.of(line.text().strip() + "; " + next.text().strip())
                        : Optional.empty());
    }

    /** Each line and the next of the same document as one line, where {@code joined} gives their text together. */
    private static List<Line> withPairsJoined(
            List<Line> lines, java.util.function.BiFunction<Line, Line, Optional<String>> joined) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<String> both =
                    i + 1 < lines.size() && lines.get(i + 1).source().equals(line.source())
                            ? joined.apply(line, lines.get(i + 1))
                            : Optional.empty();
            if (both.isPresent()) {
                out.add(new Line(both.get(), line.source(), line.heading(), line.alone(), line.block()));
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static final Pattern WAY_OF_WORKING =
            Pattern.compile("(?i)(freelance|contract|locum|part-time|volunteer|self-employed|consultant|interim)\\b");

    private static boolean isLowerCase(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toLowerCase(java.util.Locale.ROOT));
    }

    /** Words of four letters or more written in lower case: a sentence's, not a title's. */
    /** An employer's place starting with a word in lower case: "member of …", "as part of …". */
    private static final Pattern CLAUSE = Pattern.compile("\\p{Ll}{2,}\\s");

    /** So many long words in lower case make a title a sentence. */
    private static final int SENTENCE_WORDS = 5;

    private static long lowerCaseWords(String text) {
        return java.util.Arrays.stream(text.split("[\\s(),;]+"))
                .filter(w -> w.length() >= 4 && Character.isLowerCase(w.codePointAt(0)))
                .count();
    }

    /** A verb no job title holds: "been doing this", "I have been". */
    private static final Pattern SENTENCE_VERB =
            Pattern.compile("\\b(been|doing|being|am|is|are|was|were|have|has|had)\\b");

    /** "Fleet CO2 per pallet down 34% since 2019": a result, not a role. */
    private static final Pattern RESULT = Pattern.compile(
            "(?i)(?=.*(?:\\d\\s?%|[£€$]\\s?\\d))(?=.*\\b(?:up|down|cut|reduc\\w*|increas\\w*|grew|grown|sav\\w+|rais\\w*"
                    + "|lift\\w*|boost\\w*|fell|rose|improv\\w*)\\b)");
    /** "covered shift-lead duties on Friday closes from Sept 2025": an achievement's clause, not a role. */
    private static final Pattern DONE_SOMETHING = Pattern.compile(
            // "Since 2019, led a team of four": a short verb of the past that does not end in -ed
            "(?:\\p{L}\\p{Ll}+ed|(?i:led|ran|built|grew|cut|made|took|wrote|drove|began|kept|won|oversaw|taught|sold"
                    + "|brought|spent|set up|gave|held|met|got|sent|spoke|chose|became|found|paid|sought|fed))\\s+[\\p{Ll}\\d]");
    /** "Run fortnightly in-situ simulation – 60 sessions since 2022": a duty of the present, as a bullet words it. */
    private static final Pattern DOING = Pattern.compile(
            "(?:Run|Lead|Manage|Coordinate|Deliver|Oversee|Own|Teach|Train|Support|Develop|Design|Build|Write"
                    + "|Maintain|Mentor|Supervise|Chair|Organi[sz]e|Facilitate|Provide|Conduct|Plan|Prepare|Review"
                    + "|Monitor|Drive|Co-lead|Co-ordinate)\\s+[\\p{Ll}\\d]");
    /** "Left Pinegrove to go freelance": the end of the role before it. */
    private static final Pattern LEFT = Pattern.compile("(?i)(left|quit)\\s+\\S+.*\\s(to|for|after)\\s");
    /** A line that stops on a word its dates follow: "… in Tech Mahindra, Hyderabad from" (hard-wrapped text). */
    private static final Pattern CUT_BEFORE_DATES = Pattern.compile("(?i).*\\b(from|since|between)\\s*$");

    /** A line that goes on with the dates of the one before: "to Dec 2017.", "from Jun 2014 to Jun 2015." */
    private static final Pattern CONTINUES_DATES = Pattern.compile(
            "(?i)\\s*(to|till|until|from)\\s+(\\p{L}+\\.?\\s+)?(19|20)\\d\\d|\\s*(to|till)\\s+(date|now|present)\\b");

    /** The lines of a block, with a line cut before its dates joined to the next. */
    private static List<String> joinedWhereCut(String[] lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // a header wrapped inside its brackets or after a separator: "… PLC (acquired by …, Nov
            // 2018 - now" / "trading as …) | Chief Financial Officer | Coventry"
            while (i + 1 < lines.length && wrappedHeader(line) && !lines[i + 1].isBlank()) {
                line = line.stripTrailing() + " " + lines[++i].strip();
            }
            if (i + 1 < lines.length
                    && (CUT_BEFORE_DATES.matcher(line).matches()
                            || CONTINUES_DATES.matcher(lines[i + 1]).lookingAt())) {
                out.add(line.stripTrailing() + " " + lines[i + 1].strip());
                i++;
            } else {
                out.add(line);
            }
        }
        return out.stream().map(l -> COMPANY_HISTORY.matcher(l).replaceAll("")).toList();
    }

    /** A line of a "A | B | C" header cut short: a bracket left open, or a separator or comma at its end. */
    private static boolean wrappedHeader(String line) {
        String s = line.strip();
        if (s.length() > MAX_HEADER_CHARS * 2) {
            return false;
        }
        boolean openBracket = s.chars().filter(c -> c == '(').count()
                > s.chars().filter(c -> c == ')').count();
        return s.contains(" | ") && (openBracket || s.endsWith(",") || s.endsWith("|") || s.endsWith("&"))
                || openBracket && !s.startsWith("-") && !s.startsWith("*") && s.split("\\s+").length <= 12;
    }

    /**
     * "(acquired by Veridian Logistics Group, Nov 2018 - now trading as Veridian UK Distribution)",
     * "(renamed Corvane plc in 2016)": the employer's history, whose dates are not the role's.
     */
    private static final Pattern COMPANY_HISTORY = Pattern.compile(
            "(?i)\\s*\\((?:acquired|bought|taken over|renamed|formerly|previously|now part of|now|merged|part of"
                    + "|later|since renamed)\\b[^()]*\\)");

    /**
     * The entries of a line: a list of short items comes joined by semicolons ("2019 — Joined Foo
     * as Developer; 2021 — Left Foo to travel"), each with its own dates.
     */
    private static List<String> entries(String line) {
        String[] parts = line.split(";\\s+");
        long dated = java.util.Arrays.stream(parts)
                .filter(p ->
                        DateRanges.firstRange(p).filter(f -> f.start() <= 2).isPresent())
                .count();
        if (dated >= 2) {
            return List.of(parts);
        }
        // "Software Engineer · Acme Corp · 07/2016 – 01/2020; Senior Engineer · Globex · 02/2020 – present": a
        // list's items joined, each ending in its own dates
        long endingInDates = java.util.Arrays.stream(parts)
                .map(p -> p.strip().replaceFirst("[.;]$", ""))
                .filter(p -> DateRanges.firstRange(p)
                        .filter(f -> f.start() > 3 && f.end() >= p.length() - 1)
                        .isPresent())
                .count();
        if (parts.length >= 2 && endingInDates == parts.length) {
            return List.of(parts);
        }
        // "Senior Software Engineer (2014–2017) · Software Engineer (2010–2014)": two titles, each dated (also
        // "Project Manager (Q3 2012 – Q1 2014); Project Coordinator (Q3 2010 – Q2 2012)")
        // "Engagement Manager (2017 – 2019), Senior Consultant (2014 – 2016)": parted by a comma after the dates
        // "**Associate Product Manager** (Sep 2016 – Dec 2017) → **Product Manager** (Jan 2018 – Feb 2019) · Utrecht":
        // a promotion's titles, each dated, then where both were held
        // "Driver Trainer (05/2018 – 10/2020)  •  OTR Solo Driver (03/2016 – 05/2018)": parted by a bullet
        String[] titles = line.split("\\s+[·•]\\s+|;\\s+|(?<=\\d\\))\\s*(?:,|→)\\s+");
        String place = "";
        String last = titles[titles.length - 1];
        if (titles.length >= 3
                && line.contains("→")
                && DateRanges.firstRangeOrDate(last).isEmpty()
                && !isTitleLine(last)) {
            place = " · " + last.strip();
            titles = java.util.Arrays.copyOf(titles, titles.length - 1);
        }
        boolean titlesEachDated = titles.length >= 2
                && java.util.Arrays.stream(titles)
                        .allMatch(p -> DateRanges.firstRange(p).isPresent() && isTitleLine(withoutDates(p)));
        String where = place;
        return titlesEachDated
                ? java.util.Arrays.stream(titles).map(t -> t + where).toList()
                : List.of(line);
    }

    /** A timeline's entry that starts a role: "Joined Kestrelgate as Staff Developer Advocate (current)". */
    private static final Pattern JOINED = Pattern.compile(
            "(?i)(?:joined|started at|started with|began at|moved to)\\s+(.+?)\\s+as\\s+(?:an?\\s+)?(.+?)"
                    + "\\s*(\\((?:current|now|present|today)\\))?\\s*$");
    /** "Promoted to Senior Frontend Engineer at Pinegrove". */
    private static final Pattern PROMOTED = Pattern.compile(
            "(?i)promoted to\\s+(?:an?\\s+)?(.+?)(?:\\s+(?:at|with)\\s+(.+?))?\\s*(\\((?:current|now|present|today)\\))?\\s*$");

    /**
     * A role from a timeline's entry of one date: it starts then and, unless the entry says it is
     * current, lasts until the next role of that timeline starts ({@link #endEvents}).
     */
    private Optional<Role> event(String said, DateRange range, Optional<RoleText> heading, FactSource source) {
        Matcher joined = JOINED.matcher(said);
        Matcher promoted = PROMOTED.matcher(said);
        String organization;
        String title;
        boolean current;
        if (joined.matches()) {
            organization = joined.group(1);
            title = joined.group(2);
            current = joined.group(3) != null;
        } else if (promoted.matches()) {
            organization = promoted.group(2) == null ? "" : promoted.group(2);
            title = promoted.group(1);
            current = promoted.group(3) != null;
        } else {
            return Optional.empty();
        }
        if (organization.isEmpty() && heading.isPresent()) {
            organization = heading.get().organization(); // "### Acme Corp" over "Promoted to Senior Engineer"
        }
        boolean dated = !range.current() && range.end().isPresent();
        Role role = new Role(
                organization, title, Optional.empty(), dated ? range : DateRange.since(range.start()), false, source);
        if (!current && !dated) {
            events.add(role);
        }
        return Optional.of(role);
    }

    /**
     * The roles with each one begun by a timeline's entry ended: at the end of the other roles at its
     * employer (a promotion), else when the next role of that document starts.
     */
    private List<Role> endEvents(List<Role> roles) {
        List<Role> ended = new ArrayList<>();
        for (Role role : roles) {
            if (!events.contains(role)) {
                ended.add(role);
                continue;
            }
            ProfileDate start = role.dates().start();
            List<Role> samePlace = roles.stream()
                    .filter(r -> r != role
                            && !role.organization().isEmpty()
                            && OrganizationNames.similar(r.organization(), role.organization()))
                    .toList();
            Optional<ProfileDate> atSamePlace = samePlace.stream()
                    .filter(r -> !r.dates().current())
                    .map(r -> r.dates().end().orElse(r.dates().start()))
                    .filter(end -> end.compareTo(start) > 0)
                    .max(ProfileDate::compareTo);
            // "Promoted … at Pinegrove" is at "Pinegrove Analytics, Leeds"
            Role named = samePlace.stream()
                    .max(Comparator.comparingInt(r -> r.organization().length()))
                    .map(r -> role.withOrganization(r.organization(), r.location()))
                    .orElse(role);
            Optional<ProfileDate> next = java.util.stream.Stream.concat(
                            roles.stream()
                                    .filter(r -> r != role
                                            && r.source()
                                                    .fileName()
                                                    .equals(role.source().fileName()))
                                    .map(r -> r.dates().start()),
                            ends.stream())
                    .filter(other -> other.compareTo(start) > 0)
                    .min(ProfileDate::compareTo);
            Optional<ProfileDate> end = atSamePlace.or(() -> next);
            ended.add(end.map(e -> new Role(
                            named.organization(),
                            named.title(),
                            named.location(),
                            DateRange.between(start, e),
                            false,
                            named.source()))
                    .orElse(named));
        }
        return ended;
    }

    /** The words that name the role: before the dates, or after them up to the end of that sentence. */
    /** "Senior Analytics Engineer · direct with client · fully remote": the title is the first part. */
    private static String firstPart(String line) {
        return line.split("\\s+[·|•]\\s+", 2)[0];
    }

    /** "(promoted July 2021)", "(since 2019)": a note in brackets that dates a step within the entry. */
    private static final Pattern DATED_NOTE = Pattern.compile("\\s*\\([^()]*\\b(?:19|20)\\d\\d\\b[^()]*\\)");

    /** Whether a line's dates sit in a bracketed note and the heading right above it is a date range. */
    private static boolean inADatedNoteUnderDates(String line, String heading) {
        Optional<DateRanges.Found> dates = DateRanges.firstRange(line);
        if (dates.isEmpty() || !DateRanges.isOnlyARange(heading)) {
            return false;
        }
        DateRanges.Found found = dates.get();
        Matcher note = DATED_NOTE.matcher(line);
        while (note.find()) {
            if (note.start() <= found.start() && found.end() <= note.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hollins Valley Medical Center — Roanoke, VA" over "Travel RN, CVICU" over "08/2025 to Present": an employer and
     * a title right above the dates, whatever the duty below says; the entry's own lines, in its paragraph, not the
     * title and employer of the entry before. Or each line a paragraph of its own, as a word processor's file writes
     * them: "Graduate Engineer", "Logan City Council, Logan Central QLD", "February 2010 – December 2011", then a
     * duty with a title's word.
     */
    private static boolean titleAndEmployerAbove(List<Line> lines, int at, List<String> above) {
        if (above.size() < 2 || at < 2) {
            return false;
        }
        int block = lines.get(at).block();
        boolean oneParagraph =
                lines.get(at - 1).block() == block && lines.get(at - 2).block() == block;
        boolean paragraphEach = lines.get(at).alone()
                && lines.get(at - 1).alone()
                && lines.get(at - 2).alone();
        if (!oneParagraph && !paragraphEach) {
            return false;
        }
        if (isTitleLine(above.get(0))
                && employerNamed(RoleText.tidy(above.get(1))).isPresent()) {
            return true;
        }
        // the title over its employer, each a paragraph of its own; not the entry above's, its dates over its title
        // and employer
        return lines.get(at - 1).block() != block
                && isTitleLine(above.get(1))
                && employerLine(above.get(0)).isPresent()
                && (at < 3 || DateRanges.firstRange(lines.get(at - 3).text()).isEmpty());
    }

    /** ", Charge Nurse from June 2018", "(since March 2024)": when a step within a role was taken, at a title's end. */
    private static final Pattern STEP_AT_THE_END = Pattern.compile(
            "(?i)\\s*\\((?:since|from|promoted|as of)\\s+(?:\\p{L}{3,9}\\.?\\s+)?(?:19|20)\\d\\d\\)\\s*$"
                    + "|\\s+(?:since|from)\\s+(?:\\p{L}{3,9}\\.?\\s+)?(?:19|20)\\d\\d\\s*$");

    /** "Oakbrook Family Medicine, Cary, NC · May 2022 – Present": an employer and its dates, and no title. */
    private static boolean isEmployerWithDates(String line) {
        Optional<DateRanges.Found> dates = DateRanges.firstRange(line);
        return dates.isPresent()
                && dates.get().start() > 0
                && employerLine(RoleText.tidy(line.substring(0, dates.get().start())))
                        .isPresent();
    }

    /** A title whose only date is the step at its end: "Registered Nurse, CVICU; Charge Nurse from June 2018". */
    private static boolean isTitleWithAStep(String line) {
        Matcher step = STEP_AT_THE_END.matcher(line);
        if (!step.find()) {
            return false;
        }
        String title = line.substring(0, step.start());
        return DateRanges.firstRangeOrDate(title).isEmpty() && isTitleLine(title.replace(";", ","));
    }

    private static String withoutAStep(String line) {
        Matcher step = STEP_AT_THE_END.matcher(line);
        return step.find() ? step.replaceFirst("") : withoutDatedNotes(line);
    }

    /** The steps of a title chain: "Staff RN, Medical ICU → Charge RN", "Analyst, promoted to Senior Analyst". */
    private static final Pattern CHAIN = Pattern.compile("(?i)\s(?:→|->|»)\s|\bpromoted\b");

    /**
     * A title chain whose last step's dates are in brackets, within those of the employer's line above: "Staff RN,
     * Medical ICU → Charge RN (2018 – 2020) | Omaha, NE" under "Nebraska Medicine · 06/2016 – 03/2020".
     */
    private static boolean isChainWithTheLastStepDated(String line, String employerLine) {
        String rest = withoutDatedNotes(line);
        return !rest.equals(line)
                && CHAIN.matcher(rest).find()
                && heldWithin(line, employerLine)
                && DateRanges.firstRangeOrDate(rest).isEmpty()
                && isTitleLine(firstPart(rest));
    }

    /** "Senior Analyst (promoted July 2021); Analyst" as "Senior Analyst; Analyst": the titles without the dated note. */
    private static String withoutDatedNotes(String line) {
        return DATED_NOTE.matcher(line).replaceAll("");
    }

    private static boolean isTitleLine(String line) {
        String text = RoleText.tidy(line);
        // "Engineering Intern – Co-op Placement (Polytechnique Montréal co-op program)": an aside in brackets is
        // not more of the title (a line with dates is a header, not a title alone)
        // ("(QIP falls reduced by 30%)": a result in brackets, a duty's)
        String counted =
                DateRanges.firstRangeOrDate(text).isEmpty() ? text.replaceAll("\\s*\\([^()\\d]*\\)", "") : text;
        return !text.isEmpty()
                && counted.split("\\s+").length <= 8
                // "Analista de Logística Jr.": the stop of a grade's abbreviation ends no sentence
                && (!line.strip().matches(".*[.!?]$") || line.strip().matches("(?i).*\\b(jr|sr)\\.$"))
                && RoleText.isTitle(text);
    }

    /** ") – Senior Care Assistant, …": a title after the dates' closing bracket and a dash. */
    private static final Pattern DASH_TITLE = Pattern.compile("\\s*\\)\\s*[–—-]\\s+([^,;.()]{3,60})");

    /** "Studio: …", "Home base: …": a line opened by a label that names no part of a role. */
    // (a label of a few words: "Subjects & year levels: Year 7–10 Science, … (from 2015)")
    private static final Pattern DETAIL_LABEL = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+(?:&|and|/|\\p{Ll}+)){0,3}:\\s");

    /** "Promoted from Senior Process Engineer": the title held before, in a note under the entry's line. */
    private static final Pattern PROMOTED_FROM =
            Pattern.compile("(?i)\\(?\\s*promoted from (?:an? )?(\\p{L}.{2,60}?)\\s*\\)?");

    /** When a step within a role began: "Mar 2022", "2022", "2021.01", "03/2021". */
    private static final String STEP_DATE =
            "(?:\\p{L}{3,9}\\.? )?(?:19|20)\\d\\d(?:[./]\\d{1,2})?|\\d{1,2}[./](?:19|20)\\d\\d";

    /** "(joined as Backend Engineer; promoted to Senior in January 2023)": the first title held, and when it ended. */
    private static final Pattern JOINED_AS = Pattern.compile(
            // "Started as Data Analyst (Logistics), promoted to Data Scientist in Jan 2018.": the first title's note
            // aside
            // ("Joined as Data Engineer in Jul 2021; promoted …": when the first title began, after it)
            "(?i)\\b(?:joined|started|hired|began) as (?:an? )?(\\p{L}[^;,()]{2,60}?)(?:\\s*\\([^()]{1,30}\\))?"
                    + "(?:\\s+in\\s+(?:" + STEP_DATE + "))?\\s*[;,]\\s*"
                    // ("promoted to Principal April 2023": the month without "in")
                    + "(?:and )?promoted(?: to [^;,()]{2,60}?)? (?:(?:in|on) )?((?:\\p{L}{3,9}\\.? )?(?:19|20)\\d\\d)\\b");

    /** "(promoted to Audit Semi-Senior, January 2017)" after a title: the next title and when it began. */
    private static final Pattern PROMOTED_NOTE = Pattern.compile(
            "(?i)\\(\\s*promoted to (?:an? )?([^,;()]{2,60}?),?\\s+(?:(?:in|on|from) )?(" + STEP_DATE + ")\\s*\\)");

    /** When a step of a promotion chain began, after "promoted" or not. */
    private static final String PROMOTED_IN = "(?:promoted:? (?:in )?)?(" + STEP_DATE + ")";

    /**
     * "Cabin Crew → Senior Cabin Crew (Mar 2022) → Cabin Manager (Sep 2024)", "Backend Engineer → Senior Backend
     * Engineer (promoted 2021.01)": titles held one after another.
     */
    private static final Pattern PROMOTION_CHAIN =
            Pattern.compile("([^:;|→()]{2,60}?)((?:\\s*→\\s*[^:;|→()]{2,60}?\\s*\\(" + PROMOTED_IN + "\\))+)");

    private static final Pattern PROMOTION_STEP =
            Pattern.compile("→\\s*([^:;|→()]{2,60}?)\\s*\\(" + PROMOTED_IN + "\\)");

    /**
     * The titles a role's line says it went through, each up to the promotion to the next, the last
     * one the role's own to its end; empty when the line names no promotion, or one outside the role.
     */
    private static List<Role> promotionSteps(Role role, String line) {
        if (role.careerBreak() || role.title().isEmpty()) {
            return List.of();
        }
        List<String> titles = new ArrayList<>();
        List<String> promotedIn = new ArrayList<>();
        Matcher joined = JOINED_AS.matcher(line);
        Matcher chain = PROMOTION_CHAIN.matcher(line);
        if (joined.find()) {
            titles.add(joined.group(1).strip());
            promotedIn.add(joined.group(2));
            titles.add(role.title());
        } else if (chain.find()) {
            titles.add(RoleText.tidy(chain.group(1)));
            Matcher step = PROMOTION_STEP.matcher(chain.group(2));
            while (step.find()) {
                titles.add(RoleText.tidy(step.group(1)));
                promotedIn.add(step.group(2));
            }
        } else {
            return List.of();
        }
        return steps(role, titles, promotedIn);
    }

    /**
     * A role split at the dates its later titles began: each title up to the next one's date, the last one to the
     * role's end; empty when a date cannot be read, does not follow the one before, or falls after the role.
     */
    private static List<Role> steps(Role role, List<String> titles, List<String> promotedIn) {
        List<ProfileDate> starts = new ArrayList<>(List.of(role.dates().start()));
        for (String date : promotedIn) {
            Optional<ProfileDate> promoted = DateRanges.parseDate(date);
            if (promoted.isEmpty()
                    || promoted.get().compareTo(starts.get(starts.size() - 1)) <= 0
                    || role.dates()
                            .end()
                            .filter(end -> promoted.get().compareTo(end) > 0)
                            .isPresent()) {
                return List.of();
            }
            starts.add(promoted.get());
        }
        List<Role> steps = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            boolean last = i == titles.size() - 1;
            DateRange dates = !last
                    ? DateRange.between(starts.get(i), starts.get(i + 1))
                    : role.dates().current()
                            ? DateRange.since(starts.get(i))
                            : DateRange.between(
                                    starts.get(i), role.dates().end().orElse(starts.get(i)));
            steps.add(new Role(role.organization(), titles.get(i), role.location(), dates, false, role.source()));
        }
        return steps;
    }

    /** "Senior Data Engineer; since 01/2023 Tech Lead of the Data Platform team (5 engineers)". */
    private static final Pattern TITLE_THEN_ANOTHER_SINCE = Pattern.compile(
            "([^;:()]{2,60});\\s*(?:since|from) (" + STEP_DATE + ")\\s+(?:(?:also|additionally|as)\\s+)?([^;:]{2,80})");

    /**
     * The two roles of an untitled entry whose title line names a second title from a date within the entry: the
     * first title up to that date, the second from it to the entry's end; empty when the line is no such pair.
     */
    private static List<Role> titleThenAnotherSince(Role entry, String line) {
        Matcher pair = TITLE_THEN_ANOTHER_SINCE.matcher(line.strip());
        if (!pair.matches()) {
            return List.of();
        }
        String first = RoleText.tidy(pair.group(1));
        String second = RoleText.tidy(pair.group(3).replaceFirst("\\s*\\([^()]*\\)\\s*$", ""));
        if (!RoleText.isTitle(first) || !RoleText.isTitle(second)) {
            return List.of();
        }
        return steps(entry, List.of(first, second), List.of(pair.group(2)));
    }

    /** A teacher's post: "Sessional Lecturer", "Visiting Tutor", "Adjunct Instructor". */
    private static final Pattern TEACHING_POST = Pattern.compile(
            "(?i)\\b(lecturer|tutor|teacher|instructor|professor|teaching (?:fellow|assistant)|demonstrator"
                    // in French, German or Spanish: "Chargée de TD vacataire", "Lehrbeauftragter", "Profesora asociada"
                    + "|charg[ée]e? (?:de (?:td|tp|cours)|d'enseignement)|enseignante?|vacataire|ma[îi]tre de conf[ée]rences"
                    + "|lehrbeauftragte[rn]?|dozent(?:in)?|profesora?|docente)\\b");

    /** "career break", "carer for my mother": an entry for time away from work. */
    private static final Pattern TIME_AWAY = Pattern.compile(
            "(?i)\\b(career break|sabbatical|carer|parental leave|" + RoleText.LEAVE_ELSEWHERE + ")\\b");

    private static Optional<String> context(String line, DateRanges.Found found) {
        if (RoleText.hasLabels(line)) {
            return Optional.of(line.substring(0, found.start()) + " ; " + line.substring(found.end()));
        }
        if (isDatesWithANote(line, found)) {
            return Optional.empty(); // "Nov 2023 – Oct 2024 (12-month secondment, 0.6 WTE)": the role is beside it
        }
        // "seit 04/2021 – Senior Product Designerin, Otto Group": the word that opens the dates is theirs
        String before = RoleText.tidy(line.substring(0, found.start())
                .replaceFirst("(?i)\\b(" + DateRanges.SINCE_WORDS + "|spring|summer|autumn|fall|winter)\\s*$", "")
                .replaceFirst(DATES_LABEL, "")
                // "Location: Des Moines, IA · Dates: 2013–2015": the label of the dates closes the part before
                .replaceFirst("(?i)[\\s·|;,]+(?:dates?|period|duration|when)\\s*:\\s*$", ""));
        String after = line.substring(found.end());
        if (!before.isEmpty() && CLAUSE_GOES_ON.matcher(after).find()) {
            return Optional.empty(); // "Incident commander from 2021; ran postmortems." is a statement
        }
        if (before.split("\\s+").length > MAX_HEADER_LINE_WORDS
                && CLAUSE_AFTER_BRACKETS.matcher(after).find()) {
            // "Chef de projet du déploiement du WMS Reflex sur les 3 sites (2021-2022), sans interruption de
            // service": a duty's sentence going on after its years, in any language; a header before its years is
            // short ("Senior Engineer, Acme Corp (Jan 2014 - Present), team lead since 2021")
            return Optional.empty();
        }
        if (before.isEmpty()) {
            // "… University of Westmere (ESRC-funded project Living with the Sea, PI Prof. Alan
            // Brierley)": an aside in brackets is no part of the role's header
            String sentence = ASIDE.matcher(after.substring(0, sentenceEnd(after)))
                    .replaceAll("")
                    .strip()
                    .replaceFirst("^:\\s+", ""); // "Mar 2020 - Dec 2020: career break, …"
            // "— Developer Advocate at Quillon; rewrote the quickstarts …": the role ends at the semicolon,
            // "— Freelance: a member portal for …" at the colon when what follows is long
            // (a table row "2019 – 2021; Senior Engineer; Acme Corp" is short and stays whole)
            if (sentence.length() > MAX_AFTER_CHARS
                    || FIRST_PERSON.matcher(" " + sentence).find()) {
                sentence = sentence.split(";", 2)[0];
            }
            if (sentence.length() > MAX_AFTER_CHARS
                    || FIRST_PERSON.matcher(" " + sentence).find()) {
                // "…, Baltimore, MD. Mentor: Susan K. Albrecht, PhD": the label the colon ends is no part of the role
                sentence = sentence.split(":\\s", 2)[0].replaceFirst("\\.\\s+\\p{Lu}\\p{Ll}+$", "");
            }
            if (sentence.length() > MAX_AFTER_CHARS) {
                // "· Gallery Technician, Saltmarket Arts Centre, Glasgow – installation and de-installation, …": the
                // role before the dash, what was done there after it
                String head = sentence.split("\\s+[–—]\\s+", 2)[0];
                if (!head.equals(sentence)
                        && RoleText.read(head)
                                .filter(r -> !r.title().isEmpty()
                                        && !r.organization().isEmpty())
                                .isPresent()) {
                    sentence = head;
                }
            }
            if (sentence.length() <= MAX_AFTER_CHARS
                    && FIRST_PERSON.matcher(" " + sentence).find()) {
                // "Career break – full-time carer for my mum after her stroke": the entry's name before the dash;
                // ": career break, I cared full time for my nan": before the comma
                sentence = sentence.replaceFirst("^[:\\s]+", "").split("\\s+[–—-]\\s+", 2)[0];
                String first = sentence.split(",\\s+", 2)[0];
                if (!first.equals(sentence)
                        && (RoleText.isTitle(first) || TIME_AWAY.matcher(first).find())) {
                    sentence = first;
                }
            }
            boolean prose = sentence.length() > MAX_AFTER_CHARS && !isHeaderOfNames(sentence);
            if (prose || FIRST_PERSON.matcher(" " + sentence).find()) {
                return prose ? Optional.empty() : Optional.of("");
            }
            return Optional.of(sentence);
        }
        // an aside in brackets is no part of the header's length: "Location: St. Paul, MN (agency moved to the
        // North Loop, Minneapolis, in Sept. 2017) · Dates: June ’16 – March ’19"
        // (not when the rest names a year of its own: "…; detailed design completed 2024, on site since 2025")
        String withoutAsides = before.replaceAll("\\s*\\([^()]*\\)", "");
        String header = DateRanges.firstRangeOrDate(withoutAsides).isPresent() ? before : withoutAsides;
        if (header.length() > MAX_HEADER_CHARS
                || header.split("\\s+").length > MAX_HEADER_WORDS
                || FIRST_PERSON.matcher(" " + before).find()
                // (a sentence's end inside the aside, "in Sept. 2017)", or right after it, "(31 services). Senior
                // Software Engineer", is no sentence before the header)
                || MID_SENTENCE_END.matcher(before).find()
                        && MID_SENTENCE_END.matcher(header).find()
                        && before.split("\\s+").length > 8
                || RESULT.matcher(before.replaceAll("\\([^)]*\\)", " ")).lookingAt()
                || before.split("\\s+").length > 5
                        && DUTY_SENTENCE.matcher(before).find()
                || PROSE.matcher(before).find() && !RoleText.isWorkingAs(before)) {
            return Optional.empty();
        }
        Matcher dashTitle = DASH_TITLE.matcher(after);
        if (dashTitle.lookingAt()) {
            // "Ty Gwyn Care Home, Wrexham (Jan 2021 – now) – Senior Care Assistant since June 2023, I started there
            // as a Care Assistant": the title after the dash, up to where the sentence goes on
            String title = RoleText.tidy(dashTitle.group(1).replaceFirst("(?i)\\s+(?:since|from|until)\\b.*$", ""));
            if (RoleText.isTitle(title) && !FIRST_PERSON.matcher(" " + title).find()) {
                return Optional.of(before + " | " + title);
            }
        }
        String tail = RoleText.tidy(after);
        // "Berlin · (Sep 2021 – Present)" / "(start date: …; location: Stockholm)": a short tail belongs too
        if (!tail.isEmpty()
                && !after.strip().matches("(?s)^\\)?\\s*:.*") // "(01/2016 – 03/2017): promoted" describes
                && tail.length() <= 40
                && !SENTENCE_END.matcher(tail).find()
                // "… (EC-06), 2020-02 to 2020-09 – led the rapid policy analysis.": the post's deed, after it
                && !DONE_SOMETHING.matcher(tail).lookingAt()) {
            return Optional.of(before + " | " + tail);
        }
        return Optional.of(before);
    }

    private static Optional<RoleText> merge(Optional<RoleText> own, Optional<RoleText> heading) {
        if (own.isEmpty()) {
            return heading;
        }
        if (heading.isEmpty() || own.get().careerBreak()) {
            return own;
        }
        RoleText line = own.get();
        RoleText head = heading.get();
        if (head.organization().isEmpty()) {
            return line.title().isEmpty() && !head.title().isEmpty()
                    ? Optional.of(new RoleText(line.organization(), head.title(), line.location(), false))
                    : own;
        }
        if (RoleText.isWayOfWorking(line.title())
                && !line.organization().isEmpty()
                && !OrganizationNames.similar(line.organization(), head.organization())) {
            // "**Contract — Norrow & Vale**" under "### Client: Ferncastle Bank": an engagement of its own
            return Optional.of(new RoleText(line.organization(), "", line.location(), false));
        }
        if (!line.title().isEmpty()
                && !line.organization().isEmpty()
                && RoleText.namesAWayOfWorking(head.organization())) {
            // "Grünfeld Agrar eG — Supply Chain Advisor" under "INDEPENDENT CONSULTING": a client's engagement, the
            // heading how the work was done, no employer
            return own;
        }
        if (!line.title().isEmpty()) {
            // the heading names the employer; the line a title there
            return Optional.of(new RoleText(
                    head.organization(), line.title(), line.location().or(head::location), false));
        }
        // the line names only a place or the employer again: "Berlin · (Sep 2021 – Present)"
        boolean sameOrganization = OrganizationNames.similar(line.organization(), head.organization());
        boolean headIsAPlace = head.location()
                        .filter(l -> RoleText.isCountry(l.replaceFirst("(?i)^the\\s+", "")) || l.matches("\\p{Lu}{2}"))
                        .isPresent()
                || RoleText.hasLegalForm(line.organization()) && !RoleText.hasLegalForm(head.organization());
        if (RoleText.isOrganization(line.organization())
                && !RoleText.isOrganization(head.organization())
                && headIsAPlace) {
            // "### Lead Data Scientist · Amsterdam, The Netherlands" over "Kaskade Payments B.V. · Feb
            // 2022 - Present": the heading's second part is where, the line's name the employer
            String where =
                    head.organization() + head.location().map(l -> ", " + l).orElse("");
            return Optional.of(new RoleText(line.organization(), head.title(), Optional.of(where), false));
        }
        Optional<String> location = sameOrganization
                ? line.location().or(head::location)
                : Optional.of(line.organization()).filter(s -> !s.isEmpty()).or(line::location);
        return Optional.of(new RoleText(head.organization(), head.title(), location, false));
    }

    /**
     * An employer's entry with no title, followed by titles at that employer whose dates lie in
     * it, is those titles: "Voltaro GmbH, Sep 2021 – present" then "Staff Engineer (2023–present)",
     * "Senior Engineer (2021–2023)".
     */
    /**
     * A long header that is still only names, parted by commas: "Associate Professor (with tenure), Department of
     * Health Behavior and Health Education, University of Michigan School of Public Health, Ann Arbor, MI".
     */
    private static boolean isHeaderOfNames(String text) {
        return text.length() <= MAX_AFTER_CHARS * 2
                && java.util.Arrays.stream(
                                text.replaceFirst("^[\\s·|•:–—-]+", "").split(",\\s+"))
                        .allMatch(part -> part.matches("\\p{Lu}.*")
                                && part.split("\\s+").length <= MAX_HEADER_LINE_WORDS
                                && !part.matches(".*[.;:!?]\\s.*"));
    }

    private static List<Role> promotions(List<Role> roles) {
        List<Role> out = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Role umbrella = roles.get(i);
            // "Sous Chef → Head Chef – The Linden Tree": the titles held there, each listed under it
            boolean progression = PROGRESSION.matcher(umbrella.title()).find();
            if (!umbrella.title().isEmpty() && !progression
                    || umbrella.organization().isEmpty()) {
                out.add(umbrella);
                continue;
            }
            List<Role> titles = new ArrayList<>();
            int j = i + 1;
            while (j < roles.size() && inside(roles.get(j), umbrella)) {
                titles.add(roles.get(j));
                j++;
            }
            if (progression
                    && !titles.isEmpty()
                    && titles.stream()
                            .noneMatch(t ->
                                    t.dates().start().equals(umbrella.dates().start()))) {
                // "Year 8 homeroom teacher (2014–2016)" under "Graduate Teacher → Classroom Teacher, 2013–16": a post
                // held for part of it; the titles a progression lists begin with it
                out.add(umbrella);
                continue;
            }
            if (titles.isEmpty()) {
                // "| Vlinder Health | Associate Product Manager → Product Manager | Sep 2016 – Feb 2019 |" in a table
                // of roles, each title dated at the employer's own entry below it: the titles stand for it
                boolean heldApart = progression
                        && roles.stream()
                                        .filter(r -> r != umbrella
                                                && r.samePlaceAs(umbrella)
                                                && !PROGRESSION
                                                        .matcher(r.title())
                                                        .find()
                                                && umbrella.dates().contains(r.dates()))
                                        .count()
                                >= 2;
                if (!heldApart) {
                    out.add(umbrella);
                }
                continue;
            }
            if (titles.stream().allMatch(RoleReader::isProject)) {
                // "Merpay, Inc.: 2019年4月 入社 – 2021年3月 退社" over its projects, each with the part played in its
                // team: the job, the projects its work
                out.add(umbrella);
            } else {
                for (Role title : titles) {
                    out.add(title.withOrganization(umbrella.organization(), umbrella.location()));
                }
            }
            i = j - 1;
        }
        return out;
    }

    /**
     * A title with no employer under a heading that names one and no title: "#### Transport Planner (2007 – 2010)"
     * under "### CALDER FREIGHT SERVICES, Wakefield — 2007 to 2010", which has no text of its own to be read from.
     */
    private static List<Role> employersAbove(List<Role> roles) {
        return roles.stream()
                .map(role -> {
                    List<String> path = role.source().sectionPath();
                    // "#### Working Student, Market Research" under "### Tiefenbach Institut für Marktforschung": a
                    // department after the title's comma (by its words: not "Halden Insurance" under "Halden
                    // Group", a subsidiary), the employer the heading above, clearly one
                    boolean department = !role.organization().isEmpty()
                            && !RoleText.isOrganization(role.organization())
                            && RoleText.isDepartment(role.organization());
                    // (a title under a section's heading has no employer's heading over it: not "PHẠM ĐỨC THỊNH",
                    // the name over "WORK EXPERIENCE")
                    if (!role.organization().isEmpty() && !department
                            || role.title().isEmpty()
                            || role.careerBreak()
                            || path.size() < 2
                            || Sections.isSectionHeading(path.get(path.size() - 1))) {
                        return role;
                    }
                    String above = path.get(path.size() - 2);
                    String said = DateRanges.firstRange(above)
                            .flatMap(found -> context(above, found))
                            .orElse(above);
                    return RoleText.read(said)
                            .filter(r -> r.title().isEmpty()
                                    && !r.careerBreak()
                                    && !r.organization().isEmpty())
                            .filter(r -> !Sections.isSectionHeading(r.organization()))
                            .filter(r -> !department || RoleText.isOrganization(r.organization()))
                            .map(r -> (department ? role.withTitle(role.title() + ", " + role.organization()) : role)
                                    .withOrganization(
                                            r.organization(), role.location().or(r::location)))
                            .orElse(role);
                })
                .toList();
    }

    /** Titles joined by an arrow: one after the other at one employer. */
    // (or a seniority in brackets before the title, "(Senior) HR Business Partner": the title at two levels)
    private static final Pattern PROGRESSION =
            Pattern.compile("\\s(?:→|->|⟶|»)\\s|^\\((?i:senior|sr\\.?|junior|jr\\.?|lead|principal)\\)\\s");

    /**
     * Drops a role with no title of its own whose dates lie within a titled role of the same
     * section: "secured £640,000 from the CMRC (2017–2020)" under "Lecturer, 2016–2021" is a
     * period of that role (a grant, a project), not another job; so is a project's entry ("Project 2: …")
     * whatever title its lines suggest.
     */
    private static List<Role> withoutPeriodsOfRoles(List<Role> roles) {
        return roles.stream()
                .filter(role -> !role.title().isEmpty() && !isProject(role)
                        || role.careerBreak()
                        || roles.stream()
                                .noneMatch(other -> other != role
                                        && !other.title().isEmpty()
                                        && !isProject(other)
                                        && other.source().equals(role.source())
                                        && within(role.dates(), other.dates())))
                // "Project: Claims Platform (Mar 2018 – Dec 2018)" under its job: a period of that job, not another
                .filter(role -> roles.stream()
                        .noneMatch(other -> other != role
                                && other.source().equals(role.source())
                                && other.organization().equals(role.organization())
                                && other.title().equals(role.title())
                                && within(role.dates(), other.dates())
                                && !within(other.dates(), role.dates())))
                // an employer's whole span, its titled roles listed under it, which take its town
                .filter(role -> !role.title().isEmpty()
                        || role.careerBreak()
                        || roles.stream().noneMatch(other -> other != role && isPartOfSpan(other, role)))
                .map(role -> role.location().isPresent()
                        ? role
                        : roles.stream()
                                .filter(span -> span != role && span.location().isPresent() && isPartOfSpan(role, span))
                                .findFirst()
                                .map(span -> role.withOrganization(role.organization(), span.location()))
                                .orElse(role))
                .toList();
    }

    /**
     * "Project 1: Marina Crest Hotel Apartments, Dubai Marina (Mar 2021 – Till Date)" over its client
     * and consultant: a project of the job it is listed under, whatever title its lines suggest.
     */
    private static final Pattern PROJECT_ENTRY = Pattern.compile("(?i)project\\s*(?:no\\.?\\s*)?\\d{0,2}\\s*[,:]");

    /**
     * "Backend Engineer / team of 5", "SE / team of ~20", "メンバー6名": the part a person played in a project's team,
     * or its size.
     */
    private static final Pattern PART_IN_A_TEAM =
            // (in Japanese, the team's head count: "メンバー6名", "SRE 5名")
            Pattern.compile("(?i)[/|·]\\s*team of\\s*~?\\d{1,3}\\b|\\d{1,3}\\s*名");

    private static boolean isProject(Role role) {
        return PROJECT_ENTRY.matcher(role.organization()).lookingAt()
                // "Oct 2023 – Jun 2024 · Dispatch API re-architecture · Tech Lead / team of 6" under its employer
                || (PART_IN_A_TEAM.matcher(role.title()).find()
                                || PART_IN_A_TEAM.matcher(role.organization()).find())
                        && !RoleText.isOrganization(role.organization());
    }

    /** A titled role within an untitled span of the same employer, read from the same place. */
    private static boolean isPartOfSpan(Role role, Role span) {
        return !role.title().isEmpty()
                && span.title().isEmpty()
                && !span.careerBreak()
                && role.organization().equals(span.organization())
                && role.source().equals(span.source())
                && within(role.dates(), span.dates());
    }

    private static boolean within(DateRange inner, DateRange outer) {
        boolean startsInside = !inner.start().earliest().isBefore(outer.start().earliest());
        boolean endsInside = outer.current()
                || !inner.current()
                        && inner.end().isPresent()
                        && outer.end().isPresent()
                        && inner.end().get().year() <= outer.end().get().year();
        return startsInside && endsInside;
    }

    /**
     * "Management Associate, Wealth Management | Jul 2011 – Jan 2013" and "Priority Banking Relationship Manager,
     * Marina Bay Financial Centre | Feb 2013 – Jul 2015" under "Jul 2011 – Jul 2015 · Standard Chartered Bank": the
     * posts held there, from its first month to its last, each with its desk, branch or unit after the comma, not
     * employers of their own.
     */
    private static List<Role> postsThroughTheirEmployer(List<Role> roles) {
        List<Role> out = new ArrayList<>(roles);
        for (int i = 0; i < out.size(); i++) {
            Role employer = out.get(i);
            if (!employer.title().isEmpty() || employer.organization().isEmpty() || employer.careerBreak()) {
                continue;
            }
            List<Role> posts = titlesSpanning(employer, out.subList(i + 1, out.size()));
            // when one post is read at another employer, or one already at this one and another not: a unit or a
            // beat after each title, none read at the employer yet, is left to the promotions' reading ("Sergeant,
            // Response team" under "Marlshire Constabulary")
            java.util.function.Predicate<Role> atTheEmployer =
                    p -> OrganizationNames.similar(p.organization(), employer.organization());
            java.util.function.Predicate<Role> atAnother =
                    p -> !p.organization().isEmpty() && !atTheEmployer.test(p);
            // "Relationship Officer | Allen Avenue Branch, Ikeja | Sept. 2014 – Dec. 2018" under "STANBIC IBTC BANK
            // PLC · Sept. 2014 – Dec. 2018": the branch where, one post or several
            boolean branches = !posts.isEmpty()
                    && posts.stream()
                            .allMatch(p -> atAnother.test(p)
                                    && BRANCH_OF_A_FIRM
                                            .matcher(p.organization())
                                            .find());
            boolean readApart = branches
                    || posts.size() >= 2
                            && (posts.stream()
                                            .anyMatch(
                                                    p -> atAnother.test(p) && RoleText.isOrganization(p.organization()))
                                    || posts.stream().anyMatch(atTheEmployer)
                                            && posts.stream().anyMatch(atAnother)
                                    // "Deputy Director · Sept. 2016 – Feb. 2019" read with no employer, "Director of
                                    // Development · July 2013 – Aug. 2016" read at the one above them: both its posts
                                    || posts.stream().anyMatch(atTheEmployer)
                                            && posts.stream()
                                                    .anyMatch(p ->
                                                            p.organization().isEmpty()));
            for (int k = 0; readApart && k < posts.size(); k++) {
                Role post = posts.get(k);
                boolean unit = atAnother.test(post) && !branches;
                Optional<String> where = branches
                        ? Optional.of(post.organization()
                                + post.location().map(l -> ", " + l).orElse(""))
                        : unit || post.location().isEmpty() ? employer.location() : post.location();
                out.set(
                        i + 1 + k,
                        new Role(
                                employer.organization(),
                                unit ? post.title() + ", " + post.organization() : post.title(),
                                where,
                                post.dates(),
                                false,
                                post.source()));
            }
        }
        return out;
    }

    /**
     * The titled entries straight after an employer's untitled one, in its section and dated within it, when they
     * take up its whole span, its first month to its last: the posts held there, whatever the words after each
     * title's comma name. Empty when they do not.
     */
    private static List<Role> titlesSpanning(Role umbrella, List<Role> after) {
        List<Role> titles = new ArrayList<>();
        for (Role role : after) {
            if (role.title().isEmpty()
                    || role.careerBreak()
                    || isProject(role)
                    || !role.source().equals(umbrella.source())
                    || !within(role.dates(), umbrella.dates())) {
                break;
            }
            titles.add(role);
        }
        java.time.YearMonth open = java.time.YearMonth.of(9999, 12);
        boolean fromItsStart = oneStartsWith(titles, umbrella.dates());
        boolean toItsEnd = titles.stream()
                .anyMatch(t -> t.dates().lastMonth(open).equals(umbrella.dates().lastMonth(open)));
        // (one post the whole span: "Relationship Officer | Allen Avenue Branch" under the bank's dates)
        return (titles.size() >= 2
                                || titles.size() == 1 && titles.get(0).dates().equals(umbrella.dates()))
                        && fromItsStart
                        && toItsEnd
                ? titles
                : List.of();
    }

    /** "Allen Avenue Branch", "Ikeja GRA Branch": a bank's branch, a place within the employer. */
    private static final Pattern BRANCH_OF_A_FIRM = Pattern.compile("\\bBranch$");

    /** Whether one of the roles begins in the range's first month. */
    private static boolean oneStartsWith(List<Role> roles, DateRange range) {
        return roles.stream()
                .anyMatch(r -> r.dates().start().earliest().equals(range.start().earliest()));
    }

    private static boolean inside(Role role, Role umbrella) {
        List<String> umbrellaPath = umbrella.source().sectionPath();
        List<String> rolePath = role.source().sectionPath();
        // "### ACME LTD — 2010 to 2020" over "#### Shift Manager (2010 – 2015)": a title's heading under the employer's
        boolean sameSection = role.source().equals(umbrella.source())
                || role.source().fileName().equals(umbrella.source().fileName())
                        && !umbrellaPath.isEmpty()
                        && rolePath.size() > umbrellaPath.size()
                        && rolePath.subList(0, umbrellaPath.size()).equals(umbrellaPath);
        // "Sergeant 2011–2017 Response team, then Custody" under "Marlshire Constabulary 2006 - 2019": a
        // title's unit or beat in the employer's entry, no employer of its own
        boolean untitledOrSame = role.organization().isEmpty()
                || OrganizationNames.similar(role.organization(), umbrella.organization())
                || role.source().equals(umbrella.source()) && !RoleText.isOrganization(role.organization());
        int startYear = role.dates().start().year();
        int umbrellaEnd = umbrella.dates().current()
                ? 9999
                : umbrella.dates().end().orElse(umbrella.dates().start()).year();
        return sameSection
                && untitledOrSame
                && !role.title().isEmpty()
                && !role.careerBreak()
                && startYear >= umbrella.dates().start().year() - 1
                // a year before the employer's span only a title with no employer of its own: not the internship
                // at another firm listed under it
                && (startYear >= umbrella.dates().start().year()
                        || role.organization().isEmpty()
                        || OrganizationNames.similar(role.organization(), umbrella.organization()))
                && startYear <= umbrellaEnd;
    }

    private static List<Role> distinct(List<Role> roles) {
        List<Role> out = new ArrayList<>();
        for (Role role : roles) {
            // the same role twice in one document (a table row and a details block): the more precise stays
            int repeated = -1;
            for (int i = 0; i < out.size() && repeated < 0; i++) {
                Role r = out.get(i);
                if (sameYears(r.dates(), role.dates())
                        && OrganizationNames.similar(r.organization(), role.organization())
                        && r.title().equalsIgnoreCase(role.title())) {
                    repeated = i;
                }
            }
            if (repeated < 0) {
                out.add(role);
            } else if (role.dates().start().month().isPresent()
                    && out.get(repeated).dates().start().month().isEmpty()) {
                out.set(repeated, role);
            }
        }
        return out;
    }

    private static boolean sameYears(DateRange a, DateRange b) {
        return a.start().year() == b.start().year()
                && a.current() == b.current()
                && a.end().map(ProfileDate::year).equals(b.end().map(ProfileDate::year));
    }

    /**
     * A heading of dates alone read with the heading over it: "#### FEBRUARY 2024 - PRESENT" under
     * "### Quillmark Software, Denver, CO — Marketing Manager" (Google Docs' templates set the dates
     * as a heading of their own).
     */
    private Optional<String> headingOverDates(List<String> path) {
        if (path.size() < 2) {
            return Optional.empty();
        }
        String dates = path.get(path.size() - 1);
        String above = path.get(path.size() - 2);
        boolean named = isDatesAlone(dates)
                && !Sections.isSectionHeading(withoutDates(above))
                && DateRanges.firstRange(above).isEmpty()
                && (personName.isEmpty() || !IdentityReader.sameName(above, personName.get()));
        return named ? Optional.of(above + " · " + dates) : Optional.empty();
    }

    /** A title that names the person's own notes, not an employer: "Job search notes", "… (last updated …)". */
    private static final Pattern NOTES_TITLE = Pattern.compile(
            "(?i)\\b(notes to self|last updated|to-?do list|job search notes)\\b|^\\W*(job search|my notes)\\b");

    private Optional<String> nearestHeading(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String heading = path.get(i);
            if (Sections.isSectionHeading(withoutDates(heading))) {
                return Optional.empty();
            }
            if (personName.isPresent() && IdentityReader.sameName(heading, personName.get())) {
                return Optional.empty();
            }
            if (NOTES_TITLE.matcher(heading).find()) {
                return Optional.empty(); // "JOB SEARCH - notes to self (last updated 10/14/2026)": a file's title
            }
            if (sectionsOverEntries.contains(heading)) {
                return Optional.empty();
            }
            return Optional.of(heading);
        }
        return Optional.empty();
    }

    /** The fewest entries, each a title and an employer of its own, that make a heading over them a section. */
    private static final int MIN_ENTRIES_UNDER_A_SECTION = 2;

    /**
     * The work headings of a document's top level, with no title of their own, over entries that each name a title
     * and another employer: the heading's a section ("KITCHENS", "Ships"), as "Experience" would be.
     */
    private static Set<String> sectionsOverEntries(ProfileDocument document) {
        java.util.Map<String, Set<String>> employersUnder = new java.util.HashMap<>();
        for (Block block : document.blocks()) {
            List<String> path = block.sectionPath();
            if (path.isEmpty() || Sections.of(path) != Sections.WORK) {
                continue;
            }
            String heading = path.get(path.size() - 1);
            // under "Work Experience" a heading's an employer over its units ("RCBC" over "Assistant Manager,
            // Financial Reporting – Controllership Group"), as is a heading that names a firm
            boolean underASection =
                    path.subList(0, path.size() - 1).stream().anyMatch(h -> Sections.isSectionHeading(withoutDates(h)));
            boolean untitled = DateRanges.firstRangeOrDate(heading).isEmpty()
                    && RoleText.read(heading)
                            .filter(r -> r.title().isEmpty() && !RoleText.isOrganization(r.organization()))
                            .isPresent();
            if (underASection || !untitled) {
                continue;
            }
            for (String line : block.text().split("\n")) {
                if (BULLET_MARK.matcher(line).find() || line.length() > MAX_HEADER_CHARS) {
                    continue;
                }
                RoleText.read(RoleText.tidy(withoutDates(line)))
                        .filter(r -> !r.title().isEmpty() && !r.organization().isEmpty())
                        .filter(r -> !r.organization().equalsIgnoreCase(heading))
                        .ifPresent(r -> employersUnder
                                .computeIfAbsent(heading, h -> new HashSet<>())
                                .add(r.organization().toLowerCase(Locale.ROOT)));
            }
        }
        Set<String> sections = new HashSet<>();
        employersUnder.forEach((heading, employers) -> {
            if (employers.size() >= MIN_ENTRIES_UNDER_A_SECTION) {
                sections.add(heading);
            }
        });
        return sections;
    }

    private static String withoutDates(String text) {
        return DateRanges.firstRangeOrDate(text)
                .map(f -> text.substring(0, f.start()) + " " + text.substring(f.end()))
                .orElse(text);
    }

    private static String clip(String line) {
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }
}
