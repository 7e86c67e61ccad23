package dev.profilebot.answer;

import dev.profilebot.config.PrivateDetail;
import dev.profilebot.llm.ModelFailures;
import dev.profilebot.retrieval.HybridRetriever;
import dev.profilebot.retrieval.Retrieval;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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

    private final HybridRetriever retriever;
    private final OfflineAnswerer offline;
    private final Optional<LlmAnswerer> model;
    private final ContactAnswerer contact;
    private final PersonAnswerer person;
    private final IntentDetector intents;
    private final PrivacyGuard guard;
    private final AnswerCache cache;
    private final ConversationMemory memory;
    private final String cacheNamespace;
    private final Set<PrivateDetail> disclosed;

    /** The parts of the pipeline, from retrieval to the guard. */
    public record Parts(
            HybridRetriever retriever,
            OfflineAnswerer offline,
            Optional<LlmAnswerer> model,
            ContactAnswerer contact,
            PersonAnswerer person,
            IntentDetector intents,
            PrivacyGuard guard) {}

    /**
     * @param profileHash the profile's content hash: part of every cache key, with the model's name
     */
    public AnswerService(
            Parts parts,
            AnswerCache cache,
            ConversationMemory memory,
            String profileHash,
            Set<PrivateDetail> disclosed) {
        this.retriever = parts.retriever();
        this.offline = parts.offline();
        this.model = parts.model();
        this.contact = parts.contact();
        this.person = parts.person();
        this.intents = parts.intents();
        this.guard = parts.guard();
        this.cache = cache;
        this.memory = memory;
        this.cacheNamespace =
                profileHash + "|" + model.map(LlmAnswerer::describe).orElse("offline");
        this.disclosed = Set.copyOf(disclosed);
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
        if (text.isEmpty()) {
            return person.greeting().withMillis(elapsedMillis(start));
        }
        List<ConversationMemory.Turn> history =
                question.conversation().map(memory::history).orElse(List.of());
        boolean followUp = FollowUps.isFollowUp(text, history);
        // a follow-up's answer depends on the conversation: never cached
        Answer answer = followUp ? null : cache.get(cacheNamespace, text).orElse(null);
        if (answer == null) {
            answer = compute(text, history, followUp, partial);
            if (!followUp && answer.mode() != Answer.Mode.FALLBACK) {
                cache.put(cacheNamespace, text, answer);
            }
        }
        String said = answer.text();
        question.conversation().ifPresent(conversation -> memory.remember(conversation, text, said));
        log.debug("Q: {} | A ({}, {}): {}", text, answer.mode(), answer.outcome(), said);
        return answer.withMillis(elapsedMillis(start));
    }

    /** Share of questions answered from the cache, for operations. */
    public double cacheHitRate() {
        return cache.hitRate();
    }

    private Answer compute(
            String question,
            List<ConversationMemory.Turn> history,
            boolean followUp,
            Optional<Consumer<String>> partial) {
        Intent detected = intents.detect(question);
        // a detail the owner chose to disclose is in the passages: retrieval answers it
        boolean disclosedDetail = detected == Intent.PHONE && disclosed.contains(PrivateDetail.PHONE)
                || detected == Intent.STREET_ADDRESS && disclosed.contains(PrivateDetail.ADDRESS);
        Intent intent = disclosedDetail ? Intent.ABOUT_THE_PROFILE : detected;
        Optional<Answer> fixed = person.answer(intent).or(() -> contact.answer(intent, question));
        if (fixed.isPresent()) {
            return guarded(fixed.get());
        }
        Retrieval retrieval = retriever.retrieve(followUp ? FollowUps.retrievalQuery(question, history) : question);
        if (model.isEmpty()) {
            return guarded(offline.answer(retrieval));
        }
        Optional<GuardedStream> stream = partial.map(out -> new GuardedStream(guard, out));
        try {
            Answer answer = model.get().answer(question, retrieval, history, stream.map(s -> (Consumer<String>) s));
            stream.ifPresent(GuardedStream::finish);
            return guarded(answer);
        } catch (RuntimeException e) {
            log.warn("The model failed ({}); answering offline", ModelFailures.describe(e));
            Answer fallback = offline.answer(retrieval);
            return guarded(
                    new Answer(fallback.text(), fallback.sources(), Answer.Mode.FALLBACK, fallback.outcome(), 0));
        }
    }

    private Answer guarded(Answer answer) {
        return answer.withText(guard.guard(answer.text()));
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
