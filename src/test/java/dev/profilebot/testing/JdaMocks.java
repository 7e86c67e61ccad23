package dev.profilebot.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.MessageEditAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import org.mockito.stubbing.Answer;

/**
 * Every Mockito mock of JDA's types the unit tests use, in one place. Each mocked Discord records
 * what the bot sent — text, allowed mentions, whether ephemeral — as {@link Sent} entries.
 */
public final class JdaMocks {

    public static final long SELF_ID = 1000;
    public static final long GUILD_ID = 10;
    public static final long CHANNEL_ID = 20;

    /** Something the bot sent or edited. */
    public record Sent(String kind, String text, Collection<Message.MentionType> allowedMentions, boolean ephemeral) {}

    private final List<Sent> sent = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(5000);
    private final JDA jda = mock(JDA.class);
    private final SelfUser self = mock(SelfUser.class);
    private final MessageChannelUnion channel = mock(MessageChannelUnion.class);
    private final Guild guild = mock(Guild.class);

    public JdaMocks() {
        when(self.getIdLong()).thenReturn(SELF_ID);
        when(self.getId()).thenReturn(String.valueOf(SELF_ID));
        when(jda.getSelfUser()).thenReturn(self);
        when(channel.getIdLong()).thenReturn(CHANNEL_ID);
        when(channel.getId()).thenReturn(String.valueOf(CHANNEL_ID));
        @SuppressWarnings("unchecked")
        RestAction<Void> typing = mock(RestAction.class);
        when(channel.sendTyping()).thenReturn(typing);
        when(channel.sendMessage(any(CharSequence.class)))
                .thenAnswer(call -> createAction("message", call.getArgument(0)));
        when(guild.getIdLong()).thenReturn(GUILD_ID);
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** A message from a person, in a server channel or a DM, mentioning the bot or not. */
    public MessageReceivedEvent message(String content, boolean mentionsBot, ChannelType type, long authorId) {
        return message(content, mentionsBot, type, author(authorId, false), MessageType.DEFAULT, false, List.of());
    }

    public MessageReceivedEvent message(
            String content,
            boolean mentionsBot,
            ChannelType type,
            User author,
            MessageType messageType,
            boolean webhook,
            List<Long> roleIds) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        Message message = mock(Message.class);
        Mentions mentions = mock(Mentions.class);
        long id = ids.incrementAndGet();
        when(message.getId()).thenReturn(String.valueOf(id));
        when(message.getIdLong()).thenReturn(id);
        when(message.getContentRaw()).thenReturn(content);
        when(message.getType()).thenReturn(messageType);
        when(message.getMentions()).thenReturn(mentions);
        when(mentions.isMentioned(eq(self), any(Message.MentionType[].class))).thenReturn(mentionsBot);
        when(message.getChannel()).thenReturn(channel);
        when(message.reply(any(CharSequence.class))).thenAnswer(call -> createAction("reply", call.getArgument(0)));
        when(event.getMessage()).thenReturn(message);
        when(event.getAuthor()).thenReturn(author);
        when(event.isWebhookMessage()).thenReturn(webhook);
        when(event.getJDA()).thenReturn(jda);
        when(event.getChannelType()).thenReturn(type);
        when(event.getChannel()).thenReturn(channel);
        if (type != ChannelType.PRIVATE) {
            Member member = mock(Member.class);
            List<Role> roles = new ArrayList<>();
            for (long roleId : roleIds) {
                Role role = mock(Role.class);
                when(role.getIdLong()).thenReturn(roleId);
                roles.add(role);
            }
            when(member.getRoles()).thenReturn(roles);
            when(event.getMember()).thenReturn(member);
            when(event.getGuild()).thenReturn(guild);
        }
        return event;
    }

    public User author(long id, boolean bot) {
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(id);
        when(user.getId()).thenReturn(String.valueOf(id));
        when(user.isBot()).thenReturn(bot);
        return user;
    }

    /** A slash command from a person in a server channel. */
    public SlashCommandInteractionEvent slash(String name, String question, long userId) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        when(event.getId()).thenReturn(String.valueOf(ids.incrementAndGet()));
        when(event.getName()).thenReturn(name);
        if (question != null) {
            OptionMapping option = mock(OptionMapping.class);
            when(option.getAsString()).thenReturn(question);
            when(event.getOption("question")).thenReturn(option);
        }
        User user = author(userId, false);
        when(event.getUser()).thenReturn(user);
        when(event.getChannelType()).thenReturn(ChannelType.TEXT);
        when(event.getChannelIdLong()).thenReturn(CHANNEL_ID);
        when(event.getGuild()).thenReturn(guild);
        when(event.getMember()).thenReturn(mock(Member.class));
        when(event.reply(anyString())).thenAnswer(call -> replyAction(call.getArgument(0)));
        when(event.deferReply()).thenAnswer(call -> replyAction(null));
        InteractionHook hook = mock(InteractionHook.class);
        when(hook.editOriginal(anyString())).thenAnswer(call -> webhookEdit(call.getArgument(0)));
        when(hook.sendMessage(anyString())).thenAnswer(call -> webhookCreate(call.getArgument(0)));
        when(event.getHook()).thenReturn(hook);
        return event;
    }

    private MessageCreateAction createAction(String kind, CharSequence text) {
        Recorder recorder = new Recorder(kind, text.toString());
        MessageCreateAction action = mock(MessageCreateAction.class, recorder.selfUnlessRecorded());
        when(action.complete()).thenAnswer(call -> recorder.record(newMessage()));
        org.mockito.Mockito.doAnswer(call -> {
                    recorder.record(null);
                    return null;
                })
                .when(action)
                .queue(any(), any());
        return action;
    }

    private Message newMessage() {
        Message message = mock(Message.class);
        long id = ids.incrementAndGet();
        when(message.getIdLong()).thenReturn(id);
        when(message.getId()).thenReturn(String.valueOf(id));
        when(message.editMessage(any(CharSequence.class))).thenAnswer(call -> {
            Recorder recorder = new Recorder("edit", call.getArgument(0).toString());
            MessageEditAction edit = mock(MessageEditAction.class, recorder.selfUnlessRecorded());
            when(edit.complete()).thenAnswer(done -> recorder.record(message));
            return edit;
        });
        return message;
    }

    private ReplyCallbackAction replyAction(String text) {
        Recorder recorder = new Recorder(text == null ? "defer" : "interaction-reply", text == null ? "" : text);
        ReplyCallbackAction action = mock(ReplyCallbackAction.class, recorder.selfUnlessRecorded());
        org.mockito.Mockito.doAnswer(call -> {
                    recorder.record(null);
                    return null;
                })
                .when(action)
                .queue(any(), any());
        return action;
    }

    @SuppressWarnings("unchecked")
    private WebhookMessageEditAction<Message> webhookEdit(String text) {
        Recorder recorder = new Recorder("edit-original", text);
        WebhookMessageEditAction<Message> action = mock(WebhookMessageEditAction.class, recorder.selfUnlessRecorded());
        when(action.complete()).thenAnswer(call -> recorder.record(newMessage()));
        return action;
    }

    @SuppressWarnings("unchecked")
    private WebhookMessageCreateAction<Message> webhookCreate(String text) {
        Recorder recorder = new Recorder("follow-up", text);
        WebhookMessageCreateAction<Message> action =
                mock(WebhookMessageCreateAction.class, recorder.selfUnlessRecorded());
        when(action.complete()).thenAnswer(call -> recorder.record(newMessage()));
        return action;
    }

    /** Collects the settings made on one request, and records it when it is sent. */
    private final class Recorder {
        private final String kind;
        private final String text;
        private Collection<Message.MentionType> allowedMentions;
        private boolean ephemeral;

        Recorder(String kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        /** Chained setters return the request; the interesting ones are noted first. */
        @SuppressWarnings("unchecked")
        Answer<Object> selfUnlessRecorded() {
            return call -> {
                switch (call.getMethod().getName()) {
                    case "setAllowedMentions" ->
                        allowedMentions = List.copyOf((Collection<Message.MentionType>) call.getArgument(0));
                    case "setEphemeral" -> ephemeral = call.getArgument(0);
                    default -> {
                        // other settings are not inspected
                    }
                }
                return RETURNS_SELF.answer(call);
            };
        }

        <T> T record(T result) {
            sent.add(new Sent(kind, text, allowedMentions, ephemeral));
            return result;
        }
    }
}
