package dev.profilebot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {

    private final Acronyms acronyms = Acronyms.of(List.of(
            "B.Sc. Computer Science, University of Waterloo, 2016",
            "At Massachusetts Institute of Technology she ran the lab.",
            "Moved 40 services to AWS and set up CI with GitHub Actions."));

    @Test
    void spellsOutAnAcronymTheDocumentsWriteInFull() {
        assertThat(acronyms.expand("Did she study at UW?")).isEqualTo("Did she study at UW (University of Waterloo)?");
        assertThat(acronyms.expand("Was she at MIT"))
                .isEqualTo("Was she at MIT (Massachusetts Institute of Technology)");
    }

    @Test
    void abbreviatesANameTheDocumentsOnlyAbbreviate() {
        assertThat(acronyms.expand("Has she used Amazon Web Services?"))
                .isEqualTo("Has she used Amazon Web Services (AWS)?");
        assertThat(acronyms.knownForms("Has she used Amazon Web Services?"))
                .containsExactlyInAnyOrder("Amazon", "Web", "Services");
        assertThat(acronyms.knownForms("Did she study at UW?")).containsExactly("UW");
        assertThat(Acronyms.of(List.of("RTOS: Zephyr, FreeRTOS")).knownForms("Which real-time operating systems?"))
                .contains("real-time", "operating", "systems");
    }

    @Test
    void leavesOtherWordsAlone() {
        assertThat(acronyms.expand("Has she used GCP or Google Cloud?")).isEqualTo("Has she used GCP or Google Cloud?");
        assertThat(acronyms.expand("Did she use AWS?")).isEqualTo("Did she use AWS?");
        assertThat(acronyms.knownForms("Has she used GCP?")).isEmpty();
    }
}
