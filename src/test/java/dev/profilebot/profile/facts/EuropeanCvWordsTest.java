package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CVs wholly in Hungarian, Dutch and Romanian: titles written as one word ("Marketingmenedzser",
 * "Projectcoördinator"), a summary headed "Profiel" that tells the current job again, and the Europass form's
 * Romanian labels ("Nume / Prenume", "Perioada", "Angajator", "Funcția sau postul ocupat").
 */
class EuropeanCvWordsTest {

    private static StructuredProfile read(String cv) {
        return MarkdownCvs.read("cv.md", cv);
    }

    private static List<String> roles(StructuredProfile profile) {
        return MarkdownCvs.roles(profile);
    }

    @Test
    void should_read_a_hungarian_title_written_as_one_word_over_its_employer() {
        StructuredProfile profile = read("""
                # Bartos Réka

                ### SZAKMAI TAPASZTALAT

                **2019. március – jelenleg**

                **Marketingmenedzser**

                Vitalia Gyógynövény Zrt., Budaörs

                - 6 fős marketingcsapat vezetése (2 brand manager, 1 grafikus)

                **2015.09 – 2019.02**

                **Brand Manager**

                Kékfény Italgyártó Zrt., Budapest

                - A „Kékfény Limonádé” termékcsalád bevezetése
                """);

        assertThat(roles(profile))
                .containsExactly(
                        "Kékfény Italgyártó Zrt | Brand Manager | September 2015 to February 2019",
                        "Vitalia Gyógynövény Zrt | Marketingmenedzser | March 2019 to present");
    }

    @Test
    void should_read_a_dutch_title_written_as_one_word_and_no_post_from_the_profile_above() {
        StructuredProfile profile = read("""
                # Annelies Claeys

                ## PROFIEL

                Gedreven verpleegkundige met ruim 14 jaar ervaring. Sinds 2019 werk ik als projectcoördinator aan de
                digitalisering van de zorg.

                ## WERKERVARING

                sinds september 2019

                Projectcoördinator zorginnovatie (80%)

                Woonzorggroep Leiedal vzw, Gent – 5 woonzorgcentra, ca. 620 bewoners

                - Coördinatie van de invoering van het elektronisch zorgdossier in de 5 woonzorgcentra
                - Leiding over een projectteam van 7 medewerkers

                2014 - 2019

                ZNA Middelheim, Antwerpen (Ziekenhuisnetwerk Antwerpen)

                2014 - 2019: Hoofdverpleegkundige spoedgevallendienst
                """);

        assertThat(roles(profile))
                .containsExactly(
                        "ZNA Middelheim | Hoofdverpleegkundige spoedgevallendienst | 2014 to 2019",
                        "Woonzorggroep Leiedal vzw | Projectcoördinator zorginnovatie (80%) | September 2019 to present");
    }

    @Test
    void should_read_a_romanian_europass_cvs_name_periods_employers_and_posts() {
        StructuredProfile profile = read("""
                ## INFORMAȚII PERSONALE

                Nume / Prenume: VLĂDESCU Ioana-Cristina

                ## EXPERIENȚA PROFESIONALĂ

                Perioada: 01.09.2014 – 28.02.2018

                Angajator: Softronic Solutions S.R.L., Cluj-Napoca

                Funcția sau postul ocupat: Tester software

                Perioada: martie 2018 – prezent

                Angajator: Datacor Systems S.A., Cluj-Napoca

                Funcția sau postul ocupat: QA Automation Engineer
                """);

        assertThat(profile.identity().name()).contains("Ioana-Cristina Vlădescu");
        assertThat(roles(profile))
                .containsExactly(
                        "Softronic Solutions S.R.L. | Tester software | September 2014 to February 2018",
                        "Datacor Systems S.A. | QA Automation Engineer | March 2018 to present");
    }

    @Test
    void should_read_a_slovenian_cvs_days_employers_in_their_legal_form_and_posts() {
        String cv = """
                # Maruša Pečnik

                ## DELOVNE IZKUŠNJE

                od 1. 9. 2017 do danes · Krka, d. d., Novo mesto

                od 1. 3. 2021 do danes · Vodja skupine za sproščanje serij – Sektor za zagotavljanje kakovosti

                1\\. 4. 2015 – 31. 8. 2017 · Lek farmacevtska družba d. d. (član skupine Sandoz), Ljubljana

                04/2015 – 02/2016 · Analitičarka v kontroli kakovosti, Ljubljana

                1\\. 10. 2013 – 31. 3. 2015 · Celjske lekarne, Celje – Lekarna Center

                **Magistra farmacije**

                1\\. 10. 2012 – 30. 9. 2013 · Celjske lekarne, Celje \s
                Pripravnica – magistra farmacije (pripravništvo)

                10/2013 – 06/2016 · Ljudska univerza Celje \s
                Predavateljica (honorarno, podjemna pogodba) – predmet Farmakologija v programu Farmacevtski tehnik za \
                odrasle, cca 60 ur letno

                ## DIGITALNE KOMPETENCE

                TrackWise (odstopanja, CAPA) · Veeva Vault QMS (od 2022)
                """;

        // (the lecturer's post at the adult-education centre of the same town is no twin of the pharmacy's)
        assertThat(MarkdownCvs.roles(MarkdownCvs.read("zivljenjepis.md", cv)))
                .containsExactly(
                        "Celjske lekarne | Pripravnica – magistra farmacije (pripravništvo) | October 2012 to September 2013",
                        "Celjske lekarne, Celje | Magistra farmacije | October 2013 to March 2015",
                        "Ljudska univerza Celje |  | October 2013 to June 2016",
                        "Lek farmacevtska družba d. d | Analitičarka v kontroli kakovosti | April 2015 to February 2016",
                        "Krka, d. d | Vodja skupine za sproščanje serij | March 2021 to present");
    }

    @Test
    void should_read_a_latvian_cvs_name_label_dates_cut_before_their_title_posts_and_degrees() {
        String cv = """
                ## DZĪVESGĀJUMS (CV)

                **PERSONĪGĀ INFORMĀCIJA**

                Vārds, uzvārds: Edgars Kļaviņš

                **DARBA PIEREDZE**

                **SIA „DHL Latvia”, Loģistikas centrs, Mārupes nov. (2013 – pašlaik)**

                2018\\. gada marts – pašlaik · Loģistikas operāciju vadītājs

                2013\\. g. septembris – \s
                2015\\. g. februāris · Maiņas vadītājs

                07.2011 – 08.2013 · Kravu pārvadājumu dispečers

                AS „LDz Cargo”, Daugavpils

                **IZGLĪTĪBA**

                2013 – 2015 · Transporta un sakaru institūts (TSI), Rīga

                Profesionālais maģistra grāds loģistikā un piegādes ķēžu vadībā

                Maģistra darbs: „Noliktavas komplektēšanas procesu optimizācija”

                2007 – 2011 · Daugavpils Universitāte

                Sociālo zinātņu bakalaura grāds vadības zinātnē
                """;

        StructuredProfile profile = read(cv);

        assertThat(profile.identity().name()).contains("Edgars Kļaviņš");
        assertThat(roles(profile))
                .containsExactly(
                        "AS „LDz Cargo” | Kravu pārvadājumu dispečers | July 2011 to August 2013",
                        "SIA „DHL Latvia”, Loģistikas centrs, Mārupes nov | Maiņas vadītājs | September 2013 to February 2015",
                        "SIA „DHL Latvia”, Loģistikas centrs, Mārupes nov | Loģistikas operāciju vadītājs | March 2018 to present");
        assertThat(profile.education())
                .extracting(Education::institution)
                .containsExactly("Transporta un sakaru institūts", "Daugavpils Universitāte");
    }

    @Test
    void should_read_an_albanian_cvs_posts_and_leave_out_its_volunteering() {
        String cv = """
                # Erisa Dedja

                ## PËRVOJA E PUNËS

                **Maj 2019 – aktualisht**

                **Hotel “Arbëria Palace”, Tiranë**

                **Supervisore e Recepsionit —** Maj 2019 – Dhjetor 2020

                **Tetor 2011 – Maj 2014 (me kohë të pjesshme)**

                **Guidë turistike dhe agjente shitjesh**

                Albania Discovery Tours sh.p.k., Tiranë

                ## AKTIVITETE VULLNETARE

                **2010 – 2012** · Kryqi i Kuq Shqiptar, Tiranë
                """;

        assertThat(roles(read(cv)))
                .containsExactly(
                        "Albania Discovery Tours sh.p.k. | Guidë turistike dhe agjente shitjesh | October 2011 to May 2014",
                        "Hotel “Arbëria Palace” | Supervisore e Recepsionit | May 2019 to December 2020");
    }
}
