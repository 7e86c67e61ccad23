package dev.profilebot.answer;

import dev.profilebot.config.PrivateDetail;
import dev.profilebot.profile.ContactCard;
import dev.profilebot.retrieval.HybridRetriever;
import java.util.List;
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
    private final PrivacyGuard guard;
    private final AnswerCache cache;
    private final String profileHash;
    private final ContactCard card;
    private final Set<PrivateDetail> disclosed;

    public AnswerService(
            HybridRetriever retriever,
            OfflineAnswerer answerer,
            ContactAnswerer contact,
            PrivacyGuard guard,
            AnswerCache cache,
            String profileHash,
            ContactCard card,
            Set<PrivateDetail> disclosed) {
        this.retriever = retriever;
        this.answerer = answerer;
        this.contact = contact;
        this.guard = guard;
        this.cache = cache;
        this.profileHash = profileHash;
        this.card = card;
        this.disclosed = Set.copyOf(disclosed);
    }

    public Answer answer(String question) {
        long start = System.nanoTime();
        if (question == null || question.isBlank()) {
            Answer hint = new Answer(
                    "Ask me a question about " + card.name() + "'s profile: work, projects, skills, education"
                            + " or how to get in touch.",
                    List.of(),
                    Answer.Mode.OFFLINE,
                    Answer.Outcome.NOT_COVERED,
                    0);
            return hint.withMillis(elapsedMillis(start));
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
        Intent intent = IntentDetector.detect(question);
        if (intent == Intent.PHONE && disclosed.contains(PrivateDetail.PHONE)
                || intent == Intent.STREET_ADDRESS && disclosed.contains(PrivateDetail.ADDRESS)) {
            intent = Intent.ABOUT_THE_PROFILE;
        }
        Answer answer = contact.answer(intent, question).orElseGet(() -> answerer.answer(retriever.retrieve(question)));
        return answer.withText(guard.guard(answer.text()));
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
