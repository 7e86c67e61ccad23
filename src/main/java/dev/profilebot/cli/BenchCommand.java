package dev.profilebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilebot.Application;
import dev.profilebot.Main;
import dev.profilebot.answer.AnswerService;
import dev.profilebot.answer.LlmAnswerer;
import dev.profilebot.answer.PromptTemplates;
import dev.profilebot.config.BotConfig;
import dev.profilebot.config.ConfigLoader;
import dev.profilebot.config.QuestionLogSettings;
import dev.profilebot.llm.AnswerModel;
import dev.profilebot.llm.AnswerModels;
import dev.profilebot.questionlog.QuestionLog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench} measures, on this machine, what README quotes: cold start to ready, index build,
 * answer latency without a model (uncached p50/p95/p99, cached), throughput on several threads,
 * the overhead around a model call (against a loopback model that answers at once), peak
 * memory, and the same start-up and memory for {@code serve} in a child JVM. Prints a Markdown
 * table.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures start-up, answer latency, throughput and memory; prints a Markdown table.")
final class BenchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(
            names = "--questions",
            paramLabel = "FILE",
            description = "questions, one a line or a JSON-lines question set (default: built in)")
    Path questionsFile;

    @Option(names = "--rounds", description = "rounds over the questions for latency (default: ${DEFAULT-VALUE})")
    int rounds = 20;

    @Option(names = "--threads", description = "threads for the throughput run (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--seconds", description = "length of the throughput run (default: ${DEFAULT-VALUE})")
    int seconds = 5;

    @Option(
            names = "--no-serve",
            description = "skip starting `serve` in a child JVM (with the same JVM options) to report its start-up"
                    + " and memory once ready")
    boolean skipServe;

    private final Map<String, String> env;
    private final PrintStream out;

    BenchCommand(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Application application = Application.start(ConfigLoader.load(env));
        long readyMillis = System.currentTimeMillis() - jvmStart;
        List<String> questions = questions();

        AnswerService uncached = application.newAnswerService(0, 0);
        questions.forEach(uncached::answer); // warm-up: class loading and JIT
        List<Long> latencies = latencies(uncached, questions);
        AnswerService cached = application.newAnswerService(10_000, 10_000);
        questions.forEach(cached::answer); // fills the caches
        List<Long> cachedLatencies = latencies(cached, questions);
        double throughput = throughput(uncached, questions);
        LoggedRun logged = withQuestionLog(application, uncached, questions);
        List<Long> modelLatencies;
        try (StubModelServer stub = new StubModelServer()) {
            AnswerService withModel = application.newAnswerService(0, 0, Optional.of(stubAnswerer(application, stub)));
            questions.forEach(withModel::answer); // warm-up: the HTTP client and the JSON codec
            modelLatencies = latencies(withModel, questions);
        }

        out.println("| measure | value |");
        out.println("| --- | --- |");
        row("cold start to ready (JVM start to index built)", readyMillis + " ms");
        row("index build (embeddings + Lucene)", application.indexMillis() + " ms");
        row(
                "passages / sentences indexed",
                application.index().passages().size() + " / "
                        + application.index().sentenceCount());
        row("answer latency, no cache, p50", millis(percentile(latencies, 50)));
        row("answer latency, no cache, p95", millis(percentile(latencies, 95)));
        row("answer latency, no cache, p99", millis(percentile(latencies, 99)));
        row("answer latency, cached, p50", millis(percentile(cachedLatencies, 50)));
        row("answer latency, cached, p99", millis(percentile(cachedLatencies, 99)));
        row(
                "question log off / on, same questions interleaved, p50",
                millis(percentile(logged.off(), 50)) + " / " + millis(percentile(logged.on(), 50)));
        row(
                "question log off / on, same questions interleaved, p95",
                millis(percentile(logged.off(), 95)) + " / " + millis(percentile(logged.on(), 95)));
        row("questions written to the log (SQLite, off the answer path)", logged.written() + "");
        row("throughput, no cache, " + threads + " threads", String.format(Locale.ROOT, "%.0f answers/s", throughput));
        row("with a model answering at once: overhead p50", millis(percentile(modelLatencies, 50)));
        row("with a model answering at once: overhead p95", millis(percentile(modelLatencies, 95)));
        row("peak heap used", megabytes(peakHeapBytes()));
        row("peak resident memory (VmHWM)", peakResident(Path.of("/proc/self/status")));
        row("questions x rounds", questions.size() + " x " + rounds);
        if (!skipServe) {
            ServeRun run = measureServe();
            row("`serve`: start to ready", run.readyMillis() + " ms");
            row("`serve`: peak resident memory (VmHWM), ready", run.peakResident());
        }
        row("JVM options", jvmOptions().isEmpty() ? "(none)" : "`" + String.join(" ", jvmOptions()) + "`");
        out.flush();
        return 0;
    }

    /**
     * Latencies without and with every answer recorded in a question log, measured in turns (so
     * both see the same machine), and how many rows the log wrote.
     */
    private record LoggedRun(List<Long> off, List<Long> on, long written) {}

    /** The uncached latencies, each question asked in turn without and with a question log. */
    private LoggedRun withQuestionLog(Application application, AnswerService withoutLog, List<String> questions)
            throws IOException {
        Path folder = Files.createTempDirectory("profile-bot-bench");
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (QuestionLog questionLog = QuestionLog.open(
                        new QuestionLogSettings(true, folder, 90, false), Clock.systemUTC(), metrics)
                .orElseThrow(() -> new IllegalStateException("cannot write a question log in " + folder))) {
            AnswerService logging = application.newAnswerService(0, 0, Optional.empty(), questionLog);
            questions.forEach(logging::answer); // warm-up: the driver and the writer thread
            List<Long> off = new ArrayList<>();
            List<Long> on = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (String question : questions) {
                    // alternate which goes first, so neither always runs on a warmer cache
                    boolean logFirst = (round + off.size()) % 2 == 0;
                    long first = time(logFirst ? logging : withoutLog, question);
                    long second = time(logFirst ? withoutLog : logging, question);
                    on.add(logFirst ? first : second);
                    off.add(logFirst ? second : first);
                }
            }
            off.sort(null);
            on.sort(null);
            questionLog.flush();
            long written = (long) metrics.counter("profilebot.question.log.writes", "outcome", "written")
                    .count();
            return new LoggedRun(off, on, written);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /** An OpenAI-compatible answerer pointed at the stub, built as the bot builds its model. */
    private LlmAnswerer stubAnswerer(Application application, StubModelServer stub) {
        Map<String, String> variables = new HashMap<>(env);
        variables.put("LLM_PROVIDER", "openai");
        variables.put("LLM_BASE_URL", stub.baseUrl());
        variables.put("LLM_MODEL", "stub");
        variables.remove("LLM_API_KEY");
        variables.remove("LLM_API_KEY_FILE");
        BotConfig config = ConfigLoader.load(variables);
        AnswerModel model =
                AnswerModels.forAnswers(config.llm(), new SimpleMeterRegistry()).orElseThrow();
        return new LlmAnswerer(
                model,
                PromptTemplates.load(config.promptsDir(), config.promptsDirNamed()),
                application.index().profile().contact().name());
    }

    private static long time(AnswerService answers, String question) {
        long start = System.nanoTime();
        answers.answer(question);
        return System.nanoTime() - start;
    }

    /** Nanoseconds per answer over every round, sorted. */
    private List<Long> latencies(AnswerService answers, List<String> questions) {
        List<Long> latencies = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String question : questions) {
                long start = System.nanoTime();
                answers.answer(question);
                latencies.add(System.nanoTime() - start);
            }
        }
        latencies.sort(null);
        return latencies;
    }

    private double throughput(AnswerService answers, List<String> questions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    answers.answer(questions.get(i % questions.size()));
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return done.get() / (double) seconds;
    }

    private List<String> questions() throws IOException {
        List<String> lines;
        if (questionsFile == null) {
            try (InputStream in =
                            Objects.requireNonNull(BenchCommand.class.getResourceAsStream("bench-questions.txt"));
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines = reader.lines().toList();
            }
        } else {
            lines = Files.readAllLines(questionsFile, StandardCharsets.UTF_8);
        }
        List<String> questions = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith("{")) {
                questions.add(JSON.readTree(text).path("question").asText());
            } else if (!text.isEmpty() && !text.startsWith("#")) {
                questions.add(text);
            }
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions in " + questionsFile);
        }
        return questions;
    }

    private void row(String measure, String value) {
        out.println("| " + measure + " | " + value + " |");
    }

    private static long percentile(List<Long> sorted, double percentile) {
        return dev.profilebot.eval.Percentiles.of(sorted, percentile);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1_000_000.0);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private record ServeRun(long readyMillis, String peakResident) {}

    /**
     * Starts {@code serve} as the operator would, in a child JVM with this one's options and class
     * path and the operations endpoint on a free loopback port, waits for {@code /readyz}, reads
     * the child's peak resident memory and stops it with SIGTERM. No Discord token is passed on.
     */
    private ServeRun measureServe() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().keySet().removeAll(List.of("DISCORD_TOKEN", "DISCORD_TOKEN_FILE"));
        builder.environment().put("OPS_PORT", Integer.toString(port));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long start = System.nanoTime();
        Process child = builder.start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && child.isAlive()) {
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        long readyMillis = (System.nanoTime() - start) / 1_000_000;
                        return new ServeRun(readyMillis, peakResident(Path.of("/proc", child.pid() + "", "status")));
                    }
                } catch (IOException notListeningYet) {
                    // the endpoint opens a moment after the JVM starts
                }
                Thread.sleep(25);
            }
            throw new IllegalStateException("`serve` was not ready within 60 s (exit code "
                    + (child.isAlive() ? "none, still running" : child.exitValue()) + ")");
        } finally {
            child.destroy();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    /** The options this JVM was started with: the child {@code serve} gets the same. */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** Peak resident set size of a process, from Linux's /proc (includes the native model runtime). */
    private static String peakResident(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return megabytes(kb * 1024);
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // not Linux: reported as unavailable
        }
        return "unavailable";
    }
}
