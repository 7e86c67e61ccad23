package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {

    @Test
    void should_tell_a_section_of_the_page_from_a_label_inside_an_entry() {
        assertThat(Sections.namesAPageSection("EDUCATION & QUALIFICATIONS")).isTrue();
        assertThat(Sections.namesAPageSection("Professional Experience")).isTrue();
        assertThat(Sections.namesAPageSection("KEY ACHIEVEMENTS")).isFalse();
        assertThat(Sections.namesAPageSection("Responsibilities")).isFalse();
        assertThat(Sections.namesAPageSection("LEDGERWELL PARTNERS")).isFalse();
        assertThat(Sections.isSectionHeading("Theatre Credits")).isTrue();
        assertThat(Sections.isSectionHeading("■ Work Experience · Total: 9 years 3 months (as of 2025.03)"))
                .isTrue();
        assertThat(Sections.isSectionHeading("Film & TV Credits")).isTrue();
        assertThat(Sections.isSectionHeading("Experiencia profesional / Professional experience"))
                .isTrue();
        assertThat(Sections.isSectionHeading("Expérience professionnelle")).isTrue();
        // the section with the length of the career after a dash: hh.ru's "Опыт работы — 9 лет 4 месяца"
        assertThat(Sections.isSectionHeading("Опыт работы — 9 лет 4 месяца")).isTrue();
        assertThat(Sections.isSectionHeading("Work Experience – 12 years")).isTrue();
        assertThat(Sections.isSectionHeading("Acme Corp – 3 years")).isFalse();
        // the heading beside its translation in another script, a table's cells read as " · | · "
        assertThat(Sections.isSectionHeading("WORK EXPERIENCE · | · الخبرة العملية"))
                .isTrue();
        assertThat(Sections.isSectionHeading("工作经历 | Work Experience")).isTrue();
        assertThat(Sections.isSectionHeading("Acme Corp · | · شركة أكمي")).isFalse();
        assertThat(Sections.of(List.of("教育背景  Education"))).isEqualTo(Sections.EDUCATION);
        // Croatian, Bulgarian, Lithuanian, Persian and Korean headings
        assertThat(Sections.of(List.of("RADNO ISKUSTVO"))).isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("OSOBNI PODACI"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("ПРОФЕСИОНАЛЕН ОПИТ"))).isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("ЛИЧНА ИНФОРМАЦИЯ"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("IŠSILAVINIMAS"))).isEqualTo(Sections.EDUCATION);
        assertThat(Sections.of(List.of("سوابق کاری"))).isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("تحصیلات"))).isEqualTo(Sections.EDUCATION);
        assertThat(Sections.of(List.of("■ 자격증"))).isEqualTo(Sections.NOT_WORK);
        // a Swiss CV's work on the side, a section of its work, no employer's name
        assertThat(Sections.isSectionHeading("NEBENAMTLICHE TÄTIGKEIT")).isTrue();
        assertThat(Sections.of(List.of("ENGAGEMENT COMMUNAUTAIRE"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.isSectionHeading("Work Experience 工作经历")).isTrue();
        assertThat(Sections.isSectionHeading("Alibaba Group (阿里巴巴) — Freshippo (盒马)"))
                .isFalse();
        assertThat(Sections.of(List.of("KEY PROJECTS · | · أهم المشروعات"))).isEqualTo(Sections.NOT_WORK);
        // an Arabic CV's work, its education, its languages
        assertThat(Sections.of(List.of("سناء محمود العبادي", "الخبرات العملية")))
                .isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("سناء محمود العبادي", "المؤهلات العلمية")))
                .isEqualTo(Sections.EDUCATION);
        assertThat(Sections.of(List.of("سناء محمود العبادي", "اللغات"))).isEqualTo(Sections.NOT_WORK);
        // an Indonesian CV's training and certificates, each dated
        assertThat(Sections.of(List.of("DAFTAR RIWAYAT HIDUP", "PELATIHAN & SERTIFIKASI")))
                .isEqualTo(Sections.NOT_WORK);
        // a law firm's page on its lawyer: rankings and articles, dated, no jobs
        assertThat(Sections.of(List.of("Caroline J. Whitfield", "Recognition"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Caroline J. Whitfield", "Insights"))).isEqualTo(Sections.NOT_WORK);
    }

    @Test
    void should_tell_a_section_about_the_person_from_one_about_work() {
        assertThat(Sections.isAboutThePerson("Personal details")).isTrue();
        assertThat(Sections.isAboutThePerson("Contact")).isTrue();
        assertThat(Sections.isAboutThePerson("About me")).isTrue();
        assertThat(Sections.isAboutThePerson("Work history")).isFalse();
    }

    @Test
    void should_read_what_a_section_is_about_from_its_heading_path() {
        assertThat(Sections.of(List.of("💼 Experience", "Ledgerwell Partners"))).isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("🎓 Education"))).isEqualTo(Sections.EDUCATION);
        assertThat(Sections.of(List.of("Publications"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Professional Registration"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Service History"))).isEqualTo(Sections.WORK);
        assertThat(Sections.of(
                        List.of("Project Experience", "5. Real-time Risk Control Rule Engine | 2019.09 - 2020.02")))
                .isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Experience", "Speech and Language Therapist, Talk Forward Therapy")))
                .isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("Language skills"))).isEqualTo(Sections.NOT_WORK);
        // a Brazilian CV's talks and volunteering, an applicant's answers to the criteria, the referees: no jobs
        assertThat(Sections.of(List.of("Fernanda Ribeiro", "INFORMAÇÕES ADICIONAIS")))
                .isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Key selection criteria"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Referees"))).isEqualTo(Sections.NOT_WORK);
        // a student's projects, though "academic" heads education
        assertThat(Sections.of(List.of("Meghana Kolluri", "ACADEMIC PROJECTS"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Academic Qualifications"))).isEqualTo(Sections.EDUCATION);
        // a personal site's "Now": booking projects from a month, no job
        assertThat(Sections.of(List.of("Graphic design & art direction", "Right now")))
                .isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Meghana Kolluri", "EXTRA-CURRICULAR ACTIVITIES")))
                .isEqualTo(Sections.NOT_WORK);
        // a note on the heading in brackets says nothing of what the section holds
        assertThat(Sections.of(List.of("Robin Achterberg", "Personal (for applications that ask)")))
                .isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Key skills"))).isEqualTo(Sections.SKILLS);
        assertThat(Sections.of(List.of("BIO-DATA", "SEMINARS AND TRAININGS ATTENDED")))
                .isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.isSectionHeading("Clinical Placements (BSc General Nursing, UCC)"))
                .isTrue();
        assertThat(Sections.of(List.of("Clinical Placements (BSc General Nursing, UCC)")))
                .isEqualTo(Sections.EDUCATION);
        // a way of working, then the consultancy's name: work, though the name holds "Advisory"
        assertThat(Sections.of(List.of("INDEPENDENT CONSULTING — OVERBECK ADVISORY, BERLIN (SINCE APRIL 2019)")))
                .isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("BOARD & ADVISORY"))).isEqualTo(Sections.NOT_WORK);
        // an academic physician's CV: the residency and fellowship are training posts; the headings of posts name
        // no employer
        assertThat(Sections.of(List.of("Postdoctoral Training"))).isEqualTo(Sections.WORK);
        assertThat(Sections.isSectionHeading("Appointments at Hospitals/Affiliated Institutions"))
                .isTrue();
        assertThat(Sections.isSectionHeading("Major Administrative Leadership Positions"))
                .isTrue();
        assertThat(Sections.isSectionHeading("Appointments at Kestrel Health")).isFalse();
        assertThat(Sections.namesWorkOrEducation("Work Experience")).isTrue();
        assertThat(Sections.namesWorkOrEducation("Language Skills")).isFalse();
    }

    @Test
    void should_take_an_employer_named_technologies_for_an_employer_and_a_list_of_them_for_skills() {
        assertThat(Sections.isSectionHeading("Halvorsen Spine Technologies")).isFalse();
        assertThat(Sections.of(List.of("Experience", "Halvorsen Spine Technologies")))
                .isEqualTo(Sections.WORK);
        assertThat(Sections.isSectionHeading("Tools & Technologies")).isTrue();
        assertThat(Sections.isSectionHeading("Key Technologies")).isTrue();
        assertThat(Sections.of(List.of("Technologies"))).isEqualTo(Sections.SKILLS);
        assertThat(Sections.of(List.of("Web technologies"))).isEqualTo(Sections.SKILLS);
    }

    @Test
    void should_take_a_sites_news_for_no_work_and_a_slovak_cvs_sections_for_what_they_are() {
        assertThat(Sections.of(List.of("News"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Latest news"))).isEqualTo(Sections.NOT_WORK);
        // (an employer's name that ends with the word is no such section)
        assertThat(Sections.of(List.of("Experience", "Fox News"))).isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("PRACOVNÉ SKÚSENOSTI"))).isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("VZDELANIE"))).isEqualTo(Sections.EDUCATION);
        assertThat(Sections.of(List.of("KURZY A OSVEDČENIA"))).isEqualTo(Sections.NOT_WORK);
    }

    @Test
    void should_take_the_slovenian_latvian_albanian_and_serbian_sections_beside_the_work_for_no_work() {
        assertThat(Sections.of(List.of("DIGITALNE KOMPETENCE"))).isEqualTo(Sections.SKILLS);
        assertThat(Sections.of(List.of("Datorprasmes"))).isEqualTo(Sections.SKILLS);
        assertThat(Sections.of(List.of("Aftësi kompjuterike"))).isEqualTo(Sections.SKILLS);
        assertThat(Sections.of(List.of("VOZNIŠKO DOVOLJENJE"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Autovadītāja apliecība"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Të dhëna personale"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Gjuhët e huaja"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("ИНТЕРЕСОВАЊА"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("ПРОЈЕКТИ"))).isEqualTo(Sections.NOT_WORK);
        assertThat(Sections.of(List.of("Përvoja e punës"))).isEqualTo(Sections.WORK);
        assertThat(Sections.of(List.of("DELOVNE IZKUŠNJE"))).isEqualTo(Sections.WORK);
        // an academic's mentees, each dated, none a job of hers
        assertThat(Sections.of(List.of("Mentoring"))).isEqualTo(Sections.NOT_WORK);
    }
}
