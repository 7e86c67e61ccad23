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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Discord on loopback for the real JDA client: the REST routes the bot uses, and a Gateway
 * WebSocket speaking Discord's JSON protocol (HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats,
 * dispatches) with the zlib-stream transport compression JDA asks for. Strict where it matters:
 * the token is checked, interactions must be acknowledged within 3 seconds, messages over 2,000
 * characters are refused, the bot's own messages are echoed back to it, and every create and
 * edit is recorded with its allowed_mentions.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final String BOT_ID = "1000";
    public static final String APP_ID = "2000";
    public static final String GUILD_ID = "10";
    public static final String CHANNEL_ID = "20";
    public static final String DM_CHANNEL_ID = "30";
    private static final int MESSAGE_LIMIT = 2000;
    private static final Duration INTERACTION_DEADLINE = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final String token;
    private final HttpServer rest;
    private final Gateway gateway;
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    /** Snowflakes of now: JDA reads an interaction's age from its id. */
    private final AtomicLong ids = new AtomicLong((System.currentTimeMillis() - DISCORD_EPOCH) << 22);

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> interactionsSent = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Set<String> directChannels = ConcurrentHashMap.newKeySet();

    /** A request the bot made to the REST API, with its JSON body when it had one. */
    public record Request(String method, String path, JsonNode body, int status, Instant at, String responseId) {
        public boolean creates() {
            return method.equals("POST")
                    && (path.matches(".*/channels/\\d+/messages") || path.matches(".*/webhooks/.*"));
        }

        public boolean edits() {
            return method.equals("PATCH") && path.contains("/messages/");
        }

        public String content() {
            return body == null ? null : body.path("content").asText(null);
        }

        /** Whether the message is sent with its link previews suppressed (flag SUPPRESS_EMBEDS). */
        public boolean suppressesEmbeds() {
            return body != null && (body.path("flags").asInt() & 4) != 0;
        }

        /** Whether an interaction response is seen by the person who used the command alone. */
        public boolean ephemeral() {
            return body != null && (body.path("data").path("flags").asInt() & 64) != 0;
        }

        /** Whether allowed_mentions forbids everyone, roles and users parsed from the text. */
        public boolean mentionsNothing() {
            JsonNode allowed = body == null ? null : body.get("allowed_mentions");
            return allowed != null
                    && allowed.path("parse").isArray()
                    && allowed.path("parse").isEmpty()
                    && allowed.path("roles").isEmpty()
                    && allowed.path("users").isEmpty();
        }
    }

    public FakeDiscord(String token) throws IOException {
        this.token = token;
        this.gateway = new Gateway();
        gateway.setReuseAddr(true);
        gateway.start();
        awaitGatewayPort();
        this.rest = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        rest.setExecutor(Executors.newCachedThreadPool());
        rest.createContext("/", this::handle);
        rest.start();
    }

    private volatile boolean advertiseWrongGateway;

    /** The Gateway's own address (DISCORD_GATEWAY_URL). */
    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    /** Makes GET gateway/bot name an address where nothing listens, as a broken proxy might. */
    public void advertiseWrongGateway() {
        advertiseWrongGateway = true;
    }

    /** The REST base URL to give JDA (DISCORD_API_BASE_URL). */
    public String apiBaseUrl() {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(Predicate<Request> filter) {
        return requests.stream().filter(filter).toList();
    }

    /** Breaches of Discord's rules the bot committed: late acknowledgements, oversized messages. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The intents the bot identified with, or -1 before it did. */
    public long identifiedIntents() {
        return gateway.intents;
    }

    public boolean compressed() {
        return gateway.compressed;
    }

    /** Waits until the bot is connected and has received the guild. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!gateway.ready) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the bot did not identify in " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT: turned on in the Developer Portal, or refused. */
    static final long PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

    private volatile boolean refusePrivilegedIntents;

    /** Closes the gateway with 4014 when the bot asks for a privileged intent the portal does not allow. */
    public void refusePrivilegedIntents() {
        refusePrivilegedIntents = true;
    }

    /** A person reacts to a message in the server's channel with a Unicode emoji. */
    public void react(String userId, String messageId, String emoji, boolean removed) {
        ObjectNode reaction = JSON.createObjectNode()
                .put("user_id", userId)
                .put("channel_id", CHANNEL_ID)
                .put("message_id", messageId)
                .put("guild_id", GUILD_ID)
                .put("burst", false)
                .put("type", 0);
        reaction.putObject("emoji").putNull("id").put("name", emoji);
        if (!removed) {
            ObjectNode member = member(List.of());
            member.set("user", person(userId));
            reaction.set("member", member);
            reaction.put("message_author_id", BOT_ID);
        }
        gateway.dispatch(removed ? "MESSAGE_REACTION_REMOVE" : "MESSAGE_REACTION_ADD", reaction);
    }

    /** The DM channel the bot opened with a person, once it has. */
    public Optional<String> directChannelWith(String userId) {
        return Optional.ofNullable(openedDirectChannels.get(userId));
    }

    private final Map<String, String> openedDirectChannels = new java.util.concurrent.ConcurrentHashMap<>();

    /** A person posts a message in the server's channel. */
    public String postInChannel(String authorId, String content, boolean mentionsBot, String repliesTo) {
        ObjectNode message = message(CHANNEL_ID, person(authorId), content);
        message.put("guild_id", GUILD_ID);
        message.set("member", member(List.of()));
        if (mentionsBot) {
            ObjectNode mention = botUser();
            mention.set("member", member(List.of()));
            message.putArray("mentions").add(mention);
        }
        if (repliesTo != null) {
            message.put("type", 19);
            message.putObject("message_reference")
                    .put("type", 0)
                    .put("message_id", repliesTo)
                    .put("channel_id", CHANNEL_ID)
                    .put("guild_id", GUILD_ID);
        }
        gateway.dispatch("MESSAGE_CREATE", message);
        return message.path("id").asText();
    }

    /** Another bot posts a message mentioning this one. */
    public void postAsBot(String content) {
        ObjectNode author = person("4000");
        author.put("bot", true);
        ObjectNode message = message(CHANNEL_ID, author, content);
        message.put("guild_id", GUILD_ID);
        message.set("member", member(List.of()));
        ObjectNode mention = botUser();
        message.putArray("mentions").add(mention);
        gateway.dispatch("MESSAGE_CREATE", message);
    }

    /** A person sends the bot a direct message. */
    public void postDirectMessage(String authorId, String content) {
        postDirectMessage(authorId, DM_CHANNEL_ID, content);
    }

    /** A person sends the bot a direct message in their own DM channel; returns the message's id. */
    public String postDirectMessage(String authorId, String channelId, String content) {
        directChannels.add(channelId);
        ObjectNode message = message(channelId, person(authorId), content);
        message.put("channel_type", 1);
        gateway.dispatch("MESSAGE_CREATE", message);
        return message.path("id").asText();
    }

    /** A person uses a slash command in the server's channel; returns the interaction id. */
    public String slashCommand(String authorId, String name, Map<String, String> options) {
        return slashCommand(authorId, name, options, null, null, null);
    }

    /**
     * A person uses a slash command with a file attached to its attachment option; the file is
     * served where Discord's CDN would serve it.
     */
    public String slashCommandWithFile(String authorId, String name, String option, String fileName, byte[] content) {
        return slashCommand(authorId, name, Map.of(), option, fileName, content);
    }

    private String slashCommand(
            String authorId,
            String name,
            Map<String, String> options,
            String fileOption,
            String fileName,
            byte[] content) {
        String id = String.valueOf(ids.incrementAndGet());
        ObjectNode interaction = JSON.createObjectNode()
                .put("id", id)
                .put("application_id", APP_ID)
                .put("type", 2)
                .put("guild_id", GUILD_ID)
                .put("channel_id", CHANNEL_ID)
                .put("token", "interaction-token-" + id)
                .put("version", 1)
                .put("app_permissions", "2248473465835073")
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("context", 0)
                .put("attachment_size_limit", 26214400);
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", GUILD_ID);
        interaction
                .putObject("guild")
                .put("id", GUILD_ID)
                .put("locale", "en-US")
                .putArray("features");
        interaction.set("channel", textChannel());
        ObjectNode member = member(List.of());
        member.set("user", person(authorId));
        member.put("permissions", "2248473465835073");
        interaction.set("member", member);
        ObjectNode data = interaction
                .putObject("data")
                .put("id", "7" + name.length())
                .put("name", name)
                .put("type", 1);
        ArrayNode list = data.putArray("options");
        options.forEach(
                (key, value) -> list.addObject().put("name", key).put("type", 3).put("value", value));
        if (fileOption != null) {
            String attachmentId = String.valueOf(ids.incrementAndGet());
            String url = apiBaseUrl() + "attachments/" + attachmentId + "/" + fileName;
            files.put("/api/v10/attachments/" + attachmentId + "/" + fileName, content);
            list.addObject().put("name", fileOption).put("type", 11).put("value", attachmentId);
            data.putObject("resolved")
                    .putObject("attachments")
                    .putObject(attachmentId)
                    .put("id", attachmentId)
                    .put("filename", fileName)
                    .put("size", content.length)
                    .put("url", url)
                    .put("proxy_url", url)
                    .put("content_type", "text/plain; charset=utf-8");
        }
        interactionsSent.put(id, Instant.now());
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    /** The id Discord gave the message a create request made. */
    public String sentMessageId(Request create) {
        return create.responseId();
    }

    /** Replays the last dispatch, as Discord may after a resume. */
    public void replayLastDispatch() {
        gateway.replayLast();
    }

    /** Waits until a request matching the filter arrives, or the timeout passes. */
    public List<Request> await(Predicate<Request> filter, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests(filter).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return requests(filter);
    }

    @Override
    public void close() {
        rest.stop(0);
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            gateway.flusher.shutdownNow();
        }
    }

    // ---- REST ----

    private static final Pattern INTERACTION_CALLBACK = Pattern.compile(".*/interactions/(\\d+)/[^/]+/callback");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile(".*/channels/(\\d+)/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile(".*/channels/(\\d+)/messages/(\\d+)");

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? null : body(raw, exchange);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (method.equals("GET") && files.containsKey(path)) {
            // the CDN: no token
            byte[] content = files.get(path);
            requests.add(new Request(method, path, null, 200, Instant.now(), null));
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
            exchange.close();
            return;
        }
        boolean webhook = path.contains("/webhooks/") || path.contains("/interactions/");
        if (!webhook && !("Bot " + token).equals(auth)) {
            respond(exchange, method, path, body, 401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
            return;
        }
        Matcher callback = INTERACTION_CALLBACK.matcher(path);
        Matcher createsMessage = CHANNEL_MESSAGES.matcher(path);
        Matcher editsMessage = CHANNEL_MESSAGE.matcher(path);
        if (method.equals("GET") && path.endsWith("/gateway/bot")) {
            respond(
                    exchange,
                    method,
                    path,
                    body,
                    200,
                    JSON.createObjectNode()
                            .put("url", advertiseWrongGateway ? "ws://127.0.0.1:1" : gatewayUrl())
                            .put("shards", 1)
                            .set(
                                    "session_start_limit",
                                    JSON.createObjectNode()
                                            .put("total", 1000)
                                            .put("remaining", 999)
                                            .put("reset_after", 14_400_000)
                                            .put("max_concurrency", 1))
                            .toString());
        } else if (method.equals("POST") && path.endsWith("/users/@me/channels")) {
            String recipient = body.path("recipient_id").asText();
            String channelId =
                    openedDirectChannels.computeIfAbsent(recipient, r -> String.valueOf(ids.incrementAndGet()));
            directChannels.add(channelId);
            ObjectNode channel = JSON.createObjectNode().put("id", channelId).put("type", 1);
            channel.putNull("last_message_id");
            channel.putArray("recipients").add(person(recipient));
            respond(exchange, method, path, body, 200, channel.toString());
        } else if (method.equals("GET") && path.endsWith("/users/@me")) {
            respond(exchange, method, path, body, 200, botUser().toString());
        } else if (method.equals("PUT") && path.endsWith("/commands")) {
            ArrayNode commands = JSON.createArrayNode();
            for (JsonNode command : body) {
                ObjectNode registered = ((ObjectNode) command.deepCopy())
                        .put("id", String.valueOf(ids.incrementAndGet()))
                        .put("application_id", APP_ID)
                        .put("version", "1");
                commands.add(registered);
            }
            respond(exchange, method, path, body, 200, commands.toString());
        } else if (method.equals("POST") && path.endsWith("/typing")) {
            respond(exchange, method, path, body, 204, null);
        } else if (callback.matches()) {
            Instant sent = interactionsSent.get(callback.group(1));
            if (sent == null || Duration.between(sent, Instant.now()).compareTo(INTERACTION_DEADLINE) > 0) {
                violations.add("interaction " + callback.group(1) + " acknowledged late or unknown");
                respond(exchange, method, path, body, 404, "{\"message\": \"Unknown interaction\", \"code\": 10062}");
                return;
            }
            if ("true".equals(query(exchange, "with_response"))) {
                ObjectNode response = JSON.createObjectNode();
                response.putObject("interaction")
                        .put("id", callback.group(1))
                        .put("type", 2)
                        .put("response_message_loading", true)
                        .put("response_message_ephemeral", false);
                respond(exchange, method, path, body, 200, response.toString());
            } else {
                respond(exchange, method, path, body, 204, null);
            }
        } else if (method.equals("PATCH") && path.contains("/webhooks/") && path.endsWith("/messages/@original")) {
            sendMessage(exchange, method, path, body, CHANNEL_ID);
        } else if (method.equals("POST") && path.contains("/webhooks/")) {
            sendMessage(exchange, method, path, body, CHANNEL_ID);
        } else if (method.equals("POST") && createsMessage.matches()) {
            sendMessage(exchange, method, path, body, createsMessage.group(1));
        } else if (method.equals("PATCH") && editsMessage.matches()) {
            sendMessage(exchange, method, path, body, editsMessage.group(1));
        } else {
            respond(exchange, method, path, body, 404, "{\"message\": \"404: Not Found\", \"code\": 0}");
        }
    }

    private void sendMessage(HttpExchange exchange, String method, String path, JsonNode body, String channelId)
            throws IOException {
        String content = body == null ? "" : body.path("content").asText("");
        if (content.length() > MESSAGE_LIMIT) {
            violations.add("message of " + content.length() + " characters");
            respond(exchange, method, path, body, 400, "{\"message\": \"Invalid Form Body\", \"code\": 50035}");
            return;
        }
        ObjectNode message = message(channelId, botUser(), content);
        if (!directChannels.contains(channelId)) {
            message.put("guild_id", GUILD_ID);
        }
        JsonNode reference = body == null ? null : body.get("message_reference");
        if (reference != null) {
            message.put("type", 19);
            message.set("message_reference", reference);
        }
        respond(exchange, method, path, body, 200, message.toString());
        if (method.equals("POST")) {
            gateway.dispatch("MESSAGE_CREATE", message); // Discord echoes the bot's own messages to it
        }
    }

    private void respond(HttpExchange exchange, String method, String path, JsonNode body, int status, String reply)
            throws IOException {
        String responseId = null;
        if (reply != null && reply.startsWith("{")) {
            responseId = JSON.readTree(reply).path("id").asText(null);
        }
        requests.add(new Request(method, path, body, status, Instant.now(), responseId));
        byte[] bytes = reply == null ? new byte[0] : reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static JsonNode body(byte[] raw, HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String text = new String(raw, StandardCharsets.UTF_8);
        if (type != null && type.startsWith("multipart/form-data")) {
            // JDA sends messages as multipart with a payload_json part
            int start = text.indexOf('{');
            int end = text.lastIndexOf('}');
            text = start >= 0 && end > start ? text.substring(start, end + 1) : "{}";
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return kv.length > 1 ? kv[1] : "";
            }
        }
        return null;
    }

    // ---- payloads ----

    private ObjectNode message(String channelId, ObjectNode author, String content) {
        ObjectNode message = JSON.createObjectNode()
                .put("id", String.valueOf(ids.incrementAndGet()))
                .put("channel_id", channelId)
                .put("content", content)
                .put("timestamp", "2026-11-24T05:00:00.000000+00:00")
                .putNull("edited_timestamp")
                .put("tts", false)
                .put("mention_everyone", content.contains("@everyone") || content.contains("@here"))
                .put("pinned", false)
                .put("type", 0)
                .put("flags", 0);
        message.set("author", author);
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        message.putArray("components");
        return message;
    }

    static ObjectNode botUser() {
        ObjectNode user = person(BOT_ID);
        user.put("username", "profile-bot")
                .put("bot", true)
                .put("verified", true)
                .put("mfa_enabled", true);
        return user;
    }

    static ObjectNode person(String id) {
        return JSON.createObjectNode()
                .put("id", id)
                .put("username", "user" + id)
                .put("discriminator", "0")
                .put("global_name", "User " + id)
                .putNull("avatar")
                .put("public_flags", 0)
                .put("flags", 0);
    }

    private static ObjectNode member(List<String> roles) {
        ObjectNode member = JSON.createObjectNode()
                .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .putNull("nick")
                .putNull("avatar")
                .putNull("premium_since")
                .putNull("communication_disabled_until");
        ArrayNode list = member.putArray("roles");
        roles.forEach(list::add);
        return member;
    }

    private static ObjectNode textChannel() {
        ObjectNode channel = JSON.createObjectNode()
                .put("id", CHANNEL_ID)
                .put("type", 0)
                .put("guild_id", GUILD_ID)
                .put("name", "general")
                .put("position", 0)
                .put("nsfw", false)
                .putNull("topic")
                .putNull("last_message_id")
                .put("rate_limit_per_user", 0)
                .putNull("parent_id")
                .put("flags", 0)
                .put("permissions", "2248473465835073");
        channel.putArray("permission_overwrites");
        return channel;
    }

    private ObjectNode ready() {
        ObjectNode ready = JSON.createObjectNode()
                .put("v", 10)
                .put("session_id", "session-1")
                .put("resume_gateway_url", "ws://127.0.0.1:" + gateway.getPort());
        ready.set("user", botUser());
        ready.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
        ready.putArray("shard").add(0).add(1);
        ready.putObject("application").put("id", APP_ID).put("flags", 0);
        ready.putArray("private_channels");
        ready.putArray("presences");
        ready.putArray("relationships");
        ready.putArray("guild_join_requests");
        ready.putArray("_trace").add("fake-discord");
        return ready;
    }

    private ObjectNode guild() {
        ObjectNode guild = JSON.createObjectNode()
                .put("id", GUILD_ID)
                .put("name", "Test Server")
                .putNull("icon")
                .putNull("splash")
                .putNull("discovery_splash")
                .putNull("banner")
                .putNull("description")
                .put("owner_id", "3000")
                .putNull("afk_channel_id")
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .putNull("system_channel_id")
                .put("system_channel_flags", 0)
                .putNull("rules_channel_id")
                .putNull("public_updates_channel_id")
                .putNull("safety_alerts_channel_id")
                .putNull("vanity_url_code")
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("preferred_locale", "en-US")
                .put("nsfw_level", 0)
                .put("premium_progress_bar_enabled", false)
                .put("max_members", 500000)
                .put("max_video_channel_users", 25)
                .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
                .put("large", false)
                .put("unavailable", false)
                .put("member_count", 3)
                .put("lazy", true);
        ObjectNode everyone = guild.putArray("roles")
                .addObject()
                .put("id", GUILD_ID)
                .put("name", "@everyone")
                .put("color", 0)
                .put("hoist", false)
                .putNull("icon")
                .putNull("unicode_emoji")
                .put("position", 0)
                .put("permissions", "2248473465835073")
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        everyone.putObject("colors")
                .put("primary_color", 0)
                .putNull("secondary_color")
                .putNull("tertiary_color");
        guild.putArray("emojis");
        guild.putArray("stickers");
        guild.putArray("features");
        guild.putArray("voice_states");
        ObjectNode self = member(List.of());
        self.set("user", botUser());
        guild.putArray("members").add(self);
        guild.putArray("channels").add(textChannel());
        guild.putArray("threads");
        guild.putArray("presences");
        guild.putArray("stage_instances");
        guild.putArray("guild_scheduled_events");
        guild.putArray("soundboard_sounds");
        return guild;
    }

    private void awaitGatewayPort() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gateway.getPort() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    // ---- Gateway ----

    /**
     * The Gateway: one bot connection at a time, JSON payloads, zlib-stream compressed.
     *
     * <p>Java-WebSocket's server can strand a frame in a connection's queue: when a send from a
     * worker thread lands while the selector thread has just drained the queue, the selector then
     * drops write interest and the frame waits until the next write. A READY stranded that way
     * never reaches the bot, which sends nothing until its next heartbeat. {@link #flusher}
     * re-arms write interest while anything is queued.
     */
    private final class Gateway extends WebSocketServer {
        private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "fake-gateway-flusher");
            thread.setDaemon(true);
            return thread;
        });
        private volatile WebSocket connection;
        private volatile java.util.zip.Deflater deflater;
        private volatile boolean compressed;
        private volatile boolean ready;
        private volatile long intents = -1;
        private volatile String lastDispatch;
        private final AtomicLong sequence = new AtomicLong();

        Gateway() {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            connection = socket;
            compressed = handshake.getResourceDescriptor().contains("compress=zlib-stream");
            deflater = new java.util.zip.Deflater();
            send(JSON.createObjectNode()
                    .put("op", 10)
                    .set("d", JSON.createObjectNode().put("heartbeat_interval", 41250))
                    .toString());
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            JsonNode payload;
            try {
                payload = JSON.readTree(text);
            } catch (IOException e) {
                socket.close(4002, "Decode error");
                return;
            }
            switch (payload.path("op").asInt()) {
                case 1 -> send("{\"op\":11}");
                case 2 -> identify(socket, payload.path("d"));
                case 6 -> dispatch("RESUMED", JSON.createObjectNode());
                default -> {
                    // presence and voice updates are not part of these tests
                }
            }
        }

        private void identify(WebSocket socket, JsonNode identify) {
            if (!token.equals(identify.path("token").asText())) {
                socket.close(4004, "Authentication failed.");
                return;
            }
            intents = identify.path("intents").asLong();
            if (refusePrivilegedIntents && (intents & PRIVILEGED_INTENTS) != 0) {
                socket.close(4014, "Disallowed intent(s).");
                return;
            }
            dispatch("READY", ready());
            dispatch("GUILD_CREATE", guild());
            ready = true;
        }

        void dispatch(String type, JsonNode data) {
            ObjectNode payload =
                    JSON.createObjectNode().put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
            payload.set("d", data);
            lastDispatch = payload.toString();
            send(lastDispatch);
        }

        void replayLast() {
            if (lastDispatch != null) {
                send(lastDispatch);
            }
        }

        private synchronized void send(String payload) {
            WebSocket socket = connection;
            if (socket == null || !socket.isOpen()) {
                return;
            }
            byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
            if (!compressed) {
                socket.send(payload);
                return;
            }
            // one deflate context per connection; each payload ends with a sync flush (00 00 ff ff)
            deflater.setInput(bytes);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length);
            socket.send(out.toByteArray());
        }

        @Override
        public void onMessage(WebSocket socket, java.nio.ByteBuffer message) {
            // the bot sends text frames
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            if (socket == connection) {
                connection = null;
                ready = false;
            }
        }

        @Override
        public void onError(WebSocket socket, Exception e) {
            // a closed connection: the bot reconnects
        }

        @Override
        public void onStart() {
            flusher.scheduleWithFixedDelay(this::flushStranded, 50, 50, TimeUnit.MILLISECONDS);
        }

        private void flushStranded() {
            WebSocket socket = connection;
            if (socket != null && socket.isOpen() && socket.hasBufferedData()) {
                onWriteDemand(socket);
            }
        }
    }
}
