package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.Passage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EducationAttributionTest {

    private static final FactSource EDUCATION = new FactSource("cv.docx", List.of("Education"));

    private static Education degree(String degree, String institution) {
        return new Education(institution, degree, Optional.empty(), Optional.empty(), EDUCATION);
    }

    @Test
    void should_give_the_lines_under_a_degree_to_that_degree_until_the_next_one() {
        // given: an academic CV's education, each degree with its thesis and supervisor on lines of their own
        Education phd = degree("PhD", "University of Lisclogher");
        Education msc = degree("MSc", "University of Tralanmor");
        Passage education = new Passage(
                "cv-education",
                "cv.docx",
                List.of("Education"),
                List.of(
                        "2011 – 2015 · PhD in Marine Biology, University of Lisclogher, Ireland",
                        "Supervisor: Prof. Malachy Durcan; co-supervisor: Dr Helena Rooke",
                        "2009 – 2010 · MSc Applied Marine Science (Distinction), University of Tralanmor",
                        "Dissertation: Settlement cues in the acorn barnacle"),
                List.of());
        Passage supervision = new Passage(
                "cv-supervision",
                "cv.docx",
                List.of("PhD Supervision"),
                List.of("Dr Tomos Beddoe (2019 – 2023). Primary supervisor."),
                List.of());

        // when
        List<List<Optional<Education>>> attributed =
                EducationAttribution.of(List.of(education, supervision), List.of(phd, msc));

        // then
        assertThat(attributed.get(0))
                .containsExactly(Optional.of(phd), Optional.of(phd), Optional.of(msc), Optional.of(msc));
        assertThat(attributed.get(1)).containsExactly(Optional.empty());
    }
}
