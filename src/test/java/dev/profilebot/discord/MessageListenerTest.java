package dev.profilebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.JdaMocks;
import dev.profilebot.testing.JdaMocks.Sent;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import org.junit.jupiter.api.Test;

class MessageListenerTest {

    private static final String MENTION = "<@" + JdaMocks.SELF_ID + "> ";

    private final JdaMocks discord = new JdaMocks();
    private final InFlight inFlight = new InFlight(1, 100);

    @Test
    void should_reply_with_sources_when_mentioned_and_allow_no_mentions() {
        listener(Map.of())
                .onMessageReceived(
                        discord.message(MENTION + "Where did he go to university?", true, ChannelType.TEXT, 1));
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent()).hasSize(1);
        Sent reply = discord.sent().get(0);
        assertThat(reply.kind()).isEqualTo("reply");
        assertThat(reply.text()).contains("University of Durham").contains("\n-# Sources: resume.md › Education");
        assertThat(reply.allowedMentions()).isEmpty();
    }

    @Test
    void should_ignore_messages_that_do_not_mention_it() {
        listener(Map.of())
                .onMessageReceived(discord.message("Where did he go to university?", false, ChannelType.TEXT, 1));
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent()).isEmpty();
    }

    @Test
    void should_ignore_bots_webhooks_and_system_messages() {
        MessageListener listener = listener(Map.of());
        User bot = discord.author(2, true);
        User person = discord.author(3, false);

        listener.onMessageReceived(
                discord.message(MENTION + "hi", true, ChannelType.TEXT, bot, MessageType.DEFAULT, false, List.of()));
        listener.onMessageReceived(
                discord.message(MENTION + "hi", true, ChannelType.TEXT, person, MessageType.DEFAULT, true, List.of()));
        listener.onMessageReceived(discord.message(
                MENTION + "hi", true, ChannelType.TEXT, person, MessageType.GUILD_MEMBER_JOIN, false, List.of()));
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent()).isEmpty();
    }

    @Test
    void should_answer_any_direct_message_unless_they_are_turned_off() {
        listener(Map.of()).onMessageReceived(discord.message("What is Colorama?", false, ChannelType.PRIVATE, 1));
        ListenerTestSupport.finish(inFlight);
        assertThat(discord.sent())
                .singleElement()
                .satisfies(s -> assertThat(s.text()).contains("Colorama"));

        JdaMocks other = new JdaMocks();
        InFlight pool = new InFlight(1, 100);
        new MessageListener(ListenerTestSupport.context(Map.of("DISCORD_ALLOW_DMS", "false"), pool))
                .onMessageReceived(other.message("What is Colorama?", false, ChannelType.PRIVATE, 1));
        ListenerTestSupport.finish(pool);
        assertThat(other.sent()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(DiscordContext.NO_DMS);
            assertThat(s.allowedMentions()).isEmpty();
        });
    }

    @Test
    void should_tell_a_person_over_the_rate_to_wait() {
        MessageListener listener = listener(Map.of("DISCORD_RATE_LIMIT_PER_MINUTE", "2"));

        for (int i = 0; i < 3; i++) {
            listener.onMessageReceived(discord.message(MENTION + "What is Colorama?", true, ChannelType.TEXT, 7));
        }
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent()).hasSize(3);
        assertThat(discord.sent())
                .filteredOn(s -> s.text().startsWith("You're asking faster than I can keep up with."))
                .singleElement()
                .satisfies(s -> assertThat(s.text()).matches(".*try again in \\d+ seconds?\\."));
    }

    @Test
    void should_refuse_a_question_that_is_too_long_politely() {
        listener(Map.of("DISCORD_MAX_QUESTION_CHARS", "20"))
                .onMessageReceived(discord.message(
                        MENTION + "What did he do at every one of his jobs?", true, ChannelType.TEXT, 1));
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent())
                .singleElement()
                .satisfies(s -> assertThat(s.text()).contains("please keep it under 20"));
    }

    @Test
    void should_answer_a_message_delivered_twice_once() {
        MessageListener listener = listener(Map.of());
        var event = discord.message(MENTION + "What is Colorama?", true, ChannelType.TEXT, 1);

        listener.onMessageReceived(event);
        listener.onMessageReceived(event);
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent()).hasSize(1);
    }

    @Test
    void should_say_so_outside_the_allowed_channels_and_roles() {
        MessageListener listener = listener(Map.of("DISCORD_ALLOWED_ROLES", "77"));

        listener.onMessageReceived(discord.message(
                MENTION + "What is Colorama?",
                true,
                ChannelType.TEXT,
                discord.author(1, false),
                MessageType.DEFAULT,
                false,
                List.of(55L)));
        listener.onMessageReceived(discord.message(
                MENTION + "What is Colorama?",
                true,
                ChannelType.TEXT,
                discord.author(2, false),
                MessageType.DEFAULT,
                false,
                List.of(77L)));
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent()).extracting(Sent::text).anyMatch(t -> t.equals(DiscordContext.NOT_HERE));
        assertThat(discord.sent()).extracting(Sent::text).anyMatch(t -> t.contains("Colorama"));
    }

    @Test
    void should_not_let_a_question_ping_everyone() {
        listener(Map.of())
                .onMessageReceived(discord.message(MENTION + "@everyone what is Colorama?", true, ChannelType.TEXT, 1));
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent())
                .allSatisfy(s -> assertThat(s.allowedMentions()).isEmpty());
    }

    @Test
    void should_strip_its_own_mention_from_the_question() {
        User self = new JdaMocks().author(JdaMocks.SELF_ID, true);

        assertThat(MessageListener.withoutMentionOf(self, "<@1000> what is   Colorama? <@!1000>"))
                .isEqualTo("what is Colorama?");
    }

    private MessageListener listener(Map<String, String> variables) {
        return new MessageListener(ListenerTestSupport.context(variables, inFlight));
    }
}
