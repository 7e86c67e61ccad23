package dev.profilebot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.testing.JdaMocks;
import dev.profilebot.testing.JdaMocks.Sent;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class SlashCommandListenerTest {

    private final JdaMocks discord = new JdaMocks();
    private final InFlight inFlight = new InFlight(1, 100);

    @Test
    void should_acknowledge_ask_at_once_then_edit_in_the_answer_without_mentions() {
        listener(Map.of()).onSlashCommandInteraction(discord.slash("ask", "Where did he go to university?", 1));
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent()).extracting(Sent::kind).containsExactly("defer", "edit-original");
        Sent answer = discord.sent().get(1);
        assertThat(answer.text()).contains("University of Durham");
        assertThat(answer.allowedMentions()).isEmpty();
    }

    @Test
    void should_answer_the_fixed_commands_from_the_profile() {
        SlashCommandListener listener = listener(Map.of());

        listener.onSlashCommandInteraction(discord.slash("contact", null, 1));
        listener.onSlashCommandInteraction(discord.slash("about", null, 2));
        listener.onSlashCommandInteraction(discord.slash("help", null, 3));
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent())
                .extracting(Sent::text)
                .anyMatch(t -> t.contains("tartley@tartley.com"))
                .anyMatch(t -> t.startsWith("Jonathan Hartley currently works at Lambda")
                        && t.contains("I'm an experienced software developer"))
                .anyMatch(t -> t.startsWith("I answer questions about Jonathan Hartley's professional profile"));
    }

    @Test
    void should_refuse_over_the_rate_with_an_ephemeral_reply() {
        SlashCommandListener listener = listener(Map.of("DISCORD_RATE_LIMIT_PER_MINUTE", "1"));

        listener.onSlashCommandInteraction(discord.slash("ask", "What is Colorama?", 9));
        listener.onSlashCommandInteraction(discord.slash("ask", "What is Colorama?", 9));
        ListenerTestSupport.finish(inFlight);

        assertThat(discord.sent()).filteredOn(Sent::ephemeral).singleElement().satisfies(s -> {
            assertThat(s.text()).startsWith("You're asking faster");
            assertThat(s.allowedMentions()).isEmpty();
        });
    }

    @Test
    void should_define_ask_with_a_required_question_of_limited_length() {
        SlashCommandData ask = (SlashCommandData)
                SlashCommands.definitions("Jonathan Hartley", 1000).get(0);

        assertThat(ask.getName()).isEqualTo("ask");
        assertThat(ask.getOptions()).singleElement().satisfies(option -> {
            assertThat(option.getName()).isEqualTo("question");
            assertThat(option.isRequired()).isTrue();
            assertThat(option.getMaxLength()).isEqualTo(1000);
        });
        assertThat(SlashCommands.definitions("Jonathan Hartley", 1000))
                .extracting(c -> c.getName())
                .containsExactly("ask", "about", "skills", "contact", "match", "help");
    }

    private SlashCommandListener listener(Map<String, String> variables) {
        return new SlashCommandListener(ListenerTestSupport.context(variables, inFlight));
    }
}
