package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A degree written in brackets after its subject, "School — Subject (Degree)", with its dates, town and grade on
 * the line under it.
 */
class BracketedDegreeTest {

    private static List<String> education(String cv) {
        return new StructuredProfileReader(Optional.empty(), Optional.empty())
                .read(List.of(new MarkdownParser().parse("cv.md", cv))).education().stream()
                        .map(Education::describe)
                        .toList();
    }

    @Test
    void should_read_the_subject_before_a_bracketed_degree_and_the_labelled_grade_beside_the_dates_under_it() {
        String cv = """
                # Tolga Ekinci

                ## EĞİTİM

                Yıldız Teknik Üniversitesi — Bilgisayar Mühendisliği (Lisans)

                2012 – 2017 | İstanbul | GNO: 3,12 / 4,00

                ## Education

                Imperial College London — Computer Engineering (BSc)

                2008 – 2011 | London | GPA: 3.7 / 4.0
                """;

        assertThat(education(cv))
                .containsExactly(
                        "Lisans in Bilgisayar Mühendisliği at Yıldız Teknik Üniversitesi (2012 to 2017), 3,12 / 4,00",
                        "BSc in Computer Engineering at Imperial College London (2008 to 2011), 3.7 / 4.0");
    }

    @Test
    void should_take_no_subject_from_a_school_its_town_or_a_grade_before_the_bracket() {
        String cv = """
                # Ana Ruiz

                ## Education

                Universidad de Chile (MBA), 2015 – 2017

                Harvard University, Cambridge (MSc), 2012 – 2013

                King's College London — Distinction (MA), 2010 – 2011
                """;

        assertThat(education(cv))
                .containsExactly(
                        "MBA at Universidad de Chile (2015 to 2017)",
                        "MSc at Harvard University (2012 to 2013)",
                        "MA at King's College London (2010 to 2011), Distinction");
    }

    @Test
    void should_take_the_place_named_after_the_subjects_dash_and_a_place_and_dates_wrapped_below_the_degree() {
        String cv = """
                # Camila Rocha

                ## FORMAÇÃO ACADÊMICA

                MBA em Marketing Digital – FGV (Fundação Getulio Vargas), São Paulo | 2020 – 2021

                Pós-Graduação em Marketing Digital e E-commerce – IPAM Lisboa, Portugal | 2018

                Bacharelado em Comunicação Social – Publicidade e Propaganda –

                PUC-Campinas | 2009 – 2012
                """;

        assertThat(education(cv))
                .containsExactly(
                        "MBA in Marketing Digital at FGV (2020 to 2021)",
                        "Pós-Graduação in Marketing Digital e E-commerce at IPAM Lisboa (2018)",
                        "Bacharelado in Comunicação Social at PUC-Campinas (2009 to 2012)");
    }

    @Test
    void should_take_no_place_from_a_speciality_or_a_subject_written_after_the_dash() {
        String cv = """
                # Rebecca Thornquist

                ## Education

                Master of Science in Nursing – Family Nurse Practitioner · May 2021

                East Carolina University College of Nursing, Greenville, NC

                University of Maryland University College, Adelphi, MD

                Bachelor of Science (BS) – Cybersecurity | 05/2018
                """;

        assertThat(education(cv))
                .containsExactly(
                        "Master of Science in Nursing at East Carolina University College of Nursing (May 2021)",
                        "Bachelor of Science in Cybersecurity at University of Maryland University College (May 2018)");
    }
}
