package dev.profilebot.answer;

import dev.profilebot.answer.SentenceScorer.Candidate;
import dev.profilebot.answer.timeline.DegreeLevel;
import dev.profilebot.profile.ContactCard;
import dev.profilebot.profile.Passage;
import dev.profilebot.profile.Words;
import dev.profilebot.profile.facts.Identity;
import dev.profilebot.retrieval.Retrieval;
import dev.profilebot.retrieval.Scripts;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answerer that needs no model: answers with the sentences of the retrieved passages that best
 * answer the question ({@link SentenceScorer}, {@link AnswerComposer}). It says plainly when the
 * profile does not cover the question — nothing relevant enough was found, or the question names
 * something the profile never mentions — and offers a weak match only as "the closest it comes".
 */
public final class OfflineAnswerer {

    private static final Logger log = LoggerFactory.getLogger(OfflineAnswerer.class);

    private final UncoveredTopics uncovered;
    private final List<Passage> passages;
    private final ThirdPerson thirdPerson;
    private final AnswerComposer composer;
    private final ReplyTemplates templates;
    private final ContactCard card;
    private final double minRelevance;
    private final double confidentRelevance;

    /**
     * @param minRelevance below this, the profile does not cover the question
     * @param confidentRelevance below this (and above the minimum), the answer is offered as the
     *     closest match rather than as an answer
     */
    public OfflineAnswerer(
            List<Passage> passages,
            Identity identity,
            ReplyTemplates templates,
            ContactCard card,
            int maxChars,
            double minRelevance,
            double confidentRelevance) {
        if (confidentRelevance < minRelevance) {
            throw new IllegalArgumentException("confidentRelevance must not be under minRelevance");
        }
        this.uncovered = new UncoveredTopics(passages);
        this.passages = List.copyOf(passages);
        this.thirdPerson = new ThirdPerson(identity);
        this.composer = new AnswerComposer(maxChars);
        this.templates = templates;
        this.card = card;
        this.minRelevance = minRelevance;
        this.confidentRelevance = confidentRelevance;
    }

    /**
     * Answers from what retrieval found. What the question names is checked as asked, while the
     * retrieval may have searched with more (a follow-up's conversation).
     */
    public Answer answer(Retrieval retrieval) {
        // as asked too: "notice period" read as "notices period" of a profile that only says "notices"
        Optional<Answer> uncoveredTopic = notCoveredTopic(retrieval.checkedText())
                .or(() -> notCoveredTopic(retrieval.query().asked()));
        if (uncoveredTopic.isPresent()) {
            return uncoveredTopic.get();
        }
        Optional<String> unknown = retrieval.unknownNames().stream()
                .filter(name -> !isPersonsName(name))
                .findFirst();
        if (unknown.isPresent()) {
            log.debug("The question names {}, which the profile never mentions", unknown.get());
            return notCovered(unknown.get());
        }
        Optional<Answer> expanded = standsFor(retrieval.checkedText());
        if (expanded.isPresent()) {
            return expanded.get();
        }
        List<Candidate> candidates = SentenceScorer.score(retrieval);
        String asked = Question.withoutLeadIn(retrieval.checkedText().strip());
        Matcher why = WHY_LEFT.matcher(asked);
        if (why.find()) {
            // "Why did she leave Calderbrook?" is answered by a reason, not by what she did there
            java.util.function.Predicate<String> namesEmployer =
                    retrieval.subject().map(OfflineAnswerer::namesTheEmployer).orElse(sentence -> false);
            candidates = candidates.stream()
                    .filter(c -> givesAReason(c.sentence().text()))
                    .filter(c -> retrieval.subject().isEmpty()
                            || c.aboutSubject() > 0
                            || c.aboutSubject() == 0
                                    && namesEmployer.test(c.sentence().text()))
                    .toList();
            Optional<Candidate> reason = candidates.stream().max(Comparator.comparingDouble(Candidate::score));
            if (reason.isEmpty() || reason.get().relevance() < minRelevance) {
                return notCovered(whyTopic(why));
            }
        }
        Optional<DegreeLevel> level = DegreeLevel.named(asked);
        if (DegreeLevel.ASKS_GRADE.matcher(asked).find()
                && (level.isPresent() || ABOUT_STUDIES.matcher(asked).find())) {
            // "What classification did she get for her BSc?" is answered by a grade of that degree, not by the
            // degree; "What grade is he now?" asks about a job
            List<Candidate> all = candidates;
            // "What was her LPC result?": a qualification named by its letters, when a line names it ("at UCL" is a
            // place)
            List<String> letters = QUALIFICATION_LETTERS
                    .matcher(asked)
                    .results()
                    .map(m -> m.group().toLowerCase(java.util.Locale.ROOT))
                    .filter(l -> !l.equals("gpa"))
                    .filter(l -> all.stream().anyMatch(c -> lower(c).contains(l)))
                    .toList();
            // "What score did she get in her Black Belt exam?": a grade of the thing named, not of her degree
            // (a degree's grade often stands on a line of its own, away from the degree's name: not held to it)
            List<String> named = letters.isEmpty()
                            && level.isEmpty()
                            && ASKS_SCORE.matcher(asked).find()
                    ? namedWords(asked)
                    : List.of();
            candidates = candidates.stream()
                    .filter(c -> named.isEmpty()
                            || named.stream()
                                    .anyMatch(w -> withGradeLine(c)
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .contains(w)))
                    .filter(c -> GRADE_GIVEN.matcher(withGradeLine(c)).find())
                    // "What were her A-level grades?": the grades of her A levels, not her degree's 2:1
                    .filter(c -> !SCHOOL_QUALIFICATION.matcher(asked).find()
                            || SCHOOL_QUALIFICATION.matcher(withGradeLine(c)).find())
                    // "What was his final grade at university?": not his Abitur's
                    .filter(c -> !AT_UNIVERSITY.matcher(asked).find()
                            || !SCHOOL_QUALIFICATION.matcher(withGradeLine(c)).find())
                    .filter(c -> level.isPresent()
                            ? level.get().namedIn(degreeContext(c))
                            : letters.isEmpty() || letters.stream().anyMatch(l -> lower(c).contains(l)))
                    .toList();
            Optional<Candidate> grade = candidates.stream().max(Comparator.comparingDouble(Candidate::score));
            if (grade.isEmpty() || grade.get().relevance() < minRelevance) {
                return notCovered("the grade of that degree");
            }
            if (level.isPresent() || SCHOOL_QUALIFICATION.matcher(asked).find()) {
                // a sentence that gives a grade of the degree asked about answers it, however few words it shares;
                // one that gives none is found by the grade on the line under it ("University of Bath" over "Upper
                // Second Class (2:1).") and shown with that line
                Candidate best = grade.get();
                List<Candidate> answer = new java.util.ArrayList<>(List.of(best));
                if (!GRADE_GIVEN.matcher(best.sentence().text()).find()) {
                    nextSentence(best)
                            .flatMap(next -> all.stream()
                                    .filter(c -> c.passage().equals(best.passage())
                                            && c.sentence().equals(next))
                                    .findFirst())
                            .ifPresent(answer::add);
                }
                return inThirdPerson(composer.compose(answer));
            }
        }
        Optional<Candidate> found = candidates.stream().max(Comparator.comparingDouble(Candidate::score));
        if (found.isEmpty()) {
            return notCovered("that");
        }
        Candidate best = found.get();
        if (dev.profilebot.retrieval.Amounts.asksForTheLargest(retrieval.checkedText())) {
            // "What is the biggest project he has delivered?": of the relevant sentences, the one naming the largest
            // sum, the best of those that tie
            Candidate first = best;
            List<Candidate> relevant = candidates.stream()
                    .filter(c -> c.relevance() >= minRelevance)
                    .toList();
            // a sum given a named thing ("the $45M Redland Bay Road Upgrade") before one in a range or a claim
            Map<Candidate, java.math.BigDecimal> named =
                    sums(relevant, dev.profilebot.retrieval.Amounts::largestNamedIn);
            Map<Candidate, java.math.BigDecimal> bySum =
                    named.isEmpty() ? sums(relevant, dev.profilebot.retrieval.Amounts::largestIn) : named;
            best = bySum.keySet().stream()
                    .max(Comparator.comparing((Candidate c) -> bySum.get(c)).thenComparingDouble(Candidate::score))
                    .orElse(first);
            if (best != first) {
                log.debug("The largest sum asked about: {}", best.sentence().text());
                return inThirdPerson(composer.compose(composer.choose(List.of(best), best)));
            }
        }
        log.debug(
                "For \"{}\" the best sentence has relevance {} (cosine {}, coverage {}): {}",
                retrieval.question(),
                SentenceScorer.format(best.relevance()),
                SentenceScorer.format(best.cosine()),
                SentenceScorer.format(best.coverage()),
                best.sentence().text());
        // "And Go?" after "Does he know Rust?" is searched as "Does he know Go?"
        String yesNo = Stream.of(retrieval.query().asked(), retrieval.query().searchText())
                .map(q -> Question.withoutLeadIn(q.strip()))
                .filter(q -> YES_NO_QUESTION.matcher(q).matches())
                .findFirst()
                .orElse("");
        Optional<Candidate> listed =
                best.relevance() < confidentRelevance ? listedSkill(yesNo, candidates) : Optional.empty();
        if (listed.isPresent()) {
            // "Does he know Go?" of "Main languages: Java (8 years) and Go (4 years)", when a project's "library for
            // Go" shares more words with the question: the list says so
            return withYes(yesNo, inThirdPerson(composer.compose(List.of(listed.get()))));
        }
        List<Candidate> ofTheRole = ASKS_WHAT_THEY_DO.matcher(asked).find()
                ? candidates.stream().filter(c -> c.aboutSubject() > 0).toList()
                : List.of();
        Optional<Candidate> duty = ofTheRole.stream().max(Comparator.comparingDouble(Candidate::score));
        if (duty.isPresent()) {
            // "What does Tiago do in his current role?" of a CV in Portuguese: the job held now is the question's,
            // and what its entry says is the answer, whatever words they share
            return inThirdPerson(composer.compose(composer.choose(ofTheRole, duty.get())));
        }
        if (best.relevance() < minRelevance) {
            return notCovered("that");
        }
        Matcher who = WHO_DID.matcher(asked);
        if (who.find()
                && composer.choose(candidates, best).stream()
                        .noneMatch(c -> namesSomeoneElse(c.sentence().text(), retrieval.checkedText())
                                && saysTheDeed(c.passage().passage().text(), who.group(1)))) {
            // "Who acquired Trilho?" of "Trilho … (acquired in 2020)": no one is named
            String deed = who.group(1).replaceAll("[?.!\\s]+$", "");
            return notCovered(Character.toLowerCase(deed.charAt(0)) + deed.substring(1));
        }
        String whether = Question.withoutLeadIn(retrieval.query().asked().strip());
        // (in the job asked about, or held now; not a follow-up's, whose words lean on the conversation)
        boolean ownWords = retrieval.query().asked().equals(retrieval.query().searchText());
        if (ownWords
                && best.aboutSubject() > 0
                && givesTeamSize(whether, best.sentence().text())) {
            // "How big is his team?" of "team of 38" in the job he has now: it says, and it is said, not the
            // entry's first lines around it
            return inThirdPerson(composer.compose(composer.choose(List.of(best), best)));
        }
        if (ASKS_WHICH_EMPLOYER.matcher(whether).find()
                && best.sentence().role().isEmpty()
                && !NAMES_A_PLACE_OF_WORK.matcher(best.sentence().text()).find()) {
            // "At which company did she convert the 38 courses?" of a skills résumé's bullet under "Instructional
            // Design": the deed is there, the employer is not
            return asClosest(inThirdPerson(composer.compose(composer.closest(candidates, best))));
        }
        if (best.relevance() >= confidentRelevance) {
            List<Candidate> chosen = asksForTheList(retrieval, best)
                    ? composer.wholeList(candidates, best)
                    : composer.choose(candidates, best);
            Answer answer = inThirdPerson(composer.compose(chosen));
            return asksOnlyTheRole(retrieval, chosen, candidates) ? asClosest(answer) : withYes(whether, answer);
        }
        if (asksWhetherTheyLedPeople(whether)
                && saysTheyLedATeam(best.sentence().text())
                && !NEGATION.matcher(best.sentence().text()).find()) {
            // "Has he managed people?" of "lead 9 supervisors and 210 hourly associates": a team's size says so
            Answer team = inThirdPerson(composer.compose(composer.closest(candidates, best)));
            return team.withText("Yes. " + team.text());
        }
        if (givesTeamSize(whether, best.sentence().text())) {
            // "How many people does he manage?" of "lead 9 supervisors and 210 hourly associates": it says
            return inThirdPerson(composer.compose(composer.closest(candidates, best)));
        }
        // relevant enough to show, not enough to claim it answers the question
        return asClosest(inThirdPerson(composer.compose(composer.closest(candidates, best))));
    }

    /**
     * The answer found, led by "Yes." when the question (a follow-up swapped into the one before it: "Does she
     * know HubSpot?" of "What about HubSpot?") asks whether something is so and the answer says it.
     */
    public Answer yesTo(String question, Answer answer) {
        return answer.outcome() == Answer.Outcome.ANSWERED
                ? withYes(Question.withoutLeadIn(question.strip()), answer)
                : answer;
    }

    /** The largest sum each sentence gives, of the sentences that give one. */
    private static Map<Candidate, java.math.BigDecimal> sums(
            List<Candidate> candidates, java.util.function.Function<String, Optional<java.math.BigDecimal>> largest) {
        Map<Candidate, java.math.BigDecimal> sums = new java.util.LinkedHashMap<>();
        candidates.forEach(c -> largest.apply(c.sentence().text()).ifPresent(sum -> sums.put(c, sum)));
        return sums;
    }

    /** "At which company did she …", "Which employer was it made for?", "Where was she working when …". */
    private static final Pattern ASKS_WHICH_EMPLOYER = Pattern.compile(
            "(?i)^(?:at |for |with )?(?:which|what) (?:company|employer|organi[sz]ation|firm|business|client)\\b"
                    + "|\\b(?:for|at) (?:which|what) (?:company|employer|organi[sz]ation|firm|client)\\b"
                    + "|^(?:which|what) employer\\b");

    /** "… at Halvorsen Health", "while at Buckeye Mutual", "for Ferncastle Bank": a place of work named. */
    private static final Pattern NAMES_A_PLACE_OF_WORK =
            Pattern.compile("\\b(?:at|for|with|joined|while at)\\s+(?:the\\s+)?\\p{Lu}");

    /** "Does he know Python?", "Has she managed a team?", "Is she ACRP certified?": a "yes" answers it. */
    private static final Pattern YES_NO_QUESTION = Pattern.compile(
            "(?i)^(does|do|did|has|have|had|is|was|can)\\s+(she|he|they|\\p{Lu}\\p{L}+)\\s+(.+?)[?.!\\s]*$");
    /** Words of such a question that name nothing the answer must say. */
    private static final Pattern NOTHING_NAMED = Pattern.compile(
            "(?i)ever|any|a|an|the|some|experience|experienced|with|in|of|on|at|for|to|and|or|know|knows|use|used"
                    + "|using|worked|work|working|done|do|does|did|have|has|had|got|get|been|be|is|was|she|he|they|her"
                    + "|his|their|them|familiar|skills?|knowledge|hands-on|before|previously|also|much|good|real"
                    // "Has she mentored anyone?", "Does he know Excel well?"
                    + "|anyone|anybody|someone|somebody|well|really|very");

    /** "PAN No.", "Licence No. 4471", "Lic. No., exp." (the number withheld): a number's abbreviation, not a "no". */
    private static final Pattern NUMBER_ABBREVIATION = Pattern.compile("\\bNo\\.(?=[\\s,;:)]|$)");

    /** An aside in brackets. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");

    /** A "no", or a wish rather than a fact ("looking for her next challenge … where she can lead a team"). */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|none|without|neither|nor|looking for"
            // a cover letter's "writing to apply for the FP&A Manager role at Thornbury Vale Dairies": not yet
            + "|apply|applying|application"
            + "|seeking|would like|wants? to|hopes? to|aims? to|aspir\\w+|next challenge|keen to"
            // someone else's, or not yet: "reporting to the Engineering Manager", "registration expected"
            + "|reporting to|reports to|shadow\\w*|assist\\w*|expected|pending|towards|studying|training to"
            + "|trainee|aspiring)\\b|n't\\b|n’t\\b");

    /**
     * The answer led by "Yes." when the question asks whether something is so and the sentences chosen say
     * every word it names, as a whole word, with no negation or wish but in an aside about something else.
     */
    private static Answer withYes(String asked, Answer answer) {
        Matcher question = YES_NO_QUESTION.matcher(asked.strip());
        String text = answer.text();
        if (!question.matches() || text.matches("(?is)^(yes|no)\\b.*")) {
            return answer;
        }
        List<String> named = java.util.Arrays.stream(question.group(3).split("[^\\p{L}\\d+#]+"))
                .filter(w -> !w.isEmpty() && !NOTHING_NAMED.matcher(w).matches())
                .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .toList();
        List<Pattern> words = named.stream().map(w -> wordOrItsKin(w, named)).toList();
        // "Has he been to Afghanistan?": one passage that says every word and no "no"; a "with no lost-time
        // incidents" in another passage says nothing of Afghanistan
        boolean allSaid = !named.isEmpty()
                && (java.util.Arrays.stream(PASSAGES.split(text)).anyMatch(part -> saysAll(part, words))
                        || saysAll(text, words)
                        // "Has she managed people?" of "Supervised 6 pharmacists and 3 technicians": a team's size
                        // says it all
                        || asksWhetherTheyLedPeople(asked) && saysTheyLedATeam(text) && !saysNo(text, words));
        return allSaid ? answer.withText("Yes. " + text) : answer;
    }

    /** The passages an answer joins, a line each. */
    private static final Pattern PASSAGES = Pattern.compile("\\s*\\n\\s*");

    /** Whether the text says every word, with no negation or wish but in an aside about something else. */
    private static boolean saysAll(String text, List<Pattern> words) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return words.stream().allMatch(w -> w.matcher(lower).find()) && !saysNo(text, words);
    }

    private static boolean saysNo(String text, List<Pattern> words) {
        // "SQL (daily), R (rusty), C++ (PhD era, don't ask)": a "no" in an aside about another thing says nothing
        // of SQL; nor does a number's "No." ("PAN No.")
        String said = ASIDE.matcher(NUMBER_ABBREVIATION.matcher(text).replaceAll(""))
                .replaceAll(aside -> words.stream()
                                .anyMatch(w -> w.matcher(aside.group().toLowerCase(java.util.Locale.ROOT))
                                        .find())
                        ? Matcher.quoteReplacement(aside.group())
                        : "");
        return NEGATION.matcher(said).find();
    }

    /**
     * A word the question names, as a whole word; a long one also with another ending ("certified" said by
     * "Certifications", "remotely" by "full remote", "managed" by "Management"), but not by another word the
     * question names ("managed" is not said by the "management" of "the medicines management team").
     */
    private static Pattern wordOrItsKin(String word, List<String> named) {
        String stem = word.length() >= 7 ? word.substring(0, Math.max(5, word.length() - 3)) : word;
        String others = named.stream()
                .filter(w -> !w.equals(word))
                .map(w -> Pattern.quote(w) + "(?![\\p{L}\\d])")
                .collect(java.util.stream.Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\d])" + (others.isEmpty() ? "" : "(?!" + others + ")") + Pattern.quote(stem)
                + (stem.equals(word) ? "" : "\\p{L}*") + "(?![\\p{L}\\d])");
    }

    /** Words of leading people, and of the people led, in general: not "the medicines management team". */
    private static final Pattern LEADING_PEOPLE = Pattern.compile(
            "(?i)manag\\w*|led|lead\\w*|supervis\\w*|ran|run\\w*|oversaw|oversee\\w*|line-manag\\w*|people|staff"
                    + "|teams?|employees|reports|direct|others|subordinates|workers");

    /** A word of leading people in a sentence: "Supervised", "lead", "Head of", not "Team of 4 members". */
    private static final Pattern LED = Pattern.compile(
            "(?i)\\b(lead|leads|led|leading|leader|manag\\w*|line-manag\\w*|supervis\\w*|head(ed|s)?|ran|runs?"
                    + "|oversaw|oversee\\w*|direct(ed|s)?|responsible for)\\b");

    /**
     * Whether the question asks a team's size and the sentence gives one: "How many people does he manage?" of
     * "lead 9 supervisors and 210 hourly associates", "How big is his team?" of "team of 38 incl. 3 assistant
     * managers".
     */
    private static boolean givesTeamSize(String question, String sentence) {
        return AnswerType.asksTeamSize(Question.withoutLeadIn(question.strip()))
                && (saysTheyLedATeam(sentence) || TEAM_OF.matcher(sentence).find())
                // ("3 assistant managers" among those led: someone's role, no wish nor "no")
                && !PLAIN_NO.matcher(sentence).find();
    }

    private static final Pattern PLAIN_NO = Pattern.compile("(?i)\\b(not|no|never|none|without)\\b|n['’]t\\b");

    /** "team of 38", "a team of twelve": a team's size, said outright. */
    private static final Pattern TEAM_OF = Pattern.compile(
            "(?i)\\bteam of (\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\b");

    /** A sentence that gives the size of a team they led: "lead 9 supervisors and 210 hourly associates". */
    private static boolean saysTheyLedATeam(String text) {
        return AnswerType.TEAM.isAnsweredBy(text) && LED.matcher(text).find();
    }

    /** "Has he managed people?", "Has she led a team?": whether they led anyone, no one in particular. */
    private static boolean asksWhetherTheyLedPeople(String asked) {
        Matcher question = YES_NO_QUESTION.matcher(asked.strip());
        if (!question.matches() || AnswerType.of(asked) != AnswerType.TEAM) {
            return false;
        }
        return java.util.Arrays.stream(question.group(3).split("[^\\p{L}\\d+#-]+"))
                .filter(w -> !w.isEmpty() && !NOTHING_NAMED.matcher(w).matches())
                .allMatch(w -> LEADING_PEOPLE.matcher(w).matches());
    }

    /** "Main languages: Java (8 years) and Go (4 years)", "Tech stack: Go, Kratos": a list under its label. */
    private static final Pattern LABELLED_LIST = Pattern.compile("\\p{Lu}[\\p{L} /&-]{1,40}:\\s");

    /**
     * The best sentence of a skills section, or of a list under its label, that names, as written, the one skill a yes/no question asks about
     * ("Does he know Go?", "Has she used Power BI?"); empty for any other question.
     */
    private static Optional<Candidate> listedSkill(String asked, List<Candidate> candidates) {
        Matcher question = YES_NO_QUESTION.matcher(asked);
        if (!question.matches()) {
            return Optional.empty();
        }
        List<String> named = java.util.Arrays.stream(question.group(3).split("[^\\p{L}\\d+#.]+"))
                .map(w -> w.replaceAll("\\.+$", ""))
                .filter(w -> !w.isEmpty() && !NOTHING_NAMED.matcher(w).matches())
                .toList();
        if (named.isEmpty() || named.size() > 3) {
            return Optional.empty();
        }
        // "Go" as written, not "go-tinylimiter" nor "go live"; a longer name in any case
        String skill = String.join(" ", named);
        Pattern asWritten = Pattern.compile(
                "(?<![\\p{L}\\d-])" + Pattern.quote(skill) + "(?![\\p{L}\\d-])",
                skill.length() <= 3 ? 0 : Pattern.CASE_INSENSITIVE);
        return candidates.stream()
                .filter(c -> dev.profilebot.profile.facts.Sections.namesSkills(
                                c.passage().passage().sectionPath())
                        || LABELLED_LIST.matcher(c.sentence().text()).lookingAt())
                .filter(c -> asWritten.matcher(c.sentence().text()).find())
                .max(Comparator.comparingDouble(Candidate::score));
    }

    /** "What does she do in her current role?", "What are his responsibilities now?": the duties of a role. */
    private static final Pattern ASKS_WHAT_THEY_DO = Pattern.compile(
            "(?i)^what (?:does|did|is|was) (?:\\S+ ){1,3}(?:do|doing|work(?:ing)? on|in charge of|responsible for)\\b"
                    + "|\\b(?:responsibilit(?:y|ies)|duties|day[- ]to[- ]day|(?:role|job|position) (?:involve|entail))");

    /** "The profile doesn't answer that directly. The closest it comes: …" */
    private Answer asClosest(Answer closest) {
        String text = templates.closestMatch(
                Map.of("answer", closest.text(), "first_name", card.firstName(), "name", card.name()));
        return new Answer(text, closest.sources(), Answer.Mode.OFFLINE, Answer.Outcome.CLOSEST_MATCH, 0);
    }

    /**
     * Question words that name no topic of their own: "What was her job at Kestrel?" asks for the
     * role, and any sentence about it answers. Porter stems, as the question's terms are.
     */
    private static final Set<String> ABOUT_THE_ROLE = Set.of(
            "work",
            "job",
            "role",
            "posit",
            "titl",
            "know",
            "get",
            "make",
            "us",
            "current",
            "now",
            "year",
            "time",
            "long",
            "mani",
            "much",
            "kind",
            "type",
            "thing",
            "involv",
            "dai",
            "look",
            "like",
            "main",
            "kei",
            "compani",
            "employ",
            "employer",
            "organis",
            "organ",
            "experi",
            "background",
            "career",
            "profession",
            "good",
            "well",
            "sai",
            "give",
            "find",
            "show",
            "name",
            "list",
            "describ",
            "detail",
            "inform",
            "best",
            "recent",
            "latest",
            "first",
            "last",
            "previou",
            "start",
            "end",
            "leav",
            "left",
            "join",
            "today",
            "still",
            "often",
            "respons",
            "achiev",
            "accomplish",
            "contribut",
            "build",
            "built",
            "team",
            "project",
            "focu",
            "learn",
            "take",
            "went",
            "go",
            "place",
            "there",
            "here",
            "back",
            "around",
            "lot",
            "big",
            "larg",
            "small",
            "size",
            "far",
            "happen",
            "actual",
            "date",
            "run",
            "call",
            "employe",
            "staff",
            "peopl",
            "deliv",
            "sold",
            "sell",
            "chang",
            "improv",
            "duti",
            "task",
            "tool",
            "impact",
            "biggest",
            "cover",
            "specialti",
            "manag",
            "handl",
            "area");

    /**
     * Whether the answer only matches the role the question names, not what it asks about it:
     * "What's her notice period at Quillbright?" answered by what she does at Quillbright. Then the
     * sentences are offered as the closest the profile comes, not as the answer.
     */
    private static boolean asksOnlyTheRole(Retrieval retrieval, List<Candidate> chosen, List<Candidate> all) {
        if (retrieval.subject().isEmpty()
                || !retrieval.query().asked().equals(retrieval.query().searchText())) {
            return false; // a follow-up's words lean on the conversation
        }
        Set<String> roleWords = new java.util.HashSet<>();
        Set<String> said = new java.util.HashSet<>();
        for (Candidate c : chosen) {
            roleWords.addAll(c.sentence().roleTerms());
            said.addAll(c.sentence().terms());
            said.addAll(c.passage().sectionTerms());
        }
        for (Candidate c : all) {
            if (c.aboutSubject() > 0) {
                said.addAll(c.sentence().terms()); // what the documents say of that role, chosen or not
            }
        }
        List<String> topic = retrieval.termWeights().keySet().stream()
                .filter(t -> !ABOUT_THE_ROLE.contains(t) && !roleWords.contains(t) && !t.matches("\\d+"))
                .toList();
        return !topic.isEmpty() && topic.stream().noneMatch(t -> retrieval.holds(said, t));
    }

    /** An offline answer given because the model could not take the question in time, said as such. */
    public Answer whileModelBusy(Answer offline) {
        String text = templates.modelBusy(
                Map.of("answer", offline.text(), "first_name", card.firstName(), "name", card.name()));
        return new Answer(text, offline.sources(), Answer.Mode.FALLBACK, offline.outcome(), 0);
    }

    /**
     * "The profile doesn't say anything about a notice period" when the question asks about a topic
     * (salary, notice, visa, …) the documents never mention, whatever else it names ("at her current job").
     */
    public Optional<Answer> notCoveredTopic(String asked) {
        Optional<String> topic = uncovered.uncovered(asked);
        topic.ifPresent(t -> log.debug("The question asks about {}, which the profile never mentions", t));
        return topic.map(this::notCovered);
    }

    /** "Which certifications …", "What software …", "List her languages", "Who are her referees?": a whole list. */
    private static final Pattern LISTING = Pattern.compile("(?i)^(?:which|what|list|name|who are)\\b");

    private static final Set<String> NOT_LIST_WORDS = Set.of(
            "and",
            "the",
            "of",
            "for",
            "in",
            "at",
            "on",
            "with",
            "my",
            "her",
            "his",
            "their",
            "other",
            "key",
            "selected",
            "main",
            "relevant",
            "what",
            "which",
            "does",
            "did",
            "do",
            "is",
            "are",
            "has",
            "have");

    /**
     * Whether the question asks for the list the best sentence is an item of: a what/which question,
     * not about a role, whose words name the list's heading.
     */
    private static boolean asksForTheList(Retrieval retrieval, Candidate best) {
        String question = Question.withoutLeadIn(retrieval.checkedText().strip());
        if (!LISTING.matcher(question).find()
                || AnswerType.of(question) != AnswerType.ANY
                || best.sentence().role().isPresent()
                || best.passage().sentences().size() < 3) {
            return false;
        }
        List<String> path = best.passage().passage().sectionPath();
        if (path.isEmpty()) {
            return false;
        }
        // "Sprachen", "Idiomas": the heading in English, as the question asks for it
        Set<String> heading = listWords(
                java.util.Arrays.stream(Words.folded(path.get(path.size() - 1)).split("[^\\p{L}\\p{N}]+"))
                        .map(dev.profilebot.retrieval.ProfileAnalyzer::inEnglish)
                        .collect(java.util.stream.Collectors.joining(" ")));
        Set<String> asked = listWords(question);
        if (asked.stream().noneMatch(heading::contains)) {
            return false;
        }
        // "Which projects used Rust?" filters the list by a word the list holds: not the whole list;
        // "What editing software does he use?" only describes it
        Set<String> listed = listWords(best.passage().passage().text());
        return asked.stream().filter(w -> !heading.contains(w)).noneMatch(listed::contains);
    }

    /** Lower-case words without a plural's "s": "Certifications" and "certification" alike. */
    private static Set<String> listWords(String text) {
        Set<String> words = new java.util.HashSet<>();
        for (String word : Words.folded(text).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && !NOT_LIST_WORDS.contains(word)) {
                words.add(word.replaceFirst("(?<=[^s])s$", ""));
            }
        }
        return words;
    }

    /** Words of a question about studies, beside a grade's: "degree", "GCSE", "the LPC", "exam", "course". */
    private static final Pattern ABOUT_STUDIES = Pattern.compile(
            "(?i)\\b(degree|qualification|course|diploma|certificate|gcses?|a[- ]levels?|exams?|classification|gpa"
                    + "|honou?rs|cum laude|distinction|first[- ]class|2:1|class|studies|university|college|school|(?-i:\\p{Lu}{2,6}))\\b");

    private static String lower(Candidate c) {
        return c.sentence().text().toLowerCase(java.util.Locale.ROOT);
    }

    /** "LPC", "GCSE", "CFA": a qualification named by its capitals. */
    private static final Pattern QUALIFICATION_LETTERS = Pattern.compile("\\b\\p{Lu}{2,6}(?=s?\\b)");

    /**
     * Where a grade's degree is named: its sentence, the line before it in its passage ("M.Sc. Robotics, TU
     * München" over "Final grade: 1.3"), or the heading it stands under ("### M.Sc. Computer Science" over
     * "2010 – 2012 · Thesis: … · Grade 1.3").
     */
    private static String degreeContext(Candidate c) {
        if (DegreeLevel.named(c.sentence().text()).isPresent()) {
            return c.sentence().text(); // "BA (Hons) Economics, 2:1" under "MBA, 2015": the BA's grade
        }
        List<dev.profilebot.retrieval.IndexedSentence> sentences = c.passage().sentences();
        int at = sentences.indexOf(c.sentence());
        List<String> path = c.passage().passage().sectionPath();
        return c.sentence().text()
                + (at > 0 ? " " + sentences.get(at - 1).text() : "")
                + (path.isEmpty() ? "" : " " + path.get(path.size() - 1));
    }

    /** A degree's line with the short line under it, where a grade often stands alone ("Distinction"). */
    private static String withGradeLine(Candidate c) {
        return nextSentence(c)
                .filter(next -> next.text().split("\\s+").length <= 6)
                .map(next -> c.sentence().text() + " " + next.text())
                .orElse(c.sentence().text());
    }

    /** The sentence after a candidate's in its passage, if any. */
    private static Optional<dev.profilebot.retrieval.IndexedSentence> nextSentence(Candidate c) {
        List<dev.profilebot.retrieval.IndexedSentence> sentences = c.passage().sentences();
        int next = sentences.indexOf(c.sentence()) + 1;
        return next > 0 && next < sentences.size() ? Optional.of(sentences.get(next)) : Optional.empty();
    }

    /** A school-leaving qualification, asked about or named beside a grade: "A levels", "GCSEs", "Abitur". */
    private static final Pattern AT_UNIVERSITY = Pattern.compile("(?i)\\b(university|college|degree|uni)\\b");

    private static final Pattern SCHOOL_QUALIFICATION = Pattern.compile(
            "(?i)\\b(a[- ]?levels?|as[- ]levels?|gcses?|o[- ]?levels?|highers|international baccalaureate|ib diploma"
                    + "|abitur|baccalaur[ée]at|leaving cert\\w*|high school|secondary school|matric\\w*)\\b");

    /** A sentence that gives a grade: "2:1", "First Class Honours", "Distinction", "GPA 3.8", "Maths (A*)". */
    private static final Pattern GRADE_GIVEN = Pattern.compile(
            "(?i)\\b(2[:.][12]|upper second|lower second|second[- ]class(?: honou?rs)?,?\\s*\\(?(?:upper|lower)|first[- ]class"
                    + "|a first\\b|third class|distinction|merit"
                    + "|cum laude|magna|summa|gpa|grades?|cgpa|\\d(?:[.,]\\d+)?\\s*/\\s*\\d+(?:[.,]\\d+)?)\\b"
                    + "|\\d{2}(?:[.,]\\d+)?\\s?%|\\((?-i:[A-E]\\*?|[A-E]\\*?\\s?[,/]\\s?[A-E]\\*?)\\)"
                    // a German or Dutch grade: "Gesamtnote 1,7", "Note: 2,3", "Eindcijfer 7,8"
                    + "|\\b(?:gesamt|abschluss|end|abitur)?note\\s*:?\\s*\\d(?:[.,]\\d)?\\b|\\beindcijfer\\b");

    /** "Why did she leave Calderbrook?", "Why did Niamh quit the Saltmarsh contract?" */
    private static final Pattern WHY_LEFT = Pattern.compile(
            "(?i)^why\\s+(?:did|has|had|would|was)\\s+(\\S+)\\s+(?:\\S+\\s+)?(leave|quit|resign|move on|step down|stop"
                    + " working|go freelance|change jobs)\\b\\s*(.*?)[?.!\\s]*$");
    /**
     * A sentence that gives a reason for leaving: a reason of its own ("left to set up …", "was made redundant"),
     * or a reason's words ("because", "so that", "I moved") beside words of leaving ("… left because …").
     */
    private static boolean givesAReason(String sentence) {
        return REASON.matcher(sentence).find()
                || PURPOSE.matcher(sentence).find() && LEAVING.matcher(sentence).find();
    }

    /** Words of a reason or a purpose, a reason for leaving only beside words of leaving. */
    private static final Pattern PURPOSE = Pattern.compile(
            "(?i)\\b(because|due to|in order to|so that|so as to|reasons?|(?:i|he|she|they|we) moved)\\b");
    /** "left", "resigned", "moved on", "relocated": words of leaving a job. */
    private static final Pattern LEAVING = Pattern.compile(
            "(?i)\\b(left|leav(?:e|ing)|quit|resign\\w*|depart\\w*|moved on|relocat\\w*|step(?:ped)? down|gave up)\\b");
    /** A sentence that gives a reason for a move: "left to set up …", "led to my move", "was made redundant". */
    private static final Pattern REASON = Pattern.compile("(?i)\\b((?:left|leaving|quit) (?:\\S+ ){0,5}(?:to|for|after"
            + "|when)|led to (?:my|her|his|their|the) (?:move|leaving|departure)|redundan\\w*|laid off|contract (?:ended"
            + "|finished)|end of (?:the|my|her|his|their) contract|(?:i|he|she|they|we) relocated"
            // "We moved to Bristol for my partner's job": a move to a place, not "moved in-house at Westpac"
            + "|(?:i|he|she|they|we) moved (?:back )?(?:to|abroad|overseas|home|countries|cities)"
            // "was acquired by", not "an acquired haulier"
            + "|to care for|caring for|carer|why (?:i|she|he|they) left|(?:was|were|been|got|being) (?:taken over"
            + "|acquired|bought|sold)|(?:acquired|taken over|bought) by|merged (?:with|into)|closed down"
            + "|(?:i|he|she|they) (?:didn't|did not|wanted|missed))\\b");

    /**
     * "Why I left Castlemead: …" in a note of its own: whether a sentence names the employer asked
     * about, tested on each sentence with patterns made once per question.
     */
    private static java.util.function.Predicate<String> namesTheEmployer(dev.profilebot.profile.facts.Role subject) {
        String employer = subject.organization().split("[,(]")[0].strip();
        String first = employer.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (first.length() < 4) {
            return sentence -> false;
        }
        String word = java.util.regex.Pattern.quote(first);
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("\\b" + word + "\\b");
        // "I moved to Bristol in 2014" names a town, not Bristol City Council
        java.util.regex.Pattern asAPlace =
                java.util.regex.Pattern.compile("\\b(in|to|from|near|around) " + word + "\\b");
        return sentence -> {
            String lower = sentence.toLowerCase(java.util.Locale.ROOT);
            return !asAPlace.matcher(lower).find() && named.matcher(lower).find();
        };
    }

    private static final Map<String, String> PAST = Map.of(
            "leave", "left",
            "quit", "quit",
            "resign", "resigned",
            "move on", "moved on",
            "step down", "stepped down",
            "stop working", "stopped working",
            "go freelance", "went freelance",
            "change jobs", "changed jobs");

    /** "why she left Calderbrook". */
    private static String whyTopic(Matcher why) {
        String verb = PAST.getOrDefault(why.group(2).toLowerCase(java.util.Locale.ROOT), why.group(2));
        String rest = why.group(3).isBlank() ? "" : " " + why.group(3).strip();
        return "why " + why.group(1) + " " + verb + rest;
    }

    /** "What does EPMA stand for?" */
    private static final Pattern STANDS_FOR = Pattern.compile(
            "^(?i:what(?:'s|\\s+does|\\s+do|\\s+is)\\s+(?:the\\s+)?(?:acronym\\s+|abbreviation\\s+)?)[\"'“‘]?"
                    + "(\\p{Lu}[\\p{Lu}\\p{N}&+]{1,9})[\"'”’]?\\s+(?i:stand\\s+for|mean|short\\s+for)\\s*[?.!]*\\s*$");

    /**
     * "EPMA stands for electronic prescribing and medicines administration." when the documents
     * spell it out beside it; empty when they do not, and the question is answered as any other.
     */
    private Optional<Answer> standsFor(String question) {
        Matcher m = STANDS_FOR.matcher(question.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String acronym = m.group(1);
        for (Passage passage : passages) {
            Optional<String> spelled = Abbreviations.spelledOut(passage.text(), acronym);
            if (spelled.isPresent()) {
                return Optional.of(new Answer(
                        acronym + " stands for " + spelled.get() + ".",
                        List.of(new Source(passage.fileName(), passage.section(), 1.0)),
                        Answer.Mode.OFFLINE,
                        Answer.Outcome.ANSWERED,
                        0));
            }
        }
        return Optional.empty();
    }

    /** A question asking who did something ("Who acquired Trilho?"), not who someone is. */
    private static final Pattern WHO_DID =
            Pattern.compile("(?i)(?:^|[-:.]\\s+)(who (?!(?:is|are|'s|was|were|did|does|do|has|have|had|will|would|can"
                    + "|could|he|she|they)\\b)\\w+.*)$");
    /**
     * Whether a passage says the deed asked about: "Who founded Lumenfold?" of one with "founded",
     * "co-founder" or "founding", not of one that only describes Lumenfold.
     */
    private static boolean saysTheDeed(String passage, String asked) {
        String[] words = asked.strip().split("\\s+");
        if (words.length < 2 || POINTS_BACK.matcher(asked).find()) {
            return true; // "Who funded it?" leans on the conversation, and the answer may say it otherwise
        }
        String verb = words[1].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String stem = verb.replaceFirst("(ied|ed|es|s|d)$", "");
        if (stem.startsWith("coauthor")) {
            // "Who co-authored …?" of a citation's "(with Mei-Ling Zhou)"
            return passage.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(\\(with |co-?author).*");
        }
        return stem.length() < 3
                || passage.toLowerCase(java.util.Locale.ROOT).contains(stem.substring(0, Math.min(stem.length(), 5)));
    }

    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(it|that|this|them|those|these)\\W*$");

    /** A name: a capitalised word or an acronym. */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d&.'-]*");

    /** Whether a sentence names someone or something the question does not, past its first word. */
    private boolean namesSomeoneElse(String sentence, String question) {
        String asked = Words.folded(question);
        Matcher name = NAME.matcher(sentence);
        while (name.find()) {
            String word = name.group().replaceAll("[.'-]+$", "");
            boolean first = sentence.substring(0, name.start()).isBlank();
            if (!first && word.length() > 1 && !asked.contains(Words.folded(word)) && !isPersonsName(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The capitalised words a question names a thing by ("her Black Belt exam"), past its first word, not the
     * person's name nor a place of study.
     */
    private List<String> namedWords(String asked) {
        return NAMED_WORD
                .matcher(asked)
                .results()
                .filter(m -> m.start() > 0 && !isPersonsName(m.group()))
                // "at Edinburgh": where she studied, whose grade may stand on a line of its own
                .filter(m -> !asked.substring(0, m.start()).matches("(?s).*\\b(?:at|from)\\s+(?:the\\s+)?"))
                .map(m -> m.group().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    private static final Pattern ASKS_SCORE = Pattern.compile("(?i)\\b(score|mark)s?\\b");

    private static final Pattern NAMED_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d]+");

    /** A word of the person's name, or the start of one; "Po-Han" of "Po-Han Chiang" by each of its halves. */
    private boolean isPersonsName(String word) {
        List<String> nameParts = List.of(Words.folded(card.name()).split("[\\s-]+"));
        return java.util.Arrays.stream(Words.folded(word).split("[\\s-]+"))
                        .allMatch(piece -> nameParts.stream().anyMatch(part -> part.startsWith(piece)))
                || isInitialsOf(Words.folded(word).replace(".", ""), nameParts)
                // "Arman" of "Жумагалиев Арман": her name as the question writes it in Latin letters
                || Scripts.hasOtherLetters(card.name())
                        && java.util.Arrays.stream(card.name().split("[\\s-]+"))
                                .map(Scripts::sound)
                                .anyMatch(Scripts.sound(word)::equals);
    }

    /** "FX" of François-Xavier Ouellet, "JP" of Jean-Pierre: the initials of the first names, as people call them. */
    private static boolean isInitialsOf(String word, List<String> nameParts) {
        if (word.length() < 2 || word.length() > nameParts.size()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String part : nameParts.subList(0, word.length())) {
            if (part.isEmpty()) {
                return false;
            }
            initials.append(part.charAt(0));
        }
        return initials.toString().equals(word);
    }

    /** The documents' "I created Colorama" as "Jonathan created Colorama". */
    private Answer inThirdPerson(Answer answer) {
        return answer.withText(thirdPerson.rewrite(answer.text()));
    }

    private Answer notCovered(String topic) {
        String text = templates.notCovered(Map.of("topic", topic, "first_name", card.firstName(), "name", card.name()));
        return new Answer(text, List.of(), Answer.Mode.OFFLINE, Answer.Outcome.NOT_COVERED, 0);
    }
}
