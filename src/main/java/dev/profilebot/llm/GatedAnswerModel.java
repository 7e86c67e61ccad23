package dev.profilebot.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Bounds the calls in flight to the model and how long a question waits for one: questions queue
 * first come, first served for one of {@code maxConcurrency} slots, and a question that would
 * wait longer than {@code maxWait} for its answer to start is not sent at all — it throws
 * {@link ModelBusyException} and is answered offline. "Would" is judged from the recent calls: a
 * question whose place in the queue, at the recent pace, cannot start in time is turned away at
 * once, and one still waiting when its time is up is turned away then. A pause the provider asked
 * for ({@link ModelThrottle}) is waited out inside the slot when it fits, and turns questions away
 * when it does not.
 */
public final class GatedAnswerModel implements AnswerModel {

    /** Weight of the newest call in the running averages of call times. */
    static final double SMOOTHING = 0.3;
    /** A waiting question looks again at least this often, as the averages change. */
    private static final long RECHECK_MILLIS = 50;

    private final AnswerModel model;
    private final int capacity;
    private final long maxWaitNanos;
    private final ModelThrottle throttle;
    private final LongSupplier nanos;

    private final Object lock = new Object();
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private int inFlight;
    /** Running averages, in nanoseconds, of a call's time to its first text and to its end; 0 before the first. */
    private volatile double startNanos;

    private volatile double callNanos;

    private final Timer waits;
    private final Counter busy;
    private final Counter rateLimited;

    public GatedAnswerModel(
            AnswerModel model, int maxConcurrency, Duration maxWait, ModelThrottle throttle, MeterRegistry metrics) {
        this(model, maxConcurrency, maxWait, throttle, metrics, System::nanoTime);
    }

    GatedAnswerModel(
            AnswerModel model,
            int maxConcurrency,
            Duration maxWait,
            ModelThrottle throttle,
            MeterRegistry metrics,
            LongSupplier nanos) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1");
        }
        this.model = model;
        this.capacity = maxConcurrency;
        this.maxWaitNanos = maxWait.toNanos();
        this.throttle = throttle;
        this.nanos = nanos;
        Gauge.builder("profilebot.model.waiting", this, GatedAnswerModel::waiting)
                .description("Questions waiting for a model slot")
                .register(metrics);
        Gauge.builder("profilebot.model.in_flight", this, GatedAnswerModel::inFlight)
                .description("Model calls in flight")
                .register(metrics);
        this.waits = Timer.builder("profilebot.model.wait")
                .description("Time a question waited for a model slot, whether it got one or not")
                .publishPercentileHistogram()
                .register(metrics);
        this.busy = degraded(metrics, ModelBusyException.Reason.BUSY);
        this.rateLimited = degraded(metrics, ModelBusyException.Reason.RATE_LIMITED);
    }

    private static Counter degraded(MeterRegistry metrics, ModelBusyException.Reason reason) {
        return Counter.builder("profilebot.model.degraded")
                .description("Questions answered offline because the model could not take them in time")
                .tag("reason", reason.tag())
                .register(metrics);
    }

    @Override
    public String complete(ModelPrompt prompt) {
        long admitted = admit();
        try {
            String text = counted(() -> model.complete(prompt));
            long took = nanos.getAsLong() - admitted;
            startNanos = average(startNanos, took);
            callNanos = average(callNanos, took);
            return text;
        } finally {
            release();
        }
    }

    @Override
    public String stream(ModelPrompt prompt, Consumer<String> partial) {
        long admitted = admit();
        try {
            AtomicBoolean started = new AtomicBoolean();
            String text = counted(() -> model.stream(prompt, piece -> {
                if (started.compareAndSet(false, true)) {
                    startNanos = average(startNanos, nanos.getAsLong() - admitted);
                }
                partial.accept(piece);
            }));
            callNanos = average(callNanos, nanos.getAsLong() - admitted);
            return text;
        } finally {
            release();
        }
    }

    /** The call, a rate limit it ends in counted as a question answered offline. */
    private String counted(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (ModelBusyException e) {
            (e.reason() == ModelBusyException.Reason.BUSY ? busy : rateLimited).increment();
            throw e;
        }
    }

    @Override
    public String describe() {
        return model.describe();
    }

    /** Questions waiting for a slot now. */
    public int waiting() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** Model calls in flight now. */
    public int inFlight() {
        synchronized (lock) {
            return inFlight;
        }
    }

    /**
     * Takes a slot, first come first served, waiting out a provider's pause; returns when the call
     * may go out.
     *
     * @throws ModelBusyException when that cannot happen within the question's wait
     */
    private long admit() {
        long arrived = nanos.getAsLong();
        try {
            takeSlot(arrived);
        } finally {
            waits.record(nanos.getAsLong() - arrived, TimeUnit.NANOSECONDS);
        }
        try {
            waitOutPause(arrived);
        } catch (RuntimeException e) {
            release();
            throw e;
        }
        return nanos.getAsLong();
    }

    private void takeSlot(long arrived) {
        synchronized (lock) {
            if (queue.isEmpty() && inFlight < capacity) {
                inFlight++;
                return;
            }
            refuseIfPaused(arrived);
            if (predictedWait(queue.size()) > budget()) {
                throw turnedAway(ModelBusyException.Reason.BUSY);
            }
            Object ticket = new Object();
            queue.addLast(ticket);
            try {
                while (true) {
                    if (queue.peekFirst() == ticket && inFlight < capacity) {
                        queue.removeFirst();
                        inFlight++;
                        lock.notifyAll(); // the next in line may fit too
                        return;
                    }
                    long left = arrived + budget() - nanos.getAsLong();
                    if (left <= 0) {
                        throw turnedAway(ModelBusyException.Reason.BUSY);
                    }
                    refuseIfPaused(arrived);
                    lock.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), RECHECK_MILLIS)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelCallException("interrupted while waiting for the model", e);
            } finally {
                if (queue.remove(ticket)) {
                    lock.notifyAll();
                }
            }
        }
    }

    private void release() {
        synchronized (lock) {
            inFlight--;
            lock.notifyAll();
        }
    }

    /** Sleeps through a pause the provider asked for, if it ends in time. */
    private void waitOutPause(long arrived) {
        Duration pause = throttle.remaining();
        if (pause.isZero()) {
            return;
        }
        refuseIfPaused(arrived);
        try {
            TimeUnit.NANOSECONDS.sleep(pause.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException("interrupted while waiting for the model", e);
        }
    }

    private void refuseIfPaused(long arrived) {
        Duration pause = throttle.remaining();
        if (pause.isZero()) {
            return; // no pause: a wait that runs out as this is checked is the queue's (BUSY), not a rate limit
        }
        long pauseEnds = nanos.getAsLong() + pause.toNanos();
        if (pauseEnds - arrived > budget()) {
            throw turnedAway(ModelBusyException.Reason.RATE_LIMITED);
        }
    }

    /** How long a question may wait for a slot: its whole wait less the time a call takes to start. */
    private long budget() {
        return Math.max(0, maxWaitNanos - (long) startNanos);
    }

    /**
     * The wait of a question with {@code ahead} others before it, at the recent pace: each full
     * round of slots ahead of it is one call's time. Zero until a call has been timed.
     */
    private long predictedWait(int ahead) {
        return (long) ((ahead / capacity) * callNanos);
    }

    private ModelBusyException turnedAway(ModelBusyException.Reason reason) {
        (reason == ModelBusyException.Reason.BUSY ? busy : rateLimited).increment();
        return new ModelBusyException(
                reason,
                reason == ModelBusyException.Reason.BUSY
                        ? "every model slot is taken for longer than a question may wait"
                        : "the provider asked for a pause longer than a question may wait");
    }

    /**
     * The running average with a new sample; a sample is taken as at most twice the wait, so one
     * very slow call (a local model loading) does not turn questions away for long.
     */
    private double average(double current, long sample) {
        double capped = Math.min(sample, 2.0 * maxWaitNanos);
        return current == 0 ? capped : current + SMOOTHING * (capped - current);
    }
}
