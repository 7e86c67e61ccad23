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
    void addsAnAcronymToItsLowerCaseSpellingOnlyWhereTheDocumentsSpellItOutToo() {
        Acronyms nurse = Acronyms.of(List.of(
                "Clinical skills: non-invasive ventilation (NIV) and tracheostomy care.",
                "Wrote a CSS linting plugin used across 40 repos."));

        assertThat(nurse.expand("Has she trained anyone in non-invasive ventilation?"))
                .isEqualTo("Has she trained anyone in non-invasive ventilation (NIV)?");
        assertThat(nurse.expand("Can she speak German?")).isEqualTo("Can she speak German?");
        assertThat(Acronyms.of(List.of("Ran Manhattan WMS upgrades; AWS certified."))
                        .expand("Which warehouse management system? Any awards while studying?"))
                .isEqualTo("Which warehouse management system (WMS)? Any awards while studying?");
    }

    @Test
    void spellsNoAcronymWithTheLettersOfOtherAcronyms() {
        Acronyms mentor = Acronyms.of(List.of("Volunteer mentor at a meetup (beginner workshops on SQL and Python)"));

        // "SQL and Python" is no spelling of SAP
        assertThat(mentor.expand("Does he have any SAP experience?")).isEqualTo("Does he have any SAP experience?");
        assertThat(mentor.knownForms("Does he have any SAP experience?")).isEmpty();
    }

    @Test
    void spellsOutAnAcronymWithANumber() {
        Acronyms school = Acronyms.of(List.of("Key Stage 2 results in mathematics rose from 68% to 84%."));

        assertThat(school.expand("How have KS2 results changed?"))
                .isEqualTo("How have KS2 (Key Stage 2) results changed?");
        assertThat(school.knownForms("How have KS2 results changed?")).contains("KS2");
        assertThat(school.expand("What about KS3?")).isEqualTo("What about KS3?");
    }

    @Test
    void spellsOutAnAcronymTheDocumentsOnlyWriteInLowerCase() {
        Acronyms ops = Acronyms.of(List.of(
                "Proven record implementing warehouse management systems and real-time operating dashboards.",
                "Signed off the bill of materials; ran a web service for a warehouse."));

        assertThat(ops.expand("Which WMS has he implemented?"))
                .isEqualTo("Which WMS (warehouse management systems) has he implemented?");
        assertThat(ops.knownForms("Has he used a WMS?")).contains("WMS");
        assertThat(ops.expand("Who owns the BOM?")).isEqualTo("Who owns the BOM (bill of materials)?");
        assertThat(ops.expand("Did he build the RTOD?"))
                .isEqualTo("Did he build the RTOD (real-time operating dashboards)?");
        // no small word at either end, no two-letter acronym, and one asked in lower case is a word
        assertThat(ops.expand("Has he used AWS?")).isEqualTo("Has he used AWS?");
        assertThat(ops.expand("Has he used MS?")).isEqualTo("Has he used MS?");
        assertThat(ops.expand("Is it Wms?")).isEqualTo("Is it Wms?");
        Acronyms prose = Acronyms.of(List.of("Excellent customer service skills. Supported a project to cut queues."));
        assertThat(prose.expand("Does he know CSS?")).isEqualTo("Does he know CSS?");
        assertThat(prose.expand("Has he used SAP?")).isEqualTo("Has he used SAP?");
    }

    @Test
    void leavesOtherWordsAlone() {
        assertThat(acronyms.expand("Has she used GCP or Google Cloud?")).isEqualTo("Has she used GCP or Google Cloud?");
        assertThat(acronyms.expand("Did she use AWS?")).isEqualTo("Did she use AWS?");
        assertThat(acronyms.knownForms("Has she used GCP?")).isEmpty();
    }
}
