package dev.profilebot.discord;

import dev.profilebot.questionlog.LoggedQuestion;
import dev.profilebot.questionlog.QuestionLog;
import dev.profilebot.questionlog.QuestionReports;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the profile's owners, by direct message, which questions the profile did not cover: every
 * {@code OWNER_DIGEST_MINUTES} when there is something new, or each one as it is asked when that is
 * 0. What was sent, and when the digest last ran, are remembered in the log, so a restart neither
 * sends a digest again nor puts the next one off; a digest that could not be delivered to any owner
 * is tried again next time.
 */
final class OwnerDigest implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OwnerDigest.class);

    private final Set<Long> owners;
    private final QuestionReports reports;
    private final OwnerTools tools;
    private final Supplier<JDA> shard;
    private final QuestionLog questionLog;
    private final java.util.function.Consumer<LoggedQuestion> atOnce = question -> sendSoon();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "owner-digest");
        thread.setDaemon(true);
        return thread;
    });

    private OwnerDigest(Set<Long> owners, QuestionLog questionLog, OwnerTools tools, Supplier<JDA> shard) {
        this.owners = Set.copyOf(owners);
        this.reports = questionLog.reports();
        this.tools = tools;
        this.shard = shard;
        this.questionLog = questionLog;
    }

    /** How long ago the digest last ran; none known (the log cannot be read now) counts as just now. */
    private long millisSinceLastRun() {
        try {
            return Duration.between(reports.digestLastRun(), reports.now()).toMillis();
        } catch (RuntimeException e) {
            log.warn("Could not read when the owners' digest last ran: {}", e.getMessage());
            return 0;
        }
    }

    /** Once connected: what came in while the bot was down goes out now, when each question is sent at once. */
    void connected(Duration every) {
        if (every.isZero()) {
            sendSoon();
        }
    }

    private void sendSoon() {
        try {
            timer.execute(this::send);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopping
        }
    }

    /**
     * Starts sending digests, when there are owners and a log.
     *
     * @param shard the connection to send through (direct messages are not sharded)
     */
    static java.util.Optional<OwnerDigest> start(
            Set<Long> owners, Duration every, OwnerTools tools, Supplier<JDA> shard) {
        if (owners.isEmpty() || tools.questionLog().isEmpty()) {
            return java.util.Optional.empty();
        }
        OwnerDigest digest = new OwnerDigest(owners, tools.questionLog().get(), tools, shard);
        if (every.isZero()) {
            tools.questionLog().get().onNotCovered(digest.atOnce);
        } else {
            // the interval runs from the last digest, across restarts
            long sinceLast = digest.millisSinceLastRun();
            long first = Math.max(0, every.toMillis() - sinceLast);
            digest.timer.scheduleWithFixedDelay(digest::send, first, every.toMillis(), TimeUnit.MILLISECONDS);
        }
        return java.util.Optional.of(digest);
    }

    /** Sends what is new, if anything; failures are logged and the questions kept for next time. */
    void send() {
        try {
            List<LoggedQuestion> fresh = reports.notCoveredSinceDigest(Instant.EPOCH);
            if (fresh.isEmpty()) {
                reports.digestRan();
                return;
            }
            String text = OwnerReports.digest(
                    fresh,
                    tools.groups()
                            .get()
                            .group(fresh.stream().map(LoggedQuestion::question).toList()));
            int delivered = 0;
            for (long owner : owners) {
                try {
                    shard.get()
                            .openPrivateChannelById(owner)
                            .flatMap(channel -> Replies.safe(channel.sendMessage(text)))
                            .complete();
                    delivered++;
                } catch (RuntimeException e) {
                    log.warn("Could not send the digest to owner {}: {}", owner, e.toString());
                }
            }
            if (delivered > 0) {
                reports.digestSent(fresh.get(fresh.size() - 1).askedAt());
                reports.digestRan();
            }
        } catch (RuntimeException e) {
            log.warn("Could not prepare the owners' digest: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        questionLog.removeNotCoveredListener(atOnce);
        timer.shutdownNow();
    }
}
