package dev.profilebot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileAnalyzerTest {

    private final ProfileAnalyzer analyzer = new ProfileAnalyzer();

    @Test
    void should_keep_the_topic_words_of_a_question_stemmed() {
        assertThat(analyzer.terms("What did he do with the server health checks?"))
                .containsExactly("server", "health", "check");
        assertThat(analyzer.terms("Jonathan's résumé")).containsExactly("jonathan", "resum");
    }

    @Test
    void should_match_abbreviations_with_or_without_their_dots() {
        assertThat(analyzer.terms("M.Sc. in Physics")).isEqualTo(analyzer.terms("MSc Physics"));
        // (a PhD is a doctorate, as "Doctor of Philosophy" or "Doctoral" is)
        assertThat(analyzer.terms("Ph.D., U.K.")).containsExactly("doctor", "uk");
    }

    @Test
    void should_read_a_verb_and_its_noun_in_ment_as_one_stem() {
        assertThat(analyzer.terms("Was she deployed?")).isEqualTo(analyzer.terms("Deployment"));
        assertThat(analyzer.terms("employed")).isEqualTo(analyzer.terms("employment"));
    }

    @Test
    void should_read_a_fiscal_year_as_its_year() {
        assertThat(analyzer.terms("109% of quota in FY2024")).containsExactly("109", "quota", "2024");
        assertThat(analyzer.terms("new ARR in FY23")).isEqualTo(analyzer.terms("new ARR in 2023"));
        assertThat(analyzer.terms("FY 2022 plan")).containsExactly("fy", "2022", "plan");
    }

    @Test
    void should_stem_the_past_of_irregular_verbs_as_their_present() {
        assertThat(analyzer.terms("Led a team; built and ran the platform"))
                .isEqualTo(analyzer.terms("leads a team; builds and runs the platform"));
        assertThat(analyzer.terms("leadership")).isEqualTo(analyzer.terms("led"));
    }

    @Test
    void should_read_a_language_named_in_another_language_as_its_english_name_but_not_a_country() {
        assertThat(analyzer.terms("Almanca")).isEqualTo(analyzer.terms("German"));
        assertThat(analyzer.terms("Inggris")).isEqualTo(analyzer.terms("English"));
        assertThat(analyzer.terms("англійська")).isEqualTo(analyzer.terms("english"));
        assertThat(analyzer.terms("Japan")).isNotEqualTo(analyzer.terms("Japanese"));
        assertThat(analyzer.terms("Roman")).isNotEqualTo(analyzer.terms("Romanian"));
    }

    @Test
    void should_read_a_countrys_name_in_another_language_as_its_english_name_but_not_an_english_word() {
        assertThat(analyzer.terms("Norge")).isEqualTo(analyzer.terms("Norway"));
        assertThat(analyzer.terms("Sverige")).isEqualTo(analyzer.terms("Sweden"));
        assertThat(analyzer.terms("Deutschland")).isEqualTo(analyzer.terms("Germany"));
        // Iceland's name in Danish and Swedish, Sweden's in French: English words of their own
        assertThat(analyzer.terms("island")).isNotEqualTo(analyzer.terms("Iceland"));
        assertThat(analyzer.terms("suede")).isNotEqualTo(analyzer.terms("Sweden"));
    }

    @Test
    void should_read_the_words_of_a_cv_in_one_of_the_lexicons_languages_as_the_english_word_asked_for() {
        // Swedish, Norwegian, Czech, Polish, Russian, Arabic and Hebrew CVs' words, as they write them
        assertThat(analyzer.terms("uppsägningstid")).isEqualTo(analyzer.terms("notice"));
        assertThat(analyzer.terms("barnehagelærer")).isEqualTo(analyzer.terms("teacher"));
        assertThat(analyzer.terms("konstruktérů")).isEqualTo(analyzer.terms("engineers"));
        assertThat(analyzer.terms("zespołem")).isEqualTo(analyzer.terms("team"));
        assertThat(analyzer.terms("сотрудников")).isEqualTo(analyzer.terms("employees"));
        assertThat(analyzer.terms("الخبرة")).isEqualTo(analyzer.terms("experience"));
        assertThat(analyzer.terms("ניסיון")).isEqualTo(analyzer.terms("experience"));
        // Croatian, Bulgarian and Greek, the Greek in capitals without its accents as a heading writes it
        assertThat(analyzer.terms("vozačka dozvola")).isEqualTo(analyzer.terms("driving licence"));
        assertThat(analyzer.terms("екипа")).isEqualTo(analyzer.terms("team"));
        assertThat(analyzer.terms("ΕΜΠΕΙΡΙΑ")).isEqualTo(analyzer.terms("experience"));
        assertThat(analyzer.terms("εμπειρία")).isEqualTo(analyzer.terms("experience"));
        // languages and countries by their names in Croatian, Lithuanian and Persian; not Spanish "cada" (each) as Chad
        assertThat(analyzer.terms("njemački")).isEqualTo(analyzer.terms("German"));
        assertThat(analyzer.terms("anglų")).isEqualTo(analyzer.terms("English"));
        assertThat(analyzer.terms("Vokietija")).isEqualTo(analyzer.terms("Germany"));
        assertThat(analyzer.terms("cada")).isNotEqualTo(analyzer.terms("Chad"));
        // a word English has too, with another meaning, stays English: Danish "børn" (children) folds to "born"
        assertThat(analyzer.terms("born")).isNotEqualTo(analyzer.terms("children"));
    }

    @Test
    void should_read_chinese_japanese_and_korean_in_twos_and_their_cv_words_as_the_english_word_asked_for() {
        // a Japanese heading, a Chinese one and a Korean one, none of them spaced between its words
        assertThat(analyzer.terms("職務経歴書")).contains("duti", "experi");
        assertThat(analyzer.terms("工作经历")).containsAll(analyzer.terms("work experience"));
        assertThat(analyzer.terms("경력사항")).containsAll(analyzer.terms("experience"));
        // "英語力" (English ability) holds the language a question names
        assertThat(analyzer.terms("英語力")).containsAll(analyzer.terms("English"));
        // full-width letters as plain ones; a katakana loanword whole
        assertThat(analyzer.terms("ＴＯＥＩＣ")).isEqualTo(analyzer.terms("TOEIC"));
        assertThat(analyzer.terms("エンジニア")).isEqualTo(analyzer.terms("engineer"));
        // a company's name is found by its own two characters as a question in Chinese writes them
        assertThat(analyzer.terms("在华为公司工作")).containsAll(analyzer.terms("华为"));
    }

    @Test
    void should_give_the_english_words_of_a_run_of_chinese_japanese_or_korean() {
        assertThat(ProfileAnalyzer.inEnglish("職務経歴書")).isEqualTo("duties experience");
        assertThat(ProfileAnalyzer.inEnglish("語学")).isEqualTo("languages");
        assertThat(ProfileAnalyzer.inEnglish("東京")).isEqualTo("東京");
    }

    @Test
    void should_read_a_turkish_or_an_indonesian_sections_name_as_the_english_one() {
        assertThat(analyzer.terms("SERTİFİKALAR")).isEqualTo(analyzer.terms("certifications"));
        assertThat(analyzer.terms("Penghargaan")).isEqualTo(analyzer.terms("awards"));
    }

    @Test
    void should_read_an_askers_usual_typos_as_the_words_meant() {
        assertThat(analyzer.terms("what languges does she speak")).isEqualTo(analyzer.terms("languages speak"));
        assertThat(analyzer.terms("Has she manged people?")).isEqualTo(analyzer.terms("managed people"));
        assertThat(analyzer.terms("univeristy")).isEqualTo(analyzer.terms("university"));
    }

    @Test
    void should_take_a_tools_other_name_for_the_tool() {
        assertThat(analyzer.terms("Golang")).isEqualTo(analyzer.terms("Go"));
        assertThat(analyzer.terms("K8s")).isEqualTo(analyzer.terms("Kubernetes"));
        assertThat(analyzer.terms("Postgres")).isEqualTo(analyzer.terms("PostgreSQL"));
    }

    @Test
    void should_stem_a_tutor_as_teaching() {
        assertThat(analyzer.terms("Clinical Tutor")).isEqualTo(analyzer.terms("clinical teaching"));
        assertThat(analyzer.terms("tutored")).isEqualTo(analyzer.terms("taught"));
    }

    @Test
    void should_stem_a_supervisor_and_an_advisor_as_their_verbs() {
        assertThat(analyzer.terms("Supervisors: McKellar")).isEqualTo(analyzer.terms("supervised McKellar"));
        assertThat(analyzer.terms("advisor")).isEqualTo(analyzer.terms("advised"));
    }

    @Test
    void should_stem_certified_qualified_and_licence_as_the_nouns_a_cv_heads_its_list_with() {
        assertThat(analyzer.terms("certified")).isEqualTo(analyzer.terms("Certifications"));
        assertThat(analyzer.terms("qualified")).isEqualTo(analyzer.terms("qualifications"));
        assertThat(analyzer.terms("licence")).isEqualTo(analyzer.terms("license"));
    }

    @Test
    void should_stem_looking_for_as_seeking() {
        assertThat(analyzer.terms("What is she looking for?")).isEqualTo(analyzer.terms("What is she seeking?"));
    }

    @Test
    void should_read_a_posts_ship_as_the_post() {
        assertThat(analyzer.terms("clerkship"))
                .isEqualTo(analyzer.terms("Law Clerk").subList(1, 2));
        assertThat(analyzer.terms("apprenticeship")).isEqualTo(analyzer.terms("apprentice"));
        assertThat(analyzer.terms("internships")).isEqualTo(analyzer.terms("intern"));
        assertThat(analyzer.terms("Publications")).isEqualTo(analyzer.terms("published"));
    }

    @Test
    void should_read_the_short_forms_typed_in_chat_as_the_words_they_shorten() {
        assertThat(analyzer.terms("How many pts a day in the ER?"))
                .isEqualTo(analyzer.terms("How many patients a day in the emergency?"));
        assertThat(analyzer.terms("10 yrs, 600 hrs")).isEqualTo(analyzer.terms("10 years, 600 hours"));
        assertThat(analyzer.terms("Did she do a postdoc with a prof?"))
                .isEqualTo(analyzer.terms("Did she do a postdoctoral with a professor?"));
        assertThat(analyzer.terms("his Cert III")).isEqualTo(analyzer.terms("his Certificate III"));
        assertThat(analyzer.terms("her PhD supervisor")).isEqualTo(analyzer.terms("her doctoral supervisor"));
        assertThat(analyzer.terms("D.Sc. (Tech.)")).isEqualTo(analyzer.terms("Doctor (Tech.)"));
    }

    @Test
    void should_read_the_words_of_a_resume_in_another_language_as_the_english_words_a_question_uses() {
        assertThat(analyzer.terms("Idiomas")).isEqualTo(analyzer.terms("languages"));
        assertThat(analyzer.terms("Premio al mejor proyecto")).containsAll(analyzer.terms("award project"));
        assertThat(analyzer.terms("Voluntario de Ingeniería Sin Fronteras"))
                .contains(analyzer.terms("volunteer").get(0));
        assertThat(analyzer.terms("Führerschein Klasse B"))
                .contains(analyzer.terms("licence").get(0));
        assertThat(analyzer.terms("presupuesto de 96 millones"))
                .contains(analyzer.terms("budget").get(0));
        assertThat(analyzer.terms("Espagnol : intermédiaire"))
                .contains(analyzer.terms("Spanish").get(0));
        assertThat(analyzer.terms("Meine Kündigungsfrist beträgt drei Monate"))
                .contains(analyzer.terms("notice").get(0));
        assertThat(analyzer.terms("einen Umzug in den Großraum Stuttgart"))
                .contains(analyzer.terms("relocate").get(0));
        assertThat(analyzer.terms("praca zdalna, okres wypowiedzenia 1 miesiąc"))
                .contains(
                        analyzer.terms("remote").get(0),
                        analyzer.terms("notice").get(0));
        assertThat(analyzer.terms("Lancement de 9 nouveaux produits")).containsAll(analyzer.terms("launch products"));
        assertThat(analyzer.terms("Masterarbeit bei der Robert Bosch GmbH"))
                .contains(analyzer.terms("thesis").get(0));
        assertThat(analyzer.terms("Kunden in Deutschland, den Niederlanden und Polen"))
                .containsAll(analyzer.terms("Netherlands Poland"));
        assertThat(analyzer.terms("Espanhol – intermediário"))
                .contains(analyzer.terms("Spanish").get(0));
        assertThat(analyzer.terms("Trabalho de Conclusão de Curso: “Detecção de anomalias”"))
                .contains(analyzer.terms("thesis").get(0));
        assertThat(analyzer.terms("Vrijwillig mentor bij CoderDojo Utrecht"))
                .contains(analyzer.terms("volunteering").get(0));
        assertThat(analyzer.terms("Afstudeeropdracht bij VerkeersNet B.V."))
                .contains(analyzer.terms("thesis").get(0));
    }

    @Test
    void should_read_what_a_resume_in_another_language_counts_as_the_english_words_of_the_question() {
        assertThat(analyzer.terms("Management de 65 collaborateurs"))
                .contains(analyzer.terms("employees").get(0));
        assertThat(analyzer.terms("45 fournisseurs et 3 entrepôts régionaux"))
                .containsAll(analyzer.terms("suppliers warehouses"));
        assertThat(analyzer.terms("Begeleiding van ca. 300 medewerkers; verzuim van 6,8% naar 4,9%"))
                .containsAll(analyzer.terms("employees absence"));
        assertThat(analyzer.terms("gemiddeld 25 plaatsingen per maand"))
                .contains(analyzer.terms("placements").get(0));
        assertThat(analyzer.terms("Reducción de costes del 12 %")).containsAll(analyzer.terms("reduction costs"));
        assertThat(analyzer.terms("Gemeente Nieuwegein"))
                .contains(analyzer.terms("government").get(0));
    }

    @Test
    void should_read_a_french_or_italian_word_after_its_elided_article() {
        assertThat(analyzer.terms("Chef d'équipe, l'entrepôt de Corbas")).containsAll(analyzer.terms("team warehouse"));
        assertThat(analyzer.terms("Responsabile dell’ufficio acquisti"))
                .containsAll(analyzer.terms("ufficio purchasing"));
    }

    @Test
    void should_read_a_greek_cvs_words_with_or_without_their_accents_as_the_english_of_the_question() {
        assertThat(analyzer.terms("ΓΛΩΣΣΕΣ · Γερμανικά · Μέτρια (B1)")).containsAll(analyzer.terms("languages German"));
        assertThat(analyzer.terms("Γλώσσες · ΑΓΓΛΙΚΑ")).containsAll(analyzer.terms("languages English"));
        assertThat(analyzer.terms("ΔΗΜΟΣΙΕΥΣΕΙΣ · Εθελοντής μηχανικός μετά τον σεισμό"))
                .containsAll(analyzer.terms("publications volunteer earthquake"));
    }

    @Test
    void should_read_british_and_american_spellings_as_one_word() {
        assertThat(analyzer.terms("Led the reorganisation; organised and optimised"))
                .isEqualTo(analyzer.terms("Led the reorganization; organized and optimized"));
        assertThat(analyzer.terms("specialising in standardisation"))
                .isEqualTo(analyzer.terms("specializing in standardization"));
        assertThat(analyzer.terms("analysed")).isEqualTo(analyzer.terms("analyzed"));
        assertThat(analyzer.terms("supervised")).isEqualTo(analyzer.terms("supervision"));
    }

    @Test
    void should_read_link_addresses_as_their_words() {
        assertThat(IndexText.of("", "published (https://www.tartley.com/posts/acceptance-testing-using-ironpython)"))
                .isEqualTo("published (tartley posts acceptance testing using ironpython)");
        assertThat(IndexText.of("Work", "patch (https://github.com/python/cpython/commit/1341bb0019868345bab8)"))
                .isEqualTo("Work: patch (github python cpython commit)");
    }
}
