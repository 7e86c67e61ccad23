package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.ContactCard;
import dev.profilebot.profile.MarkdownParser;
import dev.profilebot.profile.ProfileDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Dutch two-column CV as its PDF reads: each entry's dates over the employer and its town, a line on what the firm
 * does, then the title; the sidebar's address under its label; a letter addressed "T.a.v." someone.
 */
class DutchTwoColumnCvTest {

    private static final String CV = """
            # Femke van Oosterwijk

            ## Werkervaring

            sep 2018 – dec 2020

            Domstad Koffiebranderij B.V., Utrecht

            Demand Planner

            - Statistische forecasting en promotieplanning in SAP APO-DP
            - Opzet wekelijkse consensus-forecastmeeting met key accountmanagers

            mrt '16 – aug '18

            DHL Supply Chain, Tilburg

            Contract logistics – distributiecentrum van 40.000 m2 voor een klant in consumentenelektronica

            Junior Logistiek Analist

            - Slotting-optimalisatie: gemiddelde looproute orderpickers met 18% verkort
            - Capaciteits- en personeelsplanning

            feb 2013 – jun 2013

            Philips Lighting, Eindhoven

            Afstudeerstagiair Supply Chain (HBO)

            - Onderzoek naar leverbetrouwbaarheid van 25 leveranciers in Azië
            - Beoordeling afstudeeronderzoek: 8,5

            ## Opleiding

            Curriculum Vitae · 2014 – 2015

            WO – MSc Supply Chain Management

            Rijksuniversiteit Groningen (RUG), Faculty of Economics and Business

            ## Persoonlijke gegevens

            Adres

            Utrecht
            """;

    private static final String LETTER = """
            # Femke van Oosterwijk

            Greenfield Foods Benelux B.V.

            T.a.v. mevrouw A. Brouwer, HR Business Partner

            Geachte mevrouw Brouwer,
            """;

    private final List<ProfileDocument> documents =
            List.of(new MarkdownParser().parse("cv.md", CV), new MarkdownParser().parse("brief.md", LETTER));

    @Test
    void should_read_each_entrys_employer_under_its_dates_past_the_line_on_what_the_firm_does() {
        StructuredProfile profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(documents);

        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Philips Lighting | Afstudeerstagiair Supply Chain (HBO) | February 2013 to June 2013",
                        "DHL Supply Chain | Junior Logistiek Analist | March 2016 to August 2018",
                        "Domstad Koffiebranderij B.V. | Demand Planner | September 2018 to December 2020");
    }

    @Test
    void should_read_the_master_at_the_university_below_not_at_the_pages_running_title() {
        StructuredProfile profile = new StructuredProfileReader(Optional.empty(), Optional.empty()).read(documents);

        assertThat(profile.education())
                .extracting(e -> e.degree() + " | " + e.institution())
                .contains("MSc | Rijksuniversiteit Groningen");
    }

    @Test
    void should_take_the_town_under_the_sidebars_address_label_not_the_letters_addressee() {
        assertThat(ContactCard.from(documents, "Femke van Oosterwijk").location())
                .contains("Utrecht");
    }
}
