package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Colombian "Hoja de vida" as a word processor exports it: numbered sections in bold capitals, each study and each
 * employer under them in the same bold, "Título:" and "Institución:" lines, "Fecha de ingreso: … Fecha de retiro: …".
 */
class ColombianHojaDeVidaTest {

    private static final String HOJA_DE_VIDA = """
            # HOJA DE VIDA

            ## YULIANA MARCELA OSPINA ZAPATA

            Contadora Pública – Especialista en Revisoría Fiscal

            **1. DATOS PERSONALES**

            Estado civil: Unión libre

            **3. FORMACIÓN ACADÉMICA**

            **POSGRADO**

            Título: Especialista en Revisoría Fiscal y Auditoría Externa

            Institución: Universidad de Medellín – Medellín

            Fecha de grado: junio de 2019

            **SECUNDARIA**

            Título: Bachiller Académico

            Institución: Institución Educativa Simón Bolívar – Itagüí

            Año de grado: 2007

            **5. EXPERIENCIA LABORAL**

            **COMERCIALIZADORA ANDINA DE TEXTILES S.A.S. – CATEX**

            Ciudad: Itagüí, Antioquia

            Cargo: Jefe de Contabilidad e Impuestos

            Fecha de ingreso: 01/08/2023 Fecha de retiro: Actualmente laborando

            **Funciones:**

            - Dirigir y supervisar el equipo contable de cinco (5) personas.

            **DELOITTE & TOUCHE S.A.S.**

            Ciudad: Medellín

            Cargo: Semi Senior de Auditoría

            Fecha de ingreso: 15-jul-2016 Fecha de retiro: 30-mar-2018

            **Funciones:**

            - Planeación y ejecución de auditorías de estados financieros bajo NIA.

            **6. CONOCIMIENTOS Y HERRAMIENTAS**

            Software contable: SIIGO, World Office, SAP Business One.
            """;

    private final StructuredProfile profile = new StructuredProfileReader(Optional.empty(), Optional.empty())
            .read(List.of(new MarkdownParser().parse("hoja-de-vida.md", HOJA_DE_VIDA)));

    @Test
    void should_name_the_person_not_the_documents_title() {
        assertThat(profile.identity().name()).contains("Yuliana Marcela Ospina Zapata");
    }

    @Test
    void should_read_each_employer_in_bold_with_its_labelled_title_and_dates() {
        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "Deloitte & Touche S.A.S. | Semi Senior de Auditoría | July 2016 to March 2018",
                        "Comercializadora Andina de Textiles S.A.S. | Jefe de Contabilidad e Impuestos | August 2023"
                                + " to present");
    }

    @Test
    void should_read_each_study_by_its_title_and_institution_not_by_its_level() {
        assertThat(profile.education())
                .extracting(e -> e.degree() + " | " + e.institution() + " | "
                        + e.dates().map(DateRange::display).orElse("-"))
                .containsExactly(
                        "Especialista en Revisoría Fiscal y Auditoría Externa | Universidad de Medellín – Medellín |"
                                + " June 2019",
                        "Bachiller Académico | Institución Educativa Simón Bolívar – Itagüí | 2007");
    }
}
