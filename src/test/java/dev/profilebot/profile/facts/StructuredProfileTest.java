package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructuredProfileTest {

    private static final FactSource SOURCE = new FactSource("resume.pdf", List.of("Teaching Experience"));

    private static Role since(String organization, String title, int year) {
        return new Role(
                organization,
                title,
                Optional.empty(),
                new DateRange(new ProfileDate(year, Optional.empty()), Optional.empty(), true),
                false,
                SOURCE);
    }

    @Test
    void should_give_the_current_job_at_an_employer_before_a_later_title_read_with_none() {
        // "7th Grade Math PLC Team Lead since 2021" among the bullets of the teaching job
        StructuredProfile profile = new StructuredProfile(
                new Identity(Optional.of("Rachel Dunleavy"), Pronouns.SHE, true, Optional.empty(), Optional.empty()),
                List.of(
                        since("", "7th Grade Math PLC Team Lead", 2021),
                        since("Hawthorne Ridge Middle School", "7th & 8th Grade Mathematics Teacher", 2019)),
                List.of(),
                List.of(),
                List.of());

        assertThat(profile.currentRoles())
                .extracting(Role::title)
                .containsExactly("7th & 8th Grade Mathematics Teacher", "7th Grade Math PLC Team Lead");
    }
}
