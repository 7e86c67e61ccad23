package dev.profilebot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.profilebot.config.ConversationSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent turns of each conversation, so follow-ups work ("and before that?"): a bounded
 * window of turns per conversation, bounded conversations, each forgotten after a quiet spell.
 */
public final class ConversationMemory {

    /**
     * One question and the answer given; {@code covered} is false when the answer said the profile does not
     * cover it, so a follow-up has nothing there to lean on; {@code direct} is false too when the answer was only
     * the profile's closest passage, which a question that points back may lean on ("which journal was that paper
     * in?") but a short one on a subject of its own does not ("What awards has she won?").
     */
    public record Turn(String question, String answer, boolean covered, boolean direct) {

        public Turn(String question, String answer, boolean covered) {
            this(question, answer, covered, covered);
        }

        public Turn(String question, String answer) {
            this(question, answer, true);
        }
    }

    private final Cache<String, List<Turn>> conversations;
    private final int turns;

    public ConversationMemory(ConversationSettings settings, Ticker ticker) {
        this.turns = settings.turns();
        this.conversations = Caffeine.newBuilder()
                .maximumSize(settings.maxConversations())
                .expireAfterAccess(settings.timeToLive())
                .ticker(ticker)
                .build();
    }

    /** The conversation's recent turns, oldest first; empty for an unknown or expired one. */
    public List<Turn> history(String conversation) {
        List<Turn> history = conversations.getIfPresent(conversation);
        return history == null ? List.of() : history;
    }

    public void remember(String conversation, String question, String answer) {
        remember(conversation, new Turn(question, answer));
    }

    public void remember(String conversation, Turn turn) {
        if (turns == 0) {
            return;
        }
        conversations.asMap().compute(conversation, (key, old) -> {
            List<Turn> updated = new ArrayList<>(old == null ? List.of() : old);
            updated.add(turn);
            return List.copyOf(updated.subList(Math.max(0, updated.size() - turns), updated.size()));
        });
    }
}
