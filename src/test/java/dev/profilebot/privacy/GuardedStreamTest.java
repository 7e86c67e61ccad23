package dev.profilebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GuardedStreamTest {

    private final PrivacyGuard guard = new PrivacyGuard(new PrivateDetailRedactor(Set.of()), List.of(), Set.of());
    private final List<String> out = new ArrayList<>();
    private final GuardedStream stream = new GuardedStream(guard, out::add);

    @Test
    void should_pass_text_on_a_sentence_at_a_time() {
        stream.accept("He works ");
        stream.accept("at Lambda. He ");
        assertThat(out).containsExactly("He works at Lambda. ");

        stream.accept("builds agents.");
        stream.finish();
        assertThat(out).containsExactly("He works at Lambda. ", "He builds agents.");
        assertThat(stream.emitted()).isTrue();
    }

    @Property
    void should_never_pass_on_a_phone_number_however_the_stream_is_cut(@ForAll @IntRange(min = 1, max = 12) int size) {
        String answer = "Sure. Call him on +1 507 513 1101 any time. Or email him.";
        List<String> shown = new ArrayList<>();
        GuardedStream guarded = new GuardedStream(guard, shown::add);

        for (int i = 0; i < answer.length(); i += size) {
            guarded.accept(answer.substring(i, Math.min(answer.length(), i + size)));
        }
        guarded.finish();

        assertThat(String.join("", shown)).doesNotContain("513", "1101").contains("Or email him.");
    }
}
