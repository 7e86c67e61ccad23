package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Croatian životopis and a Lithuanian gyvenimo aprašymas, wholly in their languages: their sections by their own
 * names, their titles, dates written year first with the word for "year" or a year's ordinal stop, their
 * universities, and the person's name under the document's title.
 */
class CroatianAndLithuanianCvTest {

    private static StructuredProfile read(String cv) {
        return MarkdownCvs.read("cv.md", cv);
    }

    private static List<String> roles(StructuredProfile profile) {
        return MarkdownCvs.roles(profile);
    }

    @Test
    void should_read_a_croatian_cvs_posts_with_their_titles_and_its_university() {
        StructuredProfile profile = read("""
                # Dario Šimunović

                ## RADNO ISKUSTVO

                **Statika Plus d.o.o., Zagreb**

                projektni ured za građevinske konstrukcije (cca 25 zaposlenih)

                **Voditelj odjela konstrukcija (od siječnja 2020.)**

                - vođenje tima od 6 inženjera i 2 tehničara

                **Projektant konstrukcija (03/2016 – 12/2019)**

                - statički i dinamički proračuni

                09/2014 – 02/2016 · STRABAG d.o.o., Zagreb

                **Inženjer gradilišta**

                - vođenje građevinskog dnevnika

                ## OBRAZOVANJE

                2010\\. – 2012. · Sveučilište u Zagrebu, Građevinski fakultet \\
                Diplomski sveučilišni studij građevinarstva, smjer Konstrukcije
                """);

        assertThat(roles(profile))
                .containsExactly(
                        "STRABAG d.o.o. | Inženjer gradilišta | September 2014 to February 2016",
                        "Statika Plus d.o.o. | Projektant konstrukcija | March 2016 to December 2019",
                        "Statika Plus d.o.o. | Voditelj odjela konstrukcija | January 2020 to present");
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution() + " | "
                                + e.dates().map(DateRange::display).orElse(""))
                        .isEqualTo("Sveučilište u Zagrebu | 2010 to 2012"));
    }

    @Test
    void should_read_a_lithuanian_cvs_name_under_its_title_its_posts_and_its_masters_degree() {
        StructuredProfile profile = read("""
                **GYVENIMO APRAŠYMAS**

                # Gintarė Bružaitė

                **DARBO PATIRTIS**

                2018 m. rugsėjo mėn. – dabar · UAB „Norfrost distribucija“, Vilnius

                **Tiekimo grandinės vadovė (nuo 2021 m. kovo mėn.)**

                - Vadovauju 34 darbuotojų komandai.

                **Logistikos skyriaus vadovė (2018 m. rugsėjo mėn. – 2021 m. vasario mėn.)**

                - Vadovavau 12 darbuotojų logistikos skyriui.

                **IŠSILAVINIMAS**

                2011–2013 · Vilniaus universitetas \\
                Vadybos ir verslo administravimo magistras
                """);

        assertThat(profile.identity().name()).contains("Gintarė Bružaitė");
        assertThat(roles(profile))
                .containsExactly(
                        "UAB „Norfrost distribucija“ | Logistikos skyriaus vadovė | September 2018 to February 2021",
                        "UAB „Norfrost distribucija“ | Tiekimo grandinės vadovė | March 2021 to present");
        assertThat(profile.education())
                .singleElement()
                .satisfies(e -> assertThat(e.institution()).isEqualTo("Vilniaus universitetas"));
    }
}
