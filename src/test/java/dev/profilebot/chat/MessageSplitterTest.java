package dev.profilebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private static final int LIMIT = 2000;
    private final MessageSplitter splitter = new MessageSplitter(LIMIT);

    @Test
    void should_keep_a_short_answer_whole() {
        assertThat(splitter.split("Short answer.")).containsExactly("Short answer.");
    }

    @Test
    void should_cut_at_a_paragraph_break_first() {
        String first = "a".repeat(1500) + ".\n\n";
        String second = "b".repeat(900) + ".";

        assertThat(splitter.split(first + second)).containsExactly(first, second);
    }

    @Test
    void should_cut_at_a_sentence_end_when_there_is_no_paragraph_break() {
        String sentence = "This sentence is here to fill a message up. ";
        String text = sentence.repeat(60);

        List<String> parts = splitter.split(text);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).endsWith("message up. ");
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void should_close_and_reopen_a_code_fence_across_parts() {
        String code = "```java\n" + "int x = 1;\n".repeat(300) + "```\nDone.";

        List<String> parts = splitter.split(code);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts.get(0)).startsWith("```java\n").endsWith("\n```");
        assertThat(parts.get(1)).startsWith("```java\n");
        assertThat(parts)
                .allSatisfy(
                        p -> assertThat(MessageSplitter.openFenceLanguage(p)).isNull());
    }

    @Property(tries = 300)
    void should_give_parts_within_the_limit_that_join_back_into_the_text(@ForAll("answers") String text) {
        List<String> parts = splitter.split(text);

        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(LIMIT));
        assertThat(parts)
                .allSatisfy(
                        p -> assertThat(MessageSplitter.openFenceLanguage(p)).isNull());
        assertThat(unsplit(parts)).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> answers() {
        Arbitrary<String> word =
                Arbitraries.strings().withChars("abcdefghij").ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> longWord =
                Arbitraries.strings().withChars("xyz").ofMinLength(1900).ofMaxLength(4500);
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", ". ", "\n", "\n\n");
        Arbitrary<String> plain = word.list().ofMinSize(1).ofMaxSize(40).map(words -> String.join(" ", words));
        Arbitrary<String> fenced = Arbitraries.of("", "java", "sh")
                .flatMap(lang -> plain.map(body -> "```" + lang + "\n" + body.replace(' ', '\n') + "\n```"));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, plain),
                net.jqwik.api.Tuple.of(2, fenced),
                net.jqwik.api.Tuple.of(1, longWord));
        return piece.list()
                .ofMinSize(1)
                .ofMaxSize(200)
                .flatMap(pieces -> separator.list().ofSize(pieces.size()).map(seps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) {
                        text.append(pieces.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                }));
    }

    /** The parts joined, without the fences the splitter added to close and reopen a code block. */
    private static String unsplit(List<String> parts) {
        List<String> cleaned = new ArrayList<>(parts);
        for (int i = 0; i + 1 < parts.size(); i++) {
            String part = parts.get(i);
            // a fence left open by the part without its last line is one the splitter closed
            String withoutClose = part.endsWith("\n```") ? part.substring(0, part.length() - 4) : null;
            String language = withoutClose == null ? null : MessageSplitter.openFenceLanguage(withoutClose);
            String reopen = "```" + language + "\n";
            if (language != null && parts.get(i + 1).startsWith(reopen)) {
                cleaned.set(i, cleaned.get(i).substring(0, cleaned.get(i).length() - 4));
                cleaned.set(i + 1, cleaned.get(i + 1).substring(reopen.length()));
            }
        }
        return String.join("", cleaned);
    }
}
