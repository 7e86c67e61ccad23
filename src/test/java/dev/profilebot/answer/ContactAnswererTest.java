package dev.profilebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.ContactCard;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactAnswererTest {

    private static final ReplyTemplates TEMPLATES = ReplyTemplates.load(Path.of("prompts"));

    private final ContactCard card = new ContactCard(
            "Ada Lovelace",
            List.of("ada@example.org"),
            links("GitHub", "https://github.com/ada", "Blog", "https://ada.example.org"),
            Optional.of("London, UK"),
            Optional.of("UTC+0"),
            List.of("cv.md"));
    private final ContactAnswerer answerer = new ContactAnswerer(card, TEMPLATES);

    @Test
    void should_answer_public_details_from_the_card_with_its_source() {
        Answer email = answerer.answer(Intent.EMAIL, "What is her email?").orElseThrow();

        assertThat(email.text()).isEqualTo("Ada Lovelace's email address is ada@example.org.");
        assertThat(email.outcome()).isEqualTo(Answer.Outcome.CONTACT);
        assertThat(email.sources()).extracting(Source::file).containsExactly("cv.md");
        assertThat(answerer.answer(Intent.PROFILE_LINK, "What's her GitHub?")
                        .orElseThrow()
                        .text())
                .isEqualTo("Ada Lovelace's GitHub: https://github.com/ada");
        assertThat(answerer.answer(Intent.LOCATION, "Where is she based?")
                        .orElseThrow()
                        .text())
                .contains("London, UK");
    }

    @Test
    void should_end_the_place_with_one_full_stop_when_it_ends_with_an_abbreviation() {
        ContactCard mexican = new ContactCard(
                "Ana Ríos", List.of(), Map.of(), Optional.of("Monterrey, N.L."), Optional.empty(), List.of("cv.pdf"));

        Answer answer = new ContactAnswerer(mexican, TEMPLATES)
                .answer(Intent.LOCATION, "Where is she based?")
                .orElseThrow();

        assertThat(answer.text()).isEqualTo("Ana Ríos is based in Monterrey, N.L.");
    }

    @Test
    void should_say_when_the_profile_lists_no_such_site() {
        Answer answer =
                answerer.answer(Intent.PROFILE_LINK, "What's her LinkedIn?").orElseThrow();

        assertThat(answer.text())
                .startsWith("The profile doesn't list LinkedIn for Ada Lovelace.")
                .contains("ada@example.org");
    }

    @Test
    void should_refuse_private_details_and_point_to_email() {
        Answer phone = answerer.answer(Intent.PHONE, "What's her phone number?").orElseThrow();
        Answer street = answerer.answer(Intent.STREET_ADDRESS, "Which street?").orElseThrow();

        assertThat(phone.text()).contains("can't share Ada's phone number").contains("email: ada@example.org");
        assertThat(answerer.answer(Intent.ID_NUMBER, "I need her passport number")
                        .orElseThrow())
                .satisfies(id -> assertThat(id.text()).contains("can't share Ada's identity and licence numbers"))
                .satisfies(id -> assertThat(id.outcome()).isEqualTo(Answer.Outcome.PRIVATE_DETAIL_WITHHELD));
        assertThat(phone.outcome()).isEqualTo(Answer.Outcome.PRIVATE_DETAIL_WITHHELD);
        assertThat(street.text()).contains("street address").contains("based in London, UK");
    }

    @Test
    void should_point_to_a_link_when_there_is_no_email() {
        ContactCard noEmail = new ContactCard(
                "Ada Lovelace",
                List.of(),
                links("GitHub", "https://github.com/ada"),
                Optional.empty(),
                Optional.empty(),
                List.of());

        Answer phone = new ContactAnswerer(noEmail, TEMPLATES)
                .answer(Intent.PHONE, "Phone?")
                .orElseThrow();

        assertThat(phone.text()).contains("GitHub: https://github.com/ada");
    }

    @Test
    void should_leave_to_retrieval_what_the_card_does_not_know() {
        ContactCard empty = new ContactCard("Ada", List.of(), Map.of(), Optional.empty(), Optional.empty(), List.of());
        ContactAnswerer blank = new ContactAnswerer(empty, TEMPLATES);

        assertThat(blank.answer(Intent.EMAIL, "Email?")).isEmpty();
        assertThat(blank.answer(Intent.LOCATION, "Where?")).isEmpty();
        assertThat(blank.answer(Intent.ABOUT_THE_PROFILE, "What did she do?")).isEmpty();
    }

    private static Map<String, String> links(String... pairs) {
        Map<String, String> links = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            links.put(pairs[i], pairs[i + 1]);
        }
        return links;
    }
}
