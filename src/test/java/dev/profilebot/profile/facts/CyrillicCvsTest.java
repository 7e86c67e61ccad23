package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CyrillicCvsTest {

    @Test
    void should_read_an_hh_ru_word_export_whose_range_and_tenure_are_paragraphs_of_their_own() {
        // hh.ru's Word export: the range's start and end, then the post's length, each a paragraph, then the employer,
        // its town, its industry and the title
        String cv = """
                # Жумагалиев Арман

                ## Опыт работы — 9 лет 4 месяца

                Март 2016 —

                по настоящее время

                6 лет 2 месяца

                **Тенгизшевройл**

                Атырау, www.tengizchevroil.com

                Нефть и газ: добыча, переработка (ТОО «Тенгизшевройл», ТШО)

                Ведущий инженер-технолог

                Январь 2013 —

                Август 2013

                8 месяцев

                **АО «Озенмунайгаз» (АО НК «КазМунайГаз»)**

                Жанаозен (Мангистауская обл.)

                Нефть и газ: добыча

                Оператор по добыче нефти и газа 4 разряда

                ## Образование

                2012 · Каспийский государственный университет технологий и инжиниринга им. Ш. Есенова, Актау

                Химическая технология органических веществ (бакалавр техники и технологии)
                """;

        StructuredProfile profile = MarkdownCvs.read("rezyume.md", cv);

        assertThat(MarkdownCvs.roles(profile))
                .containsExactly(
                        "АО «Озенмунайгаз» (АО НК «КазМунайГаз») | Оператор по добыче нефти и газа 4 разряда"
                                + " | January 2013 to August 2013",
                        "Тенгизшевройл | Ведущий инженер-технолог | March 2016 to present");
        assertThat(profile.education())
                .extracting(Education::institution)
                .containsExactly("Каспийский государственный университет технологий и инжиниринга им. Ш. Есенова");
    }

    @Test
    void should_read_a_serbian_cv_in_cyrillic() {
        String cv = """
                # Небојша Вукадиновић

                ## РАДНО ИСКУСТВО

                04/2019 – данас | Nordeus, Београд

                Backend инжењер

                09/2015 – 01/2017 | „СтатикСофт“ д.о.о., Нови Сад

                Програмер – развој инжењерског софтвера

                10/2012 – 02/2015 | „Мостпројект“ д.о.о., Београд

                Млађи пројектант конструкција

                ## ОБРАЗОВАЊЕ

                10/2011 – 09/2012 | Грађевински факултет, Универзитет у Београду

                Мастер академске студије – модул Конструкције

                Мастер рад: „Анализа спрегнутих мостовских конструкција“

                10/2007 – 07/2011 | Грађевински факултет, Универзитет у Београду

                Основне академске студије – Грађевинарство
                """;

        StructuredProfile profile = MarkdownCvs.read("cv.md", cv);

        assertThat(MarkdownCvs.roles(profile))
                .containsExactly(
                        "„Мостпројект“ д.о.о. | Млађи пројектант конструкција | October 2012 to February 2015",
                        "„СтатикСофт“ д.о.о. | Програмер – развој инжењерског софтвера | September 2015 to January 2017",
                        "Nordeus | Backend инжењер | April 2019 to present");
        assertThat(profile.education())
                .extracting(Education::degree)
                .containsExactly("Мастер академске студије", "Основне академске студије");
    }
}
