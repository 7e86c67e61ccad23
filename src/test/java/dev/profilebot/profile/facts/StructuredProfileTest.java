package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructuredProfileTest {

    private static final FactSource SOURCE = new FactSource("resume.pdf", List.of("Teaching Experience"));

    private static Role since(String organization, String title, int year) {
        return since(organization, title, year, SOURCE);
    }

    private static Role since(String organization, String title, int year, FactSource source) {
        return new Role(
                organization,
                title,
                Optional.empty(),
                new DateRange(new ProfileDate(year, Optional.empty()), Optional.empty(), true),
                false,
                source);
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

    @Test
    void should_give_the_appointment_before_a_committee_chaired_and_a_post_in_the_leadership_positions_beside_it() {
        // an American academic CV: "Chair, Telemetry Stewardship Committee, UPMC Presbyterian" and "Medical Director,
        // Hospital Medicine Teaching Service, UPMC Presbyterian" under "Major Administrative Leadership Positions"
        FactSource leadership = new FactSource("cv.pdf", List.of("MAJOR ADMINISTRATIVE LEADERSHIP POSITIONS"));
        FactSource faculty = new FactSource("cv.pdf", List.of("FACULTY ACADEMIC APPOINTMENTS"));
        Role chair = since("Telemetry Stewardship Committee", "Chair", 2022);
        Role director = since("Hospital Medicine Teaching Service", "Medical Director", 2020, leadership);
        Role professor =
                since("University of Pittsburgh School of Medicine", "Assistant Professor of Medicine", 2018, faculty);
        StructuredProfile profile = new StructuredProfile(
                new Identity(Optional.of("Lauren Okonkwo"), Pronouns.SHE, true, Optional.empty(), Optional.empty()),
                List.of(professor, director, chair),
                List.of(),
                List.of(),
                List.of());

        assertThat(profile.currentRoles())
                .extracting(Role::title)
                .containsExactly("Assistant Professor of Medicine", "Chair", "Medical Director");
    }

    @Test
    void should_give_the_main_job_before_a_later_side_job_of_a_fifth_of_the_time() {
        // a Flemish CV: "Projectcoördinator zorginnovatie (80%)" since 2019, then "Praktijklector verpleegkunde
        // (bijberoep, 20%)" since 2021
        StructuredProfile profile = new StructuredProfile(
                new Identity(Optional.of("Annelies Claeys"), Pronouns.SHE, true, Optional.empty(), Optional.empty()),
                List.of(
                        since("Woonzorggroep Leiedal vzw", "Projectcoördinator zorginnovatie (80%)", 2019),
                        since("HOGENT", "Praktijklector verpleegkunde (bijberoep, 20%)", 2021),
                        since("Stad Gent", "Beleidsmedewerker (0,4 FTE)", 2022)),
                List.of(),
                List.of(),
                List.of());

        assertThat(profile.currentRoles())
                .extracting(Role::organization)
                .containsExactly("Woonzorggroep Leiedal vzw", "Stad Gent", "HOGENT");
    }
}
