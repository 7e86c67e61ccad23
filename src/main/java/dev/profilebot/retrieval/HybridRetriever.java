package dev.profilebot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.profilebot.profile.facts.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the passages that best answer a question by fusing two rankings with reciprocal rank
 * fusion: semantic (embedding cosine) and lexical (Lucene BM25). Exact names ("Canonical",
 * "Kubernetes") are found lexically, paraphrases ("where does he work now") semantically.
 */
public final class HybridRetriever implements Retriever {

    /** The usual constant of reciprocal rank fusion: ranks beyond the first few count for little. */
    static final int RRF_K = 60;

    private final ProfileIndex index;
    private final QueryEmbedder embedder;
    private final int topK;
    private final Set<String> personsName;
    /** Each skill family's member terms the documents use, analysed once per index, not per question. */
    private final Map<String, Set<String>> knownMembers = new java.util.concurrent.ConcurrentHashMap<>();

    public HybridRetriever(ProfileIndex index, QueryEmbedder embedder, int topK) {
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1, got " + topK);
        }
        this.index = index;
        this.embedder = embedder;
        this.topK = topK;
        this.personsName = index.profile()
                .facts()
                .identity()
                .name()
                .map(name -> Set.copyOf(index.analyzer().terms(name)))
                .orElse(Set.of());
    }

    /**
     * Recruiters' phrasings whose words a CV does not use, with the words it does: "what does she do
     * outside work?" is answered under "Interests", "how soon can he join?" by a notice period.
     */
    /** A question about what someone does outside work: "hobbies", "in her spare time", "for fun". */
    public static final Pattern ASKS_ABOUT_PASTIMES =
            Pattern.compile("(?i)\\b(hobb(y|ies)|outside (of )?work|free time|spare time|for fun|pastimes?)\\b");

    private static final List<Map.Entry<Pattern, String>> TOPIC_WORDS = List.of(
            Map.entry(ASKS_ABOUT_PASTIMES, "interests hobbies"),
            Map.entry(
                    Pattern.compile(
                            "(?i)\\bhow soon\\b|\\bwhen (can|could) (he|she|they) (start|join)\\b|\\bavailable to start\\b"),
                    "notice period available to start"),
            // "What's her notice period?" of "Opzegtermijn: 2 maanden", "aviso prévio de 30 dias", "Kündigungsfrist"
            Map.entry(
                    Pattern.compile("(?i)\\bnotice\\b"),
                    "opzegtermijn aviso prévio préavis preaviso kündigungsfrist wypowiedzenia"),
            // "Does he have any side projects?" of "Outside of work I maintain Vapur, a small open-source app"
            Map.entry(Pattern.compile("(?i)\\b(side|personal|pet|hobby) projects?\\b"), "open-source maintain"),
            // "Did he study abroad?" of an "Erasmus exchange semester", an "Exchange Student", an "Auslandssemester"
            Map.entry(
                    Pattern.compile("(?i)\\babroad\\b.*\\bstud\\w*|\\bstud\\w*\\b.*\\babroad\\b"),
                    "exchange semester erasmus auslandssemester"));

    static String withTopicWords(String question) {
        StringBuilder out = new StringBuilder(question);
        for (Map.Entry<Pattern, String> topic : TOPIC_WORDS) {
            if (topic.getKey().matcher(question).find()) {
                out.append(' ').append(topic.getValue());
            }
        }
        return out.toString();
    }

    /** How many passages about the question's role join the best ones when they did not rank among them. */
    static final int MAX_SUBJECT_PASSAGES = 3;
    /** At most this many more passages, giving sums of money, for a question about the largest. */
    static final int MAX_SUMS_COMPARED = 8;

    // a capitalised word that does not start a sentence, or a word with a capital inside ("PyCon")
    private static final Pattern PROPER_NOUN =
            Pattern.compile("(?<=[^.!?\\s]\\s)(\\p{Lu}[\\p{L}\\p{N}+#.-]*|\\p{L}+\\p{Lu}[\\p{L}\\p{N}+#.-]*)");

    /** A question that stands alone, searched as asked. */
    public Retrieval retrieve(String asked) {
        return retrieve(Query.of(asked));
    }

    @Override
    public Retrieval retrieve(Query query) {
        String question = withPartsApart(index.correctSpelling(index.acronyms().expand(query.searchText())));
        String searched = withTopicWords(question);
        // every passage is about the person: "Elena" in "What is Elena looking for?" finds nothing
        List<String> terms = index.analyzer().terms(searched).stream()
                .filter(term -> !personsName.contains(term))
                .toList();
        Map<String, Double> weights = new LinkedHashMap<>();
        terms.forEach(term -> weights.put(term, index.idf(term)));
        Map<String, Set<String>> alternatives = familyMembers(question);
        List<String> searchedTerms = new ArrayList<>(terms);
        alternatives
                .values()
                .forEach(members -> members.stream()
                        .filter(member -> !searchedTerms.contains(member))
                        .forEach(searchedTerms::add));
        Embedding embedding = embedder.embed(searched);
        List<ProfileIndex.Hit> semantic = index.vectorSearch(embedding);
        List<ProfileIndex.Hit> lexical = index.lexicalSearch(searchedTerms);

        Map<Integer, Double> fused = new HashMap<>();
        Map<Integer, Double> cosine = new HashMap<>();
        Map<Integer, Double> bm25 = new HashMap<>();
        for (int rank = 0; rank < semantic.size(); rank++) {
            ProfileIndex.Hit hit = semantic.get(rank);
            fused.merge(hit.passage(), 1.0 / (RRF_K + rank + 1), Double::sum);
            cosine.put(hit.passage(), hit.score());
        }
        for (int rank = 0; rank < lexical.size(); rank++) {
            ProfileIndex.Hit hit = lexical.get(rank);
            fused.merge(hit.passage(), 1.0 / (RRF_K + rank + 1), Double::sum);
            bm25.put(hit.passage(), hit.score());
        }
        List<Integer> ranked = new ArrayList<>(fused.keySet());
        ranked.sort((a, b) -> Double.compare(fused.get(b), fused.get(a)));
        List<Integer> chosen = new ArrayList<>(ranked.subList(0, Math.min(topK, ranked.size())));
        if (Amounts.asksForTheLargest(question)) {
            // "What is the biggest project he has delivered?": every passage giving a named thing its sum, to
            // compare them
            ranked.stream()
                    .filter(p -> !chosen.contains(p))
                    .filter(p -> Amounts.largestNamedIn(index.passages().get(p).text())
                            .isPresent())
                    .limit(MAX_SUMS_COMPARED)
                    .toList()
                    .forEach(chosen::add);
        }
        query.subject()
                .ifPresent(role -> ranked.stream()
                        .filter(p -> !chosen.contains(p))
                        .filter(p -> isAbout(p, role))
                        .limit(MAX_SUBJECT_PASSAGES)
                        .toList()
                        .forEach(chosen::add));
        List<RetrievedPassage> passages = chosen.stream()
                .map(p -> new RetrievedPassage(
                        p,
                        index.passages().get(p),
                        index.sentences(p),
                        index.sectionTerms(p),
                        fused.get(p),
                        cosine.getOrDefault(p, 0.0),
                        bm25.getOrDefault(p, 0.0)))
                .toList();
        Retrieval found = new Retrieval(
                query, question, embedding.vector(), weights, alternatives, passages, List.of(), subjectTerms(query));
        return found.withUnknownNames(unknownNames(found.checkedText()));
    }

    /**
     * The terms a follow-up's search holds only because it names the role the follow-up points at: "Department of
     * Veterans Affairs … IT Specialist" after "How many analysts does she mentor there?".
     */
    private Set<String> subjectTerms(Query query) {
        if (query.subject().isEmpty() || query.asked().equals(query.searchText())) {
            return Set.of();
        }
        Role role = query.subject().get();
        Set<String> asked = Set.copyOf(index.analyzer().terms(query.asked()));
        return index.analyzer().terms(role.organization() + " " + role.title()).stream()
                .filter(term -> !asked.contains(term))
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * For each term of a family the question names ("cloud", "BI tools"), the terms of the family's
     * members the documents use ("aws", "tableau"): a sentence holding one covers the question's term.
     */
    private Map<String, Set<String>> familyMembers(String question) {
        Map<String, Set<String>> alternatives = new LinkedHashMap<>();
        for (SkillFamilies.Named family : SkillFamilies.named(question)) {
            Set<String> members = knownMembers(family);
            if (members.isEmpty()) {
                continue;
            }
            for (String term : index.analyzer().terms(question.substring(family.start(), family.end()))) {
                alternatives
                        .computeIfAbsent(term, t -> new java.util.LinkedHashSet<>())
                        .addAll(members);
            }
        }
        return alternatives;
    }

    /** The spans of the text naming a family of which the documents use a member ("CRM" of "Salesforce"). */
    private List<SkillFamilies.Named> knownFamilies(String text) {
        return SkillFamilies.named(text).stream()
                .filter(family -> !knownMembers(family).isEmpty())
                .toList();
    }

    private Set<String> knownMembers(SkillFamilies.Named family) {
        return knownMembers.computeIfAbsent(family.members(), members -> {
            Set<String> known = new java.util.LinkedHashSet<>(index.analyzer().terms(members));
            known.removeIf(term -> !index.knows(term));
            return java.util.Collections.unmodifiableSet(known);
        });
    }

    /**
     * The names in the asked text (a capitalised word that does not start a sentence, or a
     * camel-cased one) that no passage contains in this or in another form: "Haskell" in "Has he
     * used Haskell?", but not "UW" when the documents say "University of Waterloo".
     */
    private List<String> unknownNames(String asked) {
        List<String> unknown = new ArrayList<>();
        Set<String> knownByAnotherForm = index.acronyms().knownForms(asked);
        String stripped = asked.strip();
        List<SkillFamilies.Named> families = knownFamilies(stripped);
        Matcher m = PROPER_NOUN.matcher(stripped);
        while (m.find()) {
            String word = m.group(1).replaceAll("[.?!,;:]+$", "");
            if (word.length() < 2 || knownByAnotherForm.contains(word) || DOCUMENT_WORDS.contains(word)) {
                continue; // "on her CV": the documents themselves, not something in them
            }
            if (CHAT_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue; // "How much travel is she OK with?": a word of the chat, not a name
            }
            if (within(families, m.start(1))) {
                continue; // "CRM" of a profile naming Salesforce
            }
            if (dev.profilebot.profile.facts.UsStates.codeEndingAt(stripped, m.start(1) + word.length())
                    .filter(index::writesStateCode)
                    .isPresent()) {
                continue; // "Louisiana" of a profile naming "Lafayette, LA"
            }
            if (HONORIFIC.matcher(word).matches()
                    || EXCLUDED.matcher(asked.strip().substring(0, m.start(1))).find()) {
                continue; // "Ms Keaveney" is the person; "languages other than English" asks about the others
            }
            List<String> terms = index.analyzer().terms(word);
            if (!terms.isEmpty()
                    && terms.stream().noneMatch(index::knows)
                    && !knownJoined(stripped, m.start(1), word)
                    && !knownWithUmlauts(word)
                    && !knownShortened(stripped, m.start(1), word)
                    && !knownInAnotherScript(word)) {
                unknown.add(word);
            }
        }
        Matcher compound = COMPOUND.matcher(stripped);
        while (compound.find()) {
            if (within(families, compound.start())) {
                continue; // "infrastructure-as-code" of a profile naming Terraform
            }
            String head = compound.group().substring(compound.group().lastIndexOf('-') + 1);
            List<String> headTerms = index.analyzer().terms(head);
            // "h-index" when the documents never say "index"; "hands-on" or "real-time" only describe
            if (!index.writes(compound.group())
                    && !knownByAnotherForm.contains(compound.group())
                    && !headTerms.isEmpty()
                    && headTerms.stream().noneMatch(index::knows)) {
                unknown.add(compound.group());
            }
        }
        Matcher counted = COUNTED.matcher(asked);
        if (counted.find()
                && !GENERIC_COUNTS.contains(counted.group(1).toLowerCase(Locale.ROOT))
                // "How many papers …" of a profile that counts its "peer-reviewed articles"
                && !within(families, counted.start(1))) {
            List<String> terms = index.analyzer().terms(counted.group(1));
            if (!terms.isEmpty() && terms.stream().noneMatch(index::knows)) {
                unknown.add(counted.group(1)); // "How many employees does Marévia have?"
            }
        }
        if (unknown.isEmpty()) {
            thingAskedWhether(stripped, families, knownByAnotherForm).ifPresent(unknown::add);
        }
        // "Has he worked on EVs or hybrids?" of a profile that says "escape hybrid": one of the two is there
        unknown.removeIf(word -> alternativeKnown(stripped, word));
        return unknown;
    }

    /** How the documents' words written in Cyrillic, Greek, … sound in Latin letters; read once. */
    private volatile Set<String> soundsOfOtherScripts;

    /**
     * Whether a name asked in Latin letters is one the documents write in another script: "Tengizchevroil" of
     * "Тенгизшевройл", "Karachaganak" of "Карачаганак" (or of "Карачаганака", a case of it).
     */
    private boolean knownInAnotherScript(String name) {
        if (soundsOfOtherScripts == null) {
            Set<String> read = new java.util.HashSet<>();
            index.passages().forEach(p -> read.addAll(Scripts.soundsOfOtherWords(p.text())));
            soundsOfOtherScripts = read;
        }
        Set<String> sounds = soundsOfOtherScripts;
        if (sounds.isEmpty()) {
            return false;
        }
        return java.util.Arrays.stream(name.split("[\\s-]+")).allMatch(word -> {
            String sound = Scripts.sound(word);
            return sound.length() >= 2
                    && (sounds.contains(sound)
                            || sound.length() >= 4
                                    && sounds.stream()
                                            .anyMatch(s -> s.startsWith(sound) && s.length() <= sound.length() + 2));
        });
    }

    /** The capitalised word right before a name: "Leaving" of "Leaving Cert". */
    private static final Pattern NAME_WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+)\\s+$");

    /**
     * Whether a name's last word is a shortening of the documents' word, the name's word before it the same:
     * "Leaving Cert" of "Leaving Certificate Biology".
     */
    private boolean knownShortened(String asked, int start, String word) {
        Matcher before = NAME_WORD_BEFORE.matcher(asked.substring(0, start));
        return word.length() >= 3 && before.find() && index.writes(before.group(1) + " " + word);
    }

    /** "Has he got a forklift licence?": whether someone did, has or is something, and the words naming it. */
    private static final Pattern ASKED_WHETHER = Pattern.compile(
            "(?i)^(?:and |so |ok,? )?(?:does|do|did|has|have|had|is|was|can|could)\\s+(?:she|he|they|\\p{Lu}\\p{L}+)"
                    + "\\s+(?:ever\\s+)?\\p{L}+\\s+(.+?)[?.!\\s]*$");

    /** A credential's noun after the word that says which: "forklift licence", "dogging ticket". */
    private static final Pattern CREDENTIAL_AFTER = Pattern.compile(
            "(?i)\\s+(licen[cs]es?|tickets?|certificates?|certifications?|cert|qualifications?|permits?|endorsements?"
                    + "|cards?|accreditations?|registrations?)\\b");

    private static final Pattern DRIVING = Pattern.compile("(?i)driving|drivers?['’]?s?");

    /** A level of study, which the degrees' names say in their own words: "postgraduate" of a "Graduate Certificate". */
    private static final Pattern LEVEL_OF_STUDY = Pattern.compile(
            "(?i)(post-?|under)?grad(uate)?|postgrad\\w*|undergrad\\w*|tertiary|doctoral|masters?|bachelors?");

    /** Words of such a question that name no thing: articles, prepositions, "any", "experience". */
    private static final Pattern NAMES_NOTHING = Pattern.compile(
            "(?i)ever|any|a|an|the|some|experience|with|in|of|on|at|for|to|and|or|as|from|into|about|her|his|their"
                    + "|them|it|that|this|these|those|other|own|before|previously|also|much|many|good|real|work|job"
                    + "|jobs|role|roles|kind|sort|type|types|time|lot|bit|well");

    /**
     * The credential a yes/no question asks for by a word the documents never use, right before the credential's
     * noun ("a forklift licence" of "Has he got a forklift licence?"), in lower case too; the verb after the person
     * is passed over. Empty when the documents use the word: a word that names no credential may be said in other
     * words ("Has she managed anyone?").
     */
    private Optional<String> thingAskedWhether(
            String asked, List<SkillFamilies.Named> families, Set<String> knownByAnotherForm) {
        Matcher whether = ASKED_WHETHER.matcher(asked);
        if (!whether.matches()) {
            return Optional.empty();
        }
        Matcher word = WORD.matcher(whether.group(1));
        while (word.find()) {
            String w = word.group();
            int at = whether.start(1) + word.start();
            if (w.length() < 4
                    || NAMES_NOTHING.matcher(w).matches()
                    // a driving licence may be named in another language ("Führerschein: Klasse B"): the
                    // uncovered topics know its names
                    || DRIVING.matcher(w).matches()
                    || LEVEL_OF_STUDY.matcher(w).matches()
                    || !w.chars().allMatch(Character::isLetter)
                    || within(families, at)) {
                continue;
            }
            Matcher credential = CREDENTIAL_AFTER.matcher(whether.group(1).substring(word.end()));
            if (!credential.lookingAt()) {
                continue;
            }
            List<String> terms = index.analyzer().terms(w);
            if (!terms.isEmpty()
                    && terms.stream().noneMatch(index::knows)
                    && !knownByAnotherForm.contains(w)
                    && !knownJoined(asked, at, w)
                    && !knownWithUmlauts(w)
                    && !index.writesWithinAWord(w)) {
                // "a forklift licence", "forklift licences"
                String thing = w + " " + credential.group(1);
                boolean one = !credential.group(1).endsWith("s");
                return Optional.of(one ? (w.matches("(?i)[aeiou].*") ? "an " : "a ") + thing : thing);
            }
        }
        return Optional.empty();
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
    /** The next word, or a number on its own: "PRINCE 2" of a profile that writes "PRINCE2". */
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}+|\\d{1,2}\\b)");

    /**
     * Whether the word and the one before or after it, written as one, are a word of the documents: "Open Telemetry"
     * of a profile that writes "OpenTelemetry", "Next JS" of one that writes "NextJS".
     */
    private boolean knownJoined(String asked, int start, String word) {
        Matcher before = WORD_BEFORE.matcher(asked.substring(0, start));
        Matcher after = WORD_AFTER.matcher(asked.substring(start + word.length()));
        List<String> joined = new ArrayList<>();
        if (before.find()) {
            joined.add(before.group(1) + word);
        }
        if (after.find()) {
            joined.add(word + after.group(1));
        }
        return joined.stream().anyMatch(this::isAWordOfTheDocuments);
    }

    /** Whether the text gives terms, each of which the documents use. */
    private boolean isAWordOfTheDocuments(String text) {
        List<String> terms = index.analyzer().terms(text);
        return !terms.isEmpty() && terms.stream().allMatch(index::knows);
    }

    /** Where a word run together parts: letters then a digit, or a small letter then a capital ("Civil3D", "NextJs"). */
    private static final Pattern PART_BOUNDARY = Pattern.compile("(?<=\\p{L})(?=\\d)|(?<=\\p{Ll})(?=\\p{Lu})");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * The text with each word that runs parts together written apart where the documents write it so and never
     * whole: "ArgoCD" as "Argo CD", "Civil3D" as "Civil 3D".
     */
    private String withPartsApart(String text) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String apart = PART_BOUNDARY.matcher(word.group()).replaceAll(" ");
            // (most words run no parts together: only those that do are looked up)
            boolean writtenApart =
                    !apart.equals(word.group()) && !isAWordOfTheDocuments(word.group()) && index.writes(apart);
            word.appendReplacement(out, Matcher.quoteReplacement(writtenApart ? apart : word.group()));
        }
        word.appendTail(out);
        return out.toString();
    }

    /** "ue", "oe", "ae" after a consonant: how an umlaut is written out ("Gruenfeld" for "Grünfeld"). */
    private static final Pattern WRITTEN_OUT_UMLAUT = Pattern.compile("(?i)(?<=[^aeiou\\W\\d])([uoa])e");

    /**
     * Whether the word without its umlauts written out is a word of the documents: "Gruenfeld" as "Grunfeld", the
     * form the analyzer gives "Grünfeld".
     */
    private boolean knownWithUmlauts(String word) {
        String back = WRITTEN_OUT_UMLAUT.matcher(word).replaceAll("$1");
        if (back.equals(word)) {
            return false;
        }
        return isAWordOfTheDocuments(back);
    }

    /** Whether the question offers another word beside this one ("X or Y", "X/Y") that the documents use. */
    private boolean alternativeKnown(String asked, String word) {
        String quoted = Pattern.quote(word);
        Matcher m = Pattern.compile("(?i)(?:\\b([\\p{L}][\\p{L}-]*)\\s*(?:\\bor\\b|/)\\s*" + quoted
                        + "(?![\\p{L}])|(?<![\\p{L}])" + quoted + "\\s*(?:\\bor\\b|/)\\s*([\\p{L}][\\p{L}-]*))")
                .matcher(asked);
        while (m.find()) {
            String other = m.group(1) != null ? m.group(1) : m.group(2);
            List<String> terms = index.analyzer().terms(other);
            if (!terms.isEmpty() && terms.stream().anyMatch(index::knows)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(List<SkillFamilies.Named> families, int position) {
        return families.stream().anyMatch(f -> f.start() <= position && position < f.end());
    }

    private static final Pattern HONORIFIC = Pattern.compile("(?i)(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\\.?");
    /** A name the question sets aside: "other than English", "apart from SAP", "besides Python". */
    private static final Pattern EXCLUDED =
            Pattern.compile("(?i)\\b(other than|apart from|besides|except(?: for)?|aside from|beyond)\\s+$");

    /** Words for the documents themselves. */
    private static final Set<String> DOCUMENT_WORDS = Set.of("CV", "CVs", "Resume", "Résumé");

    private static final Set<String> CHAT_WORDS = Set.of("ok", "okay", "hi", "hey", "thanks", "please");

    /** A hyphenated lower-case term whose last part the documents never use ("h-index"). */
    private static final Pattern COMPOUND =
            Pattern.compile("(?<![\\p{L}\\d-])\\p{Ll}[\\p{Ll}\\d]*(?:-[\\p{Ll}\\d]+)+(?![\\p{L}\\d-])");
    /** What "how many …" counts. */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\bhow many ([\\p{L}]+)");
    /** Counts the documents give in other words ("a team of 8" for "how many people"). */
    private static final Set<String> GENERIC_COUNTS = Set.of(
            "people",
            "persons",
            "folks",
            "staff",
            "times",
            "years",
            "months",
            // "flag 58 hrs a week": a unit the documents shorten
            "hours",
            "members",
            "others",
            "ones",
            "jobs",
            "roles",
            "positions",
            "companies",
            "employers",
            "organisations",
            "organizations",
            "clients",
            "countries",
            "languages");

    /** Whether a passage says something of the role beyond naming it. */
    private boolean isAbout(int passage, Role role) {
        return index.sentences(passage).stream()
                .anyMatch(
                        s -> !s.heading() && s.role().filter(role::samePlaceAs).isPresent());
    }
}
