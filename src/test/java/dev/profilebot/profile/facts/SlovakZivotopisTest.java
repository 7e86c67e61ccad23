package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Slovak životopis wholly in Slovak: its sections by their Slovak names, each employer over the posts held there
 * with their own dates, its titles ("Vedúci oddelenia", "Špecialista údržby"), its university and its degrees.
 */
class SlovakZivotopisTest {

    private static StructuredProfile read(String cv) {
        return MarkdownCvs.read("zivotopis.md", cv);
    }

    private static final String ZIVOTOPIS = """
            # Ing. Martin Ďurovič

            **PRACOVNÉ SKÚSENOSTI**

            09/2014 – 03/2017 · Kia Slovakia s.r.o., Teplička nad Váhom

            **01/2016 – 03/2017: Špecialista údržby – PLC (lisovňa)**

            – diagnostika a úpravy PLC programov lisovacích liniek

            **09/2014 – 12/2015: Elektrikár údržby**

            – odstraňovanie porúch v trojzmennej prevádzke

            **VZDELANIE**

            09/2010 – 06/2012 · Žilinská univerzita v Žiline, Elektrotechnická fakulta

            inžinierske štúdium (Ing.), študijný program Elektroenergetika

            2003 – 2007 · Stredná priemyselná škola elektrotechnická, Žilina

            odbor elektrotechnika – silnoprúdová technika, maturita

            **KURZY A OSVEDČENIA**

            2016 · Siemens SITRAIN – SIMATIC S7 TIA Portal Programming 1, Bratislava
            """;

    @Test
    void should_read_a_slovak_cvs_posts_under_their_employer_and_no_course_as_a_post() {
        StructuredProfile profile = read(ZIVOTOPIS);

        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Kia Slovakia s.r.o. | Elektrikár údržby | September 2014 to December 2015",
                        "Kia Slovakia s.r.o. | Špecialista údržby, PLC | January 2016 to March 2017");
    }

    @Test
    void should_read_a_slovak_cvs_university_and_secondary_school_with_their_degrees() {
        StructuredProfile profile = read(ZIVOTOPIS);

        assertThat(profile.education())
                .extracting(e -> e.degree() + " @ " + e.institution())
                .containsExactly(
                        "inžinierske štúdium @ Žilinská univerzita v Žiline",
                        "maturita @ Stredná priemyselná škola elektrotechnická");
    }
}
