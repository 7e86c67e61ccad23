package dev.profilebot.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small text normalisations shared by the parsers. */
final class TextCleanup {

    /**
     * The marks that open a list item in every format read as text: round, square and arrow bullets, check marks, and
     * Word's Symbol- and Wingdings-font bullets as a PDF or a copy gives them (U+F0B7, U+F0A7 …).
     */
    static final String LIST_MARKS = "•●■∙·➢➤►▶✓✔❖◆♦\uF0B7\uF0A7\uF0D8\uF0FC\uF076";

    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2000-\\u200B\\u202F\\u3000]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\uFEFF");
    private static final int SHORT_ITEM = 60;
    private static final int MAX_JOINED_STATEMENT = 360;
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    /** The usual names of a résumé's parts, for headings written as bold lines or
     * as the first line of a paragraph (LinkedIn's "Experience"). */
    private static final String ONE_SECTION_NAME =
            "((professional|work|relevant|key|core|technical|other|selected|additional|extra|further|executive)\\s+)?(experience"
                    + "|education|skills|summary|profile|projects|publications|certifications?|certs|languages|awards"
                    + "|honou?rs|contact|interests|what i['’]?m good at|strengths"
                    + "|references|referees|employment|employment history|work history|career( history)?|training"
                    + "|volunteering|about( me)?|achievements|qualifications|competencies|expertise|licen[cs]es"
                    + "|recommendations|volunteer experience|courses|activities|additional information|career objective"
                    + "|personal (?:details|data|information|particulars)"
                    // a Chinese or an Indian résumé's "Project Experience", "Awards & Scholarships", "Self-Evaluation"
                    + "|projects? experience|certificates|scholarships|self[- ]evaluation|self[- ]assessment"
                    // a freelancer's "Selected clients and projects", a translator's "Accreditation & memberships"
                    + "|clients|accreditations?|memberships?|affiliations"
                    // German, Dutch, French, Spanish, Italian and Portuguese CVs' sections
                    + "|persönliche daten|berufserfahrung|beruflicher werdegang|praktika|ausbildung|schulbildung|studium"
                    + "|weiterbildungen|fortbildungen|(edv-|it-|fach|sprach)?kenntnisse|sprachen|zertifikate"
                    + "|interessen|hobbys|ehrenamt(liches engagement)?|sonstiges|veröffentlichungen|auszeichnungen"
                    // a German consultant's profile: "Projekthistorie", "Projekterfahrung", "Schwerpunkte"
                    + "|projekthistorie|projekterfahrung|projektübersicht|projektliste|schwerpunkte|festanstellungen?"
                    + "|persoonlijke gegevens|werkervaring|opleidingen?|cursussen|vaardigheden|talen|hobby['’]s"
                    + "|referenties|nevenactiviteiten|vrijwilligerswerk"
                    + "|exp[ée]riences? professionnelles?|formations?|comp[ée]tences|langues|centres d['’]int[ée]r[êe]t"
                    + "|loisirs|experiencia (laboral|profesional)|formaci[óo]n( acad[ée]mica)?|idiomas|datos personales"
                    + "|esperienz[ae] (lavorativ[ae]|professionali)|istruzione( e formazione)?|competenze|lingue"
                    + "|dati personali|experi[êe]ncia profissional|forma[çc][ãa]o( acad[êe]mica)?|compet[êe]ncias"
                    + "|dados pessoais"
                    // Turkish, Polish and Swedish CVs' main sections
                    + "|iş deneyimi|eğitim|yetenekler|beceriler|diller|yabancı diller|kişisel bilgiler"
                    + "|doświadczenie zawodowe|wykształcenie|umiejętności|języki|arbetslivserfarenhet|utbildning"
                    + "|kompetenser|språk"
                    // Russian and Ukrainian CVs' main sections
                    + "|опыт работы|образование|ключевые навыки|навыки|знание языков|обо мне|курсы"
                    + "|повышение квалификации|досвід роботи|освіта|навички|знання мов"
                    // Greek CVs' main sections, with or without their accents
                    + "|επαγγελματικ[ηή] εμπειρ[ιί]α|εκπα[ιί]δευση|σπουδ[εέ]ς|δεξι[οό]τητες|γλ[ωώ]σσες"
                    + "|πιστοποι[ηή]σεις|προσωπικ[αά] στοιχε[ιί]α|σ[υύ]νοψη"
                    // a Korean résumé's tables: "학력사항", "경력사항", "자격증", "어학", "병역", "보유기술"
                    + "|학력사항|학력|경력사항|경력|자격증|자격사항|어학|어학능력|병역|병역사항|보유기술|수상경력"
                    // Finnish CVs' main sections: "Työkokemus", "Koulutus", "Kielitaito", "Henkilötiedot"
                    + "|työkokemus|työhistoria|koulutus|kielitaito|henkilötiedot|tekniset taidot|taidot|osaaminen"
                    + "|sertifikaatit( ja kurssit)?|harrastukset|profiili"
                    // Vietnamese CVs' main sections: "Kinh nghiệm làm việc", "Học vấn", "Kỹ năng", "Chứng chỉ"
                    + "|kinh nghiệm làm việc|học vấn|kỹ năng|chứng chỉ|ngoại ngữ|thông tin cá nhân|mục tiêu nghề nghiệp"
                    + "|dự án( cá nhân)?|sở thích|giải thưởng|người tham chiếu"
                    // Chinese résumés' sections: "工作经历", "教育背景", "项目经历", "专业技能", "证书"
                    + "|工作经历|教育背景|教育经历|项目经历|项目经验|专业技能|证书|基本信息|求职意向|自我评价"
                    // Croatian, Serbian, Bulgarian, Lithuanian, Latvian, Estonian and Persian CVs' main sections
                    + "|radno iskustvo|obrazovanje|osobni podaci|vještine|strani jezici|радно искуство|образовање"
                    + "|професионален опит|трудов опит|умения|езици|лична информация|darbo patirtis|išsilavinimas"
                    + "|asmeninė informacija|kalbos|įgūdžiai|darba pieredze|izglītība|valodas|prasmes|töökogemus"
                    + "|haridus|keeled|oskused|isikuandmed|سوابق کاری|تحصیلات|مهارت‌ها|زبان‌ها|اطلاعات فردی)";

    /** A résumé's section name, or two joined: "Experience", "Skills & Interests", "Education and Training". */
    static final Pattern SECTION_NAME =
            // (its case as any script has it: "İŞ DENEYİMİ", "WYKSZTAŁCENIE")
            Pattern.compile("(?iu)" + ONE_SECTION_NAME + "(\\s*(?:&|and|,|/)\\s*" + ONE_SECTION_NAME + ")?\\s*:?");

    /** A tab between words, not after a label's colon: a column set apart at a tab stop. */
    private static final Pattern TAB_BETWEEN = Pattern.compile("(?<=[^\\s:])[ \\t]*\\t[ \\t]*(?=\\S)");

    private TextCleanup() {}

    /** A markup's key as a line's label: "email" as "Email", "end_date" and "job-title" as "End date", "Job title". */
    static String keyAsLabel(String key) {
        String words = key.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Columns typed at tab stops ("09/2021 – Present⇥Assistant Headteacher⇥Ings Lane Primary School")
     * parted as a line's parts are elsewhere (" · "); a tab after a label's colon is a space.
     */
    static String tabsAsSeparators(String line) {
        // "•⇥Led the rebuild…", "o⇥handles…": the tab after a bullet's marker only indents
        Matcher marker = MARKER_TAB.matcher(line);
        int from = marker.lookingAt() ? marker.end() : 0;
        // "Date of Birth⇥: 17-09-1995": the tab only lines the colons up; the label's colon stays its own
        String rest = TAB_BEFORE_COLON.matcher(line.substring(from)).replaceAll(": ");
        return line.substring(0, from) + TAB_BETWEEN.matcher(rest).replaceAll(" · ");
    }

    private static final Pattern TAB_BEFORE_COLON = Pattern.compile("[ \\t]*\\t[ \\t]*:[ \\t]*");

    private static final Pattern MARKER_TAB = Pattern.compile("^(\\s*(?:[•◦▪‣○*+-]|o))\\t");

    /** Lines grouped into paragraphs: runs of non-blank lines between blank ones. */
    static List<List<String>> paragraphs(List<String> lines) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /** Collapses runs of spaces, trims every line and drops blank lines and control characters. */
    static String tidy(String text) {
        String clean = CONTROL.matcher(text).replaceAll("");
        return clean.lines()
                .map(line -> SPACES.matcher(line).replaceAll(" ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /**
     * A list as text: short items (names of skills, tools) read best on one line after their
     * label ("Skills used: Redis; Jira."); longer items are statements and stay one per line.
     */
    static String list(String label, List<String> items) {
        if (isShortList(items)) {
            String joined = String.join("; ", items) + ".";
            return label.isBlank() ? joined : label + ": " + joined;
        }
        String lines = String.join("\n", items);
        return label.isBlank() ? lines : label + "\n" + lines;
    }

    /** A table's row as "Header: cell; Header: cell", or "Label: value" for a table of labels. */
    /**
     * A table's first row that is a label and its value, the colon in a column between them ("| Full Name |
     * : | Brian Kiprono Langat |"): a row like the others, not a header naming the columns.
     */
    static boolean isLabelRow(List<String> cells) {
        return cells.size() == 3
                        && cells.get(1).strip().equals(":")
                        && !cells.get(0).isBlank()
                        && !cells.get(2).isBlank()
                // "| Nombres y apellidos: | Santiago Benalcázar |" atop the table: a label and its value, no header
                || cells.size() == 2
                        && cells.get(0).strip().endsWith(":")
                        && cells.get(0).strip().length() > 1
                        && !cells.get(1).isBlank();
    }

    static String tableRow(List<String> header, List<String> cells) {
        // a header that only names the columns as labels and values: Notion's "| Property | Value |"
        boolean noHeader = header.stream().allMatch(String::isBlank)
                || header.size() == 2
                        && header.get(0).strip().matches("(?i)property|field|key|item|attribute|label|detail")
                        && header.get(1).strip().matches("(?i)values?|details?|info(rmation)?|");
        // "| Date of Birth | : | 9th November 1987 |": the colon set in a column of its own
        List<String> filled = cells.stream()
                .filter(c -> !c.isBlank() && !c.strip().equals(":"))
                .toList();
        if (noHeader
                && filled.size() == 2
                && filled.get(0).length() <= 30
                && !filled.get(0).matches(".*\\d.*")) {
            // a two-column table of labels and values: "| **Role** | Controls Engineer |"
            return filled.get(0).replaceAll("[:\\s]+$", "") + ": " + filled.get(1);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isBlank()) {
                continue;
            }
            String name = i < header.size() ? header.get(i) : "";
            parts.add(name.isBlank() ? cells.get(i) : name + ": " + cells.get(i));
        }
        return String.join("; ", parts);
    }

    /**
     * A list item with sub-items: the sub-items carry the item's words, so "Led the rewrite of
     * the billing service" over "Cut invoice runs from 6 hours to 20 minutes" answers a question
     * about the billing rewrite with its figure. Written as one statement, "item: sub-item;
     * sub-item.", when that stays short; a dated item (a job in a list of jobs) or a long one keeps
     * its sub-items on lines of their own.
     */
    static String nestedList(String item, List<String> subItems) {
        String parent = item.strip().replaceAll("[:.;,]+$", "");
        List<String> children =
                subItems.stream().map(s -> s.strip().replaceAll("[.;,]+$", "")).toList();
        int length =
                parent.length() + children.stream().mapToInt(String::length).sum();
        boolean joinable = !parent.isEmpty()
                && !YEAR.matcher(parent).find()
                && children.stream().noneMatch(c -> c.contains("\n"))
                && length <= MAX_JOINED_STATEMENT;
        if (isShortList(subItems) || !joinable) {
            return list(item, subItems);
        }
        return parent + ": " + String.join("; ", children) + ".";
    }

    /** Whether every item is a name rather than a statement. */
    static boolean isShortList(List<String> items) {
        return !items.isEmpty() && items.stream().allMatch(i -> i.length() <= SHORT_ITEM && !i.matches("(?s).*[.!?]$"));
    }

    /** A label short enough for a section path; long statements are cut at a word. */
    static String label(String text, int max) {
        String line = text.lines().findFirst().orElse("").strip();
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        return line.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
