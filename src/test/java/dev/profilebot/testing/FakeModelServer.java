package dev.profilebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake model provider on loopback that speaks the real HTTP protocols: OpenAI's chat
 * completions (plain JSON and server-sent events), Anthropic's messages and Gemini's
 * generateContent. Each request is answered by the next scripted {@link Reply} (the last one
 * repeats) and recorded, so tests assert what the real client sent.
 */
public final class FakeModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();

    /** What the server received. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        /** The text of the message with the given role in an OpenAI-style body. */
        public String message(String role) {
            for (JsonNode message : json().path("messages")) {
                if (message.path("role").asText().equals(role)) {
                    return message.path("content").asText();
                }
            }
            return null;
        }
    }

    /** How the server answers one request. */
    public interface Reply {
        void write(HttpExchange exchange, Request request) throws IOException;
    }

    static {
        // answer without Nagle's delay on loopback
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public FakeModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to configure a client with, ending in /v1. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Replies for the next requests, in order; the last one answers every request after. */
    public FakeModelServer script(Reply... replies) {
        script.clear();
        script.addAll(List.of(replies));
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The most requests the server was answering at one time. */
    public int mostAtOnce() {
        return mostOpen.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        // counted as answered once its whole reply is about to go out: a client that has read it may send
        // the next request before this thread gets back here
        java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean(true);
        Runnable answered = () -> {
            if (counted.getAndSet(false)) {
                open.decrementAndGet();
            }
        };
        exchange.setAttribute(ANSWERED, answered);
        try {
            answer(exchange);
        } finally {
            answered.run();
        }
    }

    private static final String ANSWERED = "fake-model-server.answered";

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()),
                body);
        requests.add(request);
        Reply reply = script.size() > 1 ? script.poll() : script.peek();
        try {
            if (reply == null) {
                status(500, "{\"error\":{\"message\":\"nothing scripted\"}}").write(exchange, request);
            } else {
                reply.write(exchange, request);
            }
        } catch (IOException e) {
            // the client went away (a timeout): nothing to answer
        } finally {
            exchange.close();
        }
    }

    /** An OpenAI chat completion holding {@code text}. */
    public static Reply openAi(String text) {
        return (exchange, request) -> {
            ObjectNode completion = JSON.createObjectNode()
                    .put("id", "chatcmpl-1")
                    .put("object", "chat.completion")
                    .put("created", 1)
                    .put("model", request.json().path("model").asText());
            ObjectNode choice =
                    completion.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            completion
                    .putObject("usage")
                    .put("prompt_tokens", 10)
                    .put("completion_tokens", 5)
                    .put("total_tokens", 15);
            send(exchange, 200, "application/json", completion.toString());
        };
    }

    /** An OpenAI streamed completion: one server-sent event per piece, then [DONE]. */
    public static Reply openAiStream(String... pieces) {
        return (exchange, request) -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (String piece : pieces) {
                    event(out, chunk(request, JSON.createObjectNode().put("content", piece), null));
                }
                event(out, chunk(request, JSON.createObjectNode(), "stop"));
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        };
    }

    /** As {@link #openAiStream}, with a pause before each piece, as a model writes. */
    public static Reply openAiStreamPaced(long millisBetween, String... pieces) {
        return (exchange, request) -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (String piece : pieces) {
                    try {
                        Thread.sleep(millisBetween);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    event(out, chunk(request, JSON.createObjectNode().put("content", piece), null));
                    out.flush();
                }
                event(out, chunk(request, JSON.createObjectNode(), "stop"));
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        };
    }

    /** An Anthropic message holding {@code text}. */
    public static Reply anthropic(String text) {
        return (exchange, request) -> {
            ObjectNode message = JSON.createObjectNode()
                    .put("id", "msg_1")
                    .put("type", "message")
                    .put("role", "assistant")
                    .put("model", request.json().path("model").asText())
                    .put("stop_reason", "end_turn");
            message.putArray("content").addObject().put("type", "text").put("text", text);
            message.putObject("usage").put("input_tokens", 10).put("output_tokens", 5);
            send(exchange, 200, "application/json", message.toString());
        };
    }

    /** A Gemini generateContent response holding {@code text}. */
    public static Reply gemini(String text) {
        return (exchange, request) -> {
            ObjectNode response = JSON.createObjectNode();
            ObjectNode candidate = response.putArray("candidates").addObject().put("finishReason", "STOP");
            ObjectNode content = candidate.putObject("content").put("role", "model");
            content.putArray("parts").addObject().put("text", text);
            response.putObject("usageMetadata").put("promptTokenCount", 10).put("candidatesTokenCount", 5);
            send(exchange, 200, "application/json", response.toString());
        };
    }

    /** An HTTP error with a provider-style body. */
    public static Reply status(int code, String body) {
        return (exchange, request) -> send(exchange, code, "application/json", body);
    }

    /** A 429 asking the client to wait {@code seconds}, in OpenAI's words. */
    public static Reply rateLimited(int seconds) {
        return (exchange, request) -> {
            exchange.getResponseHeaders().add("Retry-After", String.valueOf(seconds));
            send(
                    exchange,
                    429,
                    "application/json",
                    "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
        };
    }

    /** A 200 whose body is not JSON. */
    public static Reply malformed() {
        return (exchange, request) -> send(exchange, 200, "application/json", "{\"choices\": [ this is not json");
    }

    /** Waits before replying, as a slow or hung model does. */
    public static Reply delayed(long millis, Reply then) {
        return (exchange, request) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.write(exchange, request);
        };
    }

    private static String chunk(Request request, ObjectNode delta, String finishReason) {
        ObjectNode chunk = JSON.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion.chunk")
                .put("created", 1)
                .put("model", request.json().path("model").asText());
        ArrayNode choices = chunk.putArray("choices");
        ObjectNode choice = choices.addObject().put("index", 0);
        choice.set("delta", delta);
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return chunk.toString();
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange exchange, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (exchange.getAttribute(ANSWERED) instanceof Runnable answered) {
            answered.run();
        }
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The requests' paths, for assertions on routing. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        requests.forEach(r -> paths.add(r.path()));
        return paths;
    }
}
