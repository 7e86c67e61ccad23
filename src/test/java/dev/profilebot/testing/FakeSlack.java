package dev.profilebot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Slack on loopback for the real Bolt client: the Web API methods the bot calls ({@code
 * auth.test}, {@code apps.connections.open}, {@code chat.postMessage}, {@code chat.update}, {@code
 * bots.info}), the response URLs of slash commands, and a Socket Mode WebSocket server that says
 * hello, delivers envelopes, records their acknowledgements (with how long each took) and can ask
 * the client to reconnect.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String BOT_TOKEN = "xoxb-test-bot-token";
    public static final String APP_TOKEN = "xapp-test-app-token";
    public static final String BOT_USER = "UBOT0001";
    public static final String BOT_ID = "BBOT0001";
    public static final String CHANNEL = "C0000GEN";
    public static final String DM = "D0000DM1";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Web API call or a response-URL post the bot made: the method (or path) and its parameters. */
    public record Call(String method, Map<String, String> params, JsonNode json, Instant at) {
        /** The text of a message call. */
        public String text() {
            return json != null ? json.path("text").asText("") : params.getOrDefault("text", "");
        }

        /** The blocks of a message call, as JSON text. */
        public String blocks() {
            return json != null ? json.path("blocks").toString() : params.getOrDefault("blocks", "");
        }

        public String param(String name) {
            return json != null ? json.path(name).asText(null) : params.get(name);
        }
    }

    /** An envelope's acknowledgement: its id, its payload (if any), and how long after sending it came. */
    public record Ack(String envelopeId, JsonNode payload, Duration after) {}

    private final HttpServer web;
    private final SocketServer socket;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> envelopesSent = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000L);
    private final AtomicInteger envelopes = new AtomicInteger();
    private final AtomicInteger connectionsOpened = new AtomicInteger();
    private final AtomicInteger updatesToRateLimit = new AtomicInteger();
    private volatile boolean refuseBotToken;
    private volatile boolean refuseAppToken;

    public FakeSlack() throws IOException {
        socket = new SocketServer();
        socket.setReuseAddr(true);
        socket.start();
        try {
            socket.started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", this::handle);
        web.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        web.start();
    }

    /** The Web API's base address, for SLACK_API_BASE_URL. */
    public String apiBaseUrl() {
        return "http://127.0.0.1:" + web.getAddress().getPort() + "/";
    }

    public void refuseBotToken() {
        refuseBotToken = true;
    }

    public void refuseAppToken() {
        refuseAppToken = true;
    }

    /** The next {@code count} chat.update calls get HTTP 429 with Retry-After: 1, as Slack's tier limits do. */
    public void rateLimitUpdates(int count) {
        updatesToRateLimit.set(count);
    }

    /** Someone adds (or removes) a reaction to a message in a channel; returns the envelope id. */
    public String reaction(String user, String channel, String ts, String itemUser, String name, boolean removed) {
        ObjectNode event = JSON.createObjectNode()
                .put("type", removed ? "reaction_removed" : "reaction_added")
                .put("user", user)
                .put("reaction", name)
                .put("item_user", itemUser)
                .put("event_ts", nextTs());
        event.putObject("item").put("type", "message").put("channel", channel).put("ts", ts);
        return sendEvent(event);
    }

    /** The bot's own plain message in a thread (what Slack echoes of its answers); returns the envelope id. */
    public String ownThreadMessage(String threadTs) {
        ObjectNode event = message(BOT_USER, "an answer", CHANNEL, "channel", threadTs);
        event.put("bot_id", BOT_ID);
        return sendEvent(event);
    }

    public List<Call> calls(Predicate<Call> filter) {
        return calls.stream().filter(filter).toList();
    }

    public List<Ack> acks() {
        return List.copyOf(acks);
    }

    /** How many times the bot opened a Socket Mode connection. */
    public int connectionsOpened() {
        return connectionsOpened.get();
    }

    /** Whether a client is connected now. */
    public boolean clientConnected() {
        return socket.connection != null && socket.connection.isOpen();
    }

    /** Waits until calls matching the filter arrive. */
    public List<Call> await(Predicate<Call> filter, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (calls(filter).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return calls(filter);
    }

    /** Waits until an envelope is acknowledged. */
    public Ack awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Ack ack : acks) {
                if (ack.envelopeId().equals(envelopeId)) {
                    return ack;
                }
            }
            Thread.sleep(20);
        }
        return null;
    }

    /** Waits until the bot has connected this many times and the current connection is open. */
    public void awaitConnections(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while ((connectionsOpened.get() < count || !clientConnected()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    // ---- what people do ----

    /** Someone mentions the bot in a channel (in a thread when {@code threadTs} is given); returns the envelope id. */
    public String mention(String user, String text, String threadTs) {
        ObjectNode event = message(user, "<@" + BOT_USER + "> " + text, CHANNEL, "channel", threadTs);
        event.put("type", "app_mention");
        event.remove("channel_type");
        return sendEvent(event);
    }

    /** A plain message in a channel or thread (no mention); returns the envelope id. */
    public String channelMessage(String user, String text, String threadTs) {
        return sendEvent(message(user, text, CHANNEL, "channel", threadTs));
    }

    /** A direct message to the bot; returns the envelope id. */
    public String directMessage(String user, String text) {
        return sendEvent(message(user, text, DM, "im", null));
    }

    /** Another bot posts in the DM channel; returns the envelope id. */
    public String botMessage(String text) {
        ObjectNode event = message(null, text, DM, "im", null);
        event.put("bot_id", "BOTHER01");
        event.put("subtype", "bot_message");
        return sendEvent(event);
    }

    /** The bot's own message edited (what its chat.update produces); returns the envelope id. */
    public String ownMessageChanged() {
        ObjectNode event = JSON.createObjectNode()
                .put("type", "message")
                .put("subtype", "message_changed")
                .put("channel", CHANNEL)
                .put("channel_type", "channel")
                .put("hidden", true)
                .put("ts", nextTs())
                .put("event_ts", nextTs());
        event.putObject("message")
                .put("type", "message")
                .put("user", BOT_USER)
                .put("bot_id", BOT_ID)
                .put("text", "edited")
                .put("ts", nextTs());
        return sendEvent(event);
    }

    /** Someone joins the channel: a message subtype the bot ignores; returns the envelope id. */
    public String channelJoin(String user) {
        ObjectNode event = message(user, "<@" + user + "> has joined the channel", CHANNEL, "channel", null);
        event.put("subtype", "channel_join");
        return sendEvent(event);
    }

    /** Someone uses a slash command; returns the envelope id. */
    public String slashCommand(String user, String command, String text) {
        String id = "env-" + envelopes.incrementAndGet();
        ObjectNode payload = JSON.createObjectNode()
                .put("token", "verification")
                .put("team_id", "T0000001")
                .put("team_domain", "example")
                .put("channel_id", CHANNEL)
                .put("channel_name", "general")
                .put("user_id", user)
                .put("user_name", "someone")
                .put("command", command)
                .put("text", text)
                .put("api_app_id", "A0000001")
                .put("is_enterprise_install", "false")
                .put("response_url", apiBaseUrl() + "commands/respond/" + id)
                .put("trigger_id", "trigger-" + id);
        ObjectNode envelope = JSON.createObjectNode()
                .put("envelope_id", id)
                .put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.set("payload", payload);
        send(id, envelope);
        return id;
    }

    /** Slack asks the client to move to a new connection, as it does every few hours. */
    public void disconnect() {
        WebSocket connection = socket.connection;
        if (connection != null) {
            connection.send(
                    "{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"fake\"}}");
        }
    }

    private ObjectNode message(String user, String text, String channel, String channelType, String threadTs) {
        String messageTs = nextTs();
        ObjectNode event = JSON.createObjectNode()
                .put("type", "message")
                .put("text", text)
                .put("ts", messageTs)
                .put("event_ts", messageTs)
                .put("channel", channel)
                .put("channel_type", channelType)
                .put("team", "T0000001");
        if (user != null) {
            event.put("user", user);
        }
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    private String sendEvent(ObjectNode event) {
        String id = "env-" + envelopes.incrementAndGet();
        ObjectNode payload = JSON.createObjectNode()
                .put("token", "verification")
                .put("team_id", "T0000001")
                .put("api_app_id", "A0000001")
                .put("type", "event_callback")
                .put("event_id", "Ev" + id)
                .put("event_time", Instant.now().getEpochSecond());
        payload.set("event", event);
        payload.putArray("authorizations")
                .addObject()
                .put("team_id", "T0000001")
                .put("user_id", BOT_USER)
                .put("is_bot", true);
        ObjectNode envelope = JSON.createObjectNode()
                .put("envelope_id", id)
                .put("type", "events_api")
                .put("accepts_response_payload", false)
                .put("retry_attempt", 0)
                .put("retry_reason", "");
        envelope.set("payload", payload);
        send(id, envelope);
        return id;
    }

    private void send(String id, ObjectNode envelope) {
        envelopesSent.put(id, Instant.now());
        WebSocket connection = socket.connection;
        if (connection == null) {
            throw new IllegalStateException("the bot is not connected");
        }
        connection.send(envelope.toString());
    }

    /** The timestamp of the last message the bot posted. */
    public String lastTs() {
        return lastPosted;
    }

    private volatile String lastPosted;

    private String nextTs() {
        long value = ts.incrementAndGet();
        return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
    }

    // ---- the Web API ----

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> params = contentType.startsWith("application/json") ? Map.of() : form(body);
        JsonNode json = contentType.startsWith("application/json") && !body.isBlank() ? JSON.readTree(body) : null;
        String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String token = auth.startsWith("Bearer ") ? auth.substring(7) : params.getOrDefault("token", "");
        if (path.startsWith("/commands/respond/")) {
            calls.add(new Call("response_url", params, json, Instant.now()));
            respond(exchange, 200, "text/plain", "ok");
            return;
        }
        String method = path.replaceFirst("^/api/", "");
        calls.add(new Call(method, params, json, Instant.now()));
        if (method.equals("chat.update") && updatesToRateLimit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            respond(exchange, 429, "application/json; charset=utf-8", "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        ObjectNode reply = JSON.createObjectNode();
        switch (method) {
            case "auth.test" -> {
                if (refuseBotToken || !BOT_TOKEN.equals(token)) {
                    reply.put("ok", false).put("error", "invalid_auth");
                } else {
                    reply.put("ok", true)
                            .put("url", "https://example.slack.com/")
                            .put("team", "Example")
                            .put("user", "profilebot")
                            .put("team_id", "T0000001")
                            .put("user_id", BOT_USER)
                            .put("bot_id", BOT_ID)
                            .put("is_enterprise_install", false);
                }
            }
            case "apps.connections.open" -> {
                if (refuseAppToken || !APP_TOKEN.equals(token)) {
                    reply.put("ok", false).put("error", "invalid_auth");
                } else {
                    reply.put("ok", true)
                            .put(
                                    "url",
                                    "ws://127.0.0.1:" + socket.getPort() + "/link/?ticket=" + connectionsOpened.get());
                }
            }
            case "bots.info" -> {
                reply.put("ok", true);
                reply.putObject("bot")
                        .put("id", params.getOrDefault("bot", BOT_ID))
                        .put("user_id", BOT_USER);
            }
            case "chat.postMessage", "chat.update" -> {
                if (!BOT_TOKEN.equals(token)) {
                    reply.put("ok", false).put("error", "invalid_auth");
                } else {
                    String messageTs = method.equals("chat.update") ? params.get("ts") : nextTs();
                    if (method.equals("chat.postMessage")) {
                        lastPosted = messageTs;
                    }
                    reply.put("ok", true).put("channel", params.get("channel")).put("ts", messageTs);
                    reply.putObject("message")
                            .put("text", params.getOrDefault("text", ""))
                            .put("ts", messageTs);
                }
            }
            default -> reply.put("ok", false).put("error", "unknown_method");
        }
        respond(exchange, 200, "application/json; charset=utf-8", reply.toString());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            params.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        web.stop(0);
        try {
            socket.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Socket Mode server: hello on connect, acknowledgements recorded. */
    private final class SocketServer extends WebSocketServer {
        private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private volatile WebSocket connection;

        SocketServer() {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            WebSocket previous = connection;
            connection = conn;
            connectionsOpened.incrementAndGet();
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
                    + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0000001\"}}");
            if (previous != null && previous != conn) {
                previous.close(1000, "replaced");
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode ack = JSON.readTree(message);
                String id = ack.path("envelope_id").asText(null);
                if (id != null) {
                    Instant sent = envelopesSent.getOrDefault(id, Instant.now());
                    acks.add(new Ack(id, ack.get("payload"), Duration.between(sent, Instant.now())));
                }
            } catch (IOException e) {
                // not JSON: not an acknowledgement
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            if (conn == connection) {
                connection = null;
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            // the client went away; the tests see it in what was acknowledged
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
