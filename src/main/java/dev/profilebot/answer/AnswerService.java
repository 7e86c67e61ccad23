package dev.profilebot.answer;

import dev.profilebot.config.PrivateDetail;
import dev.profilebot.retrieval.HybridRetriever;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to answer a question: cache, then contact details or retrieval and the answerer,
 * then the privacy guard on whatever goes out. Platform-neutral: the terminal, the JSON interface
 * and chat adapters all call {@link #answer}.
 */
public final class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    private final HybridRetriever retriever;
    private final OfflineAnswerer answerer;
    private final ContactAnswerer contact;
    private final PersonAnswerer person;
    private final IntentDetector intents;
    private final PrivacyGuard guard;
    private final AnswerCache cache;
    private final String profileHash;
    private final Set<PrivateDetail> disclosed;

    public AnswerService(
            HybridRetriever retriever,
            OfflineAnswerer answerer,
            ContactAnswerer contact,
            PersonAnswerer person,
            IntentDetector intents,
            PrivacyGuard guard,
            AnswerCache cache,
            String profileHash,
            Set<PrivateDetail> disclosed) {
        this.retriever = retriever;
        this.answerer = answerer;
        this.contact = contact;
        this.person = person;
        this.intents = intents;
        this.guard = guard;
        this.cache = cache;
        this.profileHash = profileHash;
        this.disclosed = Set.copyOf(disclosed);
    }

    public Answer answer(String question) {
        long start = System.nanoTime();
        if (question == null || question.isBlank()) {
            return person.greeting().withMillis(elapsedMillis(start));
        }
        Answer answer = cache.get(profileHash, question).orElse(null);
        if (answer == null) {
            answer = compute(question);
            cache.put(profileHash, question, answer);
        }
        log.debug("Q: {} | A ({}): {}", question, answer.outcome(), answer.text());
        return answer.withMillis(elapsedMillis(start));
    }

    private Answer compute(String question) {
        Intent detected = intents.detect(question);
        // a detail the owner chose to disclose is in the passages: retrieval answers it
        boolean disclosedDetail = detected == Intent.PHONE && disclosed.contains(PrivateDetail.PHONE)
                || detected == Intent.STREET_ADDRESS && disclosed.contains(PrivateDetail.ADDRESS);
        Intent intent = disclosedDetail ? Intent.ABOUT_THE_PROFILE : detected;
        Answer answer = person.answer(intent)
                .or(() -> contact.answer(intent, question))
                .orElseGet(() -> answerer.answer(retriever.retrieve(question)));
        return answer.withText(guard.guard(answer.text()));
    }

    /** Share of questions answered from the cache, for operations. */
    public double cacheHitRate() {
        return cache.hitRate();
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
