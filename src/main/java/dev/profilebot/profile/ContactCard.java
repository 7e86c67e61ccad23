package dev.profilebot.profile;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's public contact details, gathered from the documents after private details were
 * removed: name, email addresses, profile links (blog, GitHub, ...), location and time zone. The
 * location and time zone come from a document's header, the lines before its first heading.
 */
public record ContactCard(
        String name,
        List<String> emails,
        Map<String, String> links,
        Optional<String> location,
        Optional<String> timeZone,
        List<String> sources) {

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern TIME_ZONE =
            Pattern.compile("(?i)\\b(?:UTC|GMT)\\s*[+\\-−]\\s*\\d{1,2}(?::\\d\\d)?|\\btime ?zone\\b"
                    + "|\\b(?:Central|Eastern|Pacific|Mountain|Atlantic)(?: (?:Standard |Daylight )?Time)?\\b"
                    + "|\\b(?:CET|CEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST)\\b");
    private static final int MAX_TIME_ZONE_NOTE = 80;

    /** A town alone: one to three capitalised words ("Harrogate", "Milton Keynes"). */
    private static final Pattern TOWN = Pattern.compile("^\\p{Lu}[\\p{L}'.-]+(?:[ -]\\p{Lu}[\\p{L}'.-]+){0,2}$");

    private static final Pattern NOT_A_TOWN = Pattern.compile(
            "(?i)^(e-?mail|phone|mobile|tel|cell|linkedin|github|gitlab|portfolio|website|web|blog|twitter|cv|resume"
                    + "|curriculum vitae|contact|contact details|references?)$"
                    + "|(?i)\\b(available|immediately|citizen|nationality|visa|remote|hybrid|open|notice|permit"
                    + "|licen[cs]e|driving|british|irish|american|eu)\\b");

    /**
     * "Harrogate | orla@fernpost.ie | linkedin.com/in/…": a town alone at the start of a contact line
     * (what is left of an address once the street is withheld), not the name nor a label.
     */
    private static Optional<String> townBeforeEmail(List<String> headerLines, String name) {
        Set<String> nameWords =
                new java.util.HashSet<>(List.of(name.toLowerCase(Locale.ROOT).split("[\\s,.-]+")));
        for (String line : headerLines) {
            String[] segments = line.split("\\s+[|·•]\\s+");
            if (segments.length < 2) {
                continue;
            }
            String first = Icons.leadingAway(segments[0]).strip();
            if (EMAIL.matcher(line).find()
                    && TOWN.matcher(first).matches()
                    && !NOT_A_TOWN.matcher(first).find()
                    && !JOB_WORDS.matcher(first).find()
                    && java.util.Arrays.stream(first.toLowerCase(Locale.ROOT).split("[\\s-]+"))
                            .noneMatch(nameWords::contains)) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /** "DARNELL K. WHITFIELD, CPIM" of Darnell Whitfield: the name, in any case, a middle initial left out. */
    private static boolean opensWithTheName(String line, String name) {
        String first = line.split(",")[0]
                .replaceAll("\\b\\p{L}\\.?(?=\\s)", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return !name.isBlank() && first.equalsIgnoreCase(name.strip());
    }

    /**
     * "ChPP, MSP", "CEng, MIMechE": letters after a name, written like "Albany, NY" — each part a few letters
     * with two capitals or more; not "AUSTIN, TX", "McLean, VA" nor "DeKalb, IL" (a town, a state's code).
     */
    private static boolean arePostNominals(String segment) {
        String[] parts = segment.split(",\\s*");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String p = part.strip();
            long capitals = p.codePoints().filter(Character::isUpperCase).count();
            boolean lowerCase = p.codePoints().anyMatch(Character::isLowerCase);
            if (!p.matches("\\p{L}{2,7}")
                    || capitals < 2
                    || !lowerCase && p.length() > 4
                    || dev.profilebot.profile.facts.UsStates.isCode(p)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L} .'-]*(?:,\\s*\\p{Lu}[\\p{L} .'-]*){1,3}$");
    /** "Hinjewadi Phase 1, ", "Sector 62, ": a locality numbered within its town, before the town. */
    private static final Pattern NUMBERED_LOCALITY = Pattern.compile("^\\p{Lu}[\\p{L} .'-]*\\d{1,3},\\s*(?=\\p{Lu})");

    /** The line without the numbered locality it opens with: "Hinjewadi Phase 1, Pune, Maharashtra" as "Pune, Maharashtra". */
    private static String withoutNumberedLocality(String line) {
        return NUMBERED_LOCALITY.matcher(line.strip()).replaceFirst("");
    }

    /** "Senior Product Manager, Digital Health": a headline, though it is written like "Utrecht, Netherlands". */
    private static final Pattern JOB_WORDS = Pattern.compile(
            "(?i)\\b(manager|engineer|developer|director|officer|consultant|specialist|lead|designer|analyst"
                    + "|scientist|architect|head|founder|student|intern|assistant|owner|nurse|teacher|researcher|writer"
                    + "|producer|photographer|pharmacist|accountant|executive"
                    // an academic's, a clinician's, a lawyer's or a tradesman's headline: "Lecturer in Atmospheric
                    // Chemistry"
                    + "|lecturer|professor|postdoc\\w*|fellow|physician|surgeon|solicitor|lawyer|attorney|chef|technician"
                    + "|coordinator|administrator|adviser|advisor|therapist|electrician|partner)\\b"
                    // a letter's addressee: "T.a.v. mevrouw A. Brouwer", "Attn: Hiring Manager", "z. Hd. Frau Lorenz"
                    + "|^\\s*(?:t\\.\\s?a\\.\\s?v\\.|attn\\b|attention\\b|à l['’]attention|z\\.\\s?hd\\.|a/a\\b)");
    /** "Software Engineer | Java, Spring Boot, Angular": the stack a headline names after the title, no place. */
    private static final Pattern TECHNOLOGIES =
            Pattern.compile("(?i)\\b(java|javascript|typescript|python|spring( boot)?"
                    + "|angular|react|vue|node\\.?js|sql|mysql|postgresql|aws|azure|gcp|docker|kubernetes|golang|kotlin|swift"
                    + "|php|ruby|django|flask|\\.net|c#|c\\+\\+|salesforce|tableau|power bi|excel|sap)(?![\\p{L}])");

    /**
     * Whether a block sits under a headline heading at the top of a document ("### Contract Data
     * Engineer | Azure" under the name, or first once the name's heading is taken away).
     */
    private static boolean isHeadline(List<String> path, int block, String name) {
        if (block >= HEADER_BLOCKS || path.isEmpty() || path.size() > 2) {
            return false;
        }
        if (path.size() == 2 && !isName(path.get(0), name)) {
            return false;
        }
        String headline = path.get(path.size() - 1);
        return !PART_OF_A_CV.matcher(headline).find()
                && (JOB_WORDS.matcher(headline).find() || headline.contains(" | ") || headline.contains("·"));
    }

    /** A heading under the name that starts a part of the CV, not a headline. */
    private static final Pattern PART_OF_A_CV = Pattern.compile(
            "(?i)\\b(experience|employment|work|career|history|education|skills|summary|profile|about|projects"
                    + "|contact|languages|certifications?|publications|roles|positions|jobs)\\b");
    /** A section of contact details: "Contact", "Contact details", "Contact information". */
    private static final Pattern CONTACT_SECTION =
            Pattern.compile("(?i)\\s*(?:contact|contacts|contact (?:details|info|information)|get in touch)\\s*:?\\s*");
    /** A headline under the name counts as the header for this many blocks. */
    private static final int HEADER_BLOCKS = 3;

    /** "W: www.rowenacastellane.co.uk", "Web: www.fenwickframes.co.uk" in a header: the person's site. */
    private static final Pattern SHORT_LABELLED_SITE = Pattern.compile(
            "^\\s*W(?:eb)?\\s*:\\s*((?:https?://|www\\.)[^\\s<>\"/]+(?:/[^\\s<>\"]*)?"
                    + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|dev|io|me|uk|de|fr|nl|eu|app|site|info|studio|design)\\b)");
    /** "www.jothrelfall.co.uk" or "https://ines.design" alone between a header's separators. */
    private static final Pattern BARE_SITE = Pattern.compile("(?:https?://|www\\.)[\\w-]+(?:\\.[\\w-]+)+/?");
    /** "Portfolio: https://…", "Website: example.dev", "Faculty Profile: https://…": a site the person names. */
    private static final Pattern LABELLED_SITE = Pattern.compile(
            "(?i)\\b(portfolio|website|homepage|blog|personal site|(?:faculty|staff|university|lab) (?:profile|page)"
                    // a researcher's group: "Lab: www.rfhlab.org", "Research group website: …"
                    + "|(?:lab|research group)(?: website| site)?)\\s*:\\s*(https?://[^\\s<>\"]+|[\\w-]+(?:\\.[\\w-]+)+\\.[a-z]{2,}[^\\s<>\"]*|[\\w-]+\\.[a-z]{2,}[^\\s<>\"]*)");
    /** "clarawestergaard.github.io", "leoniefairbairn.co.uk": a site's name alone, in lower case, in a header. */
    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|dev|io|me|uk"
                    + "|de|fr|nl|eu|app|site|info|studio|design|ca|au|ie|ch|se|no|dk|es|it|pt|pl|cz|xyz|tech|page|blog)/?");

    /**
     * The person's own site in a part of the header: "W: www.rowenacastellane.co.uk", "www.jothrelfall.co.uk"
     * alone, or "leoniefairbairn.co.uk" named for the person; not a profile on a known site.
     */
    private static Optional<String> ownSite(String line, String name) {
        Matcher site = SHORT_LABELLED_SITE.matcher(line);
        if (site.find()) {
            return Optional.of(withScheme(site.group(1)));
        }
        Matcher bareSite = BARE_SITE.matcher(line.strip());
        // "… · health & mobility leoniefairbairn.co.uk": a site's name as a word of its own
        Optional<String> domain = java.util.Arrays.stream(line.strip().split("\\s+"))
                .filter(w -> BARE_DOMAIN.matcher(w).matches())
                // not "asp.net" in a headline nor "monzo.com" after "Currently at": the site stands alone in
                // its part of the header, or is named for the person
                .filter(w -> w.equals(line.strip()) || namedFor(w, name))
                .findFirst();
        if (bareSite.matches() || domain.isPresent()) {
            // "… | jo@northmail.co.uk | www.jothrelfall.co.uk": a site on its own in the header
            String url = withScheme(bareSite.matches() ? bareSite.group() : domain.get());
            if (profileLinkName(new DocumentLink(url, url)).isEmpty()) {
                return Optional.of(url);
            }
        }
        return Optional.empty();
    }

    /** Whether a site's name holds the person's first name or surname: "leoniefairbairn.co.uk". */
    private static boolean namedFor(String domain, String name) {
        String host = domain.toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(part -> part.length() >= 3)
                .anyMatch(host::contains);
    }

    /**
     * An address set in capitals, as a template's small caps export it ("TERESA.K@GMAIL.COM"), in the small letters
     * it is typed in; one written in mixed case as written.
     */
    private static String inSmallLetters(String address) {
        return address.equals(address.toUpperCase(Locale.ROOT)) ? address.toLowerCase(Locale.ROOT) : address;
    }

    /**
     * "github.com/name" written without a scheme, as résumés often do; LinkedIn's country host too ("es.linkedin.com/in/…").
     */
    private static final Pattern BARE_PROFILE = Pattern.compile(
            "(?<![\\w/.@])(?i:https?://)?(?i:www\\.|[a-z]{2}\\.(?=linkedin\\.com))?(?i:github\\.com|gitlab\\.com|codeberg\\.org|linkedin\\.com/in)/[\\w.-]+");

    /** "ORCID 0000-0002-4718-3399", "orcid.org/0000-…": a researcher's identifier, public by design. */
    private static final Pattern ORCID =
            Pattern.compile("(?i)(?:\\borcid(?:\\s*id)?\\s*[:·]?\\s*(?:https?://)?(?:orcid\\.org/)?|orcid\\.org/)"
                    + "(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])\\b");

    private static final Map<String, String> PROFILE_HOSTS = Map.of(
            "github.com", "GitHub",
            "gitlab.com", "GitLab",
            "linkedin.com", "LinkedIn",
            "twitter.com", "Twitter",
            "x.com", "X",
            "bsky.app", "Bluesky",
            "stackoverflow.com", "Stack Overflow",
            "codeberg.org", "Codeberg",
            "orcid.org", "ORCID");
    private static final Set<String> SITE_LABELS =
            Set.of("blog", "website", "web site", "homepage", "home page", "site", "web", "portfolio", "personal site");

    public ContactCard {
        emails = List.copyOf(emails);
        links = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(links));
        sources = List.copyOf(sources);
    }

    /**
     * "Placement Director: Prof. Richard Ostrander (rostrander@…)", "Presented by: Joost van Leeuwen, …": a
     * line that gives someone else's contact details.
     */
    private static final Pattern SOMEONE_ELSES = Pattern.compile(
            "(?i)\\b(placement (director|administrator|officer|tutor)"
                    + "|presented by|consultant|recruiter|referee|supervisor|tutor|mentor|contact person|assistant to)\\b");

    /**
     * The e-mails that are the person's: not one given on a line that names someone else's role ("Placement
     * Director: …") unless the part before its "@" bears the person's family name.
     */
    static List<String> ownEmails(Collection<String> emails, String name, List<ProfileDocument> documents) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String family = words.length > 1 ? words[words.length - 1] : "";
        List<String> lines = documents.stream()
                .flatMap(d -> d.blocks().stream())
                .flatMap(b -> b.text().lines())
                .toList();
        return emails.stream()
                .filter(e -> {
                    String handle = e.substring(0, e.indexOf('@')).toLowerCase(Locale.ROOT);
                    boolean theirs = family.length() >= 3 && handle.contains(family);
                    return theirs
                            || lines.stream()
                                    .filter(l -> l.contains(e))
                                    .noneMatch(l -> SOMEONE_ELSES.matcher(l).find()
                                            || namesSomeoneElse(l, handle, List.of(words)));
                })
                .toList();
    }

    /**
     * "Arch. Paolo Ravelli, partner, Studio Tecnico Ravelli & Associati – p.ravelli@studioravelli.it": the address
     * bears a name the line gives that is not the person's, a referee's.
     */
    private static boolean namesSomeoneElse(String line, String handle, List<String> ownNames) {
        Matcher name = FULL_NAME.matcher(line);
        while (name.find()) {
            String first = name.group(1).toLowerCase(Locale.ROOT);
            String family = name.group(2).toLowerCase(Locale.ROOT);
            // "p.ravelli", "paolo.ravelli", "pravelli": the first name or its initial, then the family name
            if (!ownNames.contains(family)
                    && (handle.startsWith(first.charAt(0) + family)
                            || handle.matches(Pattern.quote(String.valueOf(first.charAt(0))) + "[._-]"
                                    + Pattern.quote(family) + ".*")
                            || handle.contains(first) && handle.contains(family))) {
                return true;
            }
        }
        return false;
    }

    /** "Paolo Ravelli": a first name and a family name, each capitalised. */
    private static final Pattern FULL_NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}{2,})\\b");

    /** "Place of residence: Amersfoort (NL)": where a form says the person lives, a town without a street. */
    private static final Pattern RESIDENCE = Pattern.compile(
            "(?im)^\\s*(?:\\*\\*)?(?:place of residence|residence|city of residence|current (?:location|city|residence)"
                    // "**A:** Dublin", "Address: Leeds": an address whose street was withheld, its town left
                    + "|a|(?:home |postal )?address)(?:\\*\\*)?\\s*:(?:\\*\\*)?"
                    // "Current Location: · Shanghai, China": a table's label and its value, read from a PDF
                    + "\\s*(?:·\\s*)?(\\p{Lu}[\\p{L} .'()-]{1,40}(?:, \\p{Lu}[\\p{L} .'()-]{1,30})?)\\s*$");

    /** A town's name of one or two capitalised words, joined by a space or a hyphen: "Utrecht", "Saint-Denis". */
    private static final String TOWN_NAME = "\\p{Lu}[\\p{L}'-]+(?:[ -]\\p{Lu}[\\p{L}'-]+)?";

    /** "8037 Zürich", "D-80331 München": an address's last line, its postcode before the town. */
    private static final Pattern POSTCODE_TOWN =
            // (a Dutch postcode's two letters after its figures: "3514 CB Utrecht")
            Pattern.compile("^(?:\\p{Lu}{1,2}-)?\\d{4,5}(?:\\s?\\p{Lu}{2}(?=\\s))?\\s+(" + TOWN_NAME + ")$");

    /** "Cebu City, Cebu 6000": an address's last line, the town and its province before a four-figure postcode. */
    private static final Pattern TOWN_BEFORE_POSTCODE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?, \\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)\\s+\\d{4}$");

    private static final Pattern COUNTRY_LINE = Pattern.compile("^\\p{Lu}\\p{L}+(?: \\p{Lu}?\\p{L}+){0,2}$");

    /**
     * The town of an address set over lines in a header, its postcode withheld: "8037 Zürich" over "Switzerland" is
     * "Zürich, Switzerland".
     */
    private static Optional<String> townAfterPostcode(List<String> headerLines) {
        for (int i = 0; i < headerLines.size(); i++) {
            Matcher before = TOWN_BEFORE_POSTCODE.matcher(headerLines.get(i).strip());
            if (before.matches()) {
                return Optional.of(before.group(1)); // "Cebu City, Cebu 6000": the town, its province, the postcode
            }
            Matcher town = POSTCODE_TOWN.matcher(headerLines.get(i).strip());
            if (town.matches()) {
                String next =
                        i + 1 < headerLines.size() ? headerLines.get(i + 1).strip() : "";
                return Optional.of(COUNTRY_LINE.matcher(next).matches() ? town.group(1) + ", " + next : town.group(1));
            }
        }
        return Optional.empty();
    }

    /** "Q: Work rights?": a question in a document of questions and answers, whose "A:" lines are no addresses. */
    private static final Pattern QUESTION_LINE = Pattern.compile("(?m)^\\s*(?:\\*\\*)?Q\\s*[:.]");

    /** The label "A:" alone, which an address line and an FAQ's answer both open with. */
    private static final Pattern ANSWER_LABEL =
            Pattern.compile("(?i)\\s*(?:\\*\\*)?a(?:\\*\\*)?\\s*:.*", Pattern.DOTALL);

    private static Optional<String> residence(List<ProfileDocument> documents) {
        // (not "A: Australian citizen." under "Q: Work rights?": an FAQ's answer)
        return firstPlace(
                        RESIDENCE,
                        documents,
                        (document, match) -> ANSWER_LABEL.matcher(match).matches()
                                && document.blocks().stream()
                                        .anyMatch(b ->
                                                QUESTION_LINE.matcher(b.text()).find()))
                .or(() -> townUnderAnAddressLabel(documents));
    }

    /** "Adres", "Address" alone in a sidebar, its value below: a label over the lines of an address. */
    private static final Pattern ADDRESS_LABEL_ALONE = Pattern.compile(
            "(?i)\\s*(?:\\*\\*)?(?:address|home address|adres|adresse|anschrift|direcci[óo]n|endere[çc]o|indirizzo"
                    + "|osoite|adresa)(?:\\*\\*)?\\s*:?\\s*");

    /** A town alone, or with its region after a comma: "Utrecht", "Wavell Heights, Brisbane". */
    private static final Pattern TOWN_ALONE =
            Pattern.compile(TOWN_NAME + "(?:, \\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)?");

    /** The town after the postcode of the address a sidebar sets under its label: "3514 CB Utrecht" under "Adres". */
    private static Optional<String> townUnderAnAddressLabel(List<ProfileDocument> documents) {
        for (ProfileDocument document : documents) {
            List<Block> blocks = document.blocks();
            for (int i = 0; i + 1 < blocks.size(); i++) {
                if (!ADDRESS_LABEL_ALONE.matcher(blocks.get(i).text()).matches()) {
                    continue;
                }
                String below = blocks.get(i + 1).text().strip();
                if (TOWN_ALONE.matcher(below).matches()) {
                    return Optional.of(below); // its street and postcode withheld, the town left
                }
                for (String line : below.split("\n")) {
                    Matcher town = POSTCODE_TOWN.matcher(line.strip());
                    if (town.matches()) {
                        return Optional.of(town.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The place the pattern's first group finds first in the documents' blocks, in order. */
    private static Optional<String> firstPlace(Pattern pattern, List<ProfileDocument> documents) {
        return firstPlace(pattern, documents, (document, match) -> false);
    }

    /** The place the pattern's first group finds first in the documents' blocks, past the matches {@code passOver}. */
    private static Optional<String> firstPlace(
            Pattern pattern,
            List<ProfileDocument> documents,
            java.util.function.BiPredicate<ProfileDocument, String> passOver) {
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                Matcher m = pattern.matcher(block.text());
                while (m.find()) {
                    if (!passOver.test(document, m.group())) {
                        return Optional.of(m.group(1).strip());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "- OPERA V5", "* Fidelio": an item of a list, as an answer in an FAQ lists things. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*[-*+]\\s");

    /** This card, with the given location when it has none (the current role's town). */
    public ContactCard orLocation(Optional<String> fallback) {
        return location.isPresent() || fallback.isEmpty()
                ? this
                : new ContactCard(name, emails, links, fallback, timeZone, sources);
    }

    public boolean hasEmail() {
        return !emails.isEmpty();
    }

    /** The first name, for friendly replies ("Jonathan prefers email"); "the person" when none is known. */
    public String firstName() {
        return name.equals(dev.profilebot.profile.facts.Identity.NO_NAME)
                ? name
                : dev.profilebot.profile.facts.Identity.firstNameOf(name);
    }

    /** Builds the card for the person of that name (found by the structured profile). */
    public static ContactCard from(List<ProfileDocument> documents, String name) {
        Set<String> emails = new LinkedHashSet<>();
        Map<String, String> links = new LinkedHashMap<>();
        Optional<String> location = Optional.empty();
        Optional<String> timeZone = Optional.empty();
        List<String> headerLines = new ArrayList<>();
        List<String> contactLines = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (ProfileDocument document : documents) {
            for (DocumentLink link : document.links()) {
                if (link.url().startsWith("mailto:")) {
                    emails.add(link.url().substring("mailto:".length()));
                } else {
                    profileLinkName(link).ifPresent(label -> links.putIfAbsent(label, link.url()));
                }
            }
            List<Block> blocks = document.blocks();
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                List<String> path = block.sectionPath();
                // the lines before the first section, also under a headline heading the name's
                // ("# Niamh Castellan", "### Contract Data Engineer | Azure")
                // (or a plain-text CV's line under the name, taken for a heading and kept as the block's first line:
                // "Computational biologist -- single-cell and spatial genomics" over the address)
                // (the document's first heading only, not a section's: "REFEREES" over "Dr Alan Pike, …"; a line
                // that reads as a headline, not a note's "(please read before calling!)")
                String first = path.isEmpty() ? "" : path.get(path.size() - 1);
                boolean lineUnderTheName = b < HEADER_BLOCKS
                        && (path.size() == 1 || path.size() == 2 && isName(path.get(0), name))
                        && path.equals(blocks.get(0).sectionPath())
                        && blocks.get(0).text().startsWith(first)
                        && first.matches("\\p{Lu}.*")
                        && !first.matches(".*[.!?:]\\)?")
                        && !dev.profilebot.profile.facts.Sections.isSectionHeading(first);
                if (path.isEmpty()
                        || path.size() == 1 && isName(path.get(0), name)
                        || isHeadline(path, b, name)
                        || lineUnderTheName) {
                    if (isHeadline(path, b, name) && !headerLines.contains(path.get(path.size() - 1))) {
                        // "## ⌂ nadiapetrakis.example.org · Senior Data Scientist": the headline's own words too
                        headerLines.add(path.get(path.size() - 1));
                    }
                    headerLines.addAll(block.text().lines().toList());
                    sources.add(document.fileName());
                } else if (path.size() <= 2
                        && CONTACT_SECTION.matcher(path.get(path.size() - 1)).matches()) {
                    // a sidebar's "Contact": "marisol-data.example.org (Personal)" (LinkedIn's "Save to PDF"),
                    // read for the person's site only
                    contactLines.addAll(block.text().lines().toList());
                }
            }
            // front matter or page properties such as "github: jalvarezmuller"
            document.metadata()
                    .forEach((key, value) -> profileHost(key).ifPresent(host -> {
                        String v = value.strip().replaceFirst("^@", "");
                        String url = v.matches("https?://.*")
                                ? v
                                : v.contains(host.split("/")[0]) ? "https://" + v : "https://" + host + "/" + v;
                        profileLinkName(new DocumentLink(url, url)).ifPresent(label -> links.putIfAbsent(label, url));
                    }));
            for (String key : List.of("email", "e-mail", "mail")) {
                String value = document.metadata().get(key);
                if (value != null && EMAIL.matcher(value).find()) {
                    Matcher address = EMAIL.matcher(value);
                    while (address.find()) {
                        emails.add(inSmallLetters(address.group()));
                    }
                }
            }
            for (String key :
                    List.of("location", "city", "based", "ville", "ciudad", "cidade", "stadt", "woonplaats")) {
                if (location.isEmpty() && document.metadata().containsKey(key)) {
                    location = Optional.of(document.metadata().get(key));
                }
            }
            for (String key : List.of("timezone", "time-zone", "time_zone", "tz")) {
                if (timeZone.isEmpty() && document.metadata().containsKey(key)) {
                    timeZone = Optional.of(document.metadata().get(key));
                }
            }
        }
        String header = String.join("\n", headerLines);
        for (ProfileDocument document : documents) {
            for (DocumentLink link : document.links()) {
                if (isOwnSite(link)
                        && Pattern.compile("(?<![@\\w.])"
                                        + Pattern.quote(link.label().strip()) + "(?![\\w])")
                                .matcher(header)
                                .find()) {
                    links.putIfAbsent("Website", link.url());
                }
            }
        }
        // "Location: Wexmoor, United Kingdom" in the header or a sidebar's contact section says it outright, also
        // among other details
        for (String line : java.util.stream.Stream.concat(headerLines.stream(), contactLines.stream())
                .toList()) {
            Matcher labelled = LABELLED_LOCATION.matcher(line);
            if (location.isEmpty()
                    && labelled.find()
                    // "Location: Open to relocation", "Location: Remote": no place
                    && !NOT_A_PLACE.matcher(labelled.group(1)).find()) {
                location = Optional.of(labelled.group(1).strip());
            }
        }
        List<String> segments = new ArrayList<>();
        for (String line : headerLines) {
            if (LIST_ITEM.matcher(line).lookingAt()) {
                continue; // "- SynXis for reservations, Medallia for guest feedback": an FAQ's answer, no address
            }
            // (or by the symbols a template sets before each detail: "in linkedin.com/in/… ⌂ Porto, Portugal")
            for (String segment : line.split("\\s+(?:[|·•/]|[⌂☎✉✆☏📍📞📧🏠])\\s+")) {
                // "📍 Stockport, Greater Manchester": the symbol says what follows
                segments.add(Icons.leadingAway(segment));
            }
        }
        for (String line : segments) {
            ownSite(line, name).ifPresent(url -> links.putIfAbsent("Website", url));
            Matcher email = EMAIL.matcher(line);
            while (email.find()) {
                emails.add(inSmallLetters(email.group()));
            }
            // a note of a header's, not a summary that names "Central and South Texas"
            if (timeZone.isEmpty()
                    && TIME_ZONE.matcher(line).find()
                    && line.strip().length() <= MAX_TIME_ZONE_NOTE) {
                timeZone = Optional.of(line.strip());
            } else if (location.isEmpty()
                    && PLACE.matcher(withoutNumberedLocality(line)).matches()
                    && !arePostNominals(line.strip())
                    && !opensWithTheName(line, name)
                    && !EMAIL.matcher(line).find()
                    && !JOB_WORDS.matcher(line).find()
                    && !TECHNOLOGIES.matcher(line).find()) {
                location = Optional.of(withoutNumberedLocality(line));
            }
        }
        for (String line : contactLines) {
            ownSite(Icons.leadingAway(line), name).ifPresent(url -> links.putIfAbsent("Website", url));
        }
        for (ProfileDocument document : documents) {
            for (Block block : document.blocks()) {
                Matcher email = EMAIL.matcher(block.text());
                while (email.find()) {
                    emails.add(inSmallLetters(email.group()));
                }
                Matcher site = LABELLED_SITE.matcher(block.text());
                while (site.find()) {
                    String url = site.group(2).replaceFirst("[.,;)]+$", "");
                    String label = site.group(1).toLowerCase(Locale.ROOT);
                    links.putIfAbsent(Character.toUpperCase(label.charAt(0)) + label.substring(1), withScheme(url));
                }
                Matcher orcid = ORCID.matcher(block.text());
                if (orcid.find()) {
                    links.putIfAbsent("ORCID", "https://orcid.org/" + orcid.group(1));
                }
                Matcher bare = BARE_PROFILE.matcher(block.text());
                while (bare.find()) {
                    String url = "https://"
                            + inSmallLetters(bare.group())
                                    .replaceFirst("^(https?://)?(www\\.|[a-z]{2}\\.(?=linkedin\\.com))?", "")
                                    .replaceFirst("[.,;)]+$", "");
                    profileLinkName(new DocumentLink(url, url)).ifPresent(label -> links.putIfAbsent(label, url));
                }
            }
        }
        if (location.isEmpty()) {
            location = residence(documents);
        }
        if (location.isEmpty()) {
            location = townAfterPostcode(headerLines);
        }
        if (location.isEmpty()) {
            location = townBeforeEmail(headerLines, name);
        }
        if (location.isEmpty()) {
            location = pinned(header).or(() -> livesIn(documents));
        }
        // the name line of a header also looks like a place ("Jane Doe, PhD"): never both
        if (location.isPresent() && location.get().startsWith(name)) {
            location = Optional.empty();
        }
        // "Based in Leeds, West Yorkshire" as a header's part: the place, without the words that say it is one
        location = location.map(l -> l.replaceFirst("(?i)^(?:based|living|located)\\s+in\\s+(?=\\p{Lu})", ""));
        return new ContactCard(
                name, ownEmails(emails, name, documents), links, location, timeZone, List.copyOf(sources));
    }

    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?i)\\b(remote\\w*|open|relocat\\w*|anywhere|flexible|hybrid|willing|negotiable|available|worldwide)\\b");

    private static final Pattern LABELLED_LOCATION =
            // (or a table's label beside its value: "Wohnort · Hamburg-Eppendorf", "Woonplaats · Utrecht")
            Pattern.compile("(?i)(?:^|[;|·•])\\s*(?:[-•]\\s+)?[*_]*(?:location|based in|city|wohnort|woonplaats"
                    + "|ville|ciudad|cidade|città|asuinpaikka)[*_]*(?:\\s*:|\\s+·)[*_]*\\s*"
                    + "(\\p{Lu}[^|·•;\\n:@]{1,60}?)[.\\s]*(?=$|[;|·•])");

    private static final Pattern PIN =
            Pattern.compile("(?m)^\\s*📍\\s*(\\p{Lu}[^|·•\\n\\p{So}]{1,60}?)\\s*(?:[|·•\\p{So}]|$)");

    /** "www.example.dev" as "https://www.example.dev"; an address with its scheme as written. */
    private static String withScheme(String url) {
        return url.matches("https?://.*") ? url : "https://" + url;
    }

    /** "📍 Stockport, Greater Manchester": a header line the pin marks as where the person is. */
    private static Optional<String> pinned(String header) {
        Matcher m = PIN.matcher(header);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    // not an entry's aside in brackets: "Ostwind Logistics Group, Operations Director, 2021 – 2022 (based in
    // Rotterdam)"; not a system that went live in a month ("The new process went live in July 2019")
    private static final Pattern LIVES_IN =
            // (in capitals only where a sentence or a line's part opens: "Adult Children Living in the Parental Home"
            // is a
            // project's title)
            Pattern.compile("(?<![\\w(-])(?:based|living|located|live"
                    + "|(?<=(?:^|[.!?;:·|•])\\s{0,3})(?:Based|Living|Located|Live)) in (?:the )?"
                    + "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)"
                    + "(\\p{Lu}[\\p{L}-]+(?:[ ,]+\\p{Lu}[\\p{L}-]+){0,2})");

    /** "… a data engineer living in Leeds", "based in Osaka": where the person says they live. */
    private static Optional<String> livesIn(List<ProfileDocument> documents) {
        return firstPlace(LIVES_IN, documents);
    }

    /** The host a metadata key names: "github" → github.com, "linkedin" → linkedin.com/in. */
    private static Optional<String> profileHost(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "github" -> Optional.of("github.com");
            case "gitlab" -> Optional.of("gitlab.com");
            case "codeberg" -> Optional.of("codeberg.org");
            case "linkedin" -> Optional.of("linkedin.com/in");
            case "orcid" -> Optional.of("orcid.org");
            default -> Optional.empty();
        };
    }

    /** Whether a heading is the person's name ("Maya Okafor", "tom baxter", "Dr. Li.Wei Chen"). */
    private static boolean isName(String heading, String name) {
        // "JOANNE (JO) THRELFALL": the name she goes by, between her names
        String h = heading.replaceAll("\\s[(\"“‘][^)\"”’]{1,20}[)\"”’]", "")
                // "Marcus Oyelaran Resume", "Jane Doe's CV": the name and what the page is
                .replaceAll("(?i)(?:['’]s)?\\s*\\b(?:curriculum vitae|cv|r[ée]sum[ée]|resume)\\s*$", "")
                // "Dr Rhiannon M. Pryce": a middle initial the name found leaves out
                .replaceAll("(?<=\\p{L}\\s)\\p{Lu}\\.?\\s+(?=\\p{Lu})", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}]", "");
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return !n.isEmpty() && h.endsWith(n);
    }

    /**
     * A link written as its own address ("[imogenvarga.co.uk](https://imogenvarga.co.uk)") to a
     * site's home page that is not a known profile host: in a document's header, the person's site.
     */
    private static boolean isOwnSite(DocumentLink link) {
        URI uri;
        try {
            uri = URI.create(link.url());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getHost() == null || !link.url().matches("https?://.*")) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String label = link.label()
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^https?://", "")
                .replaceFirst("^www\\.", "")
                .replaceFirst("/$", "");
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("/$", "");
        return label.equals(host) && path.isEmpty() && !PROFILE_HOSTS.containsKey(host);
    }

    private static Optional<String> profileLinkName(DocumentLink link) {
        String label = link.label().strip().toLowerCase(Locale.ROOT);
        URI uri;
        try {
            uri = URI.create(link.url());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        long depth = java.util.Arrays.stream(path.split("/"))
                .filter(p -> !p.isEmpty())
                .count();
        // a code host's profile is its first part ("github.com/olindqvist"); deeper is a repository
        long profileDepth = PROFILE_HOSTS.getOrDefault(host, "").matches("GitHub|GitLab|Codeberg") ? 1 : 2;
        if (PROFILE_HOSTS.containsKey(host) && depth <= profileDepth) {
            return Optional.of(PROFILE_HOSTS.get(host));
        }
        if (SITE_LABELS.contains(label)) {
            return Optional.of(Character.toUpperCase(label.charAt(0)) + label.substring(1));
        }
        return Optional.empty();
    }
}
