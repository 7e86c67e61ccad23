package dev.profilebot.answer;

import dev.profilebot.answer.timeline.TimelineAnswerer;
import dev.profilebot.llm.ModelBusyException;
import dev.profilebot.llm.ModelFailures;
import dev.profilebot.privacy.GuardedStream;
import dev.profilebot.privacy.PrivacyGuard;
import dev.profilebot.privacy.PrivateDetail;
import dev.profilebot.profile.facts.Role;
import dev.profilebot.retrieval.Query;
import dev.profilebot.retrieval.Retrieval;
import dev.profilebot.retrieval.Retriever;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to answer a question: the cache; greetings and contact details from the profile;
 * otherwise retrieval and the model — or the offline answerer when there is no model or the model
 * fails — then the privacy guard on whatever goes out. Platform-neutral: the terminal, the JSON
 * interface and chat adapters all call {@link #answer}.
 */
public final class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    private final Supplier<Parts> profileParts;
    private final Optional<LlmAnswerer> model;
    private final AnswerCache cache;
    private final ConversationMemory memory;
    private final Set<PrivateDetail> disclosed;
    private final MeterRegistry metrics;
    private final AnswerLog answerLog;
    private final Timer latency;

    /**
     * The parts of the pipeline that depend on the profile, from retrieval to the guard. A live
     * reload replaces them all at once; each question uses one set from start to end.
     */
    public record Parts(
            Retriever retriever,
            OfflineAnswerer offline,
            ContactAnswerer contact,
            PersonAnswerer person,
            TimelineAnswerer timeline,
            IntentDetector intents,
            PrivacyGuard guard,
            String profileCard,
            String profileHash,
            OwnerAnswers owner,
            Supplier<List<String>> suggestions) {

        /** The same parts, offering these example questions (asked for lazily, once). */
        public Parts withSuggestions(Supplier<List<String>> offered) {
            return new Parts(
                    retriever,
                    offline,
                    contact,
                    person,
                    timeline,
                    intents,
                    guard,
                    profileCard,
                    profileHash,
                    owner,
                    offered);
        }

        /** The parts of a profile without owner-written answers. */
        public Parts(
                Retriever retriever,
                OfflineAnswerer offline,
                ContactAnswerer contact,
                PersonAnswerer person,
                TimelineAnswerer timeline,
                IntentDetector intents,
                PrivacyGuard guard,
                String profileCard,
                String profileHash) {
            this(
                    retriever,
                    offline,
                    contact,
                    person,
                    timeline,
                    intents,
                    guard,
                    profileCard,
                    profileHash,
                    OwnerAnswers.NONE,
                    List::of);
        }
    }

    /**
     * @param profileParts the current profile's parts; its content hash keys the answer cache,
     *     with the model's name, so an edited profile never serves an old answer
     */
    public AnswerService(
            Supplier<Parts> profileParts,
            Optional<LlmAnswerer> model,
            AnswerCache cache,
            ConversationMemory memory,
            Set<PrivateDetail> disclosed,
            MeterRegistry metrics) {
        this(profileParts, model, cache, memory, disclosed, metrics, AnswerLog.NONE);
    }

    /** @param answerLog told of each question once it is answered */
    public AnswerService(
            Supplier<Parts> profileParts,
            Optional<LlmAnswerer> model,
            AnswerCache cache,
            ConversationMemory memory,
            Set<PrivateDetail> disclosed,
            MeterRegistry metrics,
            AnswerLog answerLog) {
        this.answerLog = java.util.Objects.requireNonNull(answerLog, "answerLog");
        this.profileParts = profileParts;
        this.model = model;
        this.cache = cache;
        this.memory = memory;
        this.disclosed = Set.copyOf(disclosed);
        this.metrics = metrics;
        this.latency = Timer.builder("profilebot.answer.latency")
                .description("Time to answer a question, from asking to the whole answer")
                .publishPercentileHistogram()
                .register(metrics);
    }

    /** A question outside any conversation. */
    public Answer answer(String question) {
        return answer(Question.standalone(question), Optional.empty());
    }

    public Answer answer(Question question) {
        return answer(question, Optional.empty());
    }

    /**
     * @param partial receives the answer's text piece by piece while a model writes it (already
     *     guarded); the returned answer is the whole, authoritative text
     */
    public Answer answer(Question question, Optional<Consumer<String>> partial) {
        long start = System.nanoTime();
        String text = question.text().strip();
        Parts parts = profileParts.get();
        if (text.isEmpty()) {
            return withSuggestions(parts, parts.person().greeting()).withMillis(elapsedMillis(start));
        }
        String cacheNamespace =
                parts.profileHash() + "|" + model.map(LlmAnswerer::describe).orElse("offline");
        List<ConversationMemory.Turn> history =
                question.conversation().map(memory::history).orElse(List.of());
        boolean followUp = FollowUps.isFollowUp(text, history);
        // a follow-up's answer depends on the conversation: never cached
        Answer answer = followUp ? null : cache.get(cacheNamespace, text).orElse(null);
        if (answer == null) {
            answer = compute(parts, text, history, followUp, partial);
            if (!followUp && answer.mode() != Answer.Mode.FALLBACK) {
                cache.put(cacheNamespace, text, answer);
            }
        }
        if (answer.outcome() == Answer.Outcome.GREETING) {
            answer = withSuggestions(parts, answer);
        }
        String said = answer.text();
        boolean covered = answer.outcome() != Answer.Outcome.NOT_COVERED;
        boolean direct = covered && answer.outcome() != Answer.Outcome.CLOSEST_MATCH;
        question.conversation()
                .ifPresent(conversation ->
                        memory.remember(conversation, new ConversationMemory.Turn(text, said, covered, direct)));
        log.debug("Q: {} | A ({}, {}): {}", text, answer.mode(), answer.outcome(), said);
        metrics.counter(
                        "profilebot.questions",
                        "mode",
                        answer.mode().jsonName(),
                        "outcome",
                        answer.outcome().name().toLowerCase(java.util.Locale.ROOT))
                .increment();
        latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        Answer timed = answer.withMillis(elapsedMillis(start));
        try {
            answerLog.answered(question, timed);
        } catch (RuntimeException e) {
            log.warn("Could not record a question in the log: {}", e.toString());
        }
        return timed;
    }

    /** Example questions this profile answers well, for greetings and help. */
    public List<String> suggestedQuestions() {
        return profileParts.get().suggestions().get();
    }

    private static Answer withSuggestions(Parts parts, Answer greeting) {
        String offer = SuggestedQuestions.offer(parts.suggestions().get());
        return offer.isEmpty() || greeting.text().contains(offer)
                ? greeting
                : greeting.withText(greeting.text() + "\n" + offer);
    }

    /** Share of questions answered from the cache, for operations. */
    public double cacheHitRate() {
        return cache.hitRate();
    }

    private Answer compute(
            Parts parts,
            String question,
            List<ConversationMemory.Turn> history,
            boolean followUp,
            Optional<Consumer<String>> partial) {
        Optional<OwnerAnswers.Entry> owned = parts.owner().match(question);
        if (owned.isPresent()) {
            return ownerAnswer(parts, question, history, owned.get(), partial);
        }
        Intent detected = parts.intents().detect(question);
        // a detail the owner chose to disclose is in the passages: retrieval answers it
        boolean disclosedDetail =
                detected.privateDetail().filter(disclosed::contains).isPresent();
        Intent intent = disclosedDetail ? Intent.ABOUT_THE_PROFILE : detected;
        PrivacyGuard guard = parts.guard();
        boolean whereWasThat = followUp && FollowUps.asksWhereItWas(question);
        if (intent == Intent.LOCATION || whereWasThat) {
            // "Which city was she based in at Brackenlow?": that role's town; "Which city was that in?"
            // after a role: the role talked about, not where the person lives now; "Where was that?" only
            // after an answer about one employer
            Optional<Role> role = parts.timeline()
                    .named(question)
                    .or(() -> followUp && FollowUps.pointsBackInTime(question)
                            ? whereWasThat
                                    ? parts.timeline().soleFocus(history)
                                    : parts.timeline().focus(history)
                            : Optional.empty());
            Optional<Answer> there = role.flatMap(parts.timeline()::whereWasIt)
                    .or(() -> whereWasThat ? parts.timeline().whereWereThey(history) : Optional.empty());
            if (there.isPresent()) {
                return guarded(guard, there.get());
            }
            if (role.isPresent()) {
                // a role whose town its entry does not say: the documents' words about it, not where the person
                // lives now
                intent = Intent.ABOUT_THE_PROFILE;
            }
        }
        Intent asks = intent;
        Optional<Answer> fixed =
                parts.person().answer(asks).or(() -> parts.contact().answer(asks, question));
        if (fixed.isPresent()) {
            return guarded(guard, fixed.get());
        }
        // "What about her master's?" after "Where did she do her PhD?": where she did her master's
        // "Where?" after "What did she study?": where she studied
        String asked = followUp
                ? FollowUps.swapped(question, history)
                        .or(() -> FollowUps.elliptical(question, history))
                        .orElse(question)
                : question;
        Optional<Answer> fromTimeline =
                intent == Intent.ABOUT_THE_PROFILE ? parts.timeline().answer(asked, history) : Optional.empty();
        if (model.isEmpty() && fromTimeline.isPresent()) {
            // "What is his notice period at his current job?" asks about the notice, not the job
            return guarded(guard, parts.offline().notCoveredTopic(question).orElse(fromTimeline.get()));
        }
        Optional<Role> named = parts.timeline().named(question);
        Optional<Role> subject = named.or(() -> unnamedSubject(parts, question, history, followUp));
        // a question that names no role and is no follow-up has a subject only when it asks about the job held now
        boolean aboutNow = !followUp && named.isEmpty() && subject.isPresent();
        Retrieval retrieval = parts.retriever()
                .retrieve(new Query(question, searchText(parts, question, history, followUp, aboutNow), subject));
        if (model.isEmpty()) {
            // "What about HubSpot?" after "Does she know Shopify?": "Yes" when the answer says HubSpot
            return guarded(guard, parts.offline().yesTo(asked, parts.offline().answer(retrieval)));
        }
        Optional<GuardedStream> stream = partial.map(out -> new GuardedStream(guard, out));
        try {
            Answer answer = model.get()
                    .answer(question, parts.profileCard(), retrieval, history, stream.map(s -> (Consumer<String>) s));
            stream.ifPresent(GuardedStream::finish);
            return guarded(guard, answer);
        } catch (ModelBusyException e) {
            // counted by the model's gate; the asker gets the documents' answer at once
            log.info(
                    "The model cannot take the question in time ({}); answering offline",
                    e.reason().tag());
            return guarded(
                    guard,
                    parts.offline()
                            .whileModelBusy(
                                    fromTimeline.orElseGet(() -> parts.offline().answer(retrieval))));
        } catch (RuntimeException e) {
            log.warn("The model failed ({}); answering offline", ModelFailures.describe(e));
            metrics.counter("profilebot.model.errors", "kind", e.getClass().getSimpleName())
                    .increment();
            Answer fallback = fromTimeline.orElseGet(() -> parts.offline().answer(retrieval));
            return guarded(
                    guard,
                    new Answer(fallback.text(), fallback.sources(), Answer.Mode.FALLBACK, fallback.outcome(), 0));
        }
    }

    /**
     * A question the owner answered in their own words: that answer as written, or with a model,
     * the model's reply given that answer as authoritative (the written answer when the model
     * cannot reply).
     */
    private Answer ownerAnswer(
            Parts parts,
            String question,
            List<ConversationMemory.Turn> history,
            OwnerAnswers.Entry owned,
            Optional<Consumer<String>> partial) {
        PrivacyGuard guard = parts.guard();
        Answer written =
                new Answer(owned.answer(), List.of(owned.source()), Answer.Mode.OFFLINE, Answer.Outcome.ANSWERED, 0);
        if (model.isEmpty()) {
            return guarded(guard, written);
        }
        Retrieval retrieval = parts.retriever().retrieve(Query.of(question));
        Optional<GuardedStream> stream = partial.map(out -> new GuardedStream(guard, out));
        try {
            Answer answer = model.get()
                    .answer(
                            question,
                            parts.profileCard(),
                            retrieval,
                            history,
                            stream.map(s -> (Consumer<String>) s),
                            Optional.of(owned));
            stream.ifPresent(GuardedStream::finish);
            return guarded(guard, answer);
        } catch (RuntimeException e) {
            log.info("The model did not answer ({}); giving the owner's written answer", ModelFailures.describe(e));
            return guarded(guard, written.withMode(Answer.Mode.FALLBACK));
        }
    }

    /**
     * What to search for: the question (without "right now" when it is about the job held now); a
     * follow-up that points at a place ("what did she do
     * there?") searches with the role the conversation is about; another follow-up with the
     * question before it.
     */
    private static String searchText(
            Parts parts, String question, List<ConversationMemory.Turn> history, boolean followUp, boolean aboutNow) {
        if (!followUp) {
            // "How many people does he manage right now?" is searched in the job held now, without "right now"
            return Question.withoutLeadIn(aboutNow ? TimelineAnswerer.withoutNow(question) : question);
        }
        if (FollowUps.pointsAtARole(question)) {
            Optional<String> role =
                    parts.timeline().focus(history).map(r -> (r.organization() + " " + r.title()).strip());
            if (role.isPresent()) {
                return question + " " + role.get();
            }
        }
        return FollowUps.retrievalQuery(question, history);
    }

    /**
     * The role a question that names none is about: for a follow-up that points at a place ("what did
     * she do there?") the one the conversation is about, or for one about the present the job held now.
     */
    private static Optional<Role> unnamedSubject(
            Parts parts, String question, List<ConversationMemory.Turn> history, boolean followUp) {
        if (!followUp || !FollowUps.pointsAtARole(question)) {
            // "How many people does he manage right now?": the job he has now
            return parts.timeline().currentFor(question);
        }
        return parts.timeline().focus(history);
    }

    private static Answer guarded(PrivacyGuard guard, Answer answer) {
        return answer.withText(guard.guard(answer.text()));
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
