package dev.profilebot.answer.timeline;

import dev.profilebot.answer.Answer;
import dev.profilebot.answer.ConversationMemory;
import dev.profilebot.answer.Source;
import dev.profilebot.profile.Passage;
import dev.profilebot.profile.facts.DateRange;
import dev.profilebot.profile.facts.Education;
import dev.profilebot.profile.facts.FactSource;
import dev.profilebot.profile.facts.Identity;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.profile.facts.StructuredProfile;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers questions about the career timeline from the structured profile, offline: the current
 * role, the first, where the person worked in a year, before or after a role (named, or the one
 * the conversation is about: "and before that?"), when a role started or ended, how long it
 * lasted, the employers, education. Each answer cites the passages the roles were read from. A
 * question it cannot place (no role named, none in the conversation) is left to retrieval.
 */
public final class TimelineAnswerer {

    private static final java.util.regex.Pattern CONTRACTS =
            java.util.regex.Pattern.compile("(?i)(contracts?|contracting|freelance|freelancing|consulting)");

    private final StructuredProfile facts;
    private final List<Passage> summary;
    private final Clock clock;
    private final int maxChars;
    /** "Before University of Stanmere, School of Computing, " up to the person's name, in our own answers. */
    private final java.util.regex.Pattern namedLeadIn;

    /** The person's full or first name where it stands for them, not before another capitalised word. */
    private final Optional<java.util.regex.Pattern> personsName;

    private static final java.util.regex.Pattern ANSWER_LEAD_IN =
            java.util.regex.Pattern.compile("^(Before|After) [^,]+, ");

    public TimelineAnswerer(StructuredProfile facts, Clock clock, int maxChars) {
        this(facts, List.of(), clock, maxChars);
    }

    /**
     * With the passages of the person's summary, whose own count of years of experience ("15+ years of progressive
     * experience") an answer on the years gives first.
     */
    public TimelineAnswerer(StructuredProfile facts, List<Passage> summary, Clock clock, int maxChars) {
        this.facts = facts;
        this.summary = List.copyOf(summary);
        this.clock = clock;
        this.maxChars = maxChars;
        this.namedLeadIn = java.util.regex.Pattern.compile("^(Before|After) .*?, (?="
                + java.util.regex.Pattern.quote(facts.identity().firstName()) + "\\b)");
        this.personsName = facts.identity()
                .name()
                .map(name -> java.util.regex.Pattern.compile("(?<![\\p{L}])(?i:"
                        + java.util.regex.Pattern.quote(name) + "|"
                        + java.util.regex.Pattern.quote(facts.identity().firstName())
                        + ")(?:['’]s)?(?![\\p{L}])(?!\\s+\\p{Lu})"));
    }

    public Optional<Answer> answer(String typed, List<ConversationMemory.Turn> history) {
        String question = atTheTimeOfTheLastAnswer(typed, history);
        if (facts.roles().isEmpty() && facts.education().isEmpty()) {
            return Optional.empty();
        }
        Optional<Answer> inPlace = inPlace(question, YearMonth.now(clock))
                .or(() -> outsideCountry(question))
                .or(() -> whenWasThat(typed, history));
        if (inPlace.isPresent()) {
            return inPlace;
        }
        Optional<Answer> studyDates = studyDates(question, history).or(() -> studyPlace(question, history));
        if (studyDates.isPresent()) {
            return studyDates;
        }
        Optional<Answer> studying = stillStudying(question, YearMonth.now(clock));
        if (studying.isPresent()) {
            return studying;
        }
        Optional<Answer> service = militaryService(question, YearMonth.now(clock));
        if (service.isPresent()) {
            return service;
        }
        Optional<Answer> held = everHeld(question);
        if (held.isPresent()) {
            return held;
        }
        Optional<TimelineQuestion> asked = TimelineQuestion.of(question);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        TimelineQuestion q = asked.get();
        if (q.kind() == TimelineQuestion.Kind.IN_YEAR
                && BARE_YEAR
                        .matcher(question.toLowerCase(java.util.Locale.ROOT).strip())
                        .matches()
                && !history.isEmpty()
                && TimelineQuestion.of(history.get(history.size() - 1).question())
                        .filter(before -> before.kind() == TimelineQuestion.Kind.IN_YEAR)
                        .isEmpty()) {
            // "And in 2021?" after "What percentage of quota did she hit in 2020?": the same question of another
            // year, which the sentences answer, not where she worked then
            return Optional.empty();
        }
        List<Role> roles = facts.roles();
        Optional<Role> subject = Optional.empty();
        boolean namesNoRole = false;
        // "What did she do before moving into L&D?": the first role of that field, to step back from
        Optional<Role> movedInto =
                q.kind() == TimelineQuestion.Kind.BEFORE ? firstRoleOfTheFieldMovedInto(question) : Optional.empty();
        if (q.needsRole()) {
            List<Role> named = RoleMatcher.named(withoutThePersonsName(question), roles);
            if (q.kind() == TimelineQuestion.Kind.LEFT
                    && !A_LEAVE.matcher(question).find()) {
                // "When did she leave?" names no "Parental leave": the verb is the question's, not the break's
                named = named.stream().filter(r -> !r.careerBreak()).toList();
            }
            namesNoRole = named.isEmpty();
            if (named.isEmpty() && q.kind() == TimelineQuestion.Kind.BEFORE) {
                named = rolesInThePlaceMovedTo(question, roles); // "before coming to Dubai": the roles there
            }
            if (named.isEmpty()) {
                named = movedInto.stream().toList();
            }
            List<Role> breaks = roles.stream().filter(Role::careerBreak).toList();
            if (named.isEmpty()
                    && breaks.size() == 1
                    && BREAK_WORDS.matcher(question).find()) {
                named = breaks; // "before the career break", whatever the break is called
            }
            // the conversation's role only for a question that points back at it ("how long was she
            // there?", "and before that?"), not for one with a subject of its own ("how long has he
            // been using Python?")
            // "When did she become Head of HR Business Partnering?": the role whose title the question spells
            // out, not one whose employer merely shares a word with it ("Business School")
            List<Role> titled = roles.stream()
                    .filter(r -> RoleMatcher.namesTitle(question, r))
                    .toList();
            if (!named.isEmpty() && !titled.isEmpty() && named.stream().noneMatch(titled::contains)) {
                named = titled;
            }
            if (q.kind() == TimelineQuestion.Kind.ROLE_AS && titled.isEmpty()) {
                // "Where did she do her fellowship?": the post held, "Clinical and Research Fellow", not the post
                // at a "Fellowship Program"
                int best = roles.stream()
                        .mapToInt(r -> RoleMatcher.titleScore(r, question))
                        .max()
                        .orElse(0);
                List<Role> scored = roles.stream()
                        .filter(r -> best > 0 && RoleMatcher.titleScore(r, question) == best)
                        .toList();
                // "her internal medicine residency": the post the last word names, of those the words name
                List<Role> headed = scored.stream()
                        .filter(r -> RoleMatcher.titleScore(r, lastWord(question)) > 0)
                        .toList();
                List<Role> byTitle = headed.isEmpty() ? scored : headed;
                if (!byTitle.isEmpty() && named.stream().noneMatch(byTitle::contains)) {
                    named = byTitle;
                }
            }
            List<Role> candidates = named;
            subject = named.isEmpty()
                    ? unnamedSubject(question, q, history)
                    : Optional.of(candidates.stream()
                            .filter(r -> RoleMatcher.namesTitle(question, r))
                            // "made Senior Lecturer": that title, not "Lecturer in …" which it also names
                            .max(java.util.Comparator.comparingInt((Role r) -> RoleMatcher.titleScore(r, question))
                                    // of titles named as much: "When did she stop teaching?", the last of them
                                    .thenComparing(
                                            r -> r.dates().start(),
                                            wantsTheEarliest(q.kind(), question)
                                                    ? java.util.Comparator
                                                            .<dev.profilebot.profile.facts.ProfileDate>reverseOrder()
                                                    : java.util.Comparator
                                                            .<dev.profilebot.profile.facts.ProfileDate>naturalOrder()))
                            .orElseGet(() -> pick(candidates, q.kind(), question)));
            if (subject.isEmpty()
                    && q.kind() == TimelineQuestion.Kind.STARTED
                    && PROMOTED.matcher(question).find()) {
                // "Did he get promoted at the law firm?", the firm not named: the one employer where he held more
                // than one title
                subject = theOneEmployerOfSeveralTitles();
            }
            if (subject.isEmpty()) {
                return Optional.empty();
            }
        }
        YearMonth now = YearMonth.now(clock);
        return switch (q.kind()) {
            case CURRENT -> current(question, now);
            case FIRST -> {
                // "What was her first job at Tellwright?": the earliest role there
                List<Role> named = RoleMatcher.namedOutright(question, roles);
                Optional<Role> focused = focus(history);
                if (named.isEmpty()
                        && focused.isPresent()
                        && THERE.matcher(question).find()) {
                    // "What was his first job there?" after "Where does he work now?": the employer just named
                    yield held(earliestAt(focused.get()));
                }
                if (named.isEmpty() && AFTER_STUDIES.matcher(question).find()) {
                    // "What was her first job after finishing her degree?": not the internship during it
                    Optional<Answer> afterStudies = firstAfterStudies(question);
                    if (afterStudies.isPresent()) {
                        yield afterStudies;
                    }
                }
                java.util.regex.Matcher after = AFTER_WHAT.matcher(question);
                if (!named.isEmpty()
                        && after.find()
                        && !RoleMatcher.namedOutright(after.group(1), roles).isEmpty()
                        // "her first job at Google after Microsoft": Google's first, not the one after Microsoft
                        && RoleMatcher.namedOutright(question.substring(0, after.start()), roles)
                                .isEmpty()) {
                    // "What was his first job after NYSC?": the role that followed the one named
                    yield neighbour(latestAt(named.get(0)), false, now);
                }
                Optional<Role> inField =
                        named.isEmpty() ? RoleMatcher.field(question).flatMap(this::earliestInField) : Optional.empty();
                if (inField.isPresent()) {
                    // "What was her first job in architecture?": the earliest whose title or employer is of it
                    yield held(inField.get());
                }
                if (named.isEmpty()) {
                    // "What was her first design job?": the earliest whose title shares the word, if any does
                    Optional<Role> ofAKind = firstOfAKind(question);
                    yield ofAKind.isPresent() ? held(ofAKind.get()) : first(question);
                }
                yield held(earliestAt(named.get(0)));
            }
            case IN_YEAR ->
                inYears(
                        question,
                        q.year().orElseThrow(),
                        q.untilYear().orElse(q.year().orElseThrow()),
                        now);
            case BEFORE, AFTER -> {
                boolean previousThere = PREVIOUS_ROLE_THERE.matcher(question).find();
                if (q.kind() == TimelineQuestion.Kind.BEFORE
                        && (BEFORE_PROMOTION.matcher(question).find() || previousThere)) {
                    // "And before he was promoted?": the title he held there before the latest one
                    // "before she was promoted to Director": that title; else the latest there
                    // "And before that, at the same company?" after an answer giving one title there: that title
                    Role talkedAbout = subject.orElseThrow();
                    // after "What was his title before that?" the title that answer gave is the one talked about
                    boolean steppedBack = !history.isEmpty()
                            && TimelineQuestion.of(
                                            history.get(history.size() - 1).question())
                                    .filter(lastAsked -> lastAsked.kind() == TimelineQuestion.Kind.BEFORE)
                                    .isPresent();
                    // "What was her previous role at Fernhollow?": before the latest there, whichever the question
                    // named
                    Role latest = !namesNoRole && !previousThere || steppedBack || onlyTitleGiven(talkedAbout, history)
                            ? talkedAbout
                            : latestAt(talkedAbout);
                    Optional<Role> earlier = besideAtTheSameEmployer(latest, true);
                    if (earlier.isPresent()) {
                        yield besideInTitle(latest, earlier.get(), true);
                    }
                    if (SAME_COMPANY.matcher(question).find()) {
                        yield about(
                                identity().firstName() + " joined " + latest.place()
                                        + (latest.title().isEmpty() ? "" : " as " + latest.title()) + " in "
                                        + latest.dates().start().display()
                                        + "; the profile lists no earlier title there.",
                                List.of(latest));
                    }
                }
                if (!pointsAtARole(question, roles)
                        && movedInto.isEmpty()
                        && !BREAK_WORDS.matcher(question).find()) {
                    yield Optional.empty();
                }
                boolean before = q.kind() == TimelineQuestion.Kind.BEFORE;
                // "And before that?" after "District Manager" was the answer: the title held before it there
                boolean aboutTheTitle = RoleMatcher.namesTitle(question, subject.orElseThrow())
                        // "What was her title before that?": the title held before, where she was
                        || namesNoRole && TITLE_WORD.matcher(question).find()
                        // "before the lectureship": a word of the title, the employer unnamed
                        || !namesNoRole
                                && RoleMatcher.titleScore(subject.orElseThrow(), question) > 0
                                && !RoleMatcher.namesOrganization(question, subject.orElseThrow())
                        || namesNoRole
                                && !ASKS_EMPLOYER.matcher(question).find()
                                && !history.isEmpty()
                                && !subject.orElseThrow().title().isEmpty()
                                && history.get(history.size() - 1)
                                        .answer()
                                        .contains(subject.orElseThrow().title())
                                // "Where does she work now?" (then "Since when?") then "And before that?": the
                                // employer before
                                && !lastAskedAboutTheEmployer(history);
                // "before he became a supervisor at Redstone": the title there with that word, not the employer
                Optional<Role> became =
                        before && !namesNoRole && BECAME.matcher(question).find()
                                ? rolesThere(subject.orElseThrow()).stream()
                                        .filter(r -> RoleMatcher.titleScore(r, question) > 0)
                                        .max(Comparator.comparingInt(r -> RoleMatcher.titleScore(r, question)))
                                : Optional.empty();
                if (became.isPresent()) {
                    Optional<Role> from = besideAtTheSameEmployer(became.get(), true);
                    if (from.isPresent()) {
                        yield besideInTitle(became.get(), from.get(), true);
                    }
                }
                Optional<Role> sameEmployer =
                        aboutTheTitle ? besideAtTheSameEmployer(subject.orElseThrow(), before) : Optional.empty();
                if (sameEmployer.isPresent()) {
                    // "And before he became a Technical Lead?": the role he was promoted from
                    yield besideInTitle(subject.orElseThrow(), sameEmployer.get(), before);
                }
                // "Which companies did he work for before going freelance?": all of them, not the last
                yield before && SEVERAL_PLACES.matcher(question).find()
                        ? allBefore(subject.orElseThrow(), now)
                        : neighbour(subject.orElseThrow(), before, now);
            }
            case STILL_THERE -> stillThere(subject.orElseThrow(), now);
            case STARTED -> {
                Role role = subject.orElseThrow();
                if (PROMOTED.matcher(question).find()) {
                    yield promoted(role, question);
                }
                if (IN_WHAT_ROLE.matcher(question).find()) {
                    yield held(earliestAt(role)); // "When did she first join St Ebba's and in what role?"
                }
                if (BECAME.matcher(question).find() && RoleMatcher.titleScore(role, question) > 0) {
                    yield held(role); // "When did he become a supervisor?": that title, not the employer
                }
                // "When did that role start?": the role talked about, not the first at its employer
                yield RoleMatcher.namesTitle(question, role)
                                || THAT_ROLE.matcher(question).find()
                        ? held(role)
                        : startedOrLeft(role, now);
            }
            case LEFT -> {
                Optional<Answer> left = RoleMatcher.namesTitle(question, subject.orElseThrow())
                        ? held(subject.orElseThrow())
                        : startedOrLeft(subject.orElseThrow(), now);
                // "When did she leave Velmar and where did she go next?": both halves
                yield AND_NEXT.matcher(question).find()
                        ? both(left, neighbour(subject.orElseThrow(), false, now))
                        : left;
            }
            case HOW_LONG ->
                RoleMatcher.namesTitle(question, subject.orElseThrow())
                                || THAT_ROLE.matcher(question).find()
                        ? heldFor(subject.orElseThrow(), now)
                        : howLong(subject.orElseThrow(), now);
            case ROLE_AS ->
                RoleMatcher.titleScore(subject.orElseThrow(), question) > 0
                        ? held(subject.orElseThrow())
                        : Optional.empty();
            case TITLE -> {
                // "… when she first joined Halvergate", "… when she left them": the first or the last title there
                java.util.regex.Matcher when = WHEN_JOINED_OR_LEFT.matcher(question);
                yield when.find()
                        ? held(
                                when.group(1) == null
                                        ? earliestAt(subject.orElseThrow())
                                        : latestAt(subject.orElseThrow()))
                        : titleAt(subject.orElseThrow());
            }
            case BOARDS -> boards();
            case SECTOR -> sector(Sectors.asked(question).orElseThrow());
            case PLACES -> places(now);
            case EMPLOYERS -> {
                List<Role> named = RoleMatcher.named(question, roles);
                List<Role> breaks = roles.stream().filter(Role::careerBreak).toList();
                if (named.isEmpty()
                        && breaks.size() == 1
                        && BREAK_WORDS.matcher(question).find()) {
                    named = breaks; // "before the career break", whatever the break is called
                }
                yield named.isEmpty() ? employers(question, now) : rolesAt(named.get(0));
            }
            case GAPS -> {
                List<Role> breaks =
                        facts.roles().stream().filter(Role::careerBreak).toList();
                // "How long was his career break?" of the one break there is
                yield breaks.size() == 1 && HOW_LONG_WORDS.matcher(question).find()
                        ? howLong(breaks.get(0), now)
                        : gaps(now);
            }
            case EXPERIENCE -> experience(now);
            // "Where did Imogen train?" of a solicitor's training contract, a trainee's post: retrieval knows
            case EDUCATION ->
                TRAIN.matcher(question).find()
                                && roles.stream()
                                        .anyMatch(
                                                r -> TRAINEE.matcher(r.title()).find())
                        ? Optional.empty()
                        : education(question);
            case DEGREE_GRADE -> degreeGrade(question);
            case DURING_STUDIES -> duringStudies(now);
        };
    }

    private static final java.util.regex.Pattern JOINED =
            java.util.regex.Pattern.compile("(?i)\\b(join|start|begin|began|move|hired|switch)\\w*");
    /** "Which trust …", "what hospital …": the kind of employer a question asks for. */
    private static final java.util.regex.Pattern KIND_ASKED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:which|what) (trust|hospital|school|university|council|agency|practice|clinic|airline|bank|firm)\\b");

    /** "her parental leave", "the career break": a question about a break itself. */
    private static final java.util.regex.Pattern A_LEAVE = java.util.regex.Pattern.compile(
            "(?i)\\b(parental|maternity|paternity|sick|study|family|carer'?s) leave\\b|\\bcareer break|sabbatical");

    private static final java.util.regex.Pattern BREAK_WORDS =
            java.util.regex.Pattern.compile("(?i)\\b(career break|sabbatical|(his|her|their|the) break)\\b");
    private static final java.util.regex.Pattern HOW_LONG_WORDS =
            java.util.regex.Pattern.compile("(?i)\\bhow long\\b|\\bhow many (months|years)\\b");
    private static final java.util.regex.Pattern PROMOTED = java.util.regex.Pattern.compile("(?i)\\bpromot\\w*");
    private static final java.util.regex.Pattern PROMOTED_TO =
            java.util.regex.Pattern.compile("(?i)\\bpromot\\w* (to|as)\\b");
    /** "Who was her previous employer?": the one before the current, asked without naming it. */
    /** "before" with nothing after it: before the role talked about. */
    private static final java.util.regex.Pattern ENDS_BEFORE =
            java.util.regex.Pattern.compile("(?i)\\bbefore\\s*[?.!]*\\s*$");

    private static final java.util.regex.Pattern PREVIOUS_ONE = java.util.regex.Pattern.compile(
            "(?i)\\b(previous|prior|former) (job|role|employer|position|company|workplace)\\b");

    /** "at the same company", "with the same employer": the place talked about, not another. */
    private static final String SAME_PLACE =
            "(at|with|in) the same (company|employer|firm|place|organi[sz]ation|business)";

    private static final java.util.regex.Pattern BEFORE_PROMOTION = java.util.regex.Pattern.compile(
            // "before he was made lead", "before she was promoted"
            "(?i)\\b(before|prior to) (?:(?:she|he|they|\\w+) (?:was|were|got|had been) (?:promoted|made|appointed|moved up)"
                    + "|(?:his|her|their|the|that|this) promotion)\\b"
                    // "And before that, at the same company?"
                    + "|\\bbefore that\\b.*\\b" + SAME_PLACE + "\\b"
                    // "What was he doing at the same company before that?"
                    + "|\\b" + SAME_PLACE + "\\b.*\\bbefore that\\b");
    /** "What was their previous role there?", "her prior title at Fernhollow": the title held before, at that employer. */
    private static final java.util.regex.Pattern PREVIOUS_ROLE_THERE = java.util.regex.Pattern.compile(
            "(?i)\\b(previous|prior|earlier|former) (role|title|job title|position|post|job)s? (there|at|with)\\b");

    private static final java.util.regex.Pattern FIRST_OF =
            java.util.regex.Pattern.compile("(?i)\\b(first|earliest|initial)\\b");
    private static final java.util.regex.Pattern BECAME =
            java.util.regex.Pattern.compile("(?i)\\b(become|became|becoming|made|appointed|named|step(ped)? up)\\b");
    private static final java.util.regex.Pattern IN_WHAT_ROLE = java.util.regex.Pattern.compile(
            "(?i)\\b(in|as) (what|which) (role|title|position|job|capacity)\\b|\\bas what\\b");
    private static final java.util.regex.Pattern WHEN_JOINED_OR_LEFT =
            java.util.regex.Pattern.compile("(?i)\\bwhen \\S+ (?:first )?(?:joined|started|began|(left|quit))\\b"
                    + "|\\b(?:at first|initially|originally|to begin with|at the start)\\b");

    private static final java.util.regex.Pattern THE_CURRENT_ONE = java.util.regex.Pattern.compile(
            "(?is)(his|her|their|the) (current|present|latest|most recent) (job|role|position|employer|company|post|one)"
                    + "\\b.*");

    /**
     * Whether "before" or "after" in the question points at a role — "that", "leaving", a named
     * employer — and not at something else ("after his dashboard launched").
     */
    private static boolean pointsAtARole(String question, List<Role> roles) {
        Optional<String> pointed = TimelineQuestion.pointedAt(question);
        if (pointed.isEmpty()) {
            return true; // "previous employer", "where did she go next?"
        }
        String after = pointed.get();
        if (THE_CURRENT_ONE.matcher(after).matches()) {
            return true; // "right before her current job": the role before the current one
        }
        java.util.regex.Matcher possessive = java.util.regex.Pattern.compile(
                        "(?is)(?:his|her|their|the)\\s+(\\S+(?:\\s+\\S+)?).*")
                .matcher(after);
        if (possessive.matches()
                && !possessive.group(1).matches("(?is)(time|stint|job|role|position|years|tenure|spell)\\b.*")
                && !RoleMatcher.namesATitle(possessive.group(1), roles)
                // "before the Lorne Institute": an employer named with its article
                && !(after.startsWith("the ")
                        && !RoleMatcher.named(after.split("[?,;]")[0], roles).isEmpty())) {
            return false; // "after his dashboard launched", but not "after her postdoc"
        }
        String written = TimelineQuestion.pointedAtAsWritten(question).orElse(after);
        return after.matches("(?is)(that|this|it|then|leaving|joining|(\\S+\\s+){0,2}(left|quit|joined|finished))\\b.*")
                || !RoleMatcher.named(written.split("[?,;]")[0], roles).isEmpty()
                || !rolesInThePlaceMovedTo(question, roles).isEmpty();
    }

    private static final java.util.regex.Pattern TRAIN = java.util.regex.Pattern.compile("(?i)\\btrain\\b");
    private static final java.util.regex.Pattern TRAINEE =
            java.util.regex.Pattern.compile("(?i)\\b(trainee|training|apprentice|articled)\\b");

    /** "before coming to Dubai", "prior to moving to Berlin": a move to a place, not a role. */
    private static final java.util.regex.Pattern MOVED_TO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:before|prior to)\\s+(?:\\S+\\s+)?(?:coming|moving|relocating|going|heading|moved|came|relocated)"
                    + "\\s+(?:back\\s+)?to\\s+(?:the\\s+)?((?-i:\\p{Lu})[\\p{L}.'’-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}.'’-]+)?)");

    /** "before she moved into UX", "before moving into L&D", "before switching to product management". */
    private static final java.util.regex.Pattern MOVED_INTO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:before|prior to)\\s+(?:\\S+\\s+)?(?:moving|moved|going|went|switching|switched|changing"
                    + "|changed|transitioning|transitioned|getting|got)\\s+(?:in)?to\\s+(?:a career in\\s+|working in\\s+)?"
                    + "([\\p{L}&/ -]{2,40}?)\\s*[?.!]*$");

    /**
     * The question without the person's own name where it stands for them ("What did Tamsin Achterberg do
     * before …"), so that it names no employer called after them ("Tamsin Achterberg Design"); kept where a
     * capitalised word follows it, as in that employer's name.
     */
    private String withoutThePersonsName(String question) {
        return personsName.map(name -> name.matcher(question).replaceAll(" ")).orElse(question);
    }

    /** The question's last word: "residency" of "Where did she do her internal medicine residency?". */
    private static String lastWord(String question) {
        String[] words = question.strip().replaceAll("[?!.\\s]+$", "").split("\\s+");
        return words[words.length - 1];
    }

    /**
     * The first role of the field a question says the person moved into: its name in the role's title or
     * employer ("UX" in "Freelance UX Designer"), or its initials ("L&D", "Learning & Development
     * Coordinator"); none when the career began in it.
     */
    private Optional<Role> firstRoleOfTheFieldMovedInto(String question) {
        java.util.regex.Matcher m = MOVED_INTO.matcher(question.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String field = m.group(1).strip();
        java.util.regex.Pattern whole = java.util.regex.Pattern.compile(
                "(?i)(?<![\\p{L}])" + java.util.regex.Pattern.quote(field) + "(?![\\p{L}])");
        String letters = field.replaceAll("[&/\\s]", "");
        boolean initials = field.matches("\\p{Lu}[&/]\\p{Lu}");
        List<Role> jobs = facts.jobs();
        Optional<Role> first = jobs.stream()
                .filter(r -> whole.matcher(r.title() + " " + r.organization()).find()
                        || initials && initialsOf(r.title()).contains(letters))
                .findFirst();
        return first.filter(r -> r != jobs.get(0));
    }

    /** "LDC" of "Learning & Development Coordinator": the first letters of its capitalised words. */
    private static String initialsOf(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                out.appendCodePoint(word.codePointAt(0));
            }
        }
        return out.toString();
    }

    /** The roles held in the place a question says the person moved to, by where each was. */
    private static List<Role> rolesInThePlaceMovedTo(String question, List<Role> roles) {
        java.util.regex.Matcher m = MOVED_TO.matcher(question);
        if (!m.find() || m.group().toLowerCase(java.util.Locale.ROOT).contains(" back ")) {
            return List.of(); // "before moving back to London": which stint there, the timeline alone cannot say
        }
        java.util.regex.Pattern place = java.util.regex.Pattern.compile(
                "(?i)(?<![\\p{L}])" + java.util.regex.Pattern.quote(m.group(1)) + "(?![\\p{L}])");
        List<Role> there = roles.stream()
                .filter(r -> !r.careerBreak())
                .filter(r -> r.location().filter(l -> place.matcher(l).find()).isPresent())
                .toList();
        // a career that began there had no move there
        boolean beganThere = there.stream()
                .anyMatch(r -> roles.stream()
                        .noneMatch(o -> o.dates().start().compareTo(r.dates().start()) < 0));
        return beganThere ? List.of() : there;
    }

    /** "Where did he work in Grenoble?", "Has she ever worked in Germany?", "How long was she in Leeds?" */
    private static final java.util.regex.Pattern IN_PLACE =
            java.util.regex.Pattern.compile("(?i)\\b(?:work|worked|working|works|job|jobs|based)\\b[^?]*?\\bin"
                    + " ((?-i:\\p{Lu})[\\p{L}'’-]+(?: (?-i:\\p{Lu})[\\p{L}'’-]+)?)"
                    + "|\\bhow long (?:was|were|did) \\S+ (?:in|stay in|live in) ((?-i:\\p{Lu})[\\p{L}'’-]+)");
    /** Not a question about work in a place: "Was she born in Leeds?", "Did he study in York?" */
    private static final java.util.regex.Pattern NOT_WORK_IN_PLACE = java.util.regex.Pattern.compile(
            "(?i)\\b(born|grow|grew|raised|parents|family|school|university|college|stud(y|ied|ies)|degree)\\b");

    private static final java.util.regex.Pattern YES_NO =
            java.util.regex.Pattern.compile("(?i)^(has|have|did|is|was|were|does|do)\\b");

    /** "What kind of ward did she work on in Bristol?": the thing asked of, after "what" or "which". */
    private static final java.util.regex.Pattern THING_ASKED =
            java.util.regex.Pattern.compile("(?i)^(?:what|which)\\s+(?:(?:kind|sort|type)s? of\\s+)?(\\p{L}+)");

    /**
     * "What was the €420m deal she worked on in Dublin?": the thing a "what was the …" question names before
     * the one who worked on it.
     */
    private static final java.util.regex.Pattern THING_NAMED = java.util.regex.Pattern.compile(
            "(?i)^(?:what|which)\\s+(?:was|were|is|are)\\s+(?:the|her|his|their)\\s+(?:\\S+\\s+){0,4}?(\\p{L}+)"
                    + "\\s+(?:that\\s+|which\\s+)?(?:she|he|they|(?-i:\\p{Lu})\\p{L}+)\\s+(?:worked|did|led|ran|managed)\\b");

    /** What the jobs in a place answer: who employed, in what post. */
    private static final java.util.regex.Pattern JOB_THINGS = java.util.regex.Pattern.compile(
            "(?i)(job|role|position|post|title|work|compan(y|ies)|employers?|firms?|organi[sz]ations?|hospitals?"
                    + "|schools?|business(es)?|agenc(y|ies)|places?|jobs|roles|positions|posts)");

    /**
     * "What kind of ward did she work on in Bristol?", "Which projects did he work on in Berlin?": a question of
     * something done in a place, which the jobs held there do not answer.
     */
    private static boolean asksOfSomethingElse(String question) {
        java.util.regex.Matcher named = THING_NAMED.matcher(question.strip());
        if (named.find()) {
            return !JOB_THINGS.matcher(named.group(1)).matches();
        }
        java.util.regex.Matcher thing = THING_ASKED.matcher(question.strip());
        return thing.find()
                && !AUXILIARY.matcher(thing.group(1)).matches()
                && !JOB_THINGS.matcher(thing.group(1)).matches();
    }

    private static final java.util.regex.Pattern AUXILIARY =
            java.util.regex.Pattern.compile("(?i)did|does|do|was|were|is|are|has|have|had|would|will|can|could");

    /**
     * The roles held in a town or country the question names, when it names no employer: "Yes:
     * Thibault worked in Stuttgart (Germany) at KESSLER … (October 2011 to December 2012)."
     */
    private Optional<Answer> inPlace(String question, YearMonth now) {
        java.util.regex.Matcher m = IN_PLACE.matcher(question);
        // "How long was she in Leeds?" asks of work unless it speaks of study or birth
        if (!m.find()
                || m.group(1) == null && NOT_WORK_IN_PLACE.matcher(question).find()
                || asksOfSomethingElse(question)
                || !RoleMatcher.namedOutright(question, facts.roles()).isEmpty()) {
            return Optional.empty();
        }
        String place = m.group(1) != null ? m.group(1) : m.group(2);
        // "Louisiana": a town in it is written "Lafayette, LA"
        String state = dev.profilebot.profile.facts.UsStates.code(place)
                .map(code -> "|,\\s*(?-i:" + code + ")\\b")
                .orElse("");
        java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                "(?i)(?<![\\p{L}])" + java.util.regex.Pattern.quote(place) + "(?![\\p{L}])" + state);
        List<Role> there = facts.roles().stream()
                .filter(r -> !r.careerBreak())
                .filter(r -> r.location().filter(l -> word.matcher(l).find()).isPresent())
                .toList();
        if (there.isEmpty()) {
            return Optional.empty();
        }
        String name = identity().firstName();
        List<String> held = there.stream()
                .map(r -> atAs(r) + " (" + r.dates().display() + ")")
                .toList();
        String where = there.get(there.size() - 1).location().orElseThrow();
        String text;
        // one stretch when each role there starts before the latest end so far (roles held alongside)
        boolean oneStretch = true;
        YearMonth latestEnd = there.get(0).lastMonth(now);
        Role lastRole = there.get(0);
        for (int i = 1; i < there.size(); i++) {
            oneStretch = oneStretch && !there.get(i).dates().start().earliest().isAfter(latestEnd.plusMonths(2));
            if (there.get(i).lastMonth(now).isAfter(latestEnd)) {
                latestEnd = there.get(i).lastMonth(now);
                lastRole = there.get(i);
            }
        }
        if (HOW_LONG_WORDS.matcher(question).find() && !oneStretch) {
            // Leeds, then Berlin, then Leeds again: each stretch on its own
            text = name + " worked in " + where + " "
                    + String.join(
                            "; then ",
                            there.stream()
                                    .map(r -> atAs(r) + " for "
                                            + duration(r.dates(), now) + " ("
                                            + r.dates().display() + ")")
                                    .toList())
                    + ".";
        } else if (HOW_LONG_WORDS.matcher(question).find()) {
            DateRange span = span(there.get(0), lastRole);
            text = name + " was in " + where + " for " + duration(span, now) + ": " + String.join("; ", held) + ".";
        } else {
            text = (YES_NO.matcher(question).find() ? "Yes: " : "") + name + " worked in " + where + " "
                    + String.join("; then ", held) + ".";
        }
        return about(text, there);
    }

    /**
     * The role a question that names none is about: the current one ("her current job"); for
     * "And before he was promoted?" or "Who was her previous employer?", the role talked about,
     * else the current one; for a question pointing back ("how long was she there?"), the role
     * talked about.
     */
    private Optional<Role> unnamedSubject(String question, TimelineQuestion q, List<ConversationMemory.Turn> history) {
        Optional<Role> current =
                facts.currentRoles().stream().filter(r -> !r.careerBreak()).findFirst();
        if (CURRENT_ONE.matcher(question).find() && current.isPresent()) {
            return current;
        }
        if (q.kind() == TimelineQuestion.Kind.STARTED) {
            Optional<Role> ofAKind = startedDoing(question);
            if (ofAKind.isPresent()) {
                return ofAKind;
            }
        }
        if (BEFORE_PROMOTION.matcher(question).find()
                || q.kind() == TimelineQuestion.Kind.BEFORE
                        && (PREVIOUS_ONE.matcher(question).find()
                                // "What was she doing before?": before the role talked about, else the current
                                || ENDS_BEFORE.matcher(question).find())) {
            return focus(history).or(() -> current);
        }
        return pointsBack(question) ? focus(history) : Optional.empty();
    }

    /** From the first role's start to the last one's end, or since the first when the last goes on. */
    private static DateRange span(Role first, Role last) {
        return last.current()
                ? DateRange.since(first.dates().start())
                : DateRange.between(
                        first.dates().start(),
                        last.dates().end().orElse(last.dates().start()));
    }

    /** A title that names two held one after the other: "Barista, then Shift Supervisor", "Analyst → Associate". */
    private static final java.util.regex.Pattern SEVERAL_TITLES =
            java.util.regex.Pattern.compile(",? then |\\s→\\s|\\s->\\s");

    /** "Was he ever a general foreman?", "Has she worked as a Charge Nurse?": whether a title was held. */
    private static final java.util.regex.Pattern EVER_HELD = java.util.regex.Pattern.compile(
            "(?i)^(?:was|has|had|did) (?:she|he|they|\\p{Lu}\\p{L}+) (?:ever (?:been |worked as |served as |work as )?"
                    + "|been |worked as |served as )(?:an? |the )?(.{3,60}?)\\s*[?.!]*$");

    /** The roles whose title the question spells out, when it asks whether one was ever held; empty otherwise. */
    private Optional<Answer> everHeld(String question) {
        java.util.regex.Matcher ever = EVER_HELD.matcher(question.strip());
        if (!ever.matches()) {
            return Optional.empty();
        }
        List<Role> held = facts.roles().stream()
                .filter(r -> !r.careerBreak() && RoleMatcher.namesTitle(ever.group(1), r))
                .sorted(Comparator.comparing((Role r) -> r.dates().start()).reversed())
                .toList();
        if (held.isEmpty()) {
            return Optional.empty(); // "Was she ever a manager?" of a "Site Manager": the sentences say
        }
        List<String> parts = held.stream()
                .map(r -> r.describe() + " (" + r.dates().display() + ")")
                .toList();
        return about("Yes: " + join(parts) + ".", held);
    }

    /** "And in 2021?", "What about 2019?": a year alone, asking the question before it again. */
    private static final java.util.regex.Pattern BARE_YEAR = java.util.regex.Pattern.compile(
            "^(and |so )?(what about |how about )?(in )?(19[5-9]\\d|20\\d\\d)\\s*\\??$");

    /** "Isobel was promoted to Staff Engineer at Cairnmore Bank in April 2017." */
    private Optional<Answer> promoted(Role subject, String question) {
        List<Role> there = rolesThere(subject);
        if (there.size() < 2 && SEVERAL_TITLES.matcher(subject.title()).find()) {
            // "Barista, then Shift Supervisor": the titles are one role's, and when the second began is told
            // elsewhere ("promoted to Shift Supervisor in March 2020"), if anywhere: the sentences answer
            return Optional.empty();
        }
        if (there.size() < 2 && PROMOTED_TO.matcher(question).find()) {
            // "When was he promoted to Associate Software Engineer?" of one title there: the promotion, if told,
            // is in the sentences ("Joined as Trainee (July 2017) and was promoted to … in January 2018")
            return Optional.empty();
        }
        if (there.size() < 2
                && !subject.title().isEmpty()
                && !subject.organization().isEmpty()) {
            // "Was she promoted there?" of one title held there
            return oneTitle(
                    subject.organization(),
                    subject.title() + " (" + subject.dates().display() + ")",
                    List.of(subject));
        }
        if (there.size() < 2) {
            return startedOrLeft(subject, YearMonth.now(clock));
        }
        List<String> steps = new ArrayList<>();
        String held = there.get(0).title();
        for (Role later : there.subList(1, there.size())) {
            if (!later.title().isEmpty() && later.title().equalsIgnoreCase(held)) {
                continue; // a seafarer's or a locum's next contract in the same rank: no promotion
            }
            held = later.title();
            steps.add("to " + (later.title().isEmpty() ? "a new role" : later.title()) + " in "
                    + later.dates().start().display());
        }
        if (steps.isEmpty()) {
            return oneTitle(subject.place(), held, there);
        }
        String text = identity().firstName() + " joined " + subject.place() + " as "
                + (there.get(0).title().isEmpty() ? "a" : there.get(0).title()) + " in "
                + there.get(0).dates().start().display() + " and was promoted " + join(steps) + ".";
        return about(text, there);
    }

    /** "The profile lists one title for Ada at Voltaro GmbH: Senior Engineer (2021 to present)." */
    private Optional<Answer> oneTitle(String place, String title, List<Role> roles) {
        return about(
                "The profile lists one title for " + identity().firstName() + " at " + place + ": " + title + ".",
                roles);
    }

    /** "Raj worked at Tata Consultancy Services in Mumbai (July 2012 to June 2016).", when the role says where. */
    public Optional<Answer> whereWasIt(Role role) {
        if (role.location().isEmpty()) {
            return Optional.empty();
        }
        String name = identity().firstName();
        String verb = role.current() ? " works" : " worked";
        String text =
                name + verb + (role.organization().isEmpty() ? " as " + role.title() : " at " + role.organization())
                        + " in " + role.location().get() + " (" + role.dates().display() + ").";
        return about(text, List.of(role));
    }

    /** The one role the question names ("What did she do at Vitosha?"), if it names exactly one. */
    public Optional<Role> named(String question) {
        List<Role> named = RoleMatcher.namedOutright(question, facts.roles());
        // two titles at one employer are one place to ask about
        boolean onePlace = !named.isEmpty() && named.stream().allMatch(r -> r.samePlaceAs(named.get(0)));
        return onePlace ? Optional.of(named.get(named.size() - 1)) : Optional.empty();
    }

    /** Words that ask about the present: "right now", "at the moment", "in her current job". */
    private static final java.util.regex.Pattern ASKS_ABOUT_NOW = java.util.regex.Pattern.compile(
            "(?i)(\\s+(in|at|on|for)(?=\\s+(his|her|their|the) (current|present)\\b))?\\s*\\b(right now|currently"
                    + "|at the moment|these days|nowadays|at present|presently"
                    + "|(his|her|their|the) (current|present) (job|role|position|post|company|employer))\\b");

    /** "How big is his team?", "How many people does she manage?": the team of the job held now. */
    private static final java.util.regex.Pattern TEAM_NOW = java.util.regex.Pattern.compile(
            "(?i)\\bhow (big|large) is (his|her|their) team\\b|\\bhow many (people|staff|employees|reports"
                    + "|direct reports) (does|do) (he|she|they) (manage|lead|supervise|run|oversee|have)\\b");

    /** Whether the question asks about the present: "How many people does he manage right now?". */
    public static boolean asksAboutNow(String question) {
        return ASKS_ABOUT_NOW.matcher(question).find();
    }

    /** The question without the words that ask about the present: "How many people does he manage?". */
    public static String withoutNow(String question) {
        return ASKS_ABOUT_NOW.matcher(question).replaceAll("").strip();
    }

    /**
     * The one place the person works now, for a question about the present that names no role ("How
     * many people does he manage right now?"); none when there are several places or none.
     */
    public Optional<Role> currentFor(String question) {
        if (!asksAboutNow(question) && !TEAM_NOW.matcher(question).find()) {
            return Optional.empty();
        }
        List<Role> current =
                facts.currentRoles().stream().filter(r -> !r.careerBreak()).toList();
        return !current.isEmpty() && current.stream().allMatch(r -> r.samePlaceAs(current.get(0)))
                ? Optional.of(current.get(0))
                : Optional.empty();
    }

    /** "… at the time?", "… back then?" at a question's end: when the last answer said (not a bare "then"). */
    private static final java.util.regex.Pattern AT_THE_TIME =
            java.util.regex.Pattern.compile("(?i)\\s+(at the time|at that time|at that point|back then)(?=[\\s?!.]*$)");

    private static final java.util.regex.Pattern YEAR_SAID =
            java.util.regex.Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

    /**
     * "Which company was she working for at the time?" after "She became chartered in 2015.": the question
     * asked of the one year the last answer gave ("… in 2015"); any other question as it is.
     */
    private static String atTheTimeOfTheLastAnswer(String question, List<ConversationMemory.Turn> history) {
        java.util.regex.Matcher time = AT_THE_TIME.matcher(question);
        if (history.isEmpty() || !time.find()) {
            return question;
        }
        // not the years of a role's span the answer is led by ("At Kestrel (Structural Engineer, 2013–2017): …")
        String said = history.get(history.size() - 1)
                .answer()
                .replaceAll("\\b(19|20)\\d\\d\\s*[–—-]\\s*((19|20)\\d\\d|now|present)\\b", " ");
        // the answer's first sentence, when it gives one year, before the sentences quoted under it
        List<String> first = yearsIn(said.split("\n", 2)[0]);
        List<String> years = first.size() == 1 ? first : yearsIn(said);
        return years.size() == 1
                ? question.substring(0, time.start()) + " in " + years.get(0) + question.substring(time.end())
                : question;
    }

    private static List<String> yearsIn(String text) {
        return YEAR_SAID
                .matcher(text)
                .results()
                .map(java.util.regex.MatchResult::group)
                .distinct()
                .toList();
    }

    /** The role the conversation is about: the first one named in the latest turn that names one. */
    public Optional<Role> focus(List<ConversationMemory.Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            ConversationMemory.Turn turn = history.get(i);
            // "Before Helvetia, José worked at SwissRail …": the answer is about SwissRail
            // the place may hold a comma itself ("Before University of Stanmere, School of Computing, Jonah …")
            String answer = withoutLeadIn(turn.answer());
            // ("What was her first job in a professional kitchen?" answered with the Mariner's Table: that job, not
            // the "Head Chef & Kitchen Manager" post a word of the question names)
            boolean movedOn = TimelineQuestion.of(turn.question())
                    .map(q -> q.kind() == TimelineQuestion.Kind.BEFORE
                            || q.kind() == TimelineQuestion.Kind.AFTER
                            || q.kind() == TimelineQuestion.Kind.FIRST)
                    .orElse(false);
            if (movedOn) {
                // "Where did he work before MTN?" then "And before that?": before Volta, not MTN again
                Optional<Role> answered = RoleMatcher.firstMentioned(answer, facts.roles());
                if (answered.isPresent()) {
                    return answered;
                }
            }
            List<Role> named = RoleMatcher.named(turn.question(), facts.roles());
            if (!named.isEmpty()) {
                // "What does Marisol do at Tallowood now?" answered with one of her titles there: that one
                // (the employer's roles only: not the titles a question names by a word they share)
                // ("Where did he work as a drill and blast engineer?" names every engineer's post by its one word: the
                // one the answer names)
                boolean oneEmployer = named.stream().allMatch(r -> r.samePlaceAs(named.get(0)));
                return Optional.of(
                        (oneEmployer ? titleAnswered(named, answer) : RoleMatcher.firstMentioned(answer, named))
                                .orElse(named.get(0)));
            }
            Optional<Role> mentioned = RoleMatcher.firstMentioned(answer, facts.roles());
            if (mentioned.isPresent()) {
                // "Where was that?" answered with lines of two jobs: still the one asked about before, if it is one
                return stillAbout(history.subList(0, i), turn.answer()).or(() -> mentioned);
            }
            // "a career break (Sabbatical, June 2016 to August 2017)": the break, which no employer names
            Optional<Role> gap = facts.roles().stream()
                    .filter(r -> r.careerBreak() && !r.title().isEmpty() && answer.contains(r.title()))
                    .findFirst();
            if (gap.isPresent()) {
                return gap;
            }
        }
        return Optional.empty();
    }

    /**
     * The role an earlier turn was about, when an answer that names two employers or more names its
     * employer among them.
     */
    private Optional<Role> stillAbout(List<ConversationMemory.Turn> earlier, String answer) {
        List<Role> named = employersNamedIn(answer);
        if (earlier.isEmpty() || named.stream().allMatch(r -> r.samePlaceAs(named.get(0)))) {
            return Optional.empty();
        }
        return focus(earlier).filter(role -> named.stream().anyMatch(role::samePlaceAs));
    }

    /**
     * The one role of these whose title the answer gives, a title within another's ("Data Engineer" in "Lead Data
     * Engineer") not counted; empty when it gives none or several.
     */
    private static Optional<Role> titleAnswered(List<Role> roles, String answer) {
        List<Role> given = roles.stream()
                .filter(r -> !r.title().isEmpty() && answer.contains(r.title()))
                .toList();
        List<Role> outermost = given.stream()
                .filter(r -> given.stream()
                        .noneMatch(o -> o.title().length() > r.title().length()
                                && o.title().contains(r.title())))
                .toList();
        return outermost.size() == 1 ? Optional.of(outermost.get(0)) : Optional.empty();
    }

    /** An answer without the place it starts from: "Before Helvetia, José worked at SwissRail …" is about SwissRail. */
    private String withoutLeadIn(String answer) {
        return ANSWER_LEAD_IN
                .matcher(namedLeadIn.matcher(answer).replaceFirst(""))
                .replaceFirst("");
    }

    /**
     * The role the conversation is about when the last answer speaks of one employer only: after an
     * answer quoting two jobs, "Where was that?" does not say which.
     */
    public Optional<Role> soleFocus(List<ConversationMemory.Turn> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        ConversationMemory.Turn last = history.get(history.size() - 1);
        if (TimelineQuestion.of(last.question())
                .filter(q -> q.kind() == TimelineQuestion.Kind.EDUCATION)
                .isPresent()) {
            return Optional.empty(); // "Where was that?" after a degree: its university, not a job there
        }
        List<Role> mentioned = employersNamedIn(last.answer());
        boolean onePlace = !mentioned.isEmpty() && mentioned.stream().allMatch(r -> r.samePlaceAs(mentioned.get(0)));
        return onePlace ? focus(history) : Optional.empty();
    }

    /**
     * The roles whose employers an answer writes out in full, as whole words ("EE" is not in
     * "Engineer"): a word shared by two names does not make a second place.
     */
    private List<Role> employersNamedIn(String answer) {
        String said = withoutLeadIn(answer).toLowerCase(java.util.Locale.ROOT);
        return facts.roles().stream()
                .filter(r -> !r.organization().isEmpty()
                        && RoleMatcher.indexOfWord(said, r.organization().toLowerCase(java.util.Locale.ROOT)) >= 0)
                .toList();
    }

    /**
     * "And where is that?" after an answer that named two employers or more ("… bank support worker
     * at Hafod Supported Living and Senior Care Assistant at Ty Gwyn Care Home"): where each one is.
     */
    public Optional<Answer> whereWereThey(List<ConversationMemory.Turn> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        List<Role> mentioned = new ArrayList<>();
        for (Role role : employersNamedIn(history.get(history.size() - 1).answer())) {
            if (mentioned.stream().noneMatch(role::samePlaceAs)) {
                mentioned.add(role);
            }
        }
        if (mentioned.size() < 2
                || mentioned.stream().anyMatch(r -> r.location().isEmpty())) {
            return Optional.empty();
        }
        List<String> places = mentioned.stream()
                .map(r -> r.organization() + " is in " + r.location().get())
                .toList();
        return about(String.join("; ", places) + ".", mentioned);
    }

    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(there|then|(before|after) (that|it|this|then)|that (job|role|company|position|place|employer)"
                    + "|this (job|role|company|position)|(his|her|their) (time|stint)|left|leave|leaving|quit|in total"
                    // "What was her title when she started?"
                    + "|when (she|he|they) (first )?(started|joined|began)"
                    // "Where did he work before joining them?"
                    + "|(join|joining|leaving|left|joined) (them|it|that company|the company|the firm)"
                    // "And when was he promoted?" after the employer's first title
                    + "|promoted"
                    + "|freelanc\\w*|contract\\w*|next)\\b");

    /**
     * Whether the question refers to the role the conversation is about: by a word that points
     * back ("there", "before that", "when did she leave?"), or by being too short to name one.
     */
    private static boolean pointsBack(String question) {
        return POINTS_BACK.matcher(question).find() || question.strip().split("\\s+").length <= 4;
    }

    /** Of several roles at one employer: the earliest for "before", the latest otherwise. */
    private static Role pick(List<Role> named, TimelineQuestion.Kind kind, String question) {
        Comparator<Role> byStart = Comparator.comparing(r -> r.dates().start());
        return wantsTheEarliest(kind, question)
                ? named.stream().min(byStart).orElseThrow()
                : named.stream().max(byStart).orElseThrow();
    }

    /** "Where did she do her first postdoc?", "before that", "when did she start": the earliest of the roles named. */
    private static boolean wantsTheEarliest(TimelineQuestion.Kind kind, String question) {
        return kind == TimelineQuestion.Kind.BEFORE
                || kind == TimelineQuestion.Kind.STARTED
                || FIRST_OF.matcher(question).find();
    }

    private Optional<Answer> current(String question, YearMonth now) {
        List<Role> current = facts.currentRoles();
        // "Which trust is she working for?": of her current roles, the ones at a trust
        java.util.regex.Matcher kind = KIND_ASKED.matcher(question);
        if (kind.find()) {
            String word = kind.group(1).toLowerCase(java.util.Locale.ROOT);
            List<Role> ofThatKind = current.stream()
                    .filter(r ->
                            r.organization().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b" + word + "\\b.*"))
                    .toList();
            current = ofThatKind.isEmpty() ? current : ofThatKind;
        }
        String name = identity().firstName();
        if (current.isEmpty()) {
            List<Role> jobs = facts.jobs();
            if (jobs.isEmpty()) {
                return Optional.empty();
            }
            Role latest = jobs.stream()
                    .max(Comparator.comparing((Role r) -> r.lastMonth(now)))
                    .orElseThrow();
            return about(
                    "The profile lists no current role. " + possessive(name) + " most recent one: " + latest.describe()
                            + " (" + latest.dates().display() + ").",
                    List.of(latest));
        }
        if (current.size() == 1) {
            Role role = current.get(0);
            return about(
                    name + " currently works " + atAs(role) + ", since "
                            + role.dates().start().display() + where(role) + ".",
                    current);
        }
        List<String> parts = new ArrayList<>();
        for (Role role : current) {
            parts.add(role.describe() + " (since " + role.dates().start().display() + ")");
        }
        return about(name + " currently has " + current.size() + " roles: " + join(parts) + ".", current);
    }

    /** "Where did she work before that?", "which company": a question about employers, not titles. */
    private static final java.util.regex.Pattern ASKS_EMPLOYER = java.util.regex.Pattern.compile(
            "(?i)\\b(work(ed|ing)?|employer|company|companies|firm|organi[sz]ation)\\b");

    /** "… at the same company?": the employer talked about, not the one before it. */
    private static final java.util.regex.Pattern SAME_COMPANY =
            java.util.regex.Pattern.compile("(?i)\\b" + SAME_PLACE + "\\b");

    /** Whether the last answer gave this role's title and no other title held at its employer. */
    private boolean onlyTitleGiven(Role role, List<ConversationMemory.Turn> history) {
        if (history.isEmpty() || role.title().isEmpty()) {
            return false;
        }
        String last = history.get(history.size() - 1).answer();
        return last.contains(role.title())
                && rolesThere(role).stream()
                        .filter(r -> r != role && !r.title().isEmpty())
                        .noneMatch(r -> last.contains(r.title()));
    }

    private static final java.util.regex.Pattern TITLE_WORD =
            java.util.regex.Pattern.compile("(?i)\\b(title|job title|position)\\b");

    /** "What's his role there?", "When was she promoted?": a question about titles. */
    private static final java.util.regex.Pattern ASKS_TITLE =
            java.util.regex.Pattern.compile("(?i)\\b(title|role|position|promot\\w*|became|become)\\b");

    /**
     * Whether the conversation's latest question about employers or titles was about the employer:
     * "Which company is he with?" then "Since when?" is still about the company.
     */
    private static final java.util.regex.Pattern JOINED_THERE = java.util.regex.Pattern.compile(
            "(?i)\\b(when|what year) did \\S+ (start|join|begin|move) (there|at|with|to)\\b|\\bwhen did \\S+ join\\b");

    private static boolean lastAskedAboutTheEmployer(List<ConversationMemory.Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            String asked = history.get(i).question();
            // "When did she start there?": when she joined the place, whatever title she holds now
            if (ASKS_EMPLOYER.matcher(asked).find()
                    || JOINED_THERE.matcher(asked).find()) {
                return true;
            }
            if (ASKS_TITLE.matcher(asked).find()) {
                return false;
            }
        }
        return false;
    }

    /** "… and where did she go next?", "… and what did he do after that?" after another question. */
    private static final java.util.regex.Pattern AND_NEXT = java.util.regex.Pattern.compile(
            "(?i)\\band (where|what|who)\\b.*\\b(next|after that|afterwards|then)\\b|\\band where did (she|he|they) go\\b");

    private static Optional<Answer> both(Optional<Answer> first, Optional<Answer> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first.or(() -> second);
        }
        List<Source> sources = new ArrayList<>(first.get().sources());
        second.get().sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        Answer a = first.get();
        return Optional.of(new Answer(a.text() + " " + second.get().text(), sources, a.mode(), a.outcome(), 0));
    }

    /** "after graduating", "straight after finishing her degree", "after university". */
    private static final java.util.regex.Pattern AFTER_STUDIES = java.util.regex.Pattern.compile(
            "(?i)\\bafter (graduat\\w*|(finishing|completing|leaving) (her|his|their|the) (degree|studies|bachelor'?s"
                    + "|undergrad\\w*|master'?s|phd"
                    + "|diploma|doctorate)|(finishing |leaving )?(uni|university|college|school|her studies|his studies"
                    + "|their studies))\\b|\\bout of (uni|university|college|school|grad school)\\b");

    private static final java.util.regex.Pattern AFTER_WHAT = java.util.regex.Pattern.compile("(?i)\\bafter\\s+(.+)");

    /** "after school", "after leaving school": not "grad school", nor "law school". */
    private static final java.util.regex.Pattern SCHOOL =
            java.util.regex.Pattern.compile("(?i)\\b(after|leaving|out of|finishing) (high )?school\\b");

    /** Months before a degree's end in which a job begun is still the first after it. */
    private static final int LAST_MONTHS_OF_A_DEGREE = 3;

    /** Work done while studying or to learn it, not the first job after. */
    private static final java.util.regex.Pattern STUDENT_JOB = java.util.regex.Pattern.compile(
            "(?i)\\b(intern(ship)?|praktik\\w*|working student|werkstudent\\w*|placement|summer|student|stajyer|stażyst\\w*)\\b");

    /**
     * The first job once studying was over: not an internship, and not begun while a course that had
     * started was still going; after at least one course had ended.
     */
    private Optional<Answer> firstAfterStudies(String question) {
        // "after uni": not the civil service between the Abitur and the degree; "after school": that too
        boolean beyondSchool = !SCHOOL.matcher(question).find()
                && facts.education().stream().anyMatch(e -> !DegreeLevel.isSchoolLeaving(e));
        List<DateRange> studied = facts.education().stream()
                .filter(e -> !beyondSchool || !DegreeLevel.isSchoolLeaving(e))
                .map(Education::dates)
                .flatMap(Optional::stream)
                .toList();
        for (Role role : facts.jobs()) {
            YearMonth start = role.dates().start().earliest();
            // a degree dated by its year alone ("BEng, 2006") is over by a job that year
            List<DateRange> before = studied.stream()
                    .filter(d -> !d.start().earliest().isAfter(start))
                    .toList();
            // (a job begun in the last months of the degree, as many are, is the first after it)
            boolean studying = before.stream()
                    .anyMatch(d -> d.end()
                            .map(e -> e.earliest().isAfter(start.plusMonths(LAST_MONTHS_OF_A_DEGREE)))
                            .orElse(d.current()));
            // (no course dated at all: the first job that is no student's)
            boolean finished = studied.isEmpty() || before.stream().anyMatch(d -> !d.current());
            if (finished && !studying && !STUDENT_JOB.matcher(role.title()).find()) {
                return about(
                        possessive(identity().firstName()) + " first role after "
                                + identity().pronouns().possessive() + " studies: " + role.describe() + " ("
                                + role.dates().display() + where(role) + ").",
                        List.of(role));
            }
        }
        return Optional.empty();
    }

    /** "first design job", "earliest management role": the kind asked for, by the word before "job". */
    private static final java.util.regex.Pattern FIRST_OF_A_KIND =
            java.util.regex.Pattern.compile("(?i)\\b(?:first|earliest) ([\\p{L}-]{4,}) (?:job|role|position)\\b");

    private static final java.util.regex.Pattern GENERIC_KIND = java.util.regex.Pattern.compile(
            "real|proper|paid|full-time|part-time|permanent|professional|actual|serious|corporate|industry|official"
                    + "|regular|salaried|graduate|entry-level|summer|student");

    /** "Where did he start out as a chef?": the kind of post, after "as". */
    private static final java.util.regex.Pattern STARTED_AS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:start|started|begin|began)(?: out| off)? as an? ([\\p{L}-]{4,})\\b");

    private Optional<Role> firstOfAKind(String question) {
        java.util.regex.Matcher kind = FIRST_OF_A_KIND.matcher(question);
        java.util.regex.Matcher as = STARTED_AS.matcher(question);
        return kind.find()
                ? earliestTitled(List.of(kind.group(1)))
                : as.find() ? earliestTitled(List.of(as.group(1))) : Optional.empty();
    }

    /** "When did she start travel nursing?": the kind of work, by the words before the "-ing". */
    private static final java.util.regex.Pattern STARTED_DOING =
            java.util.regex.Pattern.compile("(?i)\\bwhen did \\S+ " + TimelineQuestion.STARTED_DOING);

    private Optional<Role> startedDoing(String question) {
        java.util.regex.Matcher kind = STARTED_DOING.matcher(question);
        return kind.find() ? earliestTitled(List.of(kind.group(1).split(" "))) : Optional.empty();
    }

    /**
     * The earliest role whose title shares the most of the words asked ("design" in "Designer", "management"
     * in "Manager", "travel" in "Travel RN"), or empty when no title shares one.
     */
    private Optional<Role> earliestTitled(List<String> words) {
        List<String> stems = words.stream()
                .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                // "her first proper job": the earliest of all, not one titled so
                .filter(w -> w.length() >= 4 && !GENERIC_KIND.matcher(w).matches() && !w.equals("working"))
                .map(w -> {
                    String shortened = w.replaceFirst("(ement|ing|er|al)$", "");
                    return shortened.length() >= 5 ? shortened : w;
                })
                .toList();
        java.util.function.ToIntFunction<Role> shared = r -> (int) stems.stream()
                .filter(stem -> r.title().toLowerCase(java.util.Locale.ROOT).contains(stem))
                .count();
        int most = facts.jobs().stream().mapToInt(shared).max().orElse(0);
        return most == 0
                ? Optional.empty()
                : facts.jobs().stream()
                        .filter(r -> shared.applyAsInt(r) == most)
                        .findFirst();
    }

    /** The earliest role whose title or employer names the field: "architect" of "architecture", "nurs" of "nursing". */
    private Optional<Role> earliestInField(String field) {
        String stem = field.replaceFirst("(ure|ism|ation|ing|ics)$", "");
        if (stem.length() < 4) {
            return Optional.empty();
        }
        return facts.jobs().stream()
                // a title, not a sentence read as one ("Investigative journalist with fourteen years in …")
                .filter(r -> r.title().split("\\s+").length <= 6)
                .filter(r -> (r.title() + " " + r.organization())
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains(stem))
                .findFirst();
    }

    /** "her first full-time job", "where did she start her career": not a student's job, nor a co-op term. */
    private static final java.util.regex.Pattern A_CAREERS_JOB =
            java.util.regex.Pattern.compile("(?i)\\b(full[- ]time|permanent|proper|real|professional|career)\\b");

    /** A job held while studying, by its title: "Web Developer (Co-op)", "Customer Assistant (part-time while at …)". */
    private static final java.util.regex.Pattern WHILE_STUDYING =
            java.util.regex.Pattern.compile("(?i)\\bco-?op\\b|\\bpart[- ]time\\b|\\bwhile (at|studying)\\b");

    private Optional<Answer> first(String question) {
        List<Role> jobs = facts.jobs();
        if (jobs.isEmpty()) {
            return Optional.empty();
        }
        Role first = jobs.get(0);
        if (A_CAREERS_JOB.matcher(question).find()) {
            List<Role> studying = jobs.stream()
                    .takeWhile(r -> BEFORE_A_CAREER.matcher(r.title()).find()
                            || WHILE_STUDYING.matcher(r.title()).find())
                    .toList();
            if (!studying.isEmpty() && studying.size() < jobs.size()) {
                Role career = jobs.get(studying.size());
                return about(
                        possessive(identity().firstName()) + " first role after student work: " + career.describe()
                                + " (" + career.dates().display() + where(career) + "). Before that: "
                                + join(studying.stream().map(Role::describe).toList()) + ".",
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(career), studying.stream())
                                .toList());
            }
        }
        return about(
                possessive(identity().firstName()) + " earliest role in the profile: " + first.describe() + " ("
                        + first.dates().display() + where(first) + ").",
                List.of(first));
    }

    private Optional<Answer> inYears(String question, int from, int until, YearMonth now) {
        List<Role> held = facts.roles().stream()
                .filter(r ->
                        r.dates().start().year() <= until && r.lastMonth(now).getYear() >= from)
                .toList();
        // "Which company did she join in 2018?": the role that began then, not the one that ended
        List<Role> begun =
                held.stream().filter(r -> r.dates().start().year() >= from).toList();
        List<Role> during = JOINED.matcher(question).find() && !begun.isEmpty() ? begun : held;
        String when = from == until ? "In " + from : "Between " + from + " and " + until;
        String name = identity().firstName();
        if (during.isEmpty()) {
            Optional<Answer> studying = studiedIn(when, from, until, now);
            if (studying.isPresent()) {
                return studying;
            }
            List<Role> jobs = facts.jobs();
            String hint = jobs.isEmpty()
                    ? ""
                    : from < jobs.get(0).dates().start().year()
                            ? " " + possessive(name) + " earliest role starts in "
                                    + jobs.get(0).dates().start().display() + "."
                            : "";
            return about(
                    "The profile doesn't list a role for " + (from == until ? from : from + "–" + until) + "." + hint,
                    jobs.isEmpty() ? List.of() : List.of(jobs.get(0)));
        }
        List<String> parts = new ArrayList<>();
        for (Role role : during) {
            parts.add(dated(did(role), role));
        }
        String worked = when + ", " + name + " " + join(parts) + ".";
        // "What was she doing in 2017?" of a PhD student who taught beside it: the studies too
        List<Education> courses = from == until && DOING.matcher(question).find()
                ? coursesIn(from, until, now).stream()
                        .filter(e -> e.dates()
                                .filter(d -> d.lastMonth(now).getYear() > from)
                                .isPresent())
                        .toList()
                : List.of();
        if (courses.isEmpty()) {
            return about(worked, during);
        }
        List<FactSource> sources =
                new ArrayList<>(during.stream().map(Role::source).toList());
        courses.forEach(e -> sources.add(e.source()));
        return cite(worked + " " + name + " was also studying " + studied(courses) + ".", sources);
    }

    /** "What was she doing in 2017?", "What was he up to in 2019?": not only where she worked. */
    private static final java.util.regex.Pattern DOING = java.util.regex.Pattern.compile("(?i)\\b(doing|up to)\\b");

    /** The courses studied in any of the years. */
    private List<Education> coursesIn(int from, int until, YearMonth now) {
        return facts.education().stream()
                .filter(e -> e.dates()
                        .filter(d ->
                                d.start().year() <= until && d.lastMonth(now).getYear() >= from)
                        .isPresent())
                .toList();
    }

    /** "for her PhD in Chemistry at University of Cambridge (2015 to 2019)", "at Lycée Hoche (…)". */
    private String studied(List<Education> courses) {
        return courses.stream()
                .map(e -> (e.degree().isEmpty()
                                ? "at "
                                : "for " + identity().pronouns().possessive() + " ")
                        + e.describe())
                .collect(java.util.stream.Collectors.joining(" and "));
    }

    /** "What was she doing in 2017?" in a year of study without a job. */
    private Optional<Answer> studiedIn(String when, int from, int until, YearMonth now) {
        List<Education> courses = coursesIn(from, until, now);
        if (courses.isEmpty()) {
            return Optional.empty();
        }
        return cite(
                when + ", " + identity().firstName() + " was studying " + studied(courses)
                        + "; the profile lists no job then.",
                courses.stream().map(Education::source).toList());
    }

    /** "How long has she been at her current company?" */
    private static final java.util.regex.Pattern CURRENT_ONE = java.util.regex.Pattern.compile(
            "(?i)\\b(her|his|their|the) (current|present) (company|employer|job|role|position|workplace|assignment"
                    + "|contract|placement|engagement|posting|post)\\b");

    private static final java.util.regex.Pattern SEVERAL_PLACES = java.util.regex.Pattern.compile(
            "(?i)\\b(which|what|list|name) (all )?(the )?(companies|employers|organi[sz]ations|firms|jobs|roles|places)\\b");

    /** The employers before a role, earliest first. */
    private Optional<Answer> allBefore(Role subject, YearMonth now) {
        YearMonth start = earliestAt(subject).dates().start().earliest();
        List<Role> earlier = facts.jobs().stream()
                .filter(r -> !r.samePlaceAs(subject) && !r.organization().isEmpty())
                .filter(r -> r.dates().start().earliest().isBefore(start))
                .sorted(Comparator.comparing((Role r) -> r.dates().start()))
                .toList();
        if (earlier.size() < 2) {
            return neighbour(subject, true, now);
        }
        List<String> parts = spans(earlier, now);
        String place = subject.careerBreak() ? identity().pronouns().possessive() + " career break" : subject.place();
        List<Role> cited = new ArrayList<>(earlier);
        cited.add(subject);
        return about(
                "Before " + place + ", " + identity().firstName() + " worked at, earliest first: "
                        + String.join("; ", parts) + ".",
                cited);
    }

    /** "Does he still work at Harbourline Ferries?": yes since when, or no, when he left and where he is now. */
    private Optional<Answer> stillThere(Role subject, YearMonth now) {
        Role last = latestAt(subject);
        String name = identity().firstName();
        if (last.current()) {
            return about(
                    "Yes: " + name + " has been at " + subject.place() + " since "
                            + earliestAt(subject).dates().start().display() + ".",
                    List.of(last));
        }
        List<Role> current =
                facts.currentRoles().stream().filter(r -> !r.careerBreak()).toList();
        String left = "No: " + name + " left " + subject.place() + " in "
                + last.dates().end().orElse(last.dates().start()).display();
        List<Role> cited = new ArrayList<>(List.of(last));
        cited.addAll(current);
        return about(
                left
                        + (current.isEmpty()
                                ? "."
                                : " and now works "
                                        + String.join(
                                                " and ",
                                                current.stream()
                                                        .map(r -> r.title().isEmpty()
                                                                        || r.organization()
                                                                                .isEmpty()
                                                                ? "at " + r.place()
                                                                : "as " + r.title() + " at " + r.organization())
                                                        .toList())
                                        + "."),
                cited);
    }

    private Optional<Answer> neighbour(Role subject, boolean before, YearMonth now) {
        String name = identity().firstName();
        Optional<Role> found = before ? previous(subject, now) : next(subject, now);
        String place = subject.careerBreak() ? possessive(name) + " career break" : subject.place();
        Optional<Education> studiedBefore = found.isEmpty() && before && !subject.careerBreak()
                ? studiedBefore(earliestAt(subject))
                : Optional.empty();
        if (studiedBefore.isPresent()) {
            // "And the one before that?" of the first job after a doctorate: the doctorate
            Education study = studiedBefore.get();
            return cite(
                    "Before " + place + ", " + name + " studied: " + study.describe()
                            + ". The profile lists no job before it.",
                    List.of(study.source(), subject.source()));
        }
        if (found.isEmpty()) {
            return about(
                    before
                            ? place + " is the earliest role in the profile ("
                                    + earliestAt(subject).dates().display() + "); it lists nothing before it."
                            : place + " is " + possessive(name) + " most recent role ("
                                    + latestAt(subject).dates().display() + "); the profile lists nothing after it.",
                    List.of(subject));
        }
        Role role = found.get();
        String what = name + " " + dated(before ? did(role) : moved(role), role);
        List<Role> cited = new ArrayList<>(List.of(role));
        if (role.careerBreak()) {
            // a break is part of the answer, and so is the job on its far side
            Optional<Role> beyond = before ? previous(role, now) : next(role, now);
            if (beyond.isPresent()) {
                Role job = beyond.get();
                what += before
                        ? "; before that, " + pronoun() + " " + dated(did(job), job)
                        : ", then " + dated(moved(job), job);
                cited.add(job);
            }
        }
        cited.add(subject);
        return about((before ? "Before " : "After ") + place + ", " + what + ".", cited);
    }

    /**
     * The latest course of study ended by the time the first role began, or within a year of its start (a doctorate
     * finished in the first job's first months).
     */
    private Optional<Education> studiedBefore(Role first) {
        YearMonth start = first.dates().start().earliest();
        return facts.education().stream()
                .filter(e -> e.dates().isPresent())
                .filter(e -> !e.dates().get().lastMonth(start).isAfter(start.plusMonths(MONTHS_AWAY)))
                .max(Comparator.comparing((Education e) -> e.dates().get().lastMonth(start)));
    }

    /** The role held just before (or after) this one at the same employer: a promotion's other side. */
    private Optional<Role> besideAtTheSameEmployer(Role subject, boolean before) {
        List<Role> there = rolesThere(subject).stream()
                .filter(r -> r != subject && !r.careerBreak())
                .filter(r -> before
                        ? r.dates().start().compareTo(subject.dates().start()) < 0
                        : r.dates().start().compareTo(subject.dates().start()) > 0)
                .toList();
        Optional<Role> beside =
                there.isEmpty() ? Optional.empty() : Optional.of(before ? there.get(there.size() - 1) : there.get(0));
        // "Test Engineer" at Kessler after a working-student post at Lindhoff, itself after an internship at
        // Kessler: the job between the two stints comes first
        return beside.filter(other -> !heldElsewhereBetween(before ? other : subject, before ? subject : other));
    }

    /**
     * The first role of the subject's stint at its employer: the earliest there with no job elsewhere between
     * ("Test Engineer" at Kessler after Lindhoff: itself, not the Kessler internship before Lindhoff).
     */
    private Role stintStart(Role subject) {
        List<Role> there = rolesThere(subject);
        Role first = subject;
        for (int i = there.indexOf(subject) - 1; i >= 0; i--) {
            Role earlier = there.get(i);
            if (earlier.careerBreak() || heldElsewhereBetween(earlier, first)) {
                break;
            }
            first = earlier;
        }
        return first;
    }

    /** Whether a job at another employer began after the earlier role ended and before the later one began. */
    private boolean heldElsewhereBetween(Role earlier, Role later) {
        YearMonth ended = earlier.lastMonth(YearMonth.now(clock));
        return facts.jobs().stream()
                .anyMatch(r -> !r.samePlaceAs(earlier)
                        && r.dates().start().earliest().isAfter(ended)
                        && r.dates().start().compareTo(later.dates().start()) < 0);
    }

    /** The latest role at the only employer where the profile gives more than one title, if there is one. */
    private Optional<Role> theOneEmployerOfSeveralTitles() {
        List<Role> latest = new ArrayList<>();
        for (Role role : facts.jobs()) {
            if (role.careerBreak()
                    || role.organization().isEmpty()
                    || role.title().isEmpty()) {
                continue;
            }
            List<Role> there = rolesThere(role);
            boolean severalTitles = there.stream()
                            .map(other -> other.title().toLowerCase(java.util.Locale.ROOT))
                            .distinct()
                            .count()
                    >= 2;
            boolean lastThere = there.stream()
                    .noneMatch(other ->
                            other.dates().start().compareTo(role.dates().start()) > 0);
            if (severalTitles && lastThere) {
                latest.add(role);
            }
        }
        return latest.size() == 1 ? Optional.of(latest.get(0)) : Optional.empty();
    }

    /** The roles at the subject's employer, in the order they began. */
    private List<Role> rolesThere(Role subject) {
        return facts.roles().stream()
                .filter(r -> r.samePlaceAs(subject))
                .sorted(Comparator.comparing((Role r) -> r.dates().start()))
                .toList();
    }

    /** "Before becoming Technical Lead (October 2020), Karthikeyan was Senior Software Engineer at KCS (…)." */
    private Optional<Answer> besideInTitle(Role subject, Role other, boolean before) {
        String name = identity().firstName();
        String text = before
                ? "Before becoming " + subject.title() + " ("
                        + subject.dates().start().display() + "), " + name + " was " + other.title() + " at "
                        + other.organization() + " (" + other.dates().display() + ")."
                : "After " + subject.title() + " at " + subject.organization() + ", " + name + " became "
                        + other.title() + " (" + other.dates().display() + ").";
        return about(text, List.of(other, subject));
    }

    /**
     * The role left for this one: among those that started earlier, one that had ended by the time
     * this one started (a part-time role held alongside is not "before"), the latest to end.
     */
    private Optional<Role> previous(Role subject, YearMonth now) {
        YearMonth start = stintStart(subject).dates().start().earliest();
        List<Role> earlier = alike(
                subject,
                facts.roles().stream()
                        .filter(r -> !r.samePlaceAs(subject))
                        .filter(r -> r.dates().start().earliest().isBefore(start))
                        .toList());
        Optional<Role> ended = earlier.stream()
                .filter(r -> !r.current() && r.lastMonth(now).getYear() <= start.getYear())
                .max(Comparator.comparing((Role r) -> r.lastMonth(now))
                        .thenComparing(r -> r.dates().start()));
        return ended.or(() -> earlier.stream()
                .max(Comparator.comparing((Role r) -> r.dates().start()).thenComparing(r -> r.lastMonth(now))));
    }

    /**
     * Of the roles, those of the subject's kind when there are any: before or after a job, the jobs, not a post
     * held beside one (a trusteeship, a junior doctors' forum seat).
     */
    private static List<Role> alike(Role subject, List<Role> roles) {
        boolean beside = StructuredProfile.heldBeside(subject);
        List<Role> alike = roles.stream()
                .filter(r -> StructuredProfile.heldBeside(r) == beside)
                .toList();
        return alike.isEmpty() ? roles : alike;
    }

    /** The role taken after this one: the earliest to start once it ended, else the earliest to start after it. */
    private Optional<Role> next(Role subject, YearMonth now) {
        Role last = latestAt(subject);
        YearMonth start = last.dates().start().earliest();
        List<Role> later = alike(
                subject,
                facts.roles().stream()
                        .filter(r -> !r.samePlaceAs(subject))
                        .filter(r -> r.dates().start().earliest().isAfter(start))
                        .toList());
        int endYear = last.lastMonth(now).getYear();
        Optional<Role> afterEnd = later.stream()
                .filter(r -> r.dates().start().year() >= endYear)
                .min(Comparator.comparing((Role r) -> r.dates().start()));
        return afterEnd.or(() ->
                later.stream().min(Comparator.comparing((Role r) -> r.dates().start())));
    }

    private String pronoun() {
        return identity().pronouns().subject();
    }

    /** One role named by its title: "Hannah was Postdoctoral Researcher at Max Planck … (2015 to 2018)". */
    /** "How long was she in that role?": the one position, not all her time at the employer. */
    private static final java.util.regex.Pattern THAT_ROLE =
            java.util.regex.Pattern.compile("(?i)\\b(that|this|the) (role|position|post|title|job)\\b"
                    // "What was her first job as a nurse?" then "How long was that?": the job just named
                    + "|\\bhow long (was|did) that\\b");

    /** "Imogen was EPMA Lead Pharmacist at Kirkstall for 2 years and 10 months (September 2019 to June 2022)." */
    private Optional<Answer> heldFor(Role role, YearMonth now) {
        if (role.title().isEmpty() || role.careerBreak()) {
            return howLong(role, now);
        }
        String name = identity().firstName();
        String at = role.organization().isEmpty() ? "" : " at " + role.organization();
        String duration = duration(role.dates(), now);
        String text = role.current()
                ? name + " has been " + role.title() + at + " for " + duration + ", since "
                        + role.dates().start().display() + "."
                : name + " was " + role.title() + at + " for " + duration + " ("
                        + role.dates().display() + ").";
        return about(text, List.of(role));
    }

    private Optional<Answer> held(Role role) {
        String name = identity().firstName();
        // "Ikechukwu was at National Youth Service Corps (NYSC) …" when the entry has no title
        String what = role.title().isEmpty() ? "at " + role.organization() : role.describe();
        String text = role.current()
                ? name + " has been " + what + " since " + role.dates().start().display() + "."
                : name + " was " + what
                        + " from " + role.dates().start().display() + " to "
                        + role.dates().end().orElse(role.dates().start()).display() + ".";
        return about(text, List.of(role));
    }

    private Optional<Answer> startedOrLeft(Role subject, YearMonth now) {
        Role first = earliestAt(subject);
        Role last = latestAt(subject);
        String name = identity().firstName();
        String place = subject.place();
        String text =
                name + " started at " + place + " in " + first.dates().start().display()
                        + (last.current() && last != first && !last.title().isEmpty()
                                // "… in March 2018 and has been Finance Director there since March 2021."
                                ? " and has been " + last.title() + " there since "
                                        + last.dates().start().display() + "."
                                : last.current()
                                        ? " and is still there."
                                        : " and left in "
                                                + last.dates()
                                                        .end()
                                                        .orElse(last.dates().start())
                                                        .display() + ".");
        return about(text, List.of(first, last));
    }

    private Optional<Answer> howLong(Role subject, YearMonth now) {
        Role first = earliestAt(subject);
        Role last = latestAt(subject);
        String name = identity().firstName();
        DateRange span = span(first, last);
        String duration = duration(span, now);
        if (subject.careerBreak()) {
            // "How long was his career break?": a break is not a place one was at
            String text = last.current()
                    ? name + " has been on a career break for " + duration + ", since "
                            + first.dates().start().display() + "."
                    : name + "'s career break lasted " + duration + " (" + span.display() + ").";
            return about(text, List.of(subject));
        }
        List<List<Role>> stretches = stretchesAt(subject, now);
        if (stretches.size() > 1) {
            // "Summer Associate, Summer 2012" and "Associate, Sept. 2014 – Mar. 2018" at one firm: two stretches
            String each = stretches.stream()
                    .map(stretch -> {
                        DateRange time = span(stretch.get(0), stretch.get(stretch.size() - 1));
                        String titles = String.join(
                                ", then ",
                                stretch.stream()
                                        .map(Role::title)
                                        .filter(t -> !t.isEmpty())
                                        .toList());
                        return (titles.isEmpty() ? "" : "as " + titles + " ") + "for " + duration(time, now) + " ("
                                + time.display() + ")";
                    })
                    .collect(java.util.stream.Collectors.joining("; then "));
            return about(
                    name + " was at " + subject.place() + " "
                            + (stretches.size() == 2 ? "twice" : stretches.size() + " times") + ": " + each + ".",
                    stretches.stream().flatMap(List::stream).toList());
        }
        String text = last.current()
                ? name + " has been at " + subject.place() + " for " + duration + ", since "
                        + first.dates().start().display() + "."
                : name + " was at " + subject.place() + " for " + duration + " (" + span.display() + ").";
        return about(text, List.of(first, last));
    }

    /** A gap longer than this between two roles at one place makes two stretches there. */
    private static final int MONTHS_AWAY = 12;

    /** The roles at the subject's place, earliest first, in stretches parted by gaps of more than a year. */
    private List<List<Role>> stretchesAt(Role subject, YearMonth now) {
        List<List<Role>> stretches = new ArrayList<>();
        YearMonth reached = null;
        for (Role role : rolesThere(subject)) {
            if (reached == null || role.dates().start().earliest().isAfter(reached.plusMonths(MONTHS_AWAY))) {
                stretches.add(new ArrayList<>());
            }
            stretches.get(stretches.size() - 1).add(role);
            YearMonth end = role.dates().lastMonth(now);
            reached = reached == null || end.isAfter(reached) ? end : reached;
        }
        return stretches;
    }

    /** "In order", "earliest first", "chronologically": the list from the first employer on. */
    private static final java.util.regex.Pattern OLDEST_FIRST = java.util.regex.Pattern.compile(
            "(?i)\\b(earliest|oldest|first) (one )?first\\b|\\bin (chronological )?order\\b|\\bchronological(ly)?\\b"
                    + "|\\bfrom (the )?(first|start|beginning)\\b");

    /** The words an employer of a kind is named with: "Fenland General Hospital", "Ridgeview Medical Center". */
    private static final Map<String, String> KIND_NAMES = Map.of(
            "hospital", "hospital|infirmary|medical cent(er|re)|health|nhs|clinic",
            "bank", "bank|banking|building society|credit union",
            "school", "school|academy|college",
            "universit", "university|college|institute",
            "agenc", "agency|agencies|recruitment|staffing|nursing",
            "law firm", "llp|solicitors|law|legal|chambers",
            "charit", "charity|trust|foundation");

    /**
     * The employers of the kind the question asks for ("Which hospital did she work at?"), none when no name
     * says that kind ("Lumen Studio" for "Which agency …": retrieval knows better), or all when it asks for none.
     */
    private List<Role> ofTheKindAsked(String question, List<Role> roles) {
        java.util.regex.Matcher kind = java.util.regex.Pattern.compile(
                        "(?i)\\b(which|what) " + TimelineQuestion.PLACE_KIND + "\\b")
                .matcher(question);
        if (!kind.find()) {
            return roles;
        }
        String asked = kind.group(2).toLowerCase(java.util.Locale.ROOT);
        String names = KIND_NAMES.entrySet().stream()
                .filter(e -> asked.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(java.util.regex.Pattern.quote(asked.replaceFirst("(ies|s)$", "")));
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(?i)\\b(" + names + ")");
        return roles.stream()
                .filter(r -> named.matcher(r.organization()).find())
                .toList();
    }

    private Optional<Answer> employers(String question, YearMonth now) {
        List<Role> named =
                facts.jobs().stream().filter(r -> !r.organization().isEmpty()).toList();
        List<Role> ofKind = ofTheKindAsked(question, named);
        if (ofKind.isEmpty() && !named.isEmpty()) {
            return Optional.empty();
        }
        // "Which banks has he worked for?" of Lloyds Banking Group, Barclays and HSBC: a name need not say its
        // kind, so every employer is listed
        List<Role> withOrganization = named;
        List<Role> newestFirst = (withOrganization.isEmpty() ? facts.jobs() : withOrganization)
                .stream()
                        .sorted(Comparator.comparing((Role r) -> r.dates().start())
                                .reversed())
                        .toList();
        if (newestFirst.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = spans(newestFirst, now);
        Map<String, Role> byPlace = new LinkedHashMap<>();
        newestFirst.forEach(role -> byPlace.putIfAbsent(role.place().toLowerCase(java.util.Locale.ROOT), role));
        boolean oldestFirst = OLDEST_FIRST.matcher(question).find();
        if (oldestFirst) {
            java.util.Collections.reverse(parts);
        }
        String intro = possessive(identity().firstName())
                + (oldestFirst ? " employers, earliest first: " : " employers, most recent first: ");
        if (!ofKind.isEmpty() && ofKind.size() < named.size()) {
            // those whose names say the kind first (and first among the sources: "When was she promoted there?"
            // is about them), then every employer, as a name need not say its kind
            List<Role> kindFirst = ofKind.stream()
                    .sorted(Comparator.comparing((Role r) -> r.dates().start()).reversed())
                    .toList();
            List<Role> cited = new ArrayList<>(kindFirst);
            byPlace.values().stream().filter(r -> !cited.contains(r)).forEach(cited::add);
            return about(
                    String.join("; ", spans(kindFirst, now)) + " by name. All of " + intro + String.join("; ", parts)
                            + ".",
                    cited);
        }
        return about(intro + String.join("; ", parts) + ".", new ArrayList<>(byPlace.values()));
    }

    /** "When will she finish?", "Is he still studying?", "When is her PhD expected?", "Is she a student?". */
    private static final java.util.regex.Pattern STILL_STUDYING_ASKED = java.util.regex.Pattern.compile(
            "(?i)\\bwhen (will|does|do|is|are) \\S+ (finish|graduate|complete|be done|due to (finish|graduate))"
                    + "( (her|his|their) (degree|studies|course|phd|doctorate|master'?s|msc|ma|mba|bsc|ba|programme"
                    + "|program|dissertation|thesis))?[\\s?!.]*$"
                    + "|\\bstill (studying|a student|at (uni|university|school|college))\\b"
                    // "Is she a student?", "Is he studying for a PhD?", not "Is she a student ambassador?"
                    // "Is he studying anything at the moment?"
                    + "|^(is|are) \\S+ (still |currently )?(a )?(student|studying( (for|towards) [^?]*| anything)?)"
                    + "( (at the moment|right now|now|currently|at present|these days))?[\\s?!.]*$"
                    + "|\\bwhen('s| is) (his|her|their) \\S+( \\S+)? (expected|due|finished)\\b|\\bexpected to (finish|graduate)\\b");

    /**
     * "When will she finish?" of a degree still under way (its end after today, or "expected June
     * 2027"): that degree and when it ends. Empty when no course is under way, so that other
     * answers stand.
     */
    private Optional<Answer> stillStudying(String question, YearMonth now) {
        if (!STILL_STUDYING_ASKED.matcher(question).find()) {
            return Optional.empty();
        }
        Optional<Education> underWay = inProgress(facts.education(), now);
        if (underWay.isEmpty()) {
            return Optional.empty();
        }
        Education e = underWay.get();
        DateRange dates = e.dates().orElseThrow();
        String what = e.describeUndated();
        String ends = dates.end().orElse(dates.start()).display();
        String text = identity().firstName() + " is studying for "
                + identity().pronouns().possessive() + " " + what
                + (dates.current() && dates.end().isEmpty()
                        ? " (since " + dates.start().display() + ")."
                        : ", expected to finish in " + ends + ".");
        return cite(text, List.of(e.source()));
    }

    /** The course still under way: one whose last month is after today, or that runs to the present. */
    public static Optional<Education> inProgress(List<Education> education, YearMonth now) {
        return education.stream()
                .filter(e -> e.dates().isPresent())
                .filter(e -> e.dates().get().current()
                        || e.dates()
                                .get()
                                .end()
                                .orElse(e.dates().get().start())
                                .earliest()
                                .isAfter(now))
                .findFirst();
    }

    /** "Was he in the military?", "Did she serve in the army?", "How long did he serve?", "Is he a veteran?". */
    private static final java.util.regex.Pattern MILITARY_ASKED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:in|serve|served|serving)\\s+(?:in\\s+)?(?:the\\s+)?(?:military|army|armed forces|navy|air force"
                    + "|marines?|forces)\\b|\\bmilitary (?:service|experience|background|career)\\b"
                    + "|\\bhow long did \\S+ serve(?: in the (?:military|forces|armed forces))?[\\s?!.]*$"
                    + "|\\b(?:is|was) \\S+ (?:a )?veteran[\\s?!.]*$|\\bex-?military\\b");
    /** The branch a question names: "Was he in the Navy?" is not answered by the army. */
    private static final java.util.regex.Pattern BRANCH =
            java.util.regex.Pattern.compile("(?i)\\b(army|navy|air force|marines?|coast guard|national guard)\\b");
    /**
     * An employer that is an armed force: "U.S. Army", "Royal Navy", "British Army Reserve", "Royal Air
     * Force"; its name ends with the force (not "Navy Federal Credit Union", "Army & Navy Stores").
     */
    private static final java.util.regex.Pattern ARMED_FORCE = java.util.regex.Pattern.compile(
            "(?i)^(?!.*\\bsalvation army\\b).*\\b(army|navy|air force|marine corps|marines|armed forces|national guard"
                    + "|coast guard|bundeswehr|defen[cs]e forces?|usmc|usaf|raf)(?: reserves?)?$");

    /**
     * "Was he in the military?" of a résumé with a role in an armed force: that service, with its
     * dates and length. Empty when no role is in one (or none in the branch asked about), so that
     * the documents' words answer.
     */
    private Optional<Answer> militaryService(String question, YearMonth now) {
        if (!MILITARY_ASKED.matcher(question).find()) {
            return Optional.empty();
        }
        java.util.regex.Matcher branch = BRANCH.matcher(question);
        String asked = branch.find()
                ? branch.group(1).toLowerCase(java.util.Locale.ROOT).replaceFirst("s$", "")
                : "";
        List<Role> served = facts.jobs().stream()
                .filter(r -> ARMED_FORCE
                        .matcher(r.organization().split(",")[0].strip())
                        .matches())
                .filter(r -> asked.isEmpty()
                        || r.organization().toLowerCase(java.util.Locale.ROOT).contains(asked))
                .toList();
        if (served.isEmpty()) {
            return Optional.empty();
        }
        boolean yesOrNo = question.strip().matches("(?is)^(was|were|did|has|have|had|is|are)\\b.*");
        Optional<Answer> posted = posts(served, yesOrNo, now);
        if (posted.isPresent()) {
            return posted;
        }
        boolean oneForce = served.stream()
                        .map(r -> r.organization().toLowerCase(java.util.Locale.ROOT))
                        .distinct()
                        .count()
                == 1;
        List<String> parts = new ArrayList<>();
        for (Role role : served) {
            String in = oneForce && served.size() > 1 ? "" : (role.title().isEmpty() ? "in " : " in ") + force(role);
            parts.add((role.title().isEmpty() ? "" : role.title()) + in + " ("
                    + role.dates().display() + ", " + duration(role.dates(), now) + ")");
        }
        String said = String.join("; then ", parts);
        if (oneForce && served.size() > 1) {
            // "How long was he in the army?": posts in one army, 2008 to 2020, are twelve years in it, said first
            Role first = served.stream()
                    .min(Comparator.comparing((Role r) -> r.dates().start()))
                    .orElseThrow();
            Role last = served.stream()
                    .max(Comparator.comparing(r -> r.lastMonth(now)))
                    .orElseThrow();
            DateRange span = span(first, last);
            said = "in " + force(first) + " for " + duration(span, now) + " (" + span.display() + "): as " + said;
        } else if (!served.get(0).title().isEmpty()) {
            said = "as " + said;
        }
        return about((yesOrNo ? "Yes: " : "") + identity().firstName() + " served " + said + ".", served);
    }

    /** "the Royal Navy", "U.S. Army", "HM Coastguard": an armed force's name as a sentence uses it. */
    /**
     * A service named without a post ("UNITED STATES ARMY — Active Duty, Jun 2008 – Aug 2022") over the posts held
     * in it, each at its unit: the service, then each post in turn, the first and the last among them.
     */
    private Optional<Answer> posts(List<Role> served, boolean yesOrNo, YearMonth now) {
        if (served.size() != 1 || !served.get(0).title().isEmpty()) {
            return Optional.empty();
        }
        Role service = served.get(0);
        List<Role> posts = facts.jobs().stream()
                .filter(r -> r != service && !r.title().isEmpty())
                .filter(r -> !r.dates()
                                .start()
                                .earliest()
                                .isBefore(service.dates().start().earliest())
                        && !r.lastMonth(now).isAfter(service.lastMonth(now).plusMonths(1)))
                .sorted(Comparator.comparing((Role r) -> r.dates().start()))
                .toList();
        // (not a post held within another: "As Executive Officer (Aug 2015 – May 2016)" of a platoon leader's)
        List<Role> held = posts.stream()
                .filter(r -> posts.stream()
                        .noneMatch(other -> other != r
                                && other.dates()
                                        .start()
                                        .earliest()
                                        .isBefore(r.dates().start().earliest())
                                && !other.lastMonth(now).isBefore(r.lastMonth(now))))
                .toList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        String text = (yesOrNo ? "Yes: " : "") + identity().firstName() + " served in " + force(service) + " for "
                + duration(service.dates(), now) + " (" + service.dates().display() + "): as "
                + String.join(
                        "; then ",
                        held.stream()
                                .map(r -> r.title()
                                        + (r.organization().isEmpty()
                                                ? ""
                                                : " at " + r.organization().split(",")[0])
                                        + " (" + r.dates().years() + ")")
                                .toList())
                + ".";
        List<Role> about = new ArrayList<>(held);
        about.add(0, service);
        return about(text, about);
    }

    private static String force(Role role) {
        return role.organization().matches("(?i)^(the|u\\.?s\\.?|hm)\\b.*")
                ? role.organization()
                : "the " + role.organization();
    }

    /** "… there?", "… at that company?": the employer the conversation is about. */
    private static final java.util.regex.Pattern THERE = java.util.regex.Pattern.compile(
            "(?i)\\b(there|at (that|the same|this) (company|firm|employer|place|organi[sz]ation))\\b");

    /**
     * Each employer once, in the order given, with its years: "Kestrel & Vine (2015–2019)",
     * "Voltaro GmbH (2021–now)". One employer however its name is cased ("MERIDEN PACKAGING
     * GROUP PLC" and "Meriden Packaging Group plc").
     */
    private static List<String> spans(List<Role> roles, YearMonth now) {
        Map<String, int[]> spans = new LinkedHashMap<>();
        for (Role role : roles) {
            String place = spans.keySet().stream()
                    .filter(p -> p.equalsIgnoreCase(role.place()))
                    .findFirst()
                    .orElse(role.place());
            int[] span = spans.computeIfAbsent(place, p -> new int[] {Integer.MAX_VALUE, 0, 0});
            span[0] = Math.min(span[0], role.dates().start().year());
            span[1] = Math.max(span[1], role.lastMonth(now).getYear());
            span[2] |= role.current() ? 1 : 0;
        }
        List<String> parts = new ArrayList<>();
        spans.forEach((place, span) -> parts.add(
                place + " (" + span[0] + (span[2] == 1 ? "–now" : span[0] == span[1] ? "" : "–" + span[1]) + ")"));
        return parts;
    }

    private Optional<Answer> education(String question) {
        DegreeLevel.Narrowed narrowed = DegreeLevel.narrow(question, facts.education());
        List<Education> entries = narrowed.entries();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = entries.stream().map(Education::describe).toList();
        String text = narrowed.missing()
                        .map(level -> "The profile doesn't mention " + level + ". ")
                        .orElse("")
                + possessive(identity().firstName()) + " education: " + String.join("; ", parts) + ".";
        return cite(text, entries.stream().map(Education::source).toList());
    }

    /**
     * The grade of the degree of the level asked about, when the profile's reading of it holds one
     * ("Bachelor of Engineering at Hochschule Rottenbach: 1.7 (German scale, 1.0 = best)"); else the
     * retrieval's sentences answer.
     */
    private Optional<Answer> degreeGrade(String question) {
        Optional<DegreeLevel> level = DegreeLevel.named(question);
        // "his degree": the one degree that is graded, of whatever level
        List<Education> graded = facts.education().stream()
                .filter(e -> level.isPresent()
                        ? DegreeLevel.of(e).equals(level)
                        : DegreeLevel.of(e).isPresent())
                .filter(e -> e.grade().isPresent())
                .toList();
        if (graded.size() != 1) {
            return Optional.empty();
        }
        Education degree = graded.get(0);
        // "What was her GPA?" of a degree graded "cum laude": no GPA is given, the grade is
        boolean noGpa = question.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(gpa|cgpa|grade point)\\b.*")
                && !degree.grade().orElseThrow().matches("(?s).*\\d.*");
        return cite(
                (noGpa ? "The profile doesn't give a GPA; " : "")
                        + possessive(identity().firstName()) + " "
                        + new Education(
                                        degree.institution(),
                                        degree.degree(),
                                        degree.field(),
                                        Optional.empty(),
                                        degree.source())
                                .describe()
                        + ": " + degree.grade().orElseThrow() + ".",
                List.of(degree.source()));
    }

    private Optional<Answer> duringStudies(YearMonth now) {
        List<Education> dated =
                facts.education().stream().filter(e -> e.dates().isPresent()).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        List<Role> during = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Education entry : dated) {
            DateRange studied = entry.dates().get();
            for (Role role : facts.jobs()) {
                boolean overlaps = role.dates()
                                .start()
                                .earliest()
                                .isBefore(studied.lastMonth(now).plusMonths(1))
                        && !role.lastMonth(now).isBefore(studied.start().earliest());
                if (overlaps && !during.contains(role)) {
                    during.add(role);
                    parts.add(role.describe() + " (" + role.dates().display() + ") during the " + entry.degree());
                }
            }
        }
        if (during.isEmpty()) {
            return Optional.empty();
        }
        String held = identity().firstName() + " worked as " + join(parts);
        // "… during the M.Sc.": the degree's own full stop ends the sentence
        return about(held.endsWith(".") ? held : held + ".", during);
    }

    /** "At Nanyang Technological University, Li held: Research Assistant (2011 to 2013), …". */
    /** "At Prima Industrie, Sofia was Controls Engineer (March 2016 to February 2019)." */
    private Optional<Answer> titleAt(Role subject) {
        List<Role> there =
                facts.roles().stream().filter(r -> r.samePlaceAs(subject)).toList();
        if (there.size() > 1) {
            return rolesAt(subject);
        }
        // "Able.ag, Made.com: contracts" names no title held at one of them
        if (subject.title().isEmpty()
                || subject.organization().isEmpty()
                || subject.organization().contains(",")
                || CONTRACTS.matcher(subject.title()).matches()) {
            return Optional.empty();
        }
        String name = identity().firstName();
        String text = "At " + subject.organization() + ", " + name + (subject.current() ? " is " : " was ")
                + subject.title() + " (" + subject.dates().display() + ").";
        return about(text, List.of(subject));
    }

    /** "At Voltaro GmbH, Ada held Senior Engineer (2021 to 2023), Staff Engineer (2023 to present)." */
    private Optional<Answer> rolesAt(Role subject) {
        List<Role> there =
                facts.roles().stream().filter(r -> r.samePlaceAs(subject)).toList();
        List<String> parts = there.stream()
                .map(r -> (r.title().isEmpty() ? "a role" : r.title()) + " ("
                        + r.dates().display() + ")")
                .toList();
        return about("At " + subject.place() + ", " + identity().firstName() + " held " + join(parts) + ".", there);
    }

    /** Career breaks, and stretches of over six months between roles that the documents leave empty. */
    private Optional<Answer> gaps(YearMonth now) {
        List<Role> breaks = facts.roles().stream().filter(Role::careerBreak).toList();
        List<String> parts = new ArrayList<>();
        breaks.forEach(
                b -> parts.add("a career break (" + b.title() + ", " + b.dates().display() + ")"));
        List<Role> jobs = facts.roles();
        YearMonth coveredUntil = null;
        for (Role role : jobs) {
            YearMonth start = role.dates().start().earliest();
            if (coveredUntil != null && ChronoUnit.MONTHS.between(coveredUntil, start) > 6 && !role.careerBreak()) {
                YearMonth from = coveredUntil;
                // "PhD in Marine Biology (2011 to 2015)" between two posts: studying, not a gap
                Optional<Education> studying = facts.education().stream()
                        .filter(e -> e.dates().isPresent())
                        .filter(e -> !e.dates().get().start().earliest().isAfter(from.plusMonths(6))
                                && !e.dates().get().lastMonth(now).isBefore(start.minusMonths(6)))
                        .findFirst();
                parts.add(studying.map(e -> "studying from " + display(from) + " to " + display(start) + " ("
                                + e.describeUndated() + ")")
                        .orElse("no role listed from " + display(from) + " to " + display(start)));
            }
            YearMonth end = role.lastMonth(now);
            coveredUntil = coveredUntil == null || end.isAfter(coveredUntil) ? end : coveredUntil;
        }
        if (parts.isEmpty()) {
            return jobs.isEmpty()
                    ? Optional.empty()
                    : about(
                            "The profile shows no gap in "
                                    + possessive(identity().firstName()) + " career: its roles run back to back from "
                                    + jobs.get(0).dates().start().display() + ".",
                            List.of());
        }
        return about("In " + possessive(identity().firstName()) + " timeline: " + join(parts) + ".", breaks);
    }

    private static String display(YearMonth month) {
        return dev.profilebot.profile.facts.ProfileDate.of(month).display();
    }

    /**
     * Work done while studying or as national service before a career, which a recruiter does not count
     * as years of experience: "Software Engineering Intern", "Undergraduate Teaching Assistant", "NYSC".
     */
    private static final java.util.regex.Pattern BEFORE_A_CAREER = java.util.regex.Pattern.compile(
            "(?i)\\b(intern(ship)?|praktik\\w*|working student|werkstudent\\w*|summer intern|student\\b(?! loans?)"
                    // in Turkish, Polish and Italian: "Stajyer Yazılım Geliştirici", "Stażysta", "Stagista"
                    + "|stajyer|stażyst\\w*|stagista|tirocin\\w*"
                    + "|undergraduate|(graduate|undergraduate) teaching assistant|national youth service|corps member|nysc)\\b");

    /** "When did she finish?" after an answer about a course: when that course started or ended. */
    private static final java.util.regex.Pattern STUDY_DATES = java.util.regex.Pattern.compile(
            "(?i)^(and |so )?(when|what year) did (she|he|they) (finish|graduate|complete|start|begin|leave)"
                    + "( it| there| that| the course| the degree| studying)?[\\s?.!]*$");

    private Optional<Answer> studyDates(String question, List<ConversationMemory.Turn> history) {
        java.util.regex.Matcher asked = STUDY_DATES.matcher(question.strip());
        if (history.isEmpty() || !asked.matches()) {
            return Optional.empty();
        }
        // "When did she finish?" after an answer naming two degrees: when she finished each
        List<Education> courses = coursesTalkedAbout(history).stream()
                .filter(e -> e.dates().isPresent())
                .toList();
        if (courses.isEmpty() || courses.size() > MAX_COURSES_TALKED_ABOUT) {
            return Optional.empty();
        }
        boolean start = asked.group(4).matches("(?i)start|begin");
        List<String> said = new java.util.ArrayList<>();
        for (Education course : courses) {
            String clause = studied(course, start);
            String verb = clause.substring(0, clause.indexOf(' ') + 1);
            // "finished her MSc … in 2016 and her BA … in 2009": the verb said once
            said.add(!said.isEmpty() && said.get(0).startsWith(verb) ? clause.substring(verb.length()) : clause);
        }
        String text = identity().firstName() + " " + String.join(" and ", said) + ".";
        return cite(text, courses.stream().map(Education::source).toList());
    }

    /** "started her MSc … in September 2019", "finished her BA … in 2011 (2008 to 2011)", "is still studying …". */
    private String studied(Education e, boolean start) {
        DateRange dates = e.dates().orElseThrow();
        String describe = e.describeUndated();
        // "her MSc in Business Informatics at Utrecht University"; a course named by its place alone as it is
        String what = e.degree().isEmpty() ? describe : identity().pronouns().possessive() + " " + describe;
        return start
                ? "started " + what + " in " + dates.start().display()
                : dates.current() || dates.end().isEmpty()
                        ? "is still studying for " + what + ", since "
                                + dates.start().display()
                        : "finished " + what + " in " + dates.end().get().display()
                                + (dates.display().equals(dates.end().get().display())
                                        ? ""
                                        : " (" + dates.display() + ")");
    }

    /** Courses one answer may name and a follow-up still ask about each of. */
    private static final int MAX_COURSES_TALKED_ABOUT = 3;

    /**
     * The one course the last answer named, by its institution or its subject, when it named no
     * employer: of several, which one is meant is for retrieval to weigh.
     */
    private Optional<Education> courseTalkedAbout(List<ConversationMemory.Turn> history) {
        List<Education> named = coursesTalkedAbout(history);
        // "Where?" after a degree and the Abitur before it: the degree's place
        List<Education> studied = named.size() > 1
                ? named.stream().filter(e -> !DegreeLevel.isSchoolLeaving(e)).toList()
                : named;
        return studied.size() == 1 ? Optional.of(studied.get(0)) : Optional.empty();
    }

    /** The courses the last answer named, by their institutions or subjects, when it named no employer. */
    private List<Education> coursesTalkedAbout(List<ConversationMemory.Turn> history) {
        String last = history.get(history.size() - 1).answer();
        // an employer named as the place of a course ("BSc at University of Exeter", where she later worked) is the
        // course's
        // (or a title held there: "started at University of St Andrews in October 2016" as Postdoctoral Researcher)
        boolean aboutARole = facts.roles().stream()
                .anyMatch(r -> !r.organization().isEmpty()
                        && last.contains(r.organization())
                        && (facts.education().stream()
                                        .noneMatch(e -> e.institution().equals(r.organization()))
                                || !r.title().isEmpty() && last.contains(r.title())));
        List<Education> byInstitution = facts.education().stream()
                .filter(e -> !e.institution().isEmpty() && last.contains(e.institution()))
                .toList();
        List<Education> named = byInstitution.isEmpty()
                ? facts.education().stream()
                        .filter(e -> e.field().filter(last::contains).isPresent())
                        .toList()
                : byInstitution;
        return aboutARole ? List.of() : named;
    }

    /** "Where?", "Which university was that?" after an answer about one course. */
    private static final java.util.regex.Pattern STUDY_PLACE = java.util.regex.Pattern.compile(
            "(?i)^(and |so )?(where|where was (that|it)|which (university|college|school|institution)( was (that|it))?"
                    + "|where did (she|he|they) (study|do (it|that)|go))[\\s?.!]*$");

    /** "Gareth studied for his BA in English at Tamar Valley University (2008 to 2011)." */
    private Optional<Answer> studyPlace(String question, List<ConversationMemory.Turn> history) {
        if (history.isEmpty() || !STUDY_PLACE.matcher(question.strip()).matches()) {
            return Optional.empty();
        }
        Optional<Education> course =
                courseTalkedAbout(history).filter(e -> !e.institution().isEmpty());
        if (course.isEmpty()) {
            return Optional.empty();
        }
        Education e = course.get();
        String what = e.degree().isEmpty()
                ? "at " + e.institution()
                : "for " + identity().pronouns().possessive() + " " + e.describeUndated();
        String dates = e.dates().map(d -> " (" + d.display() + ")").orElse("");
        return cite(identity().firstName() + " studied " + what + dates + ".", List.of(e.source()));
    }

    /** "Declan's board and trustee roles: …", or nothing for retrieval when the timeline holds none. */
    /**
     * "Yes: Senior Instructional Designer at Halvorsen Health Systems (April 2022 to present)" when employers' names
     * say they are of the sector asked about; else the documents' own words answer.
     */
    private Optional<Answer> sector(Sectors.Sector sector) {
        return listed("Yes: ", sector.rolesIn(facts.jobs()));
    }

    private Optional<Answer> boards() {
        return listed(
                possessive(identity().firstName()) + " board and trustee roles: ",
                facts.jobs().stream().filter(StructuredProfile::heldBeside).toList());
    }

    /**
     * The roles after the words that lead them, each with its dates, the latest first ("Since when?" after it asks
     * about that one); empty when there are none.
     */
    private Optional<Answer> listed(String lead, List<Role> roles) {
        List<Role> latestFirst = roles.stream()
                .sorted(Comparator.comparing((Role r) -> r.dates().start()).reversed())
                .toList();
        if (latestFirst.isEmpty()) {
            return Optional.empty();
        }
        return about(
                lead
                        + join(latestFirst.stream()
                                .map(r -> r.describe() + " (" + r.dates().display() + ")")
                                .toList())
                        + ".",
                latestFirst);
    }

    /**
     * Where each job was, newest first, when the documents place jobs in at least two towns: "Has she worked
     * abroad?" is then answered by the places themselves, whatever country the asker has in mind.
     */
    private Optional<Answer> places(YearMonth now) {
        List<Role> located = facts.jobs().stream()
                .filter(r -> r.location().isPresent())
                .sorted(Comparator.comparing((Role r) -> r.dates().start()).reversed())
                .toList();
        Map<String, List<Role>> byPlace = new LinkedHashMap<>();
        located.forEach(r -> byPlace.computeIfAbsent(r.location().orElseThrow(), l -> new ArrayList<>())
                .add(r));
        if (byPlace.size() < 2) {
            return Optional.empty();
        }
        // only when the places show more than one country: a country named beside some towns and not others
        // ("Leeds, UK" among "Cork", "Clonmel"), or two countries named; towns of one country say nothing of abroad,
        // which may be told elsewhere ("worked onsite in Zurich for 8 months")
        Set<String> countries = new java.util.HashSet<>();
        boolean unnamed = false;
        for (String place : byPlace.keySet()) {
            Optional<String> country = Countries.named(place);
            country.ifPresent(countries::add);
            unnamed |= country.isEmpty();
        }
        // one country named, beside towns that name none: abroad only when that country is not where the latest
        // job was ("Leeds, UK" among Cork and Clonmel; not "Manchester" beside "London, UK" now)
        Optional<String> latestCountry =
                Countries.named(located.get(0).location().orElseThrow());
        if (countries.isEmpty() || countries.size() == 1 && (!unnamed || latestCountry.isPresent())) {
            return Optional.empty();
        }
        // the places in a country other than the latest job's lead, and the conversation goes on about them ("What
        // did he do there?"): "Ciarán has worked in Australia: Perth, Western Australia: Swanline Constructions …"
        Map<String, List<Role>> abroad = new LinkedHashMap<>();
        byPlace.forEach((place, roles) -> Countries.named(place)
                .filter(country -> !Optional.of(country).equals(latestCountry))
                .ifPresent(country -> abroad.put(place, roles)));
        Set<String> abroadCountries = new LinkedHashSet<>();
        abroad.keySet()
                .forEach(place ->
                        abroadCountries.add(withArticle(Countries.named(place).orElseThrow())));
        if (abroad.isEmpty() || abroad.size() == byPlace.size()) {
            List<String> parts = new ArrayList<>();
            byPlace.forEach((place, roles) -> parts.add(place + ": " + String.join(", ", spans(roles, now))));
            return about(
                    possessive(identity().firstName()) + " jobs by place, most recent first: "
                            + String.join("; ", parts) + ".",
                    located);
        }
        List<String> abroadParts = new ArrayList<>();
        List<String> otherParts = new ArrayList<>();
        byPlace.forEach((place, roles) -> (abroad.containsKey(place) ? abroadParts : otherParts)
                .add(place + ": " + String.join(", ", spans(roles, now))));
        return about(
                identity().firstName() + " has worked in " + join(List.copyOf(abroadCountries)) + ": "
                        + String.join("; ", abroadParts) + ". Other jobs, most recent first: "
                        + String.join("; ", otherParts) + ".",
                located);
    }

    /** "Has she ever worked outside the UK?", "any jobs out of the US": work outside a country the question names. */
    private static final java.util.regex.Pattern OUTSIDE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:work|worked|working|jobs?|roles?|experience|practi[sc]ed|employed|posts?)\\b.*?\\b(?:outside|out of)"
                    + "\\s+(?:of\\s+)?(?:the\\s+)?(\\p{L}[\\p{L}.]*(?:(?-i:\\s+\\p{Lu}\\p{L}*)){0,2})");

    /**
     * The jobs in a country other than the one the question names, by the country their place or their employer's
     * name ends with ("Royal Perth Hospital, East Metropolitan Health Service, Perth, Western Australia"), and the
     * conversation goes on about them ("When was that?").
     */
    private Optional<Answer> outsideCountry(String question) {
        java.util.regex.Matcher m = OUTSIDE.matcher(question);
        // the places of the jobs, when they show the countries, answer it with the jobs at home beside
        if (!m.find() || places(YearMonth.now(clock)).isPresent()) {
            return Optional.empty();
        }
        // "the UK at all": the country, then words of the question's own
        Optional<String> home = Countries.named(m.group(1).strip())
                .or(() -> Countries.named(m.group(1).strip().split("\\s+")[0]));
        if (home.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Role>> abroad = new LinkedHashMap<>();
        facts.jobs().stream()
                .sorted(Comparator.comparing((Role r) -> r.dates().start()).reversed())
                .forEach(r -> r.location()
                        .flatMap(Countries::named)
                        .or(() -> Countries.named(r.organization()))
                        .filter(country -> !country.equals(home.get()))
                        .ifPresent(country -> abroad.computeIfAbsent(country, c -> new ArrayList<>())
                                .add(r)));
        if (abroad.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        abroad.forEach((country, roles) -> parts.add(withArticle(country) + ": "
                + join(roles.stream()
                        .map(r -> atAs(r) + " (" + r.dates().display() + ")")
                        .toList())));
        return about(
                "Yes: " + identity().firstName() + " has worked in " + String.join("; ", parts) + ".",
                abroad.values().stream().flatMap(List::stream).toList());
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private static final java.util.regex.Pattern WHEN_WAS_THAT =
            java.util.regex.Pattern.compile("(?i)^\\W*(?:and |so )?when was (?:that|this|it)\\W*$");

    /**
     * "When was that?" after an answer that tells of a job by its employer ("Yes: Rhiannon has worked in Australia:
     * at Royal Perth Hospital …"): that job's dates.
     */
    private Optional<Answer> whenWasThat(String typed, List<ConversationMemory.Turn> history) {
        if (history.isEmpty() || !WHEN_WAS_THAT.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        String last = history.get(history.size() - 1).answer();
        YearMonth now = YearMonth.now(clock);
        return RoleMatcher.firstMentioned(withoutLeadIn(last), facts.roles())
                .filter(r -> !r.careerBreak())
                // "At Kranich Reisen (…, 2015–2018): spoke at SREcon 2023": a year outside the job's is of something
                // else the answer told
                .filter(r -> YEAR.matcher(last)
                        .results()
                        .mapToInt(y -> Integer.parseInt(y.group()))
                        .allMatch(y -> y >= r.dates().start().earliest().getYear()
                                && y <= r.lastMonth(now).getYear()))
                .flatMap(r -> about(
                        "That was " + r.dates().display() + ": " + identity().firstName() + " was " + atAs(r) + ".",
                        List.of(r)));
    }

    /** "the United Kingdom", "the Netherlands", "Australia": a country's name as a sentence uses it. */
    private static String withArticle(String country) {
        return country.matches("(United|Czech|Dominican) .*|Netherlands|Philippines|Bahamas|Gambia|Maldives")
                ? "the " + country
                : country;
    }

    /**
     * Years since the first job: "about 22 years of experience, since 2003"; counted from the first job
     * after any internships and student roles, which the answer names apart.
     */
    private Optional<Answer> experience(YearMonth now) {
        List<Role> jobs = facts.jobs();
        if (jobs.isEmpty()) {
            return Optional.empty();
        }
        List<Role> beforeACareer = jobs.stream()
                // by its title; national service by its name too ("National Youth Service Corps (NYSC)")
                .takeWhile(r -> BEFORE_A_CAREER.matcher(r.title()).find()
                        || r.title().isEmpty()
                                && BEFORE_A_CAREER.matcher(r.organization()).find())
                .toList();
        Role first = beforeACareer.size() < jobs.size() ? jobs.get(beforeACareer.size()) : jobs.get(0);
        String years = duration(DateRange.since(first.dates().start()), now);
        // the summary's own count first: it was true when written, where a count to today runs on past it
        for (Passage claimed : summary) {
            Optional<String> claim = claimedYears(claimed.text());
            if (claim.isEmpty()) {
                continue;
            }
            return cite(
                    possessive(identity().firstName()) + " summary says "
                            + claim.get()
                            + ". Counted from the "
                            + (first == jobs.get(0)
                                    ? "earliest role in the profile, "
                                    : "first role after student work, ")
                            + first.describe() + " ("
                            + first.dates().start().display() + "), it is " + years + ".",
                    List.of(new FactSource(claimed.fileName(), claimed.sectionPath()), first.source()));
        }
        if (first != jobs.get(0)) {
            return about(
                    identity().firstName() + " has " + years + " of experience, since starting "
                            + (first.title().isEmpty() ? "at " : "as ") + first.describe() + " in "
                            + first.dates().start().display() + "; before that, from "
                            + jobs.get(0).dates().start().display() + ": "
                            + join(beforeACareer.stream().map(Role::describe).toList()) + ".",
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(first), beforeACareer.stream())
                            .toList());
        }
        return about(
                identity().firstName() + " has " + years
                        + " of experience: the earliest role in the profile, " + first.describe() + ", started in "
                        + first.dates().start().display() + ".",
                List.of(first));
    }

    /** "15+ years", "over 11 years", "twenty yrs": a count of years. */
    private static final String A_COUNT_OF_YEARS = "(?:(?:over|more than|nearly|almost|about|around|some) )?(?:\\d{1,2}"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\s*\\+?\\s*(?:years?|yrs)";

    /**
     * A summary's own count of years: "15+ years of progressive experience", "over 11 years experience", or the
     * person's "with 11+ years in infrastructure" (not "3 years in Berlin", which tells where, not how long in all).
     */
    private static final java.util.regex.Pattern CLAIMED_YEARS = java.util.regex.Pattern.compile("(?i)\\b"
            // ("7 Years 3 Months of experience": the months after the years)
            + A_COUNT_OF_YEARS + "(?:,? (?:and )?\\d{1,2} months?)?['’]?(?: of)?(?: [\\p{L}-]+){0,2}? experience\\b"
            + "|(?<=\\bwith )" + A_COUNT_OF_YEARS + " in (?-i:\\p{Ll}+)\\b");

    /**
     * A summary's count of years in Dutch, Portuguese, Spanish, German or French: "ruim tien jaar ervaring", "mais de
     * 9 anos de experiência", "über 8 Jahre Berufserfahrung".
     */
    private static final java.util.regex.Pattern CLAIMED_YEARS_ABROAD = java.util.regex.Pattern.compile("(?iu)\\b"
            + "(?:(ruim|meer dan|bijna|mais de|quase|más de|casi|über|mehr als|fast|plus de|près de|oltre|più di|quasi) )?"
            + "(\\d{1,2}|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|cinco|seis|sete|oito|nove|dez"
            + "|siete|ocho|nueve|diez|fünf|sechs|sieben|neun|zehn|zwölf|cinq|six|sept|huit|neuf|dix|quinze|vingt"
            + "|cinque|sei|sette|otto|dieci|undici|dodici|quindici|venti)"
            + "\\s*\\+?\\s*(?:jaar|anos|años|jahren?|ans|anni|yıl(?:lık)?|lat)\\b(?: [\\p{L}'’-]+){0,3}?"
            // (in Turkish and Polish: "9+ yıl deneyime sahip", "8 lat doświadczenia")
            + " (?:(?:werk)?ervaring|experiência|experiencia|(?:berufs)?erfahrung|d['’]expérience|expérience|esperienza"
            + "|deneyim\\p{L}*"
            + "|tecrübe\\p{L}*|doświadczeni\\p{L}*)");

    /** The numbers {@link #CLAIMED_YEARS_ABROAD} names by their words. */
    private static final java.util.Map<String, Integer> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("vijf", 5),
            java.util.Map.entry("cinco", 5),
            java.util.Map.entry("fünf", 5),
            java.util.Map.entry("cinq", 5),
            java.util.Map.entry("zes", 6),
            java.util.Map.entry("seis", 6),
            java.util.Map.entry("sechs", 6),
            java.util.Map.entry("six", 6),
            java.util.Map.entry("zeven", 7),
            java.util.Map.entry("sete", 7),
            java.util.Map.entry("siete", 7),
            java.util.Map.entry("sieben", 7),
            java.util.Map.entry("sept", 7),
            java.util.Map.entry("acht", 8),
            java.util.Map.entry("oito", 8),
            java.util.Map.entry("ocho", 8),
            java.util.Map.entry("huit", 8),
            java.util.Map.entry("negen", 9),
            java.util.Map.entry("nove", 9),
            java.util.Map.entry("nueve", 9),
            java.util.Map.entry("neun", 9),
            java.util.Map.entry("neuf", 9),
            java.util.Map.entry("tien", 10),
            java.util.Map.entry("dez", 10),
            java.util.Map.entry("diez", 10),
            java.util.Map.entry("zehn", 10),
            java.util.Map.entry("dix", 10),
            java.util.Map.entry("elf", 11),
            java.util.Map.entry("twaalf", 12),
            java.util.Map.entry("zwölf", 12),
            java.util.Map.entry("vijftien", 15),
            java.util.Map.entry("quinze", 15),
            java.util.Map.entry("twintig", 20),
            java.util.Map.entry("vingt", 20),
            java.util.Map.entry("cinque", 5),
            java.util.Map.entry("sei", 6),
            java.util.Map.entry("sette", 7),
            java.util.Map.entry("otto", 8),
            java.util.Map.entry("dieci", 10),
            java.util.Map.entry("undici", 11),
            java.util.Map.entry("dodici", 12),
            java.util.Map.entry("quindici", 15),
            java.util.Map.entry("venti", 20));

    /**
     * A summary's own count of years, as it says it; in another language, with the count in English after it
     * ("ruim tien jaar ervaring (more than 10 years)").
     */
    static Optional<String> claimedYears(String summary) {
        java.util.regex.Matcher claim = CLAIMED_YEARS.matcher(summary);
        if (claim.find()) {
            return Optional.of(claim.group().strip());
        }
        java.util.regex.Matcher abroad = CLAIMED_YEARS_ABROAD.matcher(summary);
        if (!abroad.find()) {
            return Optional.empty();
        }
        String number = abroad.group(2).toLowerCase(java.util.Locale.ROOT);
        String count = number.chars().allMatch(Character::isDigit) ? number : "" + NUMBER_WORDS.get(number);
        String qualifier = abroad.group(1) == null
                ? ""
                : switch (abroad.group(1).toLowerCase(java.util.Locale.ROOT)) {
                    case "bijna", "quase", "casi", "fast", "près de", "quasi" -> "almost ";
                    default -> "more than ";
                };
        return Optional.of("\u201c" + abroad.group().strip() + "\u201d (" + qualifier + count + " years)");
    }

    private Role earliestAt(Role subject) {
        return facts.roles().stream()
                .filter(r -> r.samePlaceAs(subject))
                .min(Comparator.comparing((Role r) -> r.dates().start()))
                .orElse(subject);
    }

    private Role latestAt(Role subject) {
        return facts.roles().stream()
                .filter(r -> r.samePlaceAs(subject))
                .max(Comparator.comparing((Role r) -> r.dates().start()))
                .orElse(subject);
    }

    /** "6 years", "4 years and 2 months", "about 5 years" when only years are known. */
    static String duration(DateRange range, YearMonth now) {
        boolean months = range.start().month().isPresent()
                && (range.current() || range.end().flatMap(e -> e.month()).isPresent());
        if (!months) {
            int years = range.lastMonth(now).getYear() - range.start().year();
            return years <= 0 ? "less than a year" : "about " + years + (years == 1 ? " year" : " years");
        }
        long total =
                ChronoUnit.MONTHS.between(range.start().earliest(), range.lastMonth(now)) + (range.current() ? 0 : 1);
        long years = total / 12;
        long rest = total % 12;
        if (years == 0) {
            return rest + (rest == 1 ? " month" : " months");
        }
        String y = years + (years == 1 ? " year" : " years");
        return rest == 0 ? y : y + " and " + rest + (rest == 1 ? " month" : " months");
    }

    private Identity identity() {
        return facts.identity();
    }

    /** "worked at IBM Cloud (July 2017 to May 2019)"; "took a career break (Travelling, 2016 to 2017)". */
    private static String dated(String phrase, Role role) {
        return phrase.endsWith(")")
                ? phrase.substring(0, phrase.length() - 1) + ", " + role.dates().display() + ")"
                : phrase + " (" + role.dates().display() + ")";
    }

    /** "worked at IBM Cloud", "worked at Voltaro GmbH as Staff Engineer", "took a career break (Travelling)". */
    private static String did(Role role) {
        if (role.careerBreak()) {
            return "took a career break (" + role.title() + ")";
        }
        String works = role.current() ? "has worked " : "worked ";
        if (role.organization().isEmpty()) {
            return works + "as " + role.title();
        }
        if (CONTRACTS.matcher(role.title()).matches()) {
            return works + "on " + role.title().toLowerCase(java.util.Locale.ROOT) + " for " + role.organization();
        }
        return works + atAs(role);
    }

    /** "moved to Canonical", "moved to Quillpay as Senior Backend Engineer", "took a career break (Travelling)". */
    private static String moved(Role role) {
        if (role.careerBreak()) {
            return did(role);
        }
        if (role.organization().isEmpty()) {
            return "became " + role.title();
        }
        if (CONTRACTS.matcher(role.title()).matches()) {
            return "went on to " + role.title().toLowerCase(java.util.Locale.ROOT) + " for " + role.organization();
        }
        return "moved to " + role.organization() + (role.title().isEmpty() ? "" : " as " + role.title());
    }

    private static String atAs(Role role) {
        if (role.organization().isEmpty()) {
            return "as " + role.title();
        }
        return role.title().isEmpty()
                ? "at " + role.organization()
                : "at " + role.organization() + " as " + role.title();
    }

    private static String where(Role role) {
        return role.location().map(l -> ", in " + l).orElse("");
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private Optional<Answer> about(String text, List<Role> roles) {
        return cite(text, roles.stream().map(Role::source).toList());
    }

    private Optional<Answer> cite(String text, List<FactSource> sources) {
        Set<FactSource> distinct = new LinkedHashSet<>(sources);
        List<Source> cited = distinct.stream()
                .map(s -> new Source(s.fileName(), s.section(), 1.0))
                .toList();
        int cut = text.lastIndexOf(' ', maxChars - 2);
        String shown = text.length() <= maxChars ? text : text.substring(0, cut > 0 ? cut : maxChars - 2) + " …";
        return Optional.of(new Answer(shown, cited, Answer.Mode.OFFLINE, Answer.Outcome.ANSWERED, 0));
    }
}
