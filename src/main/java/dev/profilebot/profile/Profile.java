package dev.profilebot.profile;

import dev.profilebot.privacy.PrivateDetailRedactor;
import dev.profilebot.profile.facts.StructuredProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ingested profile: its passages, the public contact card, the structured profile, a hash of its content (a key for
 * caches), the private details that were withheld (kept in memory only, for the outgoing guard),
 * and the files that could not be loaded.
 */
public record Profile(
        List<Passage> passages,
        ContactCard contact,
        StructuredProfile facts,
        String contentHash,
        List<PrivateDetailRedactor.Removed> withheld,
        List<String> problems) {

    private static final Pattern SUMMARY_SECTION = Pattern.compile(
            // (after a template's mark: "■ Career Summary")
            // (or after its name in Chinese, Japanese or Korean: "个人简介 Summary")
            "(?iu)[^\\p{L}\\p{N}]{0,3}(?:[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]{2,8}\\s+)?"
                    + "((professional|career|personal|executive|profile) )?(summary|objective|about( me)?|profile|bio(graphy)?|overview"
                    + "|introduction|personal statement"
                    // in Dutch, German, Spanish, Portuguese and French: "Profiel", "Kurzprofil", "Perfil profesional",
                    // "Resumo de qualificações", "Objetivo", "Sobre mim", "Profil"
                    + "|profiel|over mij|(kurz|qualifikations)?profil|perfil( profesional| profissional)?"
                    + "|resumo( profissional| de qualificações)?|resumen( profesional)?|objetivo( profesional| profissional)?"
                    + "|sobre m[ií]|à propos( de moi)?"
                    // in Italian, Polish, Turkish, Russian and Greek: "Profilo professionale", "O mnie", "Hakkımda",
                    // "Обо мне", "Σύνοψη"
                    + "|profilo( professionale)?|o mnie|podsumowanie|hakkımda|özet|обо мне|о себе|σ[υύ]νοψη|προφ[ιί]λ)");

    private static final int INTRODUCTION_CHARS = 100;
    private static final Pattern CONTACT_BITS =
            Pattern.compile("@|https?://|\\s\\|\\s|\\b(Title|Date|Status|Slug|Summary|Tags|Category):\\s"
                    // "Harcourt University · Albany, NY · clarawestergaard.github.io": a header's short items
                    + "|linkedin\\.com/|github\\.(?:com|io)\\b|\\bwww\\.|(?:[^·.]{1,40}·){3}"
                    // "Role: Staff Backend Engineer", "Last updated: November 2026": a properties table's line
                    + "|^\\p{Lu}\\p{Ll}+(?: \\p{Ll}+)?: (?:\\S+ ?){1,8}$"
                    // "Veterans' Preference: 5-point …", "LinkedIn: …": a header's labelled line, of any length
                    + "|^(?!(?i:summary|profile|about|objective|overview|introduction)\\b)\\p{Lu}[\\p{L}']*"
                    + "(?: [\\p{L}'/]+){0,2}: \\S");

    public Profile {
        passages = List.copyOf(passages);
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(contentHash, "contentHash");
        withheld = List.copyOf(withheld);
        problems = List.copyOf(problems);
    }

    /** Whether a section heading names a summary of the person: "Summary", "About me", "Profile". */
    public static boolean isSummarySection(String heading) {
        return SUMMARY_SECTION.matcher(heading).matches();
    }

    /**
     * The passage that introduces the person: the first of a section named like a summary
     * ("Summary", "About me", "Profile"), else a paragraph of introduction before the first
     * heading, else the first passage under any heading.
     */
    public Optional<Passage> summary() {
        // a summary, a profile or an "about" before an objective ("To obtain a challenging position …")
        Optional<Passage> named = passages.stream()
                .filter(p -> !p.sectionPath().isEmpty()
                        && isSummarySection(p.sectionPath().get(0)))
                .min(java.util.Comparator.comparing(p -> p.sectionPath()
                        .get(0)
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("objective")));
        if (named.isPresent()) {
            return named;
        }
        // the introduction before the first heading ("I'm Priya Raman, a data engineer in Leeds. …")
        Optional<Passage> introduction = passages.stream()
                .filter(p -> p.sectionPath().isEmpty()
                        && prose(p).length() >= INTRODUCTION_CHARS
                        && !LETTER.matcher(p.text()).find())
                .findFirst();
        return introduction.isPresent()
                ? introduction
                : passages.stream()
                        .filter(p -> !p.sectionPath().isEmpty()
                                && !isLabelledDetails(p)
                                && !LETTER.matcher(p.text()).find())
                        .findFirst();
    }

    /**
     * The passages under a heading named like a summary at any level ("Head Chef › Profile"), else the one
     * {@link #summary()} finds.
     */
    public List<Passage> summaryPassages() {
        List<Passage> named = passages.stream()
                .filter(p -> p.sectionPath().stream().anyMatch(Profile::isSummarySection))
                .toList();
        return named.isEmpty() ? summary().stream().toList() : named;
    }

    /** "Dear Ms Dunmore,", "Yours sincerely": a letter to someone (a cover letter), not an introduction. */
    private static final Pattern LETTER = Pattern.compile(
            "(?i)(?:^|[\\s.])dear\\s+(?-i:\\p{Lu})[\\p{L}. -]{1,40},|\\byours\\s+(sincerely|faithfully|truly)\\b");

    /** "Surname(s) / First name(s): …", "Address(es): …": a label opening a line of a form. */
    private static final Pattern LABEL_OPENING = Pattern.compile("^\\p{Lu}[\\p{L}()/ ]{1,50}:\\s");

    /** A form's fields (personal details) more than prose: most sentences open with a label. */
    private static boolean isLabelledDetails(Passage passage) {
        long labelled = passage.sentences().stream()
                .filter(s -> LABEL_OPENING.matcher(s.strip()).find())
                .count();
        return labelled * 2 > passage.sentences().size();
    }

    /** The sentences of a passage that are prose, not contact details or blog metadata. */
    public static String prose(Passage passage) {
        return String.join(
                " ", passage.sentences().stream().filter(Profile::isProse).toList());
    }

    /** Whether a sentence is prose, not a line of contact details or blog metadata. */
    public static boolean isProse(String sentence) {
        return !CONTACT_BITS.matcher(sentence).find();
    }

    @Override
    public String toString() {
        // withheld details never reach a log line through toString
        return "Profile[" + passages.size() + " passages, hash " + contentHash + "]";
    }
}
