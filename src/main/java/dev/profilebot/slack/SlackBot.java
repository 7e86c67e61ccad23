package dev.profilebot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.json.GsonFactory;
import dev.profilebot.answer.Answer;
import dev.profilebot.answer.AnswerService;
import dev.profilebot.answer.Question;
import dev.profilebot.chat.DeliveryDeduplicator;
import dev.profilebot.chat.MessageSplitter;
import dev.profilebot.chat.QuestionPolicy;
import dev.profilebot.chat.UserRateLimiter;
import dev.profilebot.config.SlackSettings;
import dev.profilebot.questionlog.QuestionLog;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter: Bolt for Java over a Socket Mode connection (no public endpoint). A mention is
 * answered in its thread, and later messages in that thread continue the conversation with or
 * without a mention; a direct message is answered in the DM, with memory; {@code /ask} and the
 * prefixed {@code /profile-about}, {@code /profile-contact} and {@code /profile-help} are
 * acknowledged at once and answered through their {@code response_url}. Every Socket Mode envelope
 * is acknowledged, those the bot ignores included (edits, joins, bots, its own messages), so Slack
 * never redelivers them. Nothing outside this package knows Slack's SDK.
 */
public final class SlackBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    static final String PLATFORM = "slack";
    static final String NOT_HERE = "I'm not set up to answer here.";
    static final String FAILED = "Sorry, something went wrong while answering that. Please try again in a moment.";
    static final String BUSY = "So many people are asking right now that I can't take another question."
            + " Please ask again in a minute.";
    private static final Duration THREAD_MEMORY = Duration.ofHours(6);
    private static final int WORKERS = 32;
    private static final int QUEUE = 1000;

    private final SlackSettings settings;
    private final AnswerService answers;
    private final String profileName;
    private final Slack slack;
    private final MethodsClient web;
    private final String botUserId;
    private final App app;
    private final SocketModeClient socket;
    private final QuestionPolicy policy;
    private final DeliveryDeduplicator deliveries = new DeliveryDeduplicator(Ticker.systemTicker());
    private final MessageSplitter splitter = new MessageSplitter(SlackFormat.SECTION_LIMIT);
    private final Cache<String, Boolean> threadsAnswered;
    private final ThreadPoolExecutor workers;
    /** Previews, refusals and notices: sent one after another, off the answering and acknowledging threads. */
    private final ThreadPoolExecutor previews;

    private final Gson gson;
    private final SocketModeRequestParser parser;
    private volatile boolean connected;
    private volatile Optional<QuestionLog> questionLog = Optional.empty();

    private SlackBot(
            SlackSettings settings,
            AnswerService answers,
            String profileName,
            Slack slack,
            String botUserId,
            App app,
            SocketModeClient socket,
            MeterRegistry metrics) {
        this.settings = settings;
        this.answers = answers;
        this.profileName = profileName;
        this.slack = slack;
        this.web = slack.methods(settings.botToken().orElseThrow().reveal());
        this.botUserId = botUserId;
        this.app = app;
        this.socket = socket;
        this.policy = new QuestionPolicy(
                new UserRateLimiter(settings.rateLimitPerMinute(), TimeMeter.SYSTEM_NANOTIME),
                settings.maxQuestionChars(),
                metrics);
        this.threadsAnswered = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(THREAD_MEMORY)
                .build();
        this.workers = new ThreadPoolExecutor(
                WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "slack-answer");
                    thread.setDaemon(true);
                    return thread;
                });
        this.workers.allowCoreThreadTimeOut(true);
        this.previews =
                new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "slack-send");
                    thread.setDaemon(true);
                    return thread;
                });
        this.previews.allowCoreThreadTimeOut(true);
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
        this.parser = new SocketModeRequestParser(app.config());
    }

    /**
     * Checks the bot token, opens the Socket Mode connection and starts answering.
     *
     * @throws SlackUnavailableException when Slack refuses a token or cannot be reached
     */
    public static SlackBot start(
            SlackSettings settings, AnswerService answers, String profileName, MeterRegistry metrics) {
        return start(settings, answers, profileName, metrics, Optional.empty());
    }

    /**
     * As {@link #start(SlackSettings, AnswerService, String, MeterRegistry)}, recording the messages
     * that carry answers, and 👍/👎 reactions on them, in the question log.
     */
    public static SlackBot start(
            SlackSettings settings,
            AnswerService answers,
            String profileName,
            MeterRegistry metrics,
            Optional<QuestionLog> questionLog) {
        SlackConfig config = new SlackConfig();
        // no metrics thread, and no auth.test with the app-level token before each connection
        config.setStatsEnabled(false);
        settings.apiBaseUrl()
                .map(url -> url.toString().endsWith("/") ? url + "api/" : url + "/api/")
                .ifPresent(config::setMethodsEndpointUrlPrefix);
        Slack slack = Slack.getInstance(config);
        String botToken = settings.botToken().orElseThrow().reveal();
        String botUserId;
        App app;
        SocketModeClient socket;
        try {
            botUserId = botUserId(slack, botToken, settings);
            app = new App(AppConfig.builder()
                    .singleTeamBotToken(botToken)
                    .slack(slack)
                    // the token was checked above: no auth.test again on the thread that acknowledges envelopes
                    .authTestCacheExpirationMillis(-1)
                    // edits, joins and the bot's own updates are acknowledged without a handler or a warning
                    .subtypedMessageEventsAutoAckEnabled(true)
                    // the handlers ignore bots themselves; Bolt's filter would call bots.info before the ack
                    .ignoringSelfEventsEnabled(false)
                    .build());
            socket = slack.socketMode(
                    settings.appToken().orElseThrow().reveal(), SocketModeClient.Backend.JavaWebSocket);
        } catch (SlackUnavailableException e) {
            closeQuietly(slack);
            throw e;
        } catch (IOException | IllegalStateException e) {
            closeQuietly(slack);
            // the SDK reports a refused token as IllegalStateException, an unreachable API as IOException
            throw new SlackUnavailableException("Slack refused the app-level token (SLACK_APP_TOKEN or"
                    + " SLACK_APP_TOKEN_FILE) or could not be reached: " + withoutTokens(e.getMessage())
                    + ". It needs the connections:write scope, and Socket Mode on.");
        }
        SlackBot bot = new SlackBot(settings, answers, profileName, slack, botUserId, app, socket, metrics);
        bot.questionLog = questionLog;
        bot.register();
        try {
            app.start();
            socket.addWebSocketMessageListener(bot::onSocketMessage);
            // a close may be an old session's, arriving after the new one said hello: ask the current one
            socket.addWebSocketCloseListener((code, reason) -> {
                try {
                    bot.workers.execute(bot::checkConnection);
                } catch (RejectedExecutionException stopping) {
                    bot.connected = false;
                }
            });
            socket.connect();
            socket.setAutoReconnectEnabled(true);
        } catch (Exception e) {
            bot.close();
            throw new SlackUnavailableException("Could not open the Socket Mode connection: " + e.getMessage(), e);
        }
        return bot;
    }

    /** The bot's own user id, from {@code auth.test}: mentions of it are stripped from questions. */
    private static String botUserId(Slack slack, String botToken, SlackSettings settings) {
        String where = settings.apiBaseUrl().map(url -> " at " + url).orElse("");
        try {
            AuthTestResponse test = slack.methods(botToken).authTest(r -> r);
            if (!test.isOk()) {
                throw new SlackUnavailableException(
                        "Slack refused the bot token (SLACK_BOT_TOKEN or SLACK_BOT_TOKEN_FILE): " + test.getError()
                                + ". Check it under OAuth & Permissions in the app's settings.");
            }
            return test.getUserId();
        } catch (IOException e) {
            throw new SlackUnavailableException(
                    "Cannot reach Slack's Web API" + where + " (" + e.getClass().getSimpleName() + ")");
        } catch (SlackApiException e) {
            throw new SlackUnavailableException("Slack's Web API" + where + " answered HTTP "
                    + e.getResponse().code());
        }
    }

    private static void closeQuietly(Slack slack) {
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("Closing the Slack client", e);
        }
    }

    private static String withoutTokens(String message) {
        return message == null ? "" : message.replaceAll("x(?:app|oxb)-[A-Za-z0-9-]+", "[token]");
    }

    private void checkConnection() {
        connected = socket.verifyConnection();
    }

    /** Whether the Socket Mode connection is open and Slack said hello, for readiness. */
    public boolean connected() {
        return connected;
    }

    /** Waits until Slack says hello on the connection. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!connected) {
            if (System.nanoTime() > deadline) {
                close();
                throw new SlackUnavailableException(
                        "Slack's Socket Mode connection did not open within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SlackUnavailableException("Interrupted while connecting to Slack");
            }
        }
        log.info("Connected to Slack in Socket Mode");
    }

    /**
     * Every message on the connection: hello marks it ready; an envelope runs through Bolt and is
     * acknowledged whatever Bolt made of it (Bolt acknowledges nothing it has no handler for).
     */
    private void onSocketMessage(String message) {
        JsonElement parsed;
        try {
            parsed = gson.fromJson(message, JsonElement.class);
        } catch (RuntimeException e) {
            return;
        }
        if (parsed == null || !parsed.isJsonObject()) {
            return;
        }
        JsonElement type = parsed.getAsJsonObject().get("type");
        if (type != null && "hello".equals(type.getAsString())) {
            connected = true;
            return;
        }
        SocketModeRequest request = parser.parse(message);
        if (request == null) {
            return;
        }
        Response response;
        try {
            response = app.run(request.getBoltRequest());
            if (response.getStatusCode() != 200 && response.getStatusCode() != 404) {
                log.warn(
                        "Slack {} not handled: status {}", request.getEnvelope().getType(), response.getStatusCode());
            }
        } catch (Exception e) {
            log.warn("Handling a Slack {} failed: {}", request.getEnvelope().getType(), e.toString());
            response = Response.ok();
        }
        Map<String, Object> ack = new HashMap<>();
        ack.put("envelope_id", request.getEnvelope().getEnvelopeId());
        if (response.getStatusCode() == 200
                && response.getBody() != null
                && !response.getBody().isEmpty()) {
            ack.put(
                    "payload",
                    response.getContentType() != null
                                    && response.getContentType().startsWith("application/json")
                            ? gson.fromJson(response.getBody(), JsonElement.class)
                            : Map.of("text", response.getBody()));
        }
        try {
            socket.sendSocketModeResponse(gson.toJson(ack));
        } catch (RuntimeException e) {
            log.warn("Could not acknowledge a Slack envelope: {}", e.toString());
        }
    }

    private void register() {
        app.event(AppMentionEvent.class, (req, ctx) -> {
            AppMentionEvent event = req.getEvent();
            if (event.getBotId() == null && firstDelivery(event.getChannel(), event.getTs())) {
                String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
                ask(
                        event.getUser(),
                        event.getChannel(),
                        Optional.of(thread),
                        event.getText(),
                        threadKey(event.getChannel(), thread));
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (req, ctx) -> {
            MessageEvent event = req.getEvent();
            if (event.getBotId() != null || event.getSubtype() != null || event.getUser() == null) {
                return ctx.ack();
            }
            if ("im".equals(event.getChannelType())) {
                if (firstDelivery(event.getChannel(), event.getTs())) {
                    ask(
                            event.getUser(),
                            event.getChannel(),
                            Optional.ofNullable(event.getThreadTs()),
                            event.getText(),
                            "slack:dm:" + event.getChannel());
                }
            } else if (event.getThreadTs() != null
                    && !mentionsMe(event.getText())
                    && threadsAnswered.getIfPresent(threadKey(event.getChannel(), event.getThreadTs())) != null
                    && firstDelivery(event.getChannel(), event.getTs())) {
                // a follow-up in a thread the bot answered in: no mention needed (a mention is app_mention's)
                String key = threadKey(event.getChannel(), event.getThreadTs());
                ask(event.getUser(), event.getChannel(), Optional.of(event.getThreadTs()), event.getText(), key);
            }
            return ctx.ack();
        });
        app.event(ReactionAddedEvent.class, (req, ctx) -> {
            ReactionAddedEvent event = req.getEvent();
            var item = event.getItem();
            recordVote(
                    event.getItemUser(),
                    item == null ? null : item.getChannel(),
                    item == null ? null : item.getTs(),
                    event.getReaction(),
                    event.getUser(),
                    true);
            return ctx.ack();
        });
        app.event(ReactionRemovedEvent.class, (req, ctx) -> {
            ReactionRemovedEvent event = req.getEvent();
            var item = event.getItem();
            recordVote(
                    event.getItemUser(),
                    item == null ? null : item.getChannel(),
                    item == null ? null : item.getTs(),
                    event.getReaction(),
                    event.getUser(),
                    false);
            return ctx.ack();
        });
        app.command("/ask", (req, ctx) -> command(req, ctx, req.getPayload().getText()));
        app.command(
                "/" + settings.commandPrefix() + "about",
                (req, ctx) -> command(req, ctx, "Who is " + profileName + "?"));
        app.command(
                "/" + settings.commandPrefix() + "contact",
                (req, ctx) -> command(req, ctx, "How can I contact " + profileName + "?"));
        app.command("/" + settings.commandPrefix() + "help", (req, ctx) -> ctx.ack(SlackFormat.escape(help())));
    }

    /** A 👍 or 👎 added to (or taken off) one of the bot's messages, recorded against it in the log. */
    private void recordVote(String author, String channel, String ts, String reaction, String voter, boolean added) {
        if (!botUserId.equals(author) || channel == null || ts == null) {
            return;
        }
        vote(reaction)
                .ifPresent(vote -> questionLog.ifPresent(log -> {
                    if (added) {
                        log.vote(PLATFORM, messageKey(channel, ts), voter, vote);
                    } else {
                        log.unvote(PLATFORM, messageKey(channel, ts), voter, vote);
                    }
                }));
    }

    /** Slack's names for 👍 and 👎, skin tones included ("+1::skin-tone-3"). */
    private static Optional<QuestionLog.Vote> vote(String reaction) {
        String name = reaction == null ? "" : reaction.replaceFirst("::skin-tone-\\d$", "");
        return switch (name) {
            case "+1", "thumbsup" -> Optional.of(QuestionLog.Vote.UP);
            case "-1", "thumbsdown" -> Optional.of(QuestionLog.Vote.DOWN);
            default -> Optional.empty();
        };
    }

    /** A message seen for the first time: the same message comes as app_mention and as message. */
    private boolean firstDelivery(String channel, String ts) {
        return deliveries.firstDelivery("slack:" + channel + ":" + ts);
    }

    /** A message's id in the question log: its channel and timestamp. */
    static String messageKey(String channel, String ts) {
        return channel + ":" + ts;
    }

    private static String threadKey(String channel, String threadTs) {
        return "slack:thread:" + channel + ":" + threadTs;
    }

    private boolean mentionsMe(String text) {
        return text != null && botUserId != null && text.contains("<@" + botUserId + ">");
    }

    String help() {
        String prefix = "/" + settings.commandPrefix();
        String offer = dev.profilebot.answer.SuggestedQuestions.offer(answers.suggestedQuestions());
        return "I answer questions about " + profileName + "'s professional profile, from " + profileName
                + "'s own documents, and say where each answer comes from.\n"
                + "• Mention me with a question; I answer in a thread, and you can follow up there without mentioning me.\n"
                + "• `/ask` a question; `" + prefix + "about` and `" + prefix + "contact` for the short versions.\n"
                + "• Direct messages work too."
                + (offer.isEmpty() ? "" : "\n" + offer);
    }

    /** A mention, DM or thread follow-up: refused with a reason, or answered on a worker. */
    private void ask(String user, String channel, Optional<String> thread, String text, String conversation) {
        String question = withoutMentions(text == null ? "" : text);
        Question asked = Question.in(conversation, question).by(Question.Asker.on(PLATFORM, user));
        SlackReply reply = new SlackReply(
                web,
                channel,
                thread,
                splitter,
                System::nanoTime,
                previews,
                ts -> questionLog.ifPresent(log -> log.answerSent(asked.id(), PLATFORM, messageKey(channel, ts))));
        Optional<String> refusal = refusal(user, channel, question);
        if (refusal.isPresent()) {
            replyLater(() -> reply.notice(refusal.get()));
            return;
        }
        thread.ifPresent(ts -> threadsAnswered.put(threadKey(channel, ts), Boolean.TRUE));
        try {
            workers.execute(() -> {
                try {
                    Answer answer = answers.answer(asked, Optional.of(reply::append));
                    reply.finish(answer);
                } catch (RuntimeException e) {
                    log.error("Could not answer in Slack conversation {}: {}", conversation, e.toString());
                    safely(() -> reply.failed(FAILED));
                }
            });
        } catch (RejectedExecutionException e) {
            replyLater(() -> reply.notice(BUSY));
        }
    }

    /** A short reply sent off the thread that acknowledges envelopes. */
    private void replyLater(Runnable send) {
        try {
            previews.execute(() -> safely(send));
        } catch (RejectedExecutionException e) {
            log.warn("Could not reply in Slack: the bot is stopping or overloaded");
        }
    }

    /** {@code /ask} and its kind: acknowledged at once, answered through the response URL. */
    private Response command(SlashCommandRequest req, SlashCommandContext ctx, String asked) {
        var payload = req.getPayload();
        String question = asked == null ? "" : unescape(asked).strip();
        Optional<String> refusal = question.isBlank()
                ? Optional.of("Ask a question after the command, such as `/ask Where does " + profileName + " work?`")
                : refusal(payload.getUserId(), payload.getChannelId(), question);
        if (refusal.isPresent()) {
            return ctx.ack(SlackFormat.escape(refusal.get())); // ephemeral: only the asker sees it
        }
        String conversation = "slack:slash:" + payload.getChannelId() + ":" + payload.getUserId();
        String responseUrl = payload.getResponseUrl();
        try {
            workers.execute(() -> {
                try {
                    Answer answer = answers.answer(
                            Question.in(conversation, question).by(Question.Asker.on(PLATFORM, payload.getUserId())));
                    respond(responseUrl, SlackFormat.escape(answer.text()), SlackFormat.sources(answer), true);
                } catch (RuntimeException e) {
                    log.error("Could not answer a Slack command: {}", e.toString());
                    respond(responseUrl, SlackFormat.escape(FAILED), "", false);
                }
            });
        } catch (RejectedExecutionException e) {
            return ctx.ack(BUSY);
        }
        return ctx.ack();
    }

    /**
     * Posts through a command's response URL, each part of a long answer as one message, with
     * links not unfurled (the SDK's response type has no field for it, so the JSON is written here).
     */
    private void respond(String responseUrl, String text, String sources, boolean inChannel) {
        List<String> parts = splitter.split(text);
        for (int i = 0; i < parts.size(); i++) {
            String under = i == parts.size() - 1 ? sources : "";
            Map<String, Object> message = new HashMap<>();
            message.put("response_type", inChannel ? "in_channel" : "ephemeral");
            message.put("text", SlackFormat.fallbackText(parts.get(i), under));
            message.put("unfurl_links", false);
            message.put("unfurl_media", false);
            message.put("blocks", gson.toJsonTree(SlackFormat.blocks(parts.get(i), under)));
            try {
                var response = slack.send(responseUrl, gson.toJson(message));
                if (response.getCode() != 200) {
                    log.warn("The response URL refused an answer: HTTP {}", response.getCode());
                    return;
                }
            } catch (IOException e) {
                log.warn(
                        "Could not answer through the response URL ({})",
                        e.getClass().getSimpleName());
                return;
            }
        }
    }

    private Optional<String> refusal(String user, String channel, String question) {
        // as in Discord, the channel list is about channels: a DM (D…) is answered wherever the asker may ask
        boolean direct = channel != null && channel.startsWith("D");
        if ((!direct
                        && !settings.allowedChannels().isEmpty()
                        && !settings.allowedChannels().contains(channel))
                || (!settings.allowedUsers().isEmpty()
                        && !settings.allowedUsers().contains(user))) {
            return Optional.of(NOT_HERE);
        }
        return policy.refusal(PLATFORM + ":" + user, question);
    }

    private String withoutMentions(String text) {
        String stripped =
                botUserId == null ? text : text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ");
        return unescape(stripped).strip().replaceAll("\\h{2,}", " ");
    }

    /** Slack sends {@code &}, {@code <} and {@code >} escaped; a question is plain text. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static void safely(Runnable send) {
        try {
            send.run();
        } catch (RuntimeException e) {
            log.warn("Could not send a Slack reply: {}", e.toString());
        }
    }

    /** Stops answering and closes the connection. */
    @Override
    public void close() {
        connected = false;
        try {
            socket.setAutoReconnectEnabled(false);
            socket.disconnect();
        } catch (Exception e) {
            log.debug("Closing the Socket Mode connection", e);
        }
        try {
            socket.close();
        } catch (Exception e) {
            log.debug("Closing the Socket Mode client", e);
        }
        try {
            app.stop();
        } catch (Exception e) {
            log.debug("Stopping the Bolt app", e);
        }
        workers.shutdown();
        previews.shutdown();
        try {
            // within the container's stop budget, beside Discord's
            workers.awaitTermination(2, TimeUnit.SECONDS);
            previews.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("Closing the Slack client", e);
        }
    }
}
