package dev.profilebot.testing;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Bucket4j's time, moved by the test: rate limits without sleeping. */
public final class ManualTimeMeter implements TimeMeter {

    private final AtomicLong nanos = new AtomicLong();

    public void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
