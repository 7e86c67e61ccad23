package dev.profilebot.match;

import dev.profilebot.profile.Profile;
import dev.profilebot.retrieval.ProfileAnalyzer;
import java.time.Clock;
import java.time.YearMonth;
import java.util.function.Supplier;

/**
 * The job-fit check as the chat platforms and the terminal call it: a description's text in, a
 * report out, over the current profile (a live reload is picked up at the next check).
 */
public final class JobFit {

    private final Supplier<Profile> profile;
    private final ProfileAnalyzer analyzer = new ProfileAnalyzer();
    private final Clock clock;
    private Profile matchedFor;
    private JobMatcher matcher;

    public JobFit(Supplier<Profile> profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * @throws JobDescriptionException when the text is empty, too long, binary, not English or
     *     holds no requirements; its message is for the person who gave it
     */
    public MatchReport check(String description) {
        JobDescription parsed = JobDescription.parse(description);
        return matcher().match(parsed);
    }

    private synchronized JobMatcher matcher() {
        Profile current = profile.get();
        if (current != matchedFor) {
            matcher = new JobMatcher(current, analyzer, YearMonth.now(clock));
            matchedFor = current;
        }
        return matcher;
    }
}
