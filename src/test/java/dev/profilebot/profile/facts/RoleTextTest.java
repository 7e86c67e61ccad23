package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTextTest {

    @Test
    void should_read_a_title_and_its_other_name_either_side_of_a_dash_as_one_title_and_italian_titles() {
        assertThat(RoleText.read("Architetto – Project Architect"))
                .hasValueSatisfying(r -> assertThat(r.organization() + " | " + r.title())
                        .isEqualTo(" | Architetto – Project Architect"));
        assertThat(RoleText.read("Senior Developer – Google"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEqualTo("Google"));
        assertThat(RoleText.isTitle("Architetto junior")).isTrue();
        assertThat(RoleText.isTitle("Stefano Boeri Architetti")).isFalse();
    }

    @Test
    void should_know_titles_of_croatian_lithuanian_latvian_estonian_bulgarian_and_persian_cvs_and_their_firms() {
        assertThat(RoleText.isTitle("Voditelj odjela konstrukcija")).isTrue();
        assertThat(RoleText.isTitle("Tiekimo grandinės vadovė")).isTrue();
        assertThat(RoleText.isTitle("Projektu vadītājs")).isTrue();
        assertThat(RoleText.isTitle("Tarkvara arendaja")).isTrue();
        assertThat(RoleText.isTitle("Главен счетоводител")).isTrue();
        assertThat(RoleText.isTitle("کارشناس طراحی مکانیک")).isTrue();
        assertThat(RoleText.isTitle("Statika Plus d.o.o., Zagreb")).isFalse();
        // a Swiss apprentice's post
        assertThat(RoleText.isTitle("Lehre als Informatiker EFZ (mit technischer Berufsmaturität)"))
                .isTrue();
        // a Korean résumé's labels spaced to their column's width: "회 사 명" (the firm's name)
        assertThat(RoleText.read("회 사 명: (주)무신사; 부서 / 직위: 주문정산플랫폼팀 / 선임"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEqualTo("(주)무신사"));
        // a Bulgarian firm by its legal form after its name
        assertThat(RoleText.looksLikeEmployer("„Баланс Консулт“ ЕООД, гр. София – счетоводна кантора"))
                .isTrue();
    }

    @Test
    void should_read_two_titles_either_side_of_a_dash_before_the_first_bar_as_one_post_and_the_employer_after() {
        assertThat(RoleText.read("Deputy Manager – Team Lead, Commercial Banking | Awolowo Road Branch, Ikoyi"))
                .hasValueSatisfying(r -> assertThat(r.title() + " | " + r.organization())
                        .isEqualTo("Deputy Manager – Team Lead, Commercial Banking | Awolowo Road Branch"));
        assertThat(RoleText.read("Senior Engineer – Acme Ltd | Leeds"))
                .hasValueSatisfying(
                        r -> assertThat(r.title() + " | " + r.organization()).isEqualTo("Senior Engineer | Acme Ltd"));
    }

    @Test
    void should_read_a_travel_contracts_labelled_site_as_the_employer_and_its_first_part_as_the_title() {
        assertThat(RoleText.read("Travel RN – ICU | Agency: Northstar Nurses | Assignment: Saltbrook Medical Center, "
                        + "Ogden, UT | 13 weeks,"))
                .hasValueSatisfying(r -> assertThat(r.title() + " | " + r.organization() + " | " + r.location())
                        .isEqualTo("Travel RN – ICU | Saltbrook Medical Center | Optional[Ogden, UT]"));
        assertThat(RoleText.read("Assignment: Migration of the billing platform | Role: Tech Lead"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEmpty());
    }

    @Test
    void should_read_a_civil_servants_loan_to_another_department_as_a_post_there() {
        assertThat(RoleText.read("Loan to Dept for Business and Trade (DBT) – Finance Business Partner Lead"))
                .hasValueSatisfying(r -> assertThat(r.organization() + " | " + r.title())
                        .isEqualTo("Dept for Business and Trade (DBT) | Finance Business Partner Lead (on loan)"));
        assertThat(RoleText.isOrganization("Department for Business and Trade")).isTrue();
    }

    @Test
    void should_leave_out_the_full_width_bracket_a_japanese_employers_dates_were_cut_from() {
        assertThat(RoleText.tidy("株式会社リンクフォース　（")).isEqualTo("株式会社リンクフォース");
        assertThat(RoleText.tidy("株式会社ヤマシロ精機　（ ）")).isEqualTo("株式会社ヤマシロ精機");
        assertThat(RoleText.tidy("（株）ヤマシロ精機")).isEqualTo("（株）ヤマシロ精機");
    }

    @Test
    void should_know_a_geographer_a_cartographer_or_a_hotels_executive_as_a_title_not_a_geographic_society() {
        assertThat(RoleText.isTitle("Geographer (GIS)")).isTrue();
        assertThat(RoleText.isTitle("Senior Cartographer")).isTrue();
        assertThat(RoleText.isTitle("Royal Geographical Society")).isFalse();
        assertThat(RoleText.isTitle("GUEST RELATIONS EXECUTIVE")).isTrue();
    }

    @Test
    void should_read_a_nordic_firms_name_with_a_dash_in_it_as_one_name_and_a_student_assistant_as_a_title() {
        assertThat(RoleText.read("A.P. Møller - Mærsk A/S, København"))
                .hasValueSatisfying(
                        r -> assertThat(r.organization() + " | " + r.location().orElse(""))
                                .isEqualTo("A.P. Møller-Mærsk A/S | København"));
        assertThat(RoleText.read("Senior Engineer - Acme Ltd"))
                .hasValueSatisfying(r -> assertThat(r.title()).isEqualTo("Senior Engineer"));
        assertThat(RoleText.hasLegalForm("Lunar Way ApS")).isTrue();
        assertThat(RoleText.isTitle("Studentermedhjælper, Digital Commerce (deltid)"))
                .isTrue();
    }

    @Test
    void should_know_a_firm_by_its_legal_form_in_brackets_or_in_japanese_and_drop_messrs() {
        assertThat(RoleText.isOrganization("DB Schenker (Schenker Sp. z o.o.)")).isTrue();
        assertThat(RoleText.isOrganization("Soranowa Inc. (株式会社ソラノワ)")).isTrue();
        assertThat(RoleText.isOrganization("株式会社メルカリ")).isTrue();
        assertThat(RoleText.isOrganization("Customs Department")).isFalse();
        assertThat(RoleText.read("Employer · M/s. Nasser S. Al-Hajri Corporation (NSH), Dammam, KSA"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEqualTo("Nasser S. Al-Hajri Corporation"));
        assertThat(RoleText.read("Desenvolvedora Full Stack Pleno"))
                .hasValueSatisfying(r -> assertThat(r.title()).isEqualTo("Desenvolvedora Full Stack Pleno"));
    }

    @Test
    void should_keep_a_rank_range_in_brackets_in_the_title_not_read_its_second_rank_as_the_employer() {
        assertThat(RoleText.read("Automated Logistical Specialist (PFC – Specialist)"))
                .hasValueSatisfying(r -> {
                    assertThat(r.title()).isEqualTo("Automated Logistical Specialist (PFC – Specialist)");
                    assertThat(r.organization()).isEmpty();
                });
    }

    @Test
    void should_keep_a_teachers_title_led_by_the_grade_taught_after_the_school_and_its_town() {
        assertThat(RoleText.read("Lincoln Park Middle School, Chicago, IL — 6th Grade Math Teacher"))
                .hasValueSatisfying(r -> {
                    assertThat(r.organization()).isEqualTo("Lincoln Park Middle School");
                    assertThat(r.title()).isEqualTo("6th Grade Math Teacher");
                });
    }

    @Test
    void should_read_a_stay_abroad_to_study_as_a_break_not_an_employer() {
        assertThat(RoleText.read("INTERCÂMBIO – DUBLIN, IRLANDA")).hasValueSatisfying(r -> {
            assertThat(r.careerBreak()).isTrue();
            assertThat(r.organization()).isEmpty();
        });
    }

    @Test
    void should_read_the_town_after_a_labelled_employers_other_name_in_brackets() {
        assertThat(RoleText.read("Organisation: Department of Human Services (Centrelink), Toowoomba QLD"))
                .hasValueSatisfying(r -> {
                    assertThat(r.organization()).isEqualTo("Department of Human Services");
                    assertThat(r.location()).contains("Toowoomba QLD");
                });
    }

    @Test
    void should_read_the_town_after_the_last_dash_as_where_and_the_words_after_the_comma_as_the_employers() {
        assertThat(RoleText.read("Royal Infirmary, NHS Lothian – Edinburgh")).hasValueSatisfying(r -> {
            assertThat(r.organization()).isEqualTo("Royal Infirmary, NHS Lothian");
            assertThat(r.location()).hasValue("Edinburgh");
        });
        assertThat(RoleText.read("St Aldhelm's Hospital, NHS – Bristol (Reino Unido)"))
                .hasValueSatisfying(r -> {
                    assertThat(r.organization()).isEqualTo("St Aldhelm's Hospital, NHS");
                    assertThat(r.location()).hasValue("Bristol (Reino Unido)");
                });
        assertThat(RoleText.read("Acme Ltd, Leeds – UK")).hasValueSatisfying(r -> {
            assertThat(r.organization()).isEqualTo("Acme Ltd");
            assertThat(r.location()).hasValue("Leeds, UK");
        });
    }

    @Test
    void should_keep_a_law_firms_practice_group_after_a_title_in_the_title() {
        assertThat(RoleText.read("Senior Associate, Corporate M&A")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Senior Associate, Corporate M&A");
            assertThat(r.organization()).isEmpty();
        });
        assertThat(RoleText.read("Tax Manager, Private Equity"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEmpty());
        assertThat(RoleText.read("Senior Associate, Ashdown Reeve LLP"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEqualTo("Ashdown Reeve LLP"));
    }

    @Test
    void should_read_a_department_then_the_title_held_in_it_as_the_title_alone() {
        // a Japanese career summary's rows under the employer's line: where in the firm, then the title
        assertThat(RoleText.read("Chiller Design Department, Design Section 2 (Head Office, Tokyo) / Mechanical Design"
                        + " Engineer"))
                .hasValueSatisfying(r -> {
                    assertThat(r.title())
                            .isEqualTo("Mechanical Design Engineer, Chiller Design Department, Design Section 2");
                    assertThat(r.organization()).isEmpty();
                    assertThat(r.location()).hasValue("Head Office, Tokyo");
                });
        // an employer before the slash stays the employer's
        assertThat(RoleText.read("Acme Ltd / Sales Manager"))
                .hasValueSatisfying(r -> assertThat(r.title()).doesNotStartWith("Sales Manager"));
    }

    @Test
    void should_read_a_co_operative_as_an_employer_not_an_operatives_title() {
        assertThat(RoleText.read(
                        "Ballyhoura Dairy Co-operative, Mitchelstown, Co. Cork — Quality Control Laboratory Analyst"))
                .hasValueSatisfying(r -> {
                    assertThat(r.organization()).isEqualTo("Ballyhoura Dairy Co-operative");
                    assertThat(r.title()).isEqualTo("Quality Control Laboratory Analyst");
                    assertThat(r.location()).hasValue("Mitchelstown, Co. Cork");
                });
        assertThat(RoleText.read("Machine Operative, Acme Ltd"))
                .hasValueSatisfying(r -> assertThat(r.title()).isEqualTo("Machine Operative"));
    }

    @Test
    void should_read_the_part_of_a_country_after_a_title_as_the_region_it_covers_not_an_employer() {
        // a Europass title in capitals: the region is the post's, the employer on the line below
        assertThat(RoleText.read("HEAD OF CONTRACT LOGISTICS OPERATIONS – NORTHERN ITALY"))
                .hasValueSatisfying(r -> {
                    assertThat(r.title()).isEqualTo("HEAD OF CONTRACT LOGISTICS OPERATIONS – NORTHERN ITALY");
                    assertThat(r.organization()).isEmpty();
                });
        assertThat(RoleText.read("Regional Manager – North West England"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEmpty());
        // an employer after the title stays one
        assertThat(RoleText.read("Regional Manager – Northern Rail"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEqualTo("Northern Rail"));
    }

    @Test
    void should_read_a_co_op_placement_as_how_the_post_was_held_but_the_co_op_as_an_employer() {
        assertThat(RoleText.read("Engineering Intern – Co-op Placement")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Engineering Intern (co-op placement)");
            assertThat(r.organization()).isEmpty();
        });
        assertThat(RoleText.read("Store Manager, Co-op, Leeds")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Store Manager");
            assertThat(r.organization()).isEqualTo("Co-op");
        });
    }

    @Test
    void should_read_a_range_inside_brackets_after_a_title_as_an_aside() {
        assertThat(RoleText.read("Apprentice Electrician (1st – 4th year)")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Apprentice Electrician");
            assertThat(r.organization()).isEmpty();
        });
    }

    @Test
    void should_keep_a_nurses_pay_band_and_unit_in_the_title_and_read_no_employer_from_present() {
        assertThat(RoleText.read("Charge Nurse (Band 6) – Present")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Charge Nurse (Band 6)");
            assertThat(r.organization()).isEmpty();
        });
        assertThat(RoleText.read("Staff Nurse, Band 5, Acute Medical Unit")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Staff Nurse, Band 5, Acute Medical Unit");
            assertThat(r.organization()).isEmpty();
        });
        assertThat(RoleText.read("Program Analyst (GS-0343-11)")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Program Analyst (GS-0343-11)");
            assertThat(r.organization()).isEmpty();
        });
        assertThat(RoleText.read("Healthcare Assistant (Band 3, Bank)")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Healthcare Assistant (Band 3, Bank)");
            assertThat(r.organization()).isEmpty();
        });
        assertThat(RoleText.read("Staff Nurse, Band 5, Leeds Teaching Hospitals NHS Trust"))
                .hasValueSatisfying(r -> {
                    assertThat(r.title()).isEqualTo("Staff Nurse, Band 5");
                    assertThat(r.organization()).isEqualTo("Leeds Teaching Hospitals NHS Trust");
                });
    }

    @Test
    void should_read_a_placement_line_without_a_title_word_as_a_title_of_its_own() {
        // given a teacher-training placement's bullet: "placement" makes it title-like, though no title word ends it
        String line = "Final placement graded Outstanding";

        // when
        var read = RoleText.read(line);

        // then
        assertThat(read).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo(line);
            assertThat(r.organization()).isEmpty();
        });
    }

    @Test
    void should_read_the_mall_a_store_stands_in_as_where_not_as_part_of_the_employer() {
        // given a store manager's entry: the chain, then the mall, then the town
        String line = "Assistant Store Manager | Copperfield Home, Eastgate Town Center, Columbus, OH";

        // when
        var read = RoleText.read(line);

        // then
        assertThat(read).hasValueSatisfying(r -> {
            assertThat(r.organization()).isEqualTo("Copperfield Home");
            assertThat(r.location()).contains("Eastgate Town Center, Columbus, OH");
        });
        assertThat(RoleText.read(
                        "Department Supervisor | Brightway Department Stores, Maple Crossing Mall, Dayton, OH"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEqualTo("Brightway Department Stores"));
    }

    @Test
    void should_read_the_name_a_sole_trader_trades_under_after_a_dash_as_the_employer() {
        // when
        var read = RoleText.read("Self-employed Electrician (sole trader) – trading as Whitworth Electrical, Leeds");

        // then
        assertThat(read).hasValueSatisfying(r -> {
            assertThat(r.organization()).isEqualTo("Whitworth Electrical");
            assertThat(r.title()).contains("Electrician");
        });
    }

    @Test
    void should_read_a_town_and_its_province_code_in_brackets_after_the_employer_as_where() {
        // when
        var read = RoleText.read("Backend Developer @ Quaigrid Logistique (Montréal, QC)");

        // then
        assertThat(read).hasValueSatisfying(r -> {
            assertThat(r.organization()).isEqualTo("Quaigrid Logistique");
            assertThat(r.location()).contains("Montréal, QC");
        });
    }

    @Test
    void should_read_the_employer_and_town_within_a_titles_unit_when_a_country_follows_it_alone() {
        assertThat(RoleText.read(
                        "Doctoral Researcher & Teaching Assistant, University of Warsaw, Faculty of Chemistry, "
                                + "Warsaw, · Poland"))
                .hasValueSatisfying(r -> {
                    assertThat(r.title()).isEqualTo("Doctoral Researcher & Teaching Assistant");
                    assertThat(r.organization()).isEqualTo("University of Warsaw");
                    assertThat(r.location()).contains("Warsaw, Poland");
                });
    }

    @Test
    void should_read_a_french_or_german_title_with_the_field_after_it_as_one_title() {
        for (String title : List.of(
                "Responsable Supply Chain Régional",
                "Directeur Supply Chain",
                "Ingénieur Qualité Fournisseurs",
                "Projektleiter Getriebeentwicklung E-Antrieb",
                "Approvisionneur, puis Planificateur production")) {
            assertThat(RoleText.read(title)).as(title).hasValueSatisfying(r -> {
                assertThat(r.title()).isEqualTo(title);
                assertThat(r.organization()).isEmpty();
            });
        }
        // the employer named with its legal form after the title is still the employer
        assertThat(RoleText.read("DEVELOPMENT ENGINEER BRAUER & SÖHNE MASCHINENBAU GMBH"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEqualTo("BRAUER & SÖHNE MASCHINENBAU GMBH"));
    }

    @Test
    void should_read_a_firm_named_for_its_contract_business_as_the_employer_and_the_town_after_it_as_where() {
        assertThat(RoleText.read("GEODIS Contract Logistics – Saint-Quentin-Fallavier (38)"))
                .hasValueSatisfying(r -> {
                    assertThat(r.organization()).isEqualTo("GEODIS Contract Logistics");
                    assertThat(r.title()).isEmpty();
                    assertThat(r.location()).contains("Saint-Quentin-Fallavier");
                });
    }

    @Test
    void should_read_a_slovenian_firms_legal_form_and_its_town_but_not_a_norwegian_to_this_day_as_a_form() {
        assertThat(RoleText.read("Krka, d. d., Novo mesto")).hasValueSatisfying(r -> {
            assertThat(r.organization()).isEqualTo("Krka, d. d");
            assertThat(r.location()).contains("Novo mesto");
        });
        // "2019 – d.d.": "dags dato", to this day, as a Norwegian CV ends a range; no firm's form
        assertThat(RoleText.hasLegalForm("2019 – d.d.")).isFalse();
        assertThat(RoleText.hasLegalForm("Manager, Helse og omsorg (jan. 2022 – d.d.)"))
                .isFalse();
    }

    @Test
    void should_read_a_title_and_the_finance_team_after_its_comma_as_one_title() {
        assertThat(RoleText.read("Senior Manager, FP&A")).hasValueSatisfying(r -> {
            assertThat(r.title()).isEqualTo("Senior Manager, FP&A");
            assertThat(r.organization()).isEmpty();
        });
        assertThat(RoleText.read("Manager, Treasury"))
                .hasValueSatisfying(r -> assertThat(r.organization()).isEmpty());
    }
}
