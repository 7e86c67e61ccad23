package dev.profilebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PrivateDetailRedactorTest {

    private final PrivateDetailRedactor redactor = new PrivateDetailRedactor(Set.of());

    @Test
    void should_remove_the_phone_number_and_street_but_keep_city_and_time_zone() {
        String header = "Jonathan Hartley\ntartley@tartley.com\n+1 507 513 1101\n"
                + "1601 5th Ave NW. Rochester, MN, 55901, USA\nCentral, ie. UTC-6";

        PrivateDetailRedactor.Redaction redaction = redactor.redact(header);

        assertThat(redaction.text())
                .isEqualTo("Jonathan Hartley\ntartley@tartley.com\nRochester, MN, USA\nCentral, ie. UTC-6");
        assertThat(redaction.removed())
                .extracting(PrivateDetailRedactor.Removed::kind)
                .containsOnly(PrivateDetail.PHONE, PrivateDetail.ADDRESS);
    }

    @Test
    void should_remove_a_quebec_flat_however_it_is_written_and_keep_the_town() {
        for (String flat : List.of("app. 2", "appt. 4", "appartement 12", "apt 7")) {
            PrivateDetailRedactor.Redaction redaction =
                    redactor.redact("5184, rue Fabre, " + flat + ", Montréal (Québec) H2J 3W2");

            assertThat(redaction.text()).isEqualTo("Montréal (Québec)");
            assertThat(redaction.towns()).containsExactly("Montréal (Québec)");
        }
    }

    @Test
    void should_keep_a_project_named_after_its_value_which_is_no_street() {
        for (String text : List.of(
                "Delivered the $45M Redland Bay Road Upgrade on budget.",
                "Delivered the $1.5M Redland Bay Road Upgrade on budget.",
                "Delivered the £27m Hollis Street Level Crossing Removal.")) {
            assertThat(redactor.redact(text).text()).isEqualTo(text);
        }
    }

    @Test
    void should_remove_a_flat_number_on_its_own_line_or_before_the_street_and_keep_the_post_town() {
        PrivateDetailRedactor.Redaction redaction = redactor.redact(
                "Flat 4\n27 Coldharbour Terrace\nNorthbridge NB2 5JX\nApt. 12B, 9 Elm Street\nUnit 3 lead");

        assertThat(redaction.text())
                .doesNotContain("Flat", "Coldharbour", "NB2", "12B", "Elm")
                .contains("Northbridge", "Unit 3 lead");
        assertThat(redactor.redact("7 Whinmoor Terrace, Saltby Moor, Harrowfield HF6 2LD")
                        .towns())
                .containsExactly("Harrowfield");
    }

    @Test
    void should_withhold_a_villa_and_its_compound_and_keep_the_town() {
        PrivateDetailRedactor.Redaction redaction =
                redactor.redact("Villa 7, Al Rawdah Compound, Olaya District, Riyadh, Kingdom of Saudi Arabia");

        assertThat(redaction.text())
                .doesNotContain("Villa", "Rawdah", "Olaya")
                .contains("Riyadh, Kingdom of Saudi Arabia");
    }

    @Test
    void should_withhold_the_district_after_a_street_when_the_address_wraps_onto_the_town_line() {
        PrivateDetailRedactor.Redaction redaction =
                redactor.redact("⚲ 27 Larkspur Rise, Horfield,\nBristol BS7 9QT\n12 Oak Road, Leeds");

        assertThat(redaction.text())
                .doesNotContain("Larkspur", "Horfield", "BS7", "Oak Road")
                .contains("Bristol", "Leeds");
    }

    @Test
    void should_keep_an_orcid_id_which_is_public_by_design() {
        assertThat(redactor.redact("ORCID iD: 0000-0003-4182-9067 · ID: 0000-0003-4182-9067")
                        .text())
                .isEqualTo("ORCID iD: 0000-0003-4182-9067 · ID");
        assertThat(redactor.redact("ORCID: 0000-0002-7741-3096").text()).isEqualTo("ORCID: 0000-0002-7741-3096");
    }

    @Test
    void should_keep_the_town_that_ends_a_labelled_home_address_as_where_the_person_lives() {
        PrivateDetailRedactor.Redaction redaction =
                redactor.redact("Home Address: 2817 North Linnwood Court, Shorewood, WI 53211\n"
                        + "Home Address: · 2817 North Linnwood Court, Shorewood, WI 53211");

        assertThat(redaction.text()).doesNotContain("Linnwood", "53211");
        assertThat(redaction.towns()).containsExactly("Shorewood, WI", "Shorewood, WI");
        assertThat(redactor.redact("Address: 〒154-0011 Maison Kamiuma 305, 2-14-7 Kamiuma, Setagaya-ku, Tokyo")
                        .towns())
                .containsExactly("Tokyo");
        assertThat(redactor.redact("Address: Flat 2, 14 Hohe Straße, Innenstadt, Germany")
                        .towns())
                .isEmpty();
    }

    @Test
    void should_withhold_the_floor_and_door_after_a_street_and_a_birth_date_after_the_birthplace() {
        // given: a JSON Resume theme's header: the street with its floor and door, then where and when she was born
        PrivateDetailRedactor.Redaction redaction = redactor.redact(
                "Rua Almirante Barroso, 41, 2.º Dto, 1000-013 Lisboa\nBorn in Ponta Delgada, Azores in 3/14/1991");

        // then
        assertThat(redaction.text()).doesNotContain("Almirante", "2.º Dto", "1000-013", "3/14/1991", "1991");
        assertThat(redactor.redact("Calle Mayor 12, 3º Izq, Madrid").text()).doesNotContain("3º Izq");
    }

    @Test
    void should_keep_the_town_of_a_labelled_address_past_its_postcode_before_or_after_it() {
        assertThat(redactor.redact("Address: Rötelstrasse 84, 8037 Zürich").towns())
                .containsExactly("Zürich");
        PrivateDetailRedactor.Redaction southAfrican =
                redactor.redact("Home address: 14 Third Avenue, Linden, Johannesburg, 2195");
        assertThat(southAfrican.text()).doesNotContain("Third Avenue", "2195");
        assertThat(southAfrican.towns()).containsExactly("Johannesburg");
    }

    @Test
    void should_keep_a_name_that_starts_like_a_street_and_goes_on_as_a_unit_or_a_school() {
        PrivateDetailRedactor.Redaction redaction =
                redactor.redact("Warrant Officer, 4 Armoured Close Support Battalion REME, Tidworth\n"
                        + "Teacher, Church Road Primary School\nHome: 12 Maple Close, Swindon");

        assertThat(redaction.text())
                .contains("4 Armoured Close Support Battalion REME", "Church Road Primary School")
                .doesNotContain("Maple");
    }

    @Test
    void should_withhold_an_attestations_number_in_lettered_parts_and_a_fathers_name_typed_with_a_curly_apostrophe() {
        PrivateDetailRedactor.Redaction redaction = redactor.redact(
                "Certificate: EASA Cabin Crew Attestation (CCA) No. RO-CCA- 04217; Issued by: AACR; Completed: 02/2016\n"
                        + "Father’s Name: Mr. K. Ramalingam");

        assertThat(redaction.text())
                .doesNotContain("04217", "Ramalingam")
                .contains("EASA Cabin Crew Attestation", "Issued by: AACR", "02/2016");
    }

    @Test
    void should_withhold_an_npi_number_and_an_emergency_contact() {
        PrivateDetailRedactor.Redaction redaction = redactor.redact(
                "NPI 1740392865 · DEA registration\nOR driver license # · emergency contact: Ilona (wife) 503-555-0187");

        assertThat(redaction.text())
                .doesNotContain("1740392865", "Ilona", "0187")
                .contains("DEA registration");
    }

    @Test
    void should_remove_a_mobile_whose_first_group_after_the_country_code_is_one_digit() {
        PrivateDetailRedactor.Redaction redaction =
                redactor.redact("E-mail: femke@example.nl. Mobile / WhatsApp: +31 6 4172 9038 (Mon–Fri)");

        assertThat(redaction.text()).doesNotContain("4172").contains("femke@example.nl");
        assertThat(redactor.redact("Portable : +33 6 12 34 56 78").text()).doesNotContain("34 56");
    }

    @Test
    void should_withhold_a_uk_driving_licence_number_in_brackets_after_its_label() {
        PrivateDetailRedactor.Redaction redaction =
                redactor.redact("Nationality: British. Full clean UK driving licence (DENHO856235RJ9XY)");

        assertThat(redaction.text())
                .isEqualTo("Nationality: British. Full clean UK driving licence")
                .doesNotContain("856235");
        assertThat(redactor.redact("Licence: MORGA 657054 SM9IJ, category C+E").text())
                .doesNotContain("657054");
        // straight after its label, in lower case, as typed in a hurry
        assertThat(redactor.redact("other stuff. ohio drivers lic RT482913 clean record.")
                        .text())
                .doesNotContain("482913")
                .contains("clean record");
        assertThat(redactor.redact("Full clean UK driving licence (Category B)").text())
                .contains("Category B");
        // six digits that are no birth date (a month 23): a product's code, kept
        assertThat(redactor.redact("Model reference ABCDE 123456 XY1ZZ is our product code.")
                        .text())
                .contains("ABCDE 123456 XY1ZZ");
    }

    @Test
    void should_withhold_a_right_to_work_share_code() {
        String line = "Right to work · EU Settlement Scheme – settled status (share code W7X 4KP 9QD)";

        assertThat(redactor.redact(line).text())
                .doesNotContain("W7X")
                .doesNotContain("9QD")
                .contains("settled status");
        // nine letters and digits in any mix: the first three may hold no digit
        assertThat(redactor.redact("Right to work: Graduate visa, share code WKX 4KP 9QD")
                        .text())
                .doesNotContain("WKX")
                .contains("Graduate visa");
    }

    @Test
    void should_leave_the_next_field_alone_when_a_particular_is_left_empty() {
        String line = "Nationality: British · Religion: · Languages: English, Yoruba, French";

        assertThat(redactor.redact(line).text()).contains("Languages: English, Yoruba, French");
    }

    @Test
    void should_withhold_particulars_whose_table_cells_are_read_as_label_dot_value() {
        // a personal-data table's two cells, read as "Marital Status: · Married"
        for (String line : List.of(
                "Marital Status: · Married", "Religion: · Christianity", "Place of Birth: · Nnewi, Anambra State")) {
            PrivateDetailRedactor.Redaction redaction = redactor.redact(line);

            assertThat(redaction.text())
                    .doesNotContain("Married")
                    .doesNotContain("Christianity")
                    .doesNotContain("Nnewi");
            assertThat(redaction.removed())
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.value()).isNotBlank());
        }
    }

    @Test
    void should_withhold_a_birthplace_in_a_phrase_and_a_marital_status_after_a_sentence() {
        assertThat(redactor.redact("Personal details: (born in Viseu, Portugal) Nationality: Portuguese.")
                        .text())
                .doesNotContain("Viseu")
                .contains("Nationality: Portuguese");
        assertThat(redactor.redact("Staatsangehörigkeit: deutsch. Familienstand: ledig.")
                        .text())
                .doesNotContain("ledig");
        // health: a disability rating, an immunisation status
        assertThat(redactor.redact("Veterans' Preference: 10-point preference (30% service-connected disability).")
                        .text())
                .doesNotContain("30%")
                .contains("10-point preference");
        assertThat(redactor.redact("Hepatitis B status · Immune (Occupational Health, 2022)")
                        .text())
                .doesNotContain("Immune");
        // a line of particulars that opens with it too
        assertThat(redactor.redact("Born in Viseu, Portugal · Portuguese").text())
                .doesNotContain("Viseu");
        // career text that only looks like it: kept
        assertThat(redactor.redact("Drove the project, born at Google Research, to completion.")
                        .text())
                .contains("Google Research");
        assertThat(redactor.redact("M.A. Religion: Comparative Studies thesis supervisor for 6 students.")
                        .text())
                .contains("Comparative Studies");
        assertThat(redactor.redact("Delivered a 40% disability hiring increase.")
                        .text())
                .contains("40%");
    }

    @Test
    void should_withhold_a_date_and_place_of_birth_under_one_label_and_a_korean_date() {
        assertThat(redactor.redact("Geburtsdatum/-ort: 23.05.1984 in Deggendorf\nStaatsangehörigkeit: deutsch")
                        .text())
                .isEqualTo("Staatsangehörigkeit: deutsch");
        assertThat(redactor.redact("Date and place of birth: 12 March 1990, Lyon")
                        .text())
                .doesNotContain("1990")
                .doesNotContain("Lyon");
        assertThat(redactor.redact("Date of Birth · 1991. 05. 14 · Nationality · Republic of Korea")
                        .text())
                .doesNotContain("1991");
    }

    @Test
    void should_withhold_a_korean_row_of_particulars_under_its_labels_and_an_italian_birth_after_the_town() {
        String row = "[사진] PHOTO 3 × 4 cm · Name (성명) Date of birth (생년월일) Address (주소) · 한도윤 / HAN DO-YUN"
                + " 1989.08.21 서울특별시 강남구 도곡로 43 길 12, 101 동 1203 호 Dogok-ro 43-gil 12, Apt. 101-1203,"
                + " Gangnam-gu, Seoul 06275";

        String redacted = redactor.redact(row).text();

        assertThat(redacted).doesNotContain("1989", "도곡로", "Dogok-ro", "1203").contains("HAN DO-YUN");
        assertThat(redactor.redact("NATA A: Milano, il 12/08/1986.").text()).doesNotContain("1986");
        assertThat(redactor.redact("Née à Lyon le 14 mars 1985").text()).doesNotContain("1985");
        assertThat(redactor.redact("Career · 2017.01 ~ 2020.02 · NAVER Corp. · hd@example.com")
                        .text())
                .contains("2017.01 ~ 2020.02");
    }

    @Test
    void should_withhold_particulars_whose_labels_carry_their_chinese_translation() {
        String row = "Gender 性别 · Female 女 · Date of Birth 出生日期 · 1995.08.14 · [照片 Photo]";
        String id = "ID No. 身份证号: 330106199508144327\nPolitical Status 政治面貌: CPC Member 中共党员\n"
                + "Hukou 户籍: Hangzhou, Zhejiang 浙江杭州";

        assertThat(redactor.redact(row).text()).doesNotContain("1995").contains("Female");
        assertThat(redactor.redact(id).text()).doesNotContain("330106", "CPC", "Hangzhou");
        assertThat(redactor.redact("出生日期：1995.08.14").text()).doesNotContain("1995");
        assertThat(redactor.redact("Education 教育背景 · Fudan University 复旦大学 · 2017.09-2019.06")
                        .text())
                .isEqualTo("Education 教育背景 · Fudan University 复旦大学 · 2017.09-2019.06");
    }

    @Test
    void should_withhold_a_greek_cvs_particulars_and_a_postcode_of_three_and_two_digits() {
        String particulars = """
                Στοιχεία · Ημερομηνία γέννησης: 14/03/1988, Λάρισα
                **Διεύθυνση κατοικίας:** Αγίου Μελετίου 47, 113 61 Αθήνα (Κυψέλη)
                Λοιπά · Α.Φ.Μ.: 128456931 (Δ.Ο.Υ. Η' Αθηνών)
                **Α.Μ.Κ.Α.:** 14038802157
                **Οικογενειακή κατάσταση:** Έγγαμος, ένα παιδί
                **Υπηκοότητα:** Ελληνική""";

        assertThat(redactor.redact(particulars).text())
                .doesNotContain("1988", "Μελετίου", "113 61", "128456931", "14038802157", "Έγγαμος")
                .contains("Ελληνική");
        assertThat(redactor.redact("47 Agiou Meletiou St., 113 61 Athens, Greece")
                        .text())
                .doesNotContain("113 61");
        assertThat(redactor.redact("**CPF:** 318.442.907-15").text()).doesNotContain("318");
    }

    @Test
    void should_withhold_a_turkish_cvs_particulars_and_an_irish_and_a_nigerian_identity_number() {
        String particulars = """
                T.C. Kimlik No · 38471926550
                Doğum Tarihi / Yeri · 14.03.1989 / Kadıköy
                Uyruğu · T.C.
                Medeni Hali · Evli, 1 çocuk
                Askerlik Durumu · Yapıldı (Kısa dönem, Temmuz 2013 – Aralık 2013)""";

        assertThat(redactor.redact(particulars).text())
                .doesNotContain("38471926550", "1989", "Kadıköy", "Evli", "Yapıldı")
                .contains("Uyruğu · T.C.");
        assertThat(redactor.redact("PPS No.: 8215437QA").text()).doesNotContain("8215437");
        assertThat(redactor.redact("N.I.N.: · 41827639054").text()).doesNotContain("41827639054");
    }

    @Test
    void should_withhold_a_ukrainian_address_and_the_age_written_after_a_date_of_birth() {
        String particulars = """
                Дата народження: 14 травня 1993 (31 рік)
                Місто проживання: Київ
                Адреса: вул. Героїв Дніпра, 38, кв. 117 (Оболонський р-н)
                Сімейний стан: заміжня.""";

        assertThat(redactor.redact(particulars).text())
                .doesNotContain("1993", "31 рік", "Героїв", "117", "заміжня")
                .contains("Місто проживання: Київ");
    }

    @Test
    void should_withhold_the_names_of_the_persons_family_and_keep_the_sentence() {
        String note = "Morag lives in the West End with her husband Iain and our two kids, Ruaridh and Kirsty.";

        assertThat(redactor.redact(note).text())
                .isEqualTo("Morag lives in the West End with her husband and our two kids.");
        assertThat(redactor.redact("She led the rollout with her team and our partner Microsoft.")
                        .text())
                .contains("Microsoft");
        assertThat(redactor.redact("Off the clock I live in Leslieville with my partner Tomasz and a cat.")
                        .text())
                .isEqualTo("Off the clock I live in Leslieville with my partner and a cat.");
    }

    @Test
    void should_withhold_a_mobile_written_whole_after_its_country_code() {
        assertThat(redactor.redact("Tel. +30 6945182273  |  d.karagiannis@example.com")
                        .text())
                .doesNotContain("6945182273")
                .contains("d.karagiannis@example.com");
    }

    @Test
    void should_withhold_a_personal_messenger_id_as_a_phone_and_keep_a_public_handle() {
        assertThat(redactor.redact("WeChat 微信: lxt_0814sh. E-mail 邮箱: lin@example.com")
                        .text())
                .doesNotContain("lxt_0814sh")
                .contains("lin@example.com");
        assertThat(redactor.redact("KakaoTalk ID: dhseo88 · GitHub: github.com/dhseo-dev")
                        .text())
                .doesNotContain("dhseo88")
                .contains("github.com/dhseo-dev");
    }

    @Test
    void should_withhold_a_birth_date_after_the_town_when_one_label_names_the_place_then_the_date() {
        assertThat(redactor.redact("Luogo e data di nascita: Torino, 14/03/1991. Codice fiscale.")
                        .text())
                .doesNotContain("14/03/1991")
                .doesNotContain("Torino");
        assertThat(redactor.redact("Tempat/Tanggal Lahir: Tabanan, 14 Maret 1988. Jenis Kelamin: Perempuan.")
                        .text())
                .doesNotContain("1988")
                .doesNotContain("Tabanan");
        assertThat(redactor.redact("Doğum Yeri / Tarihi: Denizli / 14.09.1988").text())
                .doesNotContain("14.09.1988");
        assertThat(redactor.redact("Place and date of birth: Cork, 2 May 1990").text())
                .doesNotContain("1990");
    }

    @Test
    void should_withhold_a_birth_date_in_brackets_after_the_days_name() {
        assertThat(redactor.redact("I was born on Leap Day (February 29, 1992), so I've had eight birthdays.")
                        .text())
                .doesNotContain("1992")
                .doesNotContain("February 29");
        assertThat(redactor.redact("He was born in Houston (and grew up there) and studied at Texas A&M, 2010.")
                        .text())
                .contains("2010");
    }

    @Test
    void should_withhold_a_birth_date_written_day_month_year_with_hyphens() {
        assertThat(redactor.redact("PERSONAL DETAILS: Date of Birth: 14-Nov-1988. Nationality: Indian")
                        .text())
                .doesNotContain("1988")
                .contains("Nationality: Indian");
        assertThat(redactor.redact("Date of Birth · 14-Aug-1986 · Place of Birth · Iloilo City")
                        .text())
                .doesNotContain("1986");
        assertThat(redactor.redact("Born: 03/Sept/1979").text()).doesNotContain("1979");
        // a Czech date, a space after each dot
        assertThat(redactor.redact("Datum narození: · 14. 5. 1990").text())
                .doesNotContain("1990")
                .doesNotContain("14. 5.");
        assertThat(redactor.redact("Místo narození: · Havlíčkův Brod").text()).doesNotContain("Havlíčkův");
        assertThat(redactor.redact("Bydliště: · Palackého 1187/23, 293 01 Mladá Boleslav")
                        .text())
                .doesNotContain("Palackého")
                .doesNotContain("1187");
        // in Russian and Ukrainian: "родился 14 марта 1993", "Дата рождения: 14.03.1993", "народився 2 травня 1990"
        assertThat(redactor.redact("Мужчина, 32 года, родился 14 марта 1993").text())
                .doesNotContain("32")
                .doesNotContain("1993")
                .doesNotContain("14 марта");
        assertThat(redactor.redact("Дата рождения: 14.03.1993").text()).doesNotContain("1993");
        assertThat(redactor.redact("Опыт работы — 9 лет 4 месяца").text()).contains("9 лет");
        assertThat(redactor.redact("Чоловік, народився 2 травня 1990").text()).doesNotContain("1990");
    }

    @Test
    void should_withhold_a_street_after_its_short_sign_and_its_flat_after_a_slash() {
        assertThat(redactor.redact("ul. Józefa Dietla 54/7\n31-039 Kraków").text())
                .doesNotContain("Dietla")
                .doesNotContain("54/7")
                .contains("Kraków");
        assertThat(redactor.redact("Адрес: ул. Тверская 12").text()).doesNotContain("Тверская");
        // not a street: a plan's name, a number after an abbreviation of no street
        assertThat(redactor.redact("Grew sales 40% in Q3 2021").text()).contains("40%");
    }

    @Test
    void should_withhold_the_digits_a_masked_identity_number_leaves_showing() {
        assertThat(redactor.redact("Social Security No. · XXX-XX-4471 (last four only)")
                        .text())
                .doesNotContain("4471");
        assertThat(redactor.redact("SSN: ***-**-0932").text()).doesNotContain("0932");
        assertThat(redactor.redact("NRIC: S****567D").text()).doesNotContain("567");
    }

    @Test
    void should_withhold_a_disability_rating_however_the_sentence_puts_it() {
        assertThat(redactor.redact(
                                "Veterans' Preference · 10-point (CPS) – service-connected disability rated 30%; DD-214 attached")
                        .text())
                .doesNotContain("30%")
                .contains("DD-214 attached");
        assertThat(redactor.redact("Veterans' Preference · service-connected disability rated\n30%; DD-214 attached")
                        .text())
                .doesNotContain("30%")
                .contains("DD-214 attached");
        assertThat(redactor.redact("Eligible under VEOA and 30% or More Disabled Veteran authority")
                        .text())
                .doesNotContain("30%")
                .contains("VEOA");
    }

    @Test
    void should_withhold_an_age_but_not_an_age_group() {
        assertThat(redactor.redact("As of December 1, 2026 (age 42)").text()).doesNotContain("42");
        assertThat(redactor.redact("Nationality: Swedish · Age: 35").text()).doesNotContain("35");
        assertThat(redactor.redact("Age: : 33 years old").text()).doesNotContain("33", "old");
        for (String ordinary : List.of(
                "Taught pupils of age 11–16 in mixed-ability classes",
                "Fundraising Manager, Age UK, 2019 – present",
                "Supported adults over age 65 living independently")) {
            assertThat(redactor.redact(ordinary).text()).as(ordinary).isEqualTo(ordinary);
        }
    }

    @Test
    void should_withhold_a_number_at_a_tab_stop_and_keep_ordinary_lines_that_only_look_labelled() {
        assertThat(redactor.redact("GMC Number · 7012345 · Passport No · 533401234")
                        .text())
                .doesNotContain("7012345", "533401234");
        for (String ordinary : List.of(
                "Certificate: PRINCE2 Practitioner 2018",
                "Teacher of Religion – St Mary's School, Leeds, 2015–2019",
                "Budget managed – 250 000.",
                "BA (Hons) Theology and Religion - First Class")) {
            assertThat(redactor.redact(ordinary).text()).as(ordinary).isEqualTo(ordinary);
        }
    }

    @Test
    void should_withhold_a_number_labelled_by_an_identification_numbers_acronym() {
        assertThat(redactor.redact(
                                "Illinois Professional Educator License (PEL), valid through June 30, 2027 (IEIN: 3149872)")
                        .text())
                .doesNotContain("3149872")
                .contains("June 30, 2027");
        assertThat(redactor.redact("Grew the accounts in MN: 12000 customers by 2024.")
                        .text())
                .contains("12000 customers");
    }

    @Test
    void should_withhold_a_political_status_and_a_household_registration_from_a_table_of_particulars() {
        String row = "Hukou · Ganzhou, Jiangxi Province · Political Status · CPC Member · Email · zhou@example.com";

        assertThat(redactor.redact(row).text()).doesNotContain("CPC", "Ganzhou").contains("zhou@example.com");
    }

    @Test
    void should_withhold_an_employment_equity_status_and_keep_the_next_particular() {
        assertThat(redactor.redact("Equity status: · African male · Nationality: · South African")
                        .text())
                .doesNotContain("African male")
                .contains("South African");
        assertThat(redactor.redact("Led the race to market for the new app.").text())
                .isEqualTo("Led the race to market for the new app.");
    }

    @Test
    void should_withhold_tax_and_social_insurance_numbers_but_not_a_pin_or_tin_in_words() {
        assertThat(redactor.redact("KRA PIN: A005127493K\nNSSF No. 2004417391\nTIN: 412-553-908-000\n"
                                + "SSS No.: 34-5678901-2")
                        .text())
                .doesNotContain("A005127493K", "2004417391", "412-553-908-000", "5678901");
        for (String ordinary : List.of(
                "Rolled out chip and PIN in 2019 across 40 branches.",
                "Tin: 2 years at the canning line; PIN pads for 300 tills")) {
            assertThat(redactor.redact(ordinary).text()).as(ordinary).isEqualTo(ordinary);
        }
    }

    @Test
    void should_withhold_a_full_date_set_as_an_item_of_its_own_among_contact_items_but_not_a_recent_or_dated_thing() {
        assertThat(redactor.redact("in linkedin.com/in/saskia-molenaar · ★ 14.03.1990 · ⚑ Dutch")
                        .text())
                .isEqualTo("in linkedin.com/in/saskia-molenaar · ⚑ Dutch");
        assertThat(redactor.redact("ada@quinn.example | 1990-03-14 | Leeds").text())
                .isEqualTo("ada@quinn.example | Leeds");
        assertThat(redactor.redact("Zürich · March 14, 1990 · Swiss · anna@vogel.example")
                        .text())
                .isEqualTo("Zürich · Swiss · anna@vogel.example");
        assertThat(redactor.redact("Zürich, 14.3.90, Swiss, anna@vogel.example").text())
                .isEqualTo("Zürich, Swiss, anna@vogel.example");
        // a certificate's date in a list is no birthday, nor one outside the contact details
        assertThat(redactor.redact("14.03.2008 | PRINCE2 Practitioner").text())
                .isEqualTo("14.03.2008 | PRINCE2 Practitioner");
        // a dated thing is no birthday: "Certified 14.03.2019", a month and a year, a date this year
        assertThat(redactor.redact("Certified 14.03.2019 · Berlin").text()).isEqualTo("Certified 14.03.2019 · Berlin");
        assertThat(redactor.redact("Jan 2019 – Mar 2021 · Leeds").text()).isEqualTo("Jan 2019 – Mar 2021 · Leeds");
        String recent = "Next start · 01.03." + java.time.Year.now().getValue() + " · Leeds";
        assertThat(redactor.redact(recent).text()).isEqualTo(recent);
    }

    @Test
    void should_withhold_a_continental_postcode_opening_a_line_before_its_town_but_not_a_count_or_a_year() {
        assertThat(redactor.redact("1900-024 Lisboa, Portugal · inesmoreira.pt").text())
                .isEqualTo("Lisboa, Portugal · inesmoreira.pt");
        assertThat(redactor.redact("Leeds · 80797 München").text()).isEqualTo("Leeds · München");
        assertThat(redactor.redact("12000 Users served daily").text()).isEqualTo("12000 Users served daily");
        for (String kept : List.of(
                "2016 MA Interaction Design, Malmö University",
                "Habit tracker · 50000 Downloads · Google Play",
                "2020 QA Lead, Spotify",
                "Senior Developer @ Booking.com | 01.02.2009 - 31.03.2014",
                "anna@vogel.example · Driving licence B since 12.06.2008")) {
            assertThat(redactor.redact(kept).text()).isEqualTo(kept);
        }
        assertThat(redactor.redact("(+353) 87-412-3391").text()).isEmpty();
        assertThat(redactor.redact("2019 Berlin Marathon").text()).isEqualTo("2019 Berlin Marathon");
    }

    @Test
    void should_remove_a_postcode_alone_on_the_line_under_a_wrapped_address() {
        String text = redactor.redact(
                        "linkedin.com/in/maya-lindqvist\nFlat 2, 18 Ashgrove Terrace, Bristol\nBS6 5LP\nSkills")
                .text();

        assertThat(text).doesNotContain("5LP", "Ashgrove").contains("linkedin.com/in/maya-lindqvist", "Skills");
    }

    @Test
    void should_remove_the_family_particulars_and_the_pin_code_of_an_indian_cvs_personal_details() {
        String details = """
                Father's Name      : Sri. K. R. Sathyanarayana
                Marital Status     : Married
                Nationality        : Indian
                Permanent Address  : No. 42, 3rd Cross, Vivekananda Nagar,
                                     Mysuru - 570023, Karnataka.""";

        String text = redactor.redact(details).text();

        assertThat(text)
                .doesNotContain("Sathyanarayana", "Married", "570023", "Vivekananda")
                .contains("Nationality        : Indian", "Mysuru", "Karnataka");
        assertThat(redactor.redact("Team of 12 - 450000 lines of code migrated").text())
                .contains("450000");
    }

    @Test
    void should_remove_a_uk_mobile_and_a_labelled_date_of_birth_from_a_line_marked_private() {
        String header =
                "Leeds, UK · owen@example.com\nPrivate (do not share): mobile 07700 900417 · date of birth 14/03/1989";

        PrivateDetailRedactor.Redaction redaction = redactor.redact(header);

        assertThat(redaction.text())
                .doesNotContain("900417")
                .doesNotContain("1989")
                .contains("owen@example.com");
        assertThat(redaction.removed())
                .extracting(PrivateDetailRedactor.Removed::kind)
                .containsExactlyInAnyOrder(PrivateDetail.PHONE, PrivateDetail.BIRTH_DATE);
        assertThat(redactor.redact("Place of birth: Zawadów").text()).doesNotContain("Zawadów");
        assertThat(redactor.redact("Date of birth (travel & hotel bookings): 22 September 1985.")
                        .text())
                .doesNotContain("1985");
        assertThat(redactor.redact("Nationality: Polish · Place of birth: Zawadów · Marital status: married")
                        .text())
                .doesNotContain("Zawadów")
                .contains("Nationality: Polish");
        assertThat(redactor.redact("Geboren am 3. Mai 1990 in Kassel. DOB: 1990-05-03.")
                        .text())
                .doesNotContain("1990");
        for (String line : List.of(
                "Birthday: 14/03/1989",
                "**Date of birth:** 14/03/1989",
                "Born in Lagos on 14 March 1989",
                "Date of birth — 14/03/1989. Nationality — British.",
                "Date of birth ........ 14/03/1989",
                "Fecha de nacimiento: 14 de marzo de 1989",
                "Born · 14.03.1989, Vila Nova de Sorrinha (PT)",
                "Date of birth: 14.03.1989",
                "Date of Birth: 1989.03.14                 Nationality: Chinese",
                "Date of birth · : 14 March 1989")) {
            assertThat(redactor.redact(line).text())
                    .as(line)
                    .doesNotContain("1989")
                    .doesNotContain("**");
        }
    }

    @Test
    void should_remove_a_birthday_given_without_its_year() {
        // LinkedIn's sidebar: "Birthday: March 14", no year; a day and a month are as private as the whole date
        for (String line : List.of(
                "Birthday: March 14", "Date of birth: 14th of March", "Contact · Birthday · 14 March · Chicago")) {
            assertThat(redactor.redact(line).text()).as(line).doesNotContainIgnoringCase("14");
        }
        // a birthday that is not the person's, with no date under the label
        assertThat(redactor.redact("Organised the firm's birthday party in March 2014")
                        .text())
                .contains("March 2014");
    }

    @Test
    void should_remove_a_us_street_with_its_direction_and_a_brazilian_street_with_its_number_after_a_comma() {
        // "2417 SE" is no Dutch postcode before a town: the street goes whole, its direction too
        PrivateDetailRedactor.Redaction portland =
                redactor.redact("2417 SE Tamarack Ave, Portland, OR 97214 | (503) 555-0147");
        assertThat(portland.text())
                .doesNotContain("Tamarack", "2417", "97214", "555")
                .contains("Portland");
        // "Rua Joaquim Távora, 1240, apto. 73 – Vila Mariana – São Paulo/SP – CEP 04015-012": the street, its number
        // and flat, the district and the CEP go; the city stays
        PrivateDetailRedactor.Redaction saoPaulo =
                redactor.redact("Rua Joaquim Távora, 1240, apto. 73 – Vila Mariana – São Paulo/SP – CEP 04015-012");
        assertThat(saoPaulo.text())
                .doesNotContain("Joaquim", "Távora", "1240", "73", "04015", "Vila Mariana")
                .contains("São Paulo");
        assertThat(redactor.redact("Avenida Brigadeiro Faria Lima, 3477 – Itaim Bibi – São Paulo/SP")
                        .text())
                .doesNotContain("Faria Lima", "3477");
        // the number after its sign, under a line of particulars: "Rua Cardeal Arcoverde, nº 1452, apto 83 – …"
        assertThat(redactor.redact("Brasileira, casada, 31 anos\n\n"
                                + "Rua Cardeal Arcoverde, nº 1452, apto 83 – Pinheiros, São Paulo – SP, CEP 05414-001")
                        .text())
                .doesNotContain("Cardeal", "Arcoverde", "1452", "83", "05414", "Pinheiros")
                .contains("São Paulo");
    }

    @Test
    void should_remove_a_street_with_its_house_number_after_it_and_keep_the_town() {
        for (String line : List.of(
                "Lychener Straße 28, 10437 Berlin",
                "Seefeldstrasse 112, 8008 Zürich",
                "Rua Augusta 274, 1100-053 Lisboa",
                "Karl-Heine-Straße 74, 04229 Leipzig",
                "Keizersgracht 12, 1015 CS Amsterdam",
                // a street named with an adjective before it, and one with no street's word at all
                "Kromme Lindenstraat 18, 3582 KT Utrecht",
                "Lange Voorhout 12, 2514 EA Utrecht",
                "Rue Haute 14, 1000 Bruxelles")) {
            PrivateDetailRedactor.Redaction redaction = redactor.redact(line);

            assertThat(redaction.text()).as(line).doesNotContainPattern("\\d").matches("\\p{L}+");
            assertThat(redaction.removed()).as(line).isNotEmpty();
        }
        for (String line : List.of(
                "Led the Platform 2 rollout; Strasse Labs since 2019",
                "- Via the 2020 migration moved 12000 Enterprise users",
                "Via Rail Canada 2015 – 2019",
                "Senior Buyer, Rue La La 2012 – 2014",
                "Fire Brigade 3 volunteer",
                "- Built Renegade 2 engine",
                "Hackathon Berlin, Platz 2",
                "Moved to the UK in 2019 UK",
                "Windows 10, 1903 Update rolled out to 2000 Laptops",
                "Apollo 11, 2019 Tour")) {
            assertThat(redactor.redact(line).text()).as(line).isEqualTo(line);
        }
    }

    @Test
    void should_remove_the_station_nearest_the_home_a_japanese_resume_gives() {
        for (String line :
                List.of("Nearest Station: Miyamaedaira Station (Tokyu Den-en-toshi Line)", "最寄駅：宮前平駅（東急田園都市線）")) {
            PrivateDetailRedactor.Redaction redaction = redactor.redact(line);

            assertThat(redaction.text()).as(line).doesNotContain("Miyamaedaira").doesNotContain("宮前平");
            assertThat(redaction.removed()).as(line).isNotEmpty();
        }
        assertThat(redactor.redact("Station manager at Leeds Station for 4 years")
                        .text())
                .isEqualTo("Station manager at Leeds Station for 4 years");
    }

    @Test
    void should_remove_a_uk_mobile_on_the_line_of_an_address_whole() {
        String line =
                "If we've already spoken, my phone is 07700 900417. For paperwork: 27 Stainbeck Gardens, Leeds LS7.";

        PrivateDetailRedactor.Redaction redaction = redactor.redact(line);

        assertThat(redaction.text())
                .doesNotContain("900417")
                .doesNotContain("07700")
                .doesNotContain("Stainbeck");
    }

    @Test
    void should_remove_a_labelled_address_in_any_countrys_form_but_not_a_labelled_homepage() {
        assertThat(redactor.redact("**Address:** ul. Tsar Simeon 112, ap. 7, 1202 Sofia (Bulgaria)")
                        .text())
                .doesNotContain("Simeon")
                .doesNotContain("1202");
        assertThat(redactor.redact("Home: Seefeldstrasse 112, 8008 Zürich").text())
                .doesNotContain("Seefeld");
        assertThat(redactor.redact("Address:     Flat 12, Sai Krupa Residency, Baner Road, Pune 411045")
                        .text())
                .doesNotContain("Sai Krupa")
                .doesNotContain("411045");
        assertThat(redactor.redact("Home: https://example.com/blog/2").text()).contains("https://example.com/blog/2");
        assertThat(redactor.redact("Email: ada@example.com · Address: Berlin, Germany")
                        .text())
                .contains("Berlin, Germany");
        assertThat(redactor.redact("Home: Berlin (CET, UTC+1)").text()).contains("Berlin (CET, UTC+1)");
        assertThat(redactor.redact("Home: Lisbon, Portugal since 2019").text()).contains("Lisbon");
    }

    @Test
    void should_leave_dates_years_and_figures_alone() {
        String text = "Canonical May 2019 to July 2023. Served 5k req/s for 100 million product lines,"
                + " start date: Wed, 2021/11/10. Years 2006 2011 2019. Grade 2:1. Version 1.2.3.4."
                // months written year first, as a Chinese résumé does
                + " 2018.07-2021.06    Ningbo Haiyun International.";

        PrivateDetailRedactor.Redaction redaction = redactor.redact(text);

        assertThat(redaction.text()).isEqualTo(text);
        assertThat(redaction.changed()).isFalse();
    }

    @Test
    void should_withhold_a_pesel_with_a_note_after_its_label_and_a_clearance_holders_csid() {
        assertThat(redactor.redact("PESEL (national ID no.): 83112204584 · ID card no.: CAX 418275")
                        .text())
                .doesNotContain("83112204584")
                .doesNotContain("418275");
        assertThat(redactor.redact("Security clearance: NV1, granted November 2021 – AGSVA CSID 4471990263")
                        .text())
                .isEqualTo("Security clearance: NV1, granted November 2021 – AGSVA CSID");
    }

    @Test
    void should_keep_the_town_and_the_country_in_brackets_after_a_withheld_home_address() {
        PrivateDetailRedactor.Redaction redaction =
                redactor.redact("**Home:** Calle Poeta Mas i Ros 84, 5o B, 46022 Valencia (Spain)");

        assertThat(redaction.text()).doesNotContain("Poeta").doesNotContain("46022");
        assertThat(redaction.towns()).containsExactly("Valencia, Spain");
    }

    @Test
    void should_withhold_an_identity_number_shown_in_part_with_its_check_digit() {
        assertThat(redactor.redact("HKID No.: R66****(3) Nationality: Chinese (HK Permanent Resident)")
                        .text())
                .doesNotContain("R66")
                .contains("Nationality: Chinese");
        assertThat(redactor.redact("NRIC: S****527F").text()).doesNotContain("527F");
        assertThat(redactor.redact("**Personnummer:** 880412-XXXX (full number provided on request)")
                        .text())
                .doesNotContain("880412");
        assertThat(redactor.redact("CURP: · VIRD910314HJCLLG05").text()).doesNotContain("910314");
        assertThat(redactor.redact(
                                "Illinois Professional Educator License (PEL), Elementary Education — IEIN 2407819, valid"
                                        + " through June 2027.")
                        .text())
                .doesNotContain("2407819")
                .contains("valid through June 2027");
    }

    @Test
    void should_withhold_a_family_status_labelled_family_or_civil_status_with_its_note_but_not_family_medicine() {
        assertThat(redactor.redact("Family: · married, two children (b. 2020 and 2023)")
                        .text())
                .doesNotContain("married", "children", "2020");
        assertThat(redactor.redact("Citizenship · Filipino · Civil Status · Single · Height · 5'4\"")
                        .text())
                .doesNotContain("Single")
                .contains("Filipino");
        assertThat(redactor.redact("Residency in Family Medicine, 2015 – 2018").text())
                .isEqualTo("Residency in Family Medicine, 2015 – 2018");
    }

    @Test
    void should_withhold_a_nigerian_cvs_origin_and_next_of_kin_read_from_a_table_with_a_colon_cell() {
        String personal = "State of Origin: : Imo State · L.G.A: : Mbaitoli · Home Town: : Ifakala · Sex: : Male"
                + " · Next of Kin: : Mrs. Adaeze Obi (Wife) · Nationality: : Nigerian";

        assertThat(redactor.redact(personal).text())
                .doesNotContain("Imo", "Mbaitoli", "Ifakala", "Adaeze")
                .contains("Sex: Male", "Nationality: Nigerian");
        assertThat(redactor.redact(personal).removed())
                .extracting(PrivateDetailRedactor.Removed::value)
                .contains("Imo State", "Mrs. Adaeze Obi (Wife)");
        assertThat(redactor.redact("Teacher of Sex Education: Year 9").text())
                .isEqualTo("Teacher of Sex Education: Year 9");
    }

    @Test
    void should_withhold_a_rut_after_a_colon_cell_an_abbreviated_address_and_a_licence_number_after_its_state() {
        assertThat(redactor.redact("RUT: : 16.482.917-0. Nacionalidad: : Chilena.")
                        .text())
                .doesNotContain("16.482.917", "482")
                .contains("Chilena");
        assertThat(redactor.redact("Permanent Addr.: · H# 112, Gali No. 4, Satellite Town, Gujranwala.")
                        .text())
                .doesNotContain("Gali", "Satellite Town", "112");
        assertThat(redactor.redact("HR Heavy Rigid driver’s licence – WA DL 3094716. HV Switching Operator")
                        .text())
                .doesNotContain("3094716")
                .contains("HR Heavy Rigid driver’s licence", "HV Switching Operator");
    }

    @Test
    void should_withhold_a_lithuanian_and_a_bulgarian_cvs_birth_date_personal_code_and_address() {
        assertThat(redactor.redact("Gimimo data: · 1988 m. kovo 14 d.").text()).doesNotContain("1988", "kovo 14");
        assertThat(redactor.redact("Asmens kodas: · 48803140517").text()).doesNotContain("48803140517");
        assertThat(redactor.redact("Adresas: · Žirmūnų g. 112-45, LT-09121 Vilnius")
                        .text())
                .doesNotContain("Žirmūnų", "112-45");
        assertThat(redactor.redact("ЕГН: 8803146275").text()).doesNotContain("8803146275");
        assertThat(redactor.redact("Дата на раждане: 14.03.1988 г.").text()).doesNotContain("14.03.1988");
    }

    @Test
    void should_withhold_a_hungarian_slovak_indonesian_moroccan_belgian_and_mexican_cvs_particulars() {
        assertThat(redactor.redact("Születési idő: 1989. november 23.").text()).doesNotContain("1989", "november 23");
        // (its month and day wrapped to the next line in a sidebar)
        assertThat(redactor.redact("**Születési idő:** 1989.").text()).doesNotContain("1989");
        assertThat(redactor.redact("Családi állapot: házas, 1 gyermek").text()).doesNotContain("házas", "gyermek");
        assertThat(redactor.redact("Lakcím: 1118 Budapest, Ménesi út 41. 3/12.").text())
                .doesNotContain("Ménesi", "1118");
        assertThat(redactor.redact("Dátum narodenia: 3. 11. 1988").text()).doesNotContain("1988");
        assertThat(redactor.redact("Rodné číslo: 881103/4122").text()).doesNotContain("881103");
        assertThat(redactor.redact("Rodinný stav: ženatý, 2 deti").text()).doesNotContain("ženatý");
        assertThat(redactor.redact("Agama · : · Islam").text()).doesNotContain("Islam");
        assertThat(redactor.redact("Status Perkawinan · : · Menikah (1 anak)").text())
                .doesNotContain("Menikah");
        assertThat(redactor.redact("No. KTP (NIK) · : · 3275 0154 0891 0003").text())
                .doesNotContain("3275", "0003");
        assertThat(redactor.redact("CIN : · JT48213 · Nationalité : · Marocaine")
                        .text())
                .doesNotContain("JT48213")
                .contains("Marocaine");
        assertThat(redactor.redact("Rijksregisternummer: 88.03.14-226.59").text())
                .doesNotContain("226");
        assertThat(redactor.redact("Cédula profesional: 9521847").text()).doesNotContain("9521847");
        assertThat(redactor.redact("Cédula de ciudadanía: 171842639-6").text()).doesNotContain("171842639");
        assertThat(redactor.redact("Davčna številka · 58317295").text()).doesNotContain("58317295");
        assertThat(redactor.redact("ЈМБГ: 1703989782113").text()).doesNotContain("1703989782113");
        assertThat(redactor.redact("Numri personal: J00719045L").text()).doesNotContain("J00719045L");
        assertThat(redactor.redact("Датум рођења: 17.03.1989.").text()).doesNotContain("1989");
        // (a subject's name is no particular)
        assertThat(redactor.redact("Teacher of Religion – St Mary's").text()).contains("Religion – St Mary's");
    }

    @Test
    void should_withhold_a_swiss_cvs_year_of_birth_and_place_of_origin() {
        assertThat(redactor.redact("LinkedIn · linkedin.com/in/marco-santoro-pmp. Jahrgang · 1980.")
                        .text())
                .doesNotContain("1980");
        assertThat(redactor.redact("Heimatort · Seuzach ZH").text()).doesNotContain("Seuzach");
        // (not a year in a sentence after a full stop)
        assertThat(redactor.redact("We launched the product. Born 2019 as a side project, it grew.")
                        .text())
                .contains("2019");
    }

    @Test
    void should_withhold_a_date_of_birth_written_again_in_words_after_it() {
        assertThat(redactor.redact("Date of Birth | : | 14/08/1991 (Fourteenth August Nineteen Ninety One) |")
                        .text())
                .doesNotContain("14/08/1991", "Fourteenth", "Ninety One");
    }

    @Test
    void should_not_take_a_year_before_a_band_named_for_its_street_for_a_house_number() {
        assertThat(redactor.redact("2022 Lake Street String Quartet: Shostakovich Quartets Nos. 7–9, Landmark Center")
                        .removed())
                .isEmpty();
        assertThat(redactor.redact("Address: 1847 Lake Street, Saint Paul, MN").text())
                .doesNotContain("1847 Lake");
    }

    @Test
    void should_withhold_a_home_address_and_a_birth_date_under_their_japanese_or_chinese_labels() {
        assertThat(redactor.redact("現住所　〒564-0063 大阪府吹田市江坂町2丁目14-7 ルミエール江坂503").text())
                .doesNotContain("2丁目14", "564-0063", "ルミエール");
        assertThat(redactor.redact("现住址：广东省深圳市南山区科技园路88号").text()).doesNotContain("88号");
        assertThat(redactor.redact("生年月日　1987年8月14日（満37歳）").text()).doesNotContain("1987", "8月14日", "37");
        assertThat(redactor.redact("出生年月：1992.05").text()).doesNotContain("1992");
        // Arabic and Persian, the Persian in its own digits and its own calendar
        assertThat(redactor.redact("تاريخ الميلاد: 14/03/1989").text()).doesNotContain("14/03/1989");
        assertThat(redactor.redact("تاریخ تولد: · ۱۳۶۹/۰۴/۲۲ · محل تولد: · قزوین")
                        .text())
                .doesNotContain("۱۳۶۹/۰۴/۲۲", "قزوین");
        // Korean: "생년월일" (date of birth), "주소" (address)
        assertThat(redactor.redact("생년월일: 1990년 07월 22일 (만 36세)").text()).doesNotContain("1990", "07월 22일");
        assertThat(redactor.redact("주소: 서울특별시 마포구 월드컵북로 12길 34").text()).doesNotContain("12길 34");
        // (a date of birth stays withheld when the owner discloses only the address)
        assertThat(new PrivateDetailRedactor(Set.of(PrivateDetail.ADDRESS))
                        .redact("生年月日　1987年8月14日（満37歳）")
                        .text())
                .doesNotContain("1987");
    }

    @Test
    void should_withhold_a_village_address_by_its_label_a_nic_and_a_quebec_engineers_permit_number() {
        assertThat(redactor.redact(
                                "Permanent Address · : Vill: Uttar Dhanpur, P.O: Bijoypur, P.S: Laksam, Dist: Cumilla.")
                        .text())
                .doesNotContain("Dhanpur", "Bijoypur", "Laksam");
        assertThat(redactor.redact("Home address: Lisbon").removed()).isEmpty();
        assertThat(redactor.redact("NIC No.: · 937521846V. Gender: · Female.").text())
                .doesNotContain("937521846");
        assertThat(redactor.redact("Membre de l'OIQ depuis 2019 — permis no 5031847.")
                        .text())
                .doesNotContain("5031847")
                .contains("Membre de l'OIQ depuis 2019");
    }

    @Test
    void should_withhold_an_argentine_dni_and_cuil_written_after_their_labels_with_a_space_label_and_all() {
        assertThat(redactor.redact("DNI 36.482.917 | CUIL 27-36482917-0 | lucia.f@example.com")
                        .text())
                .doesNotContain("36.482.917", "36482917", "DNI", "CUIL")
                .contains("lucia.f@example.com");
        assertThat(redactor.redact("NIE 2016 - 2018 exchange semester").text()).contains("2016 - 2018");
    }

    @Test
    void should_withhold_an_identity_number_under_a_label_in_another_language_or_by_its_shape() {
        assertThat(redactor.redact("T.C. Kimlik No: 38142967504").text()).doesNotContain("38142967504");
        assertThat(redactor.redact("Kimlik No: 38142967504 | Medeni Durum: Evli")
                        .text())
                .doesNotContain("38142967504", "Evli");
        assertThat(redactor.redact("CNP: 1880514123456").text()).doesNotContain("1880514123456");
        // a Norwegian personal number by its short label, and the family status after it
        assertThat(redactor.redact("Fødselsnr.: 140391 48217. Sivilstand: Samboer, to barn.")
                        .text())
                .doesNotContain("48217", "Samboer");
        // Vietnam's citizen identity card: "CCCD: 079094012345" in a TopCV sidebar
        assertThat(redactor.redact("Gender: Male. CCCD: 079094012345.").text())
                .doesNotContain("079094012345")
                .contains("Gender: Male");
        assertThat(redactor.redact("KİŞİSEL BİLGİLER: Doğum Tarihi: 14.07.1991. Doğum Yeri: Bursa")
                        .text())
                .doesNotContain("14.07.1991", "Bursa")
                .contains("KİŞİSEL BİLGİLER");
        assertThat(redactor.redact("Data de nascimento: 14/03/1991").text()).doesNotContain("1991");
        assertThat(redactor.redact("Personal numeric code (CNP) · 1910714120051")
                        .text())
                .doesNotContain("1910714120051");
        assertThat(redactor.redact("Cédula: 1.023.456.789").text()).doesNotContain("456.789");
        // Portugal's citizen card, its number's sign as PDFs read it: "n.º", "n.o"
        assertThat(redactor.redact("Lisboa, Portugal · Cartão de Cidadão n.o 13874625 7 ZY4")
                        .text())
                .doesNotContain("13874625")
                .doesNotContain("ZY4")
                .contains("Lisboa");
        assertThat(redactor.redact("Cartão de Cidadão n.º: 13874625 7 ZY4").text())
                .doesNotContain("13874625");
        // an Italian tax code, labelled or not: six letters, the birth year, month letter, day, town, check
        assertThat(redactor.redact("Codice fiscale BLLCHR88E54A794G").text())
                .doesNotContain("BLLCHR88E54A794G")
                .contains("Codice fiscale");
        assertThat(redactor.redact("Nata a Brescia | C.F. RSSMRA85T10A562S | Patente B")
                        .text())
                .doesNotContain("RSSMRA85T10A562S")
                .contains("Patente B");
    }

    @Test
    void should_withhold_a_family_status_written_in_another_language_between_a_headers_dashes() {
        assertThat(redactor.redact("Née le 14/06/1990 – Mariée, 2 enfants – Permis B")
                        .text())
                .doesNotContain("Mariée", "enfants", "1990")
                .contains("Permis B");
        assertThat(redactor.redact("Estado civil: Casado, dos hijos").text()).doesNotContain("Casado", "hijos");
        // a French header's particulars between bullets, the age with them
        assertThat(redactor.redact("38 ans • Nationalité française • Marié, 2 enfants • Permis B (véhiculé)")
                        .text())
                .doesNotContain("38", "Marié", "enfants")
                .contains("Permis B");
        assertThat(redactor.redact("Profil : 18 ans d'expérience en logistique").text())
                .contains("18 ans d'expérience");
        // a Japanese résumé form's spouse and dependants, their headings a row above their values
        assertThat(redactor.redact("通勤時間 · 扶養家族数（配偶者を除く） · 配偶者 · 配偶者の扶養義務. 約 時間 分 · 1人 · 配偶者：有 · 扶養義務：無.")
                        .text())
                .doesNotContain("配偶者", "扶養")
                .contains("通勤時間");
        assertThat(redactor.redact("CPF: · 318.457.926-04 · RG: · 42.615.883-7 SSP/SP")
                        .text())
                .doesNotContain("318.457", "42.615");
    }

    @Test
    void should_withhold_the_personal_details_of_a_dutch_cv() {
        assertThat(redactor.redact("Adres: Kastanjelaan 27").text()).doesNotContain("Kastanjelaan", "27");
        assertThat(redactor.redact("Postcode / woonplaats: 3818 GB Amersfoort").text())
                .doesNotContain("3818");
        assertThat(redactor.redact("Geboortedatum: 23-04-1986").text()).doesNotContain("1986", "23-04");
        assertThat(redactor.redact("Burgerlijke staat: Gehuwd, 2 kinderen").text())
                .doesNotContain("Gehuwd", "kinderen");
    }

    @Test
    void should_withhold_a_spanish_identity_number_labelled_the_ways_spain_writes_it() {
        assertThat(redactor.redact("D.N.I.: 71.284.563-K").text()).doesNotContain("71.284.563", "563-K");
        assertThat(redactor.redact("DNI 48291736Z · NIE: X-4417302-L · Pasaporte: PAB123456")
                        .text())
                .doesNotContain("48291736", "4417302", "PAB123456");
    }

    @Test
    void should_withhold_an_american_street_of_the_kinds_southern_towns_name_them_and_keep_the_town() {
        assertThat(redactor.redact("4417 Ridgeway Oaks Cove, Memphis, TN 38115").text())
                .isEqualTo("Memphis, TN");
        assertThat(redactor.redact("118 Sawgrass Loop, Ocala, FL 34472").text()).isEqualTo("Ocala, FL");
        assertThat(redactor.redact("2209 Hickory Bend, Round Rock, TX 78681").text())
                .isEqualTo("Round Rock, TX");
    }

    @Test
    void should_remove_a_us_zip_code_after_its_town_and_brazilian_identity_numbers() {
        assertThat(redactor.redact("Altoona, WI 54720").text()).isEqualTo("Altoona, WI");
        assertThat(redactor.redact("Harrow & Lane, Columbus, OH 43215-1234").text())
                .isEqualTo("Harrow & Lane, Columbus, OH");
        assertThat(redactor.redact("CPF: 318.442.907-15 | RG: 42.917.305-X SSP/SP")
                        .text())
                .doesNotContain("318.442")
                .doesNotContain("42.917.305");
        assertThat(redactor.redact("Sold 12000 units in CA, US 2019").text())
                .isEqualTo("Sold 12000 units in CA, US 2019");
        for (String line : List.of(
                "BSN 09/2012 - 05/2016, University of Iowa",
                "Product Engineer | CNH | 03/2012 - 06/2016",
                "Opened new markets in CA, NY 10001 units sold")) {
            assertThat(redactor.redact(line).text()).as(line).isEqualTo(line);
        }
        assertThat(redactor.redact("Link: tel:+1-650-555-0142").text()).doesNotContain("555");
    }

    @Test
    void should_remove_a_postcode_labelled_as_one() {
        for (String line :
                List.of("Postcode: S40 3LQ", "**Postcode:** SW1A 1AA", "ZIP code: 43017", "Post code · 3629")) {
            assertThat(redactor.redact(line).text()).as(line).isBlank();
        }
        assertThat(redactor.redact("Forename(s): Owen James. Postcode: S40 3LQ.")
                        .text())
                .doesNotContain("S40")
                .contains("Owen James");
        for (String line : List.of("Postcode · : S40 3LQ", "Pincode - 560034", "Postcode: · 04229")) {
            assertThat(redactor.redact(line).text()).as(line).isBlank();
        }
        for (String line : List.of(
                "Built zip code support for the checkout in 2019",
                "Compressed nightly backups with zip and 7z archives",
                "Designed the PIN code flow for 2FA login",
                "Administered IBM Token-Ring 16 Mbit networks")) {
            assertThat(redactor.redact(line).text()).as(line).isEqualTo(line);
        }
        assertThat(redactor.redact("What is your date of birth?: 14/03/1993").text())
                .doesNotContain("1993");
    }

    @Test
    void should_remove_other_address_forms() {
        assertThat(redactor.redact("Lives at 221B Baker Street, London NW1 6XE, UK")
                        .text())
                .isEqualTo("Lives at London, UK");
        assertThat(redactor.redact("Mail: PO Box 42, Springfield").text()).isEqualTo("Mail: Springfield");
    }

    @Test
    void should_remove_a_british_address_whatever_its_street_is_called_but_keep_the_town() {
        assertThat(redactor.redact("*Private:* 12 Orrell Fold, Heaton Mersey, Stockport SK4 3NW · Mob. 07700 900583")
                        .text())
                .isEqualTo("*Private:* Stockport");
        assertThat(redactor.redact("Flat 2, 18 Wherry Bottoms, Stanmere ST3 8PW | DOB: 11/10/2004")
                        .text())
                .isEqualTo("Stanmere");
        // a house's name before the street: withheld with it; the town and its county stay
        assertThat(redactor.redact("The Old Granary, 14 Church Lane, Boston Spa, Wetherby, West Yorkshire LS23 6DX")
                        .text())
                .isEqualTo("Wetherby, West Yorkshire");
        assertThat(redactor.redact("Rose Cottage, 3 Mill Road, Ilkley LS29 8AB").text())
                .isEqualTo("Ilkley");
        // the post town before its county, when the county is all that follows it
        assertThat(redactor.redact("27 Cobden Street, Kettering, Northamptonshire NN16 8QT")
                        .text())
                .isEqualTo("Kettering, Northamptonshire");
        // a Welsh street's article between its words; the address labelled, its post town kept aside
        PrivateDetailRedactor.Redaction welsh =
                redactor.redact("Address: 14 Maes y Dderwen, Rhosddu, Wrexham LL11 2TN");
        assertThat(welsh.text()).doesNotContain("Maes").doesNotContain("LL11");
        assertThat(welsh.towns()).containsExactly("Wrexham");
        // a German identity card's number, letters and digits mixed; a family status told as a sentence of its own
        assertThat(redactor.redact("ID card no.: L7H2K94R1 (for client security screening only)")
                        .text())
                .doesNotContain("L7H2K94R1");
        assertThat(redactor.redact("PERSONAL: Married with two children. Full driving licence.")
                        .text())
                .doesNotContain("Married")
                .doesNotContain("two children")
                .contains("Full driving licence.");
        // a street's name among the parts is no town
        assertThat(redactor.redact("12 Orrell Fold, Heaton Mersey, Cheadle Road, Stockport SK4 3NW")
                        .text())
                .isEqualTo("Stockport");
        PrivateDetailRedactor.Redaction canadian =
                redactor.redact("mailing address 88 Galt Avenue, Toronto, ON M4M 2Z1.");
        assertThat(canadian.text()).isEqualTo("mailing address Toronto, ON.");
        assertThat(canadian.removed())
                .extracting(PrivateDetailRedactor.Removed::value)
                .doesNotContain("Toronto");
    }

    @Test
    void should_keep_what_the_owner_chose_to_disclose() {
        PrivateDetailRedactor disclosing = new PrivateDetailRedactor(Set.of(PrivateDetail.PHONE));

        String text = disclosing
                .redact("Call +1 507 513 1101 or visit 1601 5th Ave NW.")
                .text();

        assertThat(text).contains("+1 507 513 1101").doesNotContain("1601");
    }

    @Property
    void should_remove_phone_numbers_however_they_are_written(@ForAll("phoneNumbers") String phone) {
        String text = "Reach me on " + phone + " any day.";

        String redacted = redactor.redact(text).text();

        assertThat(redacted.replaceAll("\\D", "")).isEmpty();
        assertThat(redacted).startsWith("Reach me on").endsWith("any day.");
    }

    @Provide
    Arbitrary<String> phoneNumbers() {
        Arbitrary<String> separator = Arbitraries.of(" ", "-", ".");
        Arbitrary<String> country = Arbitraries.of("+1 ", "+44 ", "+49 ", "+353 ", "");
        Arbitrary<Integer> area = Arbitraries.integers().between(200, 999);
        Arbitrary<Integer> exchange = Arbitraries.integers().between(200, 999);
        Arbitrary<Integer> line = Arbitraries.integers().between(1000, 9999);
        Arbitrary<Boolean> bracketed = Arbitraries.of(true, false);
        return Combinators.combine(country, area, separator, exchange, line, bracketed)
                .as((c, a, s, e, l, b) -> c + (b ? "(" + a + ") " : a + s) + e + s + l);
    }

    @Test
    void should_withhold_a_tabular_cvs_personal_details_written_after_a_middle_dot() {
        // given: a German-style CV's personal details, each label and value parted by the PDF reader's " · "
        String details = "Name · Jonas Falkner\nMobile · +49 (0)172 4419387\nTelefon · 0711 23456789\n"
                + "Date/place of birth · 2 May 1985 in Ulm\nNationality · German";

        // when
        String text = redactor.redact(details).text();

        // then
        assertThat(text)
                .contains("Name · Jonas Falkner")
                .doesNotContain("4419387")
                .doesNotContain("23456789")
                .doesNotContain("Mobile")
                .doesNotContain("1985");
    }

    @Test
    void should_withhold_a_reference_number_with_a_note_on_its_label_a_check_number_and_a_referees_phones_whole() {
        // given: a teacher's and a pharmacist's personal details, and a referee's two phones
        String text = "Teacher Reference Number (QTS): 1287364\n"
                + "Working With Children Check:  WWC1842736E (expires 2029)\n"
                + "Nurse Unit Manager, Oncology Day Unit\n"
                + "Ph: (02) 5550 3471 (work)  /  0491 578 148 (mobile)\n"
                + "Reference number (optional) for 12 staff";

        // when
        String redacted = redactor.redact(text).text();

        // then
        assertThat(redacted)
                .doesNotContain("1287364", "WWC1842736E", "5550 3471", "578 148", "(work)", "(mobile)", "Ph")
                .contains("Teacher Reference Number (QTS)", "Working With Children Check", "(expires 2029)")
                .contains("Nurse Unit Manager, Oncology Day Unit", "Reference number (optional) for 12 staff");
    }

    @Test
    void should_remove_a_home_address_set_beside_a_work_address_and_a_postcode_after_its_town() {
        // given: a two-column header read line by line, the work address on the left, home on the right
        String text = "School of Geography & Environmental Science · 7 Eden Mount, Stanwix\n"
                + "Tarnbeck University, Fell Road · Carlisle CA3 9LR\n"
                + "Carlisle CA1 2HX, United Kingdom";

        // when
        String redacted = redactor.redact(text).text();

        // then
        assertThat(redacted)
                .doesNotContain("Eden Mount", "CA3 9LR", "CA1 2HX")
                .contains("School of Geography & Environmental Science", "Tarnbeck University", "Carlisle");
        assertThat(redactor.redact("Year 6 Class Teacher Mount Carmel RC Primary School Sep 2018 – Present")
                        .text())
                .isEqualTo("Year 6 Class Teacher Mount Carmel RC Primary School Sep 2018 – Present");
    }

    @Test
    void should_withhold_membership_registration_and_identity_numbers_of_five_digits_or_more() {
        // given: a Nigerian engineer's memberships and personal data
        String text = "Nigerian Society of Engineers (NSE) – Corporate Member (MNSE), Membership No. 31862\n"
                + "COREN – Registered Engineer, Reg. No. R.27419 (2015)\n"
                + "Project Management Institute (PMI) – Member, ID 5583910\n"
                + "NIN: | 40218836617\n"
                + "Certificate of National Service No. A 0718243\n"
                + "Ranked No. 1 of 40 graduates; led a team of 12\n"
                + "Micron Technology, Boise, ID 06/2018 - 08/2021\n"
                + "US Patent No. 10123456; contributed rust-lang/rust#98765 and PR#45211; C# 8.0 / 9.0 / 10.0";

        // when
        String redacted = redactor.redact(text).text();

        // then
        assertThat(redacted)
                .doesNotContain("31862", "27419", "5583910", "40218836617", "0718243")
                .contains("Corporate Member (MNSE)", "Registered Engineer", "Ranked No. 1 of 40 graduates")
                .contains(
                        "Boise, ID 06/2018 - 08/2021", "Patent No. 10123456", "rust#98765", "PR#45211", "C# 8.0 / 9.0");
    }

    @Test
    void should_withhold_a_registration_number_labelled_in_another_language() {
        // given: a Spanish nurse's registration with her college, a Portuguese and a German member's number
        String text = "Colegiación: Colegiada nº 50/12847 en el Colegio Oficial de Enfermería de Zaragoza.\n"
                + "Ordem dos Enfermeiros, cédula profissional N.º 4471902\n"
                + "Ingenieurkammer Baden-Württemberg, Mitglieds-Nr. 883017\n"
                + "Disponibilidad: turnos rotatorios, noches y festivos (nº 1 en la lista de 2019).";

        // when
        String redacted = redactor.redact(text).text();

        // then
        assertThat(redacted)
                .doesNotContain("12847", "4471902", "883017")
                .contains(
                        "Colegio Oficial de Enfermería de Zaragoza",
                        "Ordem dos Enfermeiros",
                        "nº 1 en la lista de 2019");
    }

    @Test
    void should_withhold_the_letters_after_a_licence_numbers_last_slash_with_its_digits() {
        // given: a UK personal licence's number, the council's code after the digits
        String text = "Personal Licence holder (APLH) – Leeds City Council, 2013. Licence no. 13/02874/LAPER\n"
                + "Level 3 Food Hygiene – 2019";

        // when
        String redacted = redactor.redact(text).text();

        // then
        assertThat(redacted)
                .doesNotContain("02874", "LAPER")
                .contains("Personal Licence holder (APLH) – Leeds City Council, 2013", "Level 3 Food Hygiene – 2019");
    }

    @Test
    void should_keep_the_town_and_province_of_an_address_and_never_an_apartment() {
        assertThat(redactor.redact("123 Main St, Apt 4, Toronto, ON M5H 2N2").text())
                .isEqualTo("Toronto, ON");
        assertThat(redactor.redact("10 Downing Street, London, SW1A 2AA").text())
                .isEqualTo("London");
        // a Brazilian sidebar's address over three lines: the flat's number, the district and the CEP go, the town
        // stays
        assertThat(redactor.redact("Rua Cardeal Arcoverde, 1120\napto 54 – Pinheiros – São Paulo/SP\nCEP 05407-002")
                        .text())
                .doesNotContain("1120", "apto 54", "Pinheiros", "05407")
                .contains("São Paulo/SP");
    }

    @Test
    void should_leave_employers_figures_and_titles_beside_a_postcode_or_a_phone_alone() {
        assertThat(redactor.redact("Senior Engineer, 10x Banking, London EC2A 4NE")
                        .text())
                .startsWith("Senior Engineer, 10x Banking, London");
        assertThat(redactor.redact("Managed 12 Engineers, shipped to M2 8GB laptops")
                        .text())
                .contains("Managed 12 Engineers");
        assertThat(redactor.redact("Head of Mobile | 07700 900583 | a@b.com").text())
                .isEqualTo("Head of Mobile | a@b.com");
        assertThat(redactor.redact("Jo Parks · Mob. 07700 900583 · jo@example.com")
                        .text())
                .isEqualTo("Jo Parks · jo@example.com");
        // a French address, the street's kind right after the number
        assertThat(redactor.redact("15 Boulevard Haussmann, 75009 Paris").text())
                .doesNotContain("Haussmann");
        assertThat(redactor.redact("27 rue de Rivoli, 75001 Paris").text()).doesNotContain("Rivoli");
        // and the flat's number after it, as Québec writes it
        assertThat(redactor.redact("4412 rue Ducharme-Lavoie, app. 3, Montréal, QC H2J 2R8 · c@example.org")
                        .text())
                .doesNotContain("Ducharme", "app. 3", "H2J")
                .contains("Montréal", "c@example.org");
        // a grade's or a year's number before a word that also names streets is no address
        for (String ordinary : List.of(
                "Staff Nurse, Band 6, St Thomas' Hospital",
                "Mar 2018 – Jun 2021, Chase UK",
                "Judicial Assistant, 2017, Court of Appeal",
                "Volunteer first aider, Division 12, St John Ambulance")) {
            assertThat(redactor.redact(ordinary).text()).as(ordinary).isEqualTo(ordinary);
        }
        // a card's or a membership's number, labelled with a colon, is withheld
        assertThat(redactor.redact("Membership: 4417302").text()).doesNotContain("4417302");
        assertThat(redactor.redact("CSCS Card: 12345678").text()).doesNotContain("12345678");
        assertThat(redactor.redact("Passport number: 1998 2014").text()).doesNotContain("1998");
        // a membership's or a degree's years are no number to withhold; a loyalty card's members neither
        assertThat(redactor.redact("Membership: IEEE 2015 - 2020").text()).isEqualTo("Membership: IEEE 2015 - 2020");
        assertThat(redactor.redact("Certificate: B.SC. 2014 2018").text()).isEqualTo("Certificate: B.SC. 2014 2018");
        assertThat(redactor.redact("Loyalty card · 2 400 000 members").text())
                .isEqualTo("Loyalty card · 2 400 000 members");
        // a place of birth after the date goes with it
        assertThat(redactor.redact("Born: 23 Aug 1991, Plovdiv (BG)").text()).doesNotContain("1991", "Plovdiv");
        // a town and its country; the home address after the separator is withheld as an address
        assertThat(redactor.redact("Born 3 November 1987, Växjö, Sweden · h.lindqvist@easthaven.ac.uk")
                        .text())
                .doesNotContain("1987", "Växjö", "Sweden")
                .contains("h.lindqvist@easthaven.ac.uk");
        // the place after the date with "in"
        assertThat(redactor.redact("Born 11/06/1991 in Lyon, France · French citizen")
                        .text())
                .doesNotContain("1991", "Lyon")
                .contains("French citizen");
        // an Irish Eircode after the street goes with it
        assertThat(redactor.redact("7 Ballinacurra Gardens, Limerick V94 K2X8 | Mobile: +353 87 614 2290")
                        .text())
                .doesNotContain("Ballinacurra", "V94", "K2X8", "614 2290")
                .contains("Limerick");
        // a Google Docs template's contact lines: an Irish estate's street, then the town and its Eircode
        assertThat(redactor.redact("27 Innishmore Lawn\nBallincollig, Co. Cork P31 W6K2\nclodagh@example.com")
                        .text())
                .doesNotContain("Innishmore", "P31", "W6K2")
                .contains("Ballincollig", "clodagh@example.com");
        // a sidebar's home address wrapped after its district, its postal district and Eircode on the next line
        assertThat(redactor.redact("Home  \n27 Ashfield Grove, Ranelagh,  \nDublin 6, D06 K4P9\n\n**SKILLS**")
                        .text())
                .doesNotContain("Ashfield", "Ranelagh", "Dublin 6", "D06", "K4P9")
                .contains("SKILLS");
        // a street named for a family with a typographer's apostrophe, after an emoji, in a Notion page's header
        assertThat(redactor.redact("Dublin, Ireland 🏠 23 Brennan’s Lane, Rathgar, Dublin 6, D06 V8X4")
                        .text())
                .doesNotContain("Brennan", "23 ", "Rathgar", "Dublin 6", "D06", "V8X4")
                .contains("Dublin, Ireland");
        // a year of birth alone tells the age; the town after it goes too, the e-mail beside it stays
        assertThat(redactor.redact("Born 1990 – Pontypridd · megan.pryce@example.com")
                        .text())
                .doesNotContain("1990", "Pontypridd")
                .contains("megan.pryce@example.com");
        assertThat(redactor.redact("Year of birth: 1990").text()).doesNotContain("1990");
        // a charity named for being born, and a decade, are no birthday
        assertThat(redactor.redact("Volunteer, Born Free Foundation (2015 – 2018)")
                        .text())
                .contains("2015 – 2018");
        assertThat(redactor.redact("Born in the 1990s, raised in Leeds").text()).contains("1990s");
        // a year beside a birthday that is no one's birth, or a birth that is not the person's
        assertThat(redactor.redact("Organised the company's 10th birthday 2019 celebrations")
                        .text())
                .contains("2019");
        assertThat(redactor.redact("Career break: parental leave after my daughter was born · 2019 – 2020")
                        .text())
                .contains("2019 – 2020");
        // a grade's number before a ward named for a saint is no house number on a street
        assertThat(redactor.redact("Clinical Nurse Manager 1, St. Brigid's Ward (Cardiology) · March 2022 – Present")
                        .text())
                .isEqualTo("Clinical Nurse Manager 1, St. Brigid's Ward (Cardiology) · March 2022 – Present");
    }

    @Test
    void should_withhold_an_identity_or_certificate_number_written_with_its_label() {
        PrivateDetailRedactor.Redaction dbs =
                redactor.redact("Enhanced DBS on the Update Service (certificate no. 001594837261, issued 12/09/2024)");
        PrivateDetailRedactor.Redaction passport =
                redactor.redact("Passport number: 533401234 · NI number QQ 12 34 56 C");

        assertThat(dbs.text()).doesNotContain("001594837261").contains("Enhanced DBS on the Update Service");
        assertThat(dbs.removed())
                .extracting(PrivateDetailRedactor.Removed::kind)
                .containsExactly(PrivateDetail.ID_NUMBER);
        assertThat(passport.text()).doesNotContain("533401234").doesNotContain("QQ 12 34 56 C");
        assertThat(redactor.redact("Certificate in Company Direction, 2020; licence no. 2019-2023")
                        .text())
                .isEqualTo("Certificate in Company Direction, 2020; licence no. 2019-2023");
        assertThat(redactor.redact("NI: 2019 to 2022, Ni-based alloys, 123456 cycles")
                        .text())
                .isEqualTo("NI: 2019 to 2022, Ni-based alloys, 123456 cycles");
        assertThat(redactor.redact("Identification of 250000 anomalies").text())
                .isEqualTo("Identification of 250000 anomalies");
        assertThat(redactor.redact("Rolled out chip and PIN in 2019 across 300 stores.")
                        .text())
                .isEqualTo("Rolled out chip and PIN in 2019 across 300 stores.");
        for (String written : List.of(
                "NI: QQ 12 34 56 C",
                "NI number — QQ 12 34 56 C.",
                "PERSONAL DETAILS: Driving licence — Full clean UK licence, own car. NI number — QQ 12 34 56 C.",
                "NI number ............. QQ 12 34 56 C",
                "DBS Certificate: 001594837261",
                "Passport Number – 533401234",
                "Passport (UK): 533401234",
                "ID number: 8001015009087",
                "Certificate No: 2021/123456",
                "NMC Registered Nurse – Adult (RNA), PIN 14I3087E",
                "GMC PIN: 7012345",
                "GMC number: 7012345",
                "NMC Registration Number: 12A3456E",
                "Passport # 533401234",
                "Ohio CDL# RK482913",
                "Full clean UK driving licence - licence no. DUNMO803158CJ9AB",
                "Driving licence number: MORGA657054SM9IJ",
                "Passport No.       : T4829163",
                "Registered Nurse – Illinois, License #041.392775 (inactive)",
                "DEA Registration (Schedules II–V) – #MF4417302",
                "Licences: Personal Licence holder (licence number PKC/PL/2011/0386)",
                "Licence no.:    IE.FCL.ATPL.2841-07 (Irish Aviation Authority, EASA Part-FCL)",
                "CSCS Black Card (Manager) – Card No. 00729481, black card")) {
            // (an NI number's digits come in pairs: "QQ 12 34 56 C")
            assertThat(redactor.redact(written).text()).as(written).doesNotContainPattern("\\d{3}|\\d\\d \\d\\d");
        }
        assertThat(redactor.redact("Class A CDL, State of Ohio – Lic. # RT448210, exp. 08/2027")
                        .text())
                .isEqualTo("Class A CDL, State of Ohio – Lic. #, exp. 08/2027");
    }
}
