package dev.profilebot.answer;

import dev.profilebot.profile.Passage;
import dev.profilebot.profile.Words;
import dev.profilebot.retrieval.HybridRetriever;
import dev.profilebot.retrieval.LanguageNames;
import dev.profilebot.retrieval.ProfileAnalyzer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions recruiters ask that résumés seldom answer — salary, notice period, hobbies, a driving
 * licence, a security clearance, a visa, a degree's grade, certifications — are answered only when
 * the documents speak of the topic at all. Otherwise the nearest passage (a skills line naming AWS
 * for "Is she AWS certified?") would pass for an answer, and the honest reply is that the profile
 * doesn't say.
 */
final class UncoveredTopics {

    private record Topic(String name, Pattern question, Pattern evidence) {}

    private static final String HOBBIES = "hobbies";

    /** A driving licence in other languages: "Rijbewijs: B, BE", "Führerschein Klasse B", "Permis B". */
    private static final String DRIVING_LICENCE_ABROAD =
            "|\\b(rijbewijs|f(ü|ue)hrerschein|permis [a-e]\\b|carn[eé] de conducir|carteira de habilita)";

    private static final List<Topic> TOPICS = List.of(
            // what she is paid now, where the documents give only what she expects ("Expected Salary: S$10,500")
            topic(
                    "a current salary",
                    "\\b(current|last[- ]drawn|present|existing)\\W+(\\w+\\W+)?(salary|pay|compensation|ctc|package)\\b",
                    "\\b(current|last[- ]drawn|present|existing)\\s+(\\w+\\s+)?(salary|pay|compensation|ctc|package)\\b"
                            + "|\\bc?ctc\\b|\\b(currently )?(earn|earns|earning)\\b"),
            topic(
                    "salary expectations",
                    "\\b(salary|salaries|compensation|remuneration|wages?|pay (range|expectations?|rate|package)"
                            + "|(weekly|daily|hourly|annual) (pay|rate)|rate of pay|day rate|hourly rate)\\b",
                    // (an Indian CV's "cost to company": "Current CTC: 18 LPA")
                    // (not a budget she ran: "a salary and O&M budget of $780,000", "the salary budget")
                    "\\b(salary|salaries|compensation|remuneration|day rate|hourly rate|per annum|c?ctc)\\b"
                            + "(?!(?:\\s+(?:and|&)\\s+[\\w&/-]+)?\\s+(?:budgets?|costs?|envelopes?|forecasts?)\\b)"),
            // what a freelancer or an artist charges: said only with an amount for a unit ("£0.08 per word",
            // "rates from €40 an hour"), not by a prize's "(£3,000)" nor a regulation on "translators' fees"
            topic(
                    "rates or prices",
                    "\\bhow much (do|does|did|would|will|can) \\w+ (\\w+ )?(charge|cost|sell for|go for|ask for|bill)\\b"
                            + "|\\b(her|his|their|your) (rates?|fees?|prices?|pricing|charges)\\b"
                            + "|\\b(rates?|prices?|fees?) (per|an?) (word|page|hour|day|line|minute|painting|piece)\\b",
                    "(?:[£€$¥]|\\b(?:usd|eur|gbp|pln|chf|aud|cad)\\b)\\s?\\d[\\d,.]*\\s*(?:k\\b)?\\s*(?:/|per\\b|an?\\b|each\\b)"
                            + "|\\d[\\d,.]*\\s?(?:zł|eur|usd|gbp|pln|chf)\\s*(?:/|per\\b|an?\\b)"
                            + "|\\b(rates?|fees?|prices?)\\s*(?:from|of|:|start at)\\s*(?:[£€$]\\s?)?\\d"),
            topic(
                    "a non-compete or other restrictive covenants",
                    "\\bnon-?competes?\\b|\\brestrictive covenants?\\b|\\bnon-?solicit\\w*|\\bgarden(ing)? leave\\b",
                    "\\bnon-?competes?\\b|\\bcovenants?\\b|\\bnon-?solicit\\w*|\\bgarden(ing)? leave\\b"),
            topic(
                    "professional indemnity insurance",
                    "\\b(professional indemnity|indemnity insurance|liability insurance|public liability|insured)\\b",
                    "\\bindemnity\\b|\\bliability (insurance|cover)\\b|\\b(fully )?insured\\b"),
            topic(
                    "a notice period",
                    "\\bnotice( period)?\\b|\\bavailable to start\\b|\\bwhen (can|could) (he|she|they) start\\b",
                    // (not a parliament's "Questions on Notice", work done "at short notice" nor an insurer's "First
                    // Notice of Loss")
                    "\\b(?<!on )(?<!short )(?<!first )notice\\b(?! of loss)|\\bavailab(le|ility) (to start|from|in)\\b|\\b(can|could) start\\b"
                            + "|\\bstart(ing)? date\\b"
                            // "Disponible après préavis de 3 mois", "preaviso de 15 días", "Kündigungsfrist"
                            + "|\\bpr[ée]avis\\b|\\bpreaviso\\b|\\bpreavviso\\b|\\bkündigungsfrist\\b"
                            // "Opzegtermijn: 2 maanden", "aviso prévio de 30 dias", "okres wypowiedzenia"
                            + "|\\bopzegtermijn\\b|\\baviso pr[ée]vio\\b|\\bokres wypowiedzenia\\b"
                            // "Mein frühestmöglicher Eintrittstermin ist der 1. Juli 2025", "verfügbar ab"
                            + "|\\beintrittstermin\\b|\\bfrühestmöglich\\w*|\\bverfügbar ab\\b"),
            new Topic(
                    HOBBIES,
                    HybridRetriever.ASKS_ABOUT_PASTIMES,
                    Pattern.compile(
                            "\\bhobb(y|ies)\\b|\\b(free|spare) time\\b|\\bfor fun\\b|\\boutside (of )?work\\b|\\boutside school,? (i|she|he|they|we)\\b|\\bweekends?\\b"
                                    // (not the work one enjoys: "how much I enjoy teaching")
                                    + "|\\bi (enjoy|love)\\b(?! (teaching|working|leading|helping|mentoring|coaching"
                                    + "|solving|building|the challenge|my (work|job))\\b)"
                                    // "Interests: half-marathon running, film photography"
                                    + "|\\binterests\\s*:"
                                    // in French, Spanish, Portuguese or German: "Centres d'intérêt", "Aficiones"
                                    + "|\\b(centres? d['’]int[ée]r[êe]ts?|loisirs|aficiones|pasatiempos|passatempos"
                                    + "|hobbys|freizeit(gestaltung)?|interessen)\\b")),
            topic(
                    "a driving licence",
                    "\\bdriv(ing|er'?s) licen[cs]e\\b|\\bdrive a car\\b|\\bcan (he|she|they) drive\\b",
                    "\\bdriv(ing|ers?'?s?)\\b|\\bcdl\\b|\\b(hgv|lgv|pcv|class [a-e]) licen[cs]e\\b"
                            + DRIVING_LICENCE_ABROAD),
            // a lawyer's licence is an admission to the bar: "BAR & COURT ADMISSIONS", "Admitted to practise"
            topic(
                    "that licence",
                    "\\blicen[cs]e[sd]?\\b",
                    "\\blicen[cs]e[sd]?\\b|\\bbar\\b.{0,20}\\badmissions?\\b|\\badmitted to\\b"
                            + DRIVING_LICENCE_ABROAD),
            topic(
                    "a security clearance",
                    "\\bclearance\\b|\\bvetting\\b|\\bvetted\\b",
                    "\\bclearance\\b|\\bvett(ed|ing)\\b"),
            topic(
                    "visa or work permits",
                    "\\bvisas?\\b|\\bsponsorship\\b|\\bwork permit\\b|\\b(right to|authori[sz]ed to) work\\b|\\bwork rights\\b"
                            + "|\\bwork authori[sz]ation\\b|\\bcitizen(ship)?\\b",
                    // "sponsorship income" is a club's money, not a visa; a trial's "sponsor" is a drug company
                    "\\bvisas?\\b|\\bsponsorship\\b(?! (income|deals?|revenue|packages?|budgets?|funds?))"
                            + "|\\bwork permit\\b|\\bright to work\\b|\\bwork rights\\b|\\bcitizen(ship)?\\b"
                            + "|\\b(authori[sz]ed to work|work authori[sz]ation|green card|permanent resident|settled status)\\b"
                            // a Swiss permit by its letter, a residence permit, a Singapore or Malaysian work pass
                            // (the letter alone after the word, or joined to it: not "a permit")
                            + "|\\b(permit [a-z](?![\\p{L}-])|[a-z]-permit|residence permit|employment pass|work pass"
                            + "|blue card)\\b"
                            + "|\\b(aufenthalts|arbeits)(bewilligung|erlaubnis|titel)\\b"),
            topic(
                    "the grade of that degree",
                    "\\b(classification|grade|gpa|honou?rs)\\b|\\bfirst or (a )?2:1\\b",
                    "\\b(first class|first-class|2:1|2:2|upper second|lower second|honou?rs|gpa|grade|distinction|cum laude|merit"
                            // a Lebenslauf's or a Dutch diploma's: "Abschlussnote: 1,7", "Eindcijfer: 7,8"
                            + "|(abschluss|gesamt|end|abitur)note|eindcijfer)\\b"),
            topic(
                    "what roles they are open to",
                    "\\b(open to|interested in|looking for|considering|(would|will|might) \\w+ (be )?consider|willing to (take|do|consider))\\b.*\\b(roles?|positions?|jobs?|contracts?|contract work|interim|freelance|part-time|full-time|opportunit(y|ies))\\b",
                    "\\b(open to|looking for|interested in|seeking|available for|not taking|not looking|happy to)\\b"),
            topic(
                    "relocation",
                    "\\breloca\\w*|\\b(willing|open|happy|ready|able|prepared) to (move|relocate)\\b|\\bmov(e|ing) (abroad|countries)\\b",
                    "\\breloca\\w*|\\b(willing|open|happy|prepared|able|ready) to (move|moving)\\b|\\bmov(e|ing) (abroad"
                            + "|countries)\\b|\\bnot (moving|relocating)\\b"
                            // a move told in German, French, Spanish, Portuguese or Polish: "einen Umzug in den
                            // Großraum Stuttgart", "déménagement", "mudança", "przeprowadzka"
                            + "|\\b(umzug|umziehen|d[ée]m[ée]nag\\w*|mudanza|mudan[çc]a|przeprowadz\\w*|relokac\\w*)\\b"),
            topic(
                    "working nights, weekends or shifts",
                    "\\b(available|availability|willing|able|happy|open) (to work|for|to do)\\b.*\\b(nights?|weekends?|shifts?"
                            + "|overtime|on[- ]call|evenings?)\\b",
                    // "available for nights", "nights preferred"; not "References available on request"
                    "\\bavailab(le|ility) (to work|for|on|at)\\b(?! request)|\\bflexib(le|ility)\\b|\\bwilling to work\\b"
                            + "|\\bhappy to work\\b|\\b(nights?|days|weekends?|evenings?) (preferred|only)\\b"
                            + "|\\bprefers? (nights?|days|weekends?)\\b"),
            // (not a job advert's "reference number")
            topic(
                    "references",
                    "\\breferees?\\b|\\breferences?\\b(?! (?:number|no\\b|code|id\\b))",
                    "\\b(" + SentenceScorer.REFERENCES + ")\\b"),
            // "References available on request" says there are some, not who they are
            topic(
                    "references beyond \"available on request\"",
                    "\\b(who|name|names|contact)\\b.*\\b(referees?|references?)\\b",
                    "\\b(" + SentenceScorer.REFERENCES + ")\\b(?![^.\\n]{0,60}\\b(up)?on request\\b)"),
            topic(
                    "vaccinations",
                    "\\bvaccinat\\w*|\\bvaccines?\\b|\\bimmuni[sz]\\w*|\\bboosters?\\b",
                    "\\bvaccin\\w*|\\bimmuni[sz]\\w*"),
            topic(
                    "a thesis",
                    // (or its project: "What was his B.Tech final-year project about?")
                    "\\b(thesis|dissertation|final[- ]year project|capstone|senior project)\\b",
                    "\\b(thesis|dissertation|final[- ]year project|capstone|senior project|major project|doktorarbeit|masterarbeit|m[ée]moire|th[èe]se|tesis|tese|tesi|tcc"
                            + "|trabajo fin de (grado|m[áa]ster)|proyecto fin de carrera|pfc|tfg|tfm)\\b"),
            topic("favourites", "\\bfavou?rites?\\b", "\\bfavou?rites?\\b|\\bi (love|prefer)\\b"),
            // "Education & Professional Qualifications: CIPS Level 6 Professional Diploma": a profession's own
            // certificates, by another name
            topic(
                    "certifications",
                    "\\bcertif(ied|icates?|ications?)\\b",
                    "\\bcertif(ied|icates?|ications?)\\b|\\bcertifi[ck]aa?t\\w*|\\blegitimation\\w*|\\bzertifi\\w*|\\baccredit\\w*|\\bprofessional (qualifications?|diplomas?"
                            + "|memberships?)\\b"
                            // a tradesperson's "Qualifications" section: City & Guilds, First Aid at Work
                            + "|(?m)(^|› )qualifications\\b"
                            // a Lebenslauf's further training: "Weiterbildungen", "Fortbildungen"
                            + "|(?m)(^|› )(weiter|fort)bildung(en)?\\b"
                            + "|\\bsix sigma\\b|\\b(yellow|green|black) belt\\b"),
            // the languages a person speaks: said in a "Languages" section or with a level, not by an A-level
            // in "English Language" ("polish" is no language: "more than polish")
            topic(
                    "the languages they speak",
                    // not "Has he spoken at conferences?"
                    "\\blanguages?\\b.*\\b(speaks?|spoken)\\b|\\b(speaks?|spoken)\\b.*\\blanguages?\\b"
                            + "|\\b(foreign languages?|bilingual|multilingual|fluent in)\\b"
                            + "|\\b(does|do|can) (she|he|they) speak\\b(?! (at|about|on|to|with|for|in front)\\b)",
                    // the section's name opening its line or its part of a path ("CURRICULUM VITAE › Idiomas")
                    "(?m)(^|› )(languages?|sprachen|langues|idiomas|lingue|talen|språk|línguas|yabanc[ıi] dil|bahasa|знання мов)\\b"
                            + "|\\blanguages?\\s*:"
                            + "|\\b(fluent|native|bilingual|mother tongue|conversational|speak\\w*|spoken|muttersprache"
                            + "|maternelle|courant|lengua materna|madrelingua|lingua madre|altre lingue|nativ[oa]|spanish|french|german|italian|portuguese"
                            + "|mandarin|cantonese|chinese|japanese|arabic|hindi|urdu|dutch|russian|welsh|swahili"
                            + "|korean|turkish|greek|swedish|norwegian|danish)\\b|\\([abc][12]\\)"));

    /** The topics the documents never speak of, found once when the profile is read. */
    private final List<Topic> absent;
    /** The documents' text in small letters, for the languages asked of by name. */
    private final String profileText;

    /** "Does she speak German?", "Is he fluent in Spanish?": a language asked of by its English name. */
    private static final Pattern SPEAKS_LANGUAGE = Pattern.compile(
            "\\b(?:speaks?|spoken|fluent in|proficient in|(?:does|do|can) (?:she|he|they) (?:read|write))\\s+(?:any\\s+)?"
                    + "(\\p{L}+)");

    UncoveredTopics(List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        for (Passage passage : passages) {
            text.append(passage.section()).append('\n').append(passage.text()).append('\n');
        }
        // (as the languages' names are: "İngilizce" is "ingilizce")
        // (and the words of other languages by their English word: "Línguas" and "Francês" speak of languages)
        String profileText = LanguageNames.inSmallLetters(text.toString()) + inEnglish(text.toString());
        boolean pastimes = passages.stream().anyMatch(UncoveredTopics::isPastimes);
        this.profileText = profileText;
        this.absent = TOPICS.stream()
                .filter(topic -> !topic.evidence().matcher(profileText).find())
                .filter(topic -> !(pastimes && topic.name().equals(HOBBIES)))
                .toList();
    }

    /** The topic the question asks about that the documents never mention, if any. */
    Optional<String> uncovered(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        for (Topic topic : absent) {
            if (topic.question().matcher(q).find()) {
                return Optional.of(topic.name());
            }
        }
        // "Does she speak German?" of a profile whose languages are French and English, "Germany" said elsewhere
        java.util.regex.Matcher asked = SPEAKS_LANGUAGE.matcher(q);
        Optional<Locale> language = asked.find() ? LanguageNames.named(asked.group(1)) : Optional.empty();
        if (language.isPresent()) {
            String english = asked.group(1);
            boolean named = LanguageNames.namesOf(language.get()).stream()
                    .anyMatch(name -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})")
                            .matcher(profileText)
                            .find());
            if (!named) {
                return Optional.of(Character.toUpperCase(english.charAt(0)) + english.substring(1));
            }
        }
        return Optional.empty();
    }

    private static final Pattern INTERESTS_HEADING =
            // "Skills and Interests", "Interests & Activities"
            Pattern.compile("(?i)^((skills|activities) (and|&) )?(personal |other |outside )?interests?"
                    + "( (and|&) (hobbies|activities))?$");
    /** "Fell running; cooking, and travelling in Spain": things done, not LinkedIn's "Top Voices, Companies". */
    private static final Pattern DOING = Pattern.compile("(?i)\\b(running|cycling|hiking|walking|climbing|swimming"
            + "|sailing|skiing|rowing|reading|cooking|baking|gardening|painting|drawing|photography|travel\\w*|music"
            + "|singing|choir|guitar|piano|football|rugby|tennis|golf|yoga|chess|volunteer\\w*|film|theatre|mountaineering"
            + "|ski touring|dancing|cello|violin|viola|orchestra)\\b");

    /** A section named "Interests" that lists things done: what someone does outside work. */
    private static boolean isPastimes(Passage passage) {
        List<String> path = passage.sectionPath();
        return !path.isEmpty()
                && INTERESTS_HEADING.matcher(path.get(path.size() - 1).strip()).matches()
                && DOING.matcher(passage.text()).find();
    }

    /** The text's words of other languages, each as its English word on a line of its own. */
    private static String inEnglish(String text) {
        StringBuilder english = new StringBuilder();
        for (String word : Words.folded(text).split("[^\\p{L}]+")) {
            String translated = ProfileAnalyzer.inEnglish(word);
            if (!translated.equals(word)) {
                english.append('\n').append(translated);
            }
        }
        return english.toString();
    }

    private static Topic topic(String name, String question, String evidence) {
        return new Topic(name, Pattern.compile(question), Pattern.compile(evidence));
    }
}
