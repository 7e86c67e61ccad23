package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Lambda: September 2023 to present.                      | 2023-09 | now",
                "Fecha de ingreso: 01/08/2023 Fecha de retiro: Actualmente laborando | 2023-08 | now",
                "Fecha de ingreso: 01/02/2021 Fecha de retiro del cargo: 31/07/2023 (promoción) | 2021-02 | 2023-07",
                "Fecha de ingreso: Agosto de 2018 Fecha de retiro: Enero de 2021 | 2018-08 | 2021-01",
                "setembro de 2020 – presente                       | 2020-09 | now",
                "03/2022 – nykyhetki · Testauksen tiimivetäjä      | 2022-03 | now",
                "03/2021 - Hiện tại · CÔNG TY CỔ PHẦN SAO MAI      | 2021-03 | now",
                "T6/2018 - T7/2019                                 | 2018-06 | 2019-07",
                "gen 2015 – dic 2017                               | 2015-01 | 2017-12",
                "03/2016 – a la fecha · MINERA ESCONDIDA LTDA.     | 2016-03 | now",
                "mar 2012 – set 2013                               | 2012-03 | 2013-09",
                "giu 2010 - lug 2011                               | 2010-06 | 2011-07",
                "ott 2013 – mag 2014                               | 2013-10 | 2014-05",
                "Inclusive Dates: April – May 2012                 | 2012-04 | 2012-05",
                "- Feb – Jul 2017: forklift driver at Midshires Foods | 2017-02 | 2017-07",
                "Ski instructor, Dec - Mar 2019                    | 2018-12 | 2019-03",
                "IBM Cloud July 2017 to May 2019                   | 2017-07 | 2019-05",
                "**2018-** Principal engineer at Northwind         | 2018    | now",
                "Staff Engineer (Apr. 2017 – Present)              | 2017-04 | now",
                "Senior SRE, Globex   February 2025 - present      | 2025-02 | now",
                "Contoso Ltd 2011–2017                             | 2011    | 2017",
                "Bacharelado em Sistemas de Informação – 2013 a 2016 | 2013  | 2016",
                "Ingeniero de software, de 2015 hasta 2019        | 2015    | 2019",
                "Software Engineer, Quillfield, Edinburgh — 2012-15 | 2012    | 2015",
                "July 2021 - August 2024  Machine Learning Engineer    | 2021-07 | 2024-08",
                "Senior Research Engineer — Wed, 2021/11/10 to present | 2021-11 | now",
                "Contracts, June 2017 to June 2011                 | 2011-06 | 2017-06",
                "start date: Wed, 2021/11/10; end date: Thu, 2022/05/26 | 2021-11 | 2022-05",
                "Platform Engineer (start date: 2019-03; end date: 2022-08) | 2019-03 | 2022-08",
                "Period: 2021–now; Organization: Helvetia          | 2021    | now",
                "05/2013 - 09/2015 Analyst                         | 2013-05 | 2015-09",
                "Consultant since March 2020                       | 2020-03 | now",
                "Sept. 2019 – January 2021                             | 2019-09 | 2021-01",
                "1 Sep 2016 – 28 Feb 2019                          | 2016-09 | 2019-02",
                "14th July 2014 to 26th August 2016                | 2014-07 | 2016-08",
                "Events Assistant, Galway · Sep ’09 – Jan ’11       | 2009-09 | 2011-01",
                "Career break – family reasons · Sept ’14 – Summer ’15 | 2014-09 | 2015",
                "Locum work – various practices · Summer ’15 – Mar ’16 | 2015 | 2016-03",
                "Analyst, Mar'19 - Present                         | 2019-03 | now",
                "Teacher (NQT 2014–15) — September 2014 – August 2017 | 2014-09 | 2017-08",
                "Second in Department, Kirkgate (Sept 2018 – Aug 2021) I joined in 2020–21 | 2018-09 | 2021-08",
                "Head of Sales 2019 –                              | 2019    | now",
                "2018.07-2021.06    Ningbo Haiyun Freight          | 2018-07 | 2021-06",
                "2021.07-Now        Hangzhou Yunjie                | 2021-07 | now",
                "2022.07-至今        Shanghai Xingchi               | 2022-07 | now",
                "2019.03 ~ 현재      Hanbit Systems                 | 2019-03 | now",
                "Merpay, Inc.: 2019年4月 入社 – 2021年3月 退社 | 2019-04 | 2021-03",
                "De janvier 2010 à juin 2014                       | 2010-01 | 2014-06",
                "Soranowa Inc.: 2021年4月 入社 – 現在に至る    | 2021-04 | now",
                "2015年10月～2018年12月 株式会社サンプル        | 2015-10 | 2018-12",
                "Meadowbank Residential Home, Rhos (Sep 16 - Aug 17) | 2016-09 | 2017-08",
                "Kitchen porter, The Anchor (Jun 19 – now)         | 2019-06 | now",
                "Havenlicht — Developer (Medior, Senior from 2022) (July 2020 – December 2022) | 2020-07 | 2022-12",
                "mar. 2015 – ago. 2017 · Navacerrada Ingenieros    | 2015-03 | 2017-08",
                "oct. 2010 – dic. 2011                             | 2010-10 | 2011-12",
                "Jefe de Obra (desde ene. 2020)                    | 2020-01 | now",
                "janv. 2016 – avr. 2019, Lyon                      | 2016-01 | 2019-04",
                "Okt. 2018 – Dez. 2020 Softwareentwickler          | 2018-10 | 2020-12",
                "Mercantil Serra Azul · fev/2013 – dez/2014         | 2013-02 | 2014-12",
                "Alvorada Bebidas · mar/2019 – atual               | 2019-03 | now",
                "Analista (set/2016 – out/2018)                    | 2016-09 | 2018-10",
                "Analista de Dados Sénior · set. 2019 – presente   | 2019-09 | now",
                "Estagiária, out. 2014 – mar. 2015                 | 2014-10 | 2015-03",
                "IX 2021 – obecnie · Senior Test Automation Engineer | 2021-09 | now",
                "Tester (III 2017 – VIII 2018)                     | 2017-03 | 2018-08",
                // months named in the languages the platform's locales know: Turkish, Polish, Swedish, Romanian
                "Trendyol · Mart 2019 – Halen · İstanbul             | 2019-03 | now",
                "Papara · Oca 2018 – Şub 2019                       | 2018-01 | 2019-02",
                "Netaş · Eki 2015 – ARALIK 2017                     | 2015-10 | 2017-12",
                "Logo Yazılım · Temmuz – Eylül 2014                 | 2014-07 | 2014-09",
                "Tester, styczeń 2017 – sierpień 2018              | 2017-01 | 2018-08",
                "Utvecklare, mars 2016 – augusti 2019              | 2016-03 | 2019-08",
                "Inginer, ianuarie 2015 – octombrie 2018           | 2015-01 | 2018-10",
                "Marketing Manager, 01/03/2018 – attuale           | 2018-03 | now",
                // Russian and Ukrainian, as hh.ru and work.ua export them
                "Январь 2020 — настоящее время                     | 2020-01 | now",
                "Октябрь 2018 — Декабрь 2019                       | 2018-10 | 2019-12",
                "с марта 2022 по н.в.                              | 2022-03 | now",
                "Березень 2017 — теперішній час                    | 2017-03 | now",
                // Czech and Slovak: "dosud", "doteraz" (to this day)
                "01/2020 – dosud: Vedoucí týmu (Teamleader)        | 2020-01 | now",
                "09/2018 – doteraz · Softec, Bratislava            | 2018-09 | now",
                // Arabic: the Levant's months and the Gulf's, "from … to …", "until now"
                "أيلول 2016 – حزيران 2018                          | 2016-09 | 2018-06",
                "من 8/2018 إلى 11/2020                             | 2018-08 | 2020-11",
                "كانون الثاني 2020 - حتى الآن                      | 2020-01 | now",
                "مارس 2015 - أكتوبر 2017                           | 2015-03 | 2017-10",
                // Indonesian: the present as "Sekarang", August's own short name "Agt"
                "Agustus 2021 – Sekarang                           | 2021-08 | now",
                "Agt 2021 – Des 2022: Senior Specialist            | 2021-08 | 2022-12",
                // a comma after the month, as a Nigerian CV may write it
                "May, 2014 – Jan., 2017                            | 2014-05 | 2017-01",
            })
    void should_read_the_ranges_resumes_write(String text, String start, String end) {
        // when
        Optional<DateRanges.Found> found = DateRanges.firstRange(text.strip());

        // then
        assertThat(found).isPresent();
        DateRange range = found.get().range();
        assertThat(range.start().iso()).isEqualTo(start);
        if (end.equals("now")) {
            assertThat(range.current()).isTrue();
            assertThat(range.end()).isEmpty();
        } else {
            assertThat(range.current()).isFalse();
            assertThat(range.end().map(ProfileDate::iso)).contains(end);
        }
    }

    @Test
    void should_not_read_an_english_word_that_is_another_languages_short_month_as_a_month() {
        // "Led" is Czech's January, "Pro" its December
        assertThat(DateRanges.firstRangeOrDate("Led 2019 platform rollout")
                        .orElseThrow()
                        .range()
                        .start()
                        .iso())
                .isEqualTo("2019");
        assertThat(DateRanges.firstRangeOrDate("Microsoft Office Pro 2019 trainer")
                        .orElseThrow()
                        .range()
                        .start()
                        .iso())
                .isEqualTo("2019");
    }

    @Test
    void should_read_a_from_and_a_to_label_on_one_line_as_the_ranges_start_and_end() {
        assertThat(DateRanges.firstRange("From: 01/2016    To: 06/2019")
                        .orElseThrow()
                        .range()
                        .display())
                .isEqualTo("January 2016 to June 2019");
        assertThat(DateRanges.firstRange("From: 08/2019    To: Till now")
                        .orElseThrow()
                        .range()
                        .current())
                .isTrue();
    }

    @Test
    void should_read_a_swedish_or_norwegian_range_to_this_day() {
        DateRanges.Found swedish = DateRanges.firstRange("Specialistsjuksköterska, Thoraxintensiven — feb 2020 – nu")
                .orElseThrow();
        DateRanges.Found norwegian =
                DateRanges.firstRange("Sykepleier, Ullevål — mars 2016 – nå").orElseThrow();

        assertThat(swedish.range().current()).isTrue();
        // ("nu" is the range's: the title before it keeps none of it)
        assertThat(swedish.end()).isEqualTo("Specialistsjuksköterska, Thoraxintensiven — feb 2020 – nu".length());
        assertThat(swedish.range().start().iso()).isEqualTo("2020-02");
        assertThat(norwegian.range().current()).isTrue();
    }

    @Test
    void should_keep_where_the_range_sits_so_the_words_around_it_name_the_role() {
        // given
        String line = "Canonical May 2019 to July 2023";

        // when
        DateRanges.Found found = DateRanges.firstRange(line).orElseThrow();

        // then
        assertThat(line.substring(0, found.start()).strip()).isEqualTo("Canonical");
        assertThat(found.end()).isEqualTo(line.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Cut warehouse spend by 38% in 2022 — clustering keys, auto-suspend",
                "serving 5k req/s to hundreds of millions of devices",
                "I have 15 years experience in Python",
                "Led a team of 5 in 2019 a year after joining",
                "+1 507 513 1101",
                "won that year's award, 2:1 with Honors",
                "SC-cleared Senior .NET Developer — available from January 2027",
                "Contract runs to 31 December 2026 – available from January 2027.",
                "Festival shifts Aug 16 - Aug 19, 2019",
                "Speaker at DevConf Leeds, Mar 14 - Mar 16",
                "Event Steward, Glastonbury Festival 2019, Jun 26 - Jul 01",
                // a date, then a note after a dash in small letters: no open end
                "Rural relief: two-week contract at Roma Hospital, January 2023 – generalist ward and ED cover",
                "1st place, Code Manthan 2018 – intra-college contest",
            })
    void should_find_no_range_where_there_is_none(String text) {
        assertThat(DateRanges.firstRange(text)).isEmpty();
    }

    @Test
    void should_read_quarters_and_fiscal_years_where_they_are_written() {
        String line = "Senior Project Manager – Smart Metering Rollout · Q1 2017 – Q1 2019";
        DateRanges.Found quarters = DateRanges.firstRange(line).orElseThrow();
        assertThat(quarters.range().display()).isEqualTo("January 2017 to March 2019");
        assertThat(line.substring(quarters.start(), quarters.end())).isEqualTo("Q1 2017 – Q1 2019");
        assertThat(DateRanges.firstRange("Grid Modernisation Programme · Q2 2022 – present")
                        .map(f -> f.range().display()))
                .contains("April 2022 to present");
        assertThat(DateRanges.firstRange("Programme Manager – Project Helix · FY20 – FY22")
                        .map(f -> f.range().display()))
                .contains("2020 to 2022");
        assertThat(DateRanges.firstRange("Analyst · FY98 – FY01")
                        .map(f -> f.range().display()))
                .contains("1998 to 2001");
        assertThat(DateRanges.firstRange("Q3 results beat the plan by 4%")).isEmpty();
    }

    @Test
    void should_read_the_months_of_a_year_written_in_brackets_after_it() {
        assertThat(DateRanges.firstRange("2017 (Apr–Sep) · Visiting Researcher, Nordic Centre, Trondfjell")
                        .map(f -> f.range().display()))
                .contains("April 2017 to September 2017");
        assertThat(DateRanges.firstRange("Volunteer (2017) (Apr to Sep)")).isEmpty();
        // a winter season runs into the next year
        assertThat(DateRanges.firstRange("Ski Instructor, Alpine Snowsports · Winter season 2017 (Dec – Apr)")
                        .map(f -> f.range().display()))
                .contains("December 2017 to April 2018");
    }

    @Test
    void should_tell_a_line_that_is_only_a_range_from_one_that_names_a_role_too() {
        assertThat(DateRanges.isOnlyARange("09/2021 – Present")).isTrue();
        assertThat(DateRanges.isOnlyARange("  2019 – 2021.")).isTrue();
        assertThat(DateRanges.isOnlyARange("2019 – 2021 Ledgerwell Partners")).isFalse();
        assertThat(DateRanges.isOnlyARange("Bookkeeper 2019 – 2021")).isFalse();
        assertThat(DateRanges.isOnlyARange("Bookkeeper")).isFalse();
        // a job board's "still there" in the words of other languages' forms
        assertThat(DateRanges.isOnlyARange("01.03.2022 - Continues")).isTrue();
        assertThat(DateRanges.isOnlyARange("03/2019 – obecnie")).isTrue();
        assertThat(DateRanges.isOnlyARange("2020 - actualmente")).isTrue();
        assertThat(DateRanges.isOnlyARange("09/2018 – en cours")).isTrue();
    }

    @Test
    void should_read_a_roman_month_only_before_its_year_and_not_after_a_level_or_class() {
        assertThat(DateRanges.parseDate("XII 2019").map(ProfileDate::iso)).contains("2019-12");
        assertThat(DateRanges.parseDate("CFA Level II 2019").map(ProfileDate::iso))
                .contains("2019");
        assertThat(DateRanges.parseDate("Class X 2015").map(ProfileDate::iso)).contains("2015");
        assertThat(DateRanges.parseDate("ix 2019").map(ProfileDate::iso)).contains("2019");
    }

    @Test
    void should_read_a_single_date_when_there_is_no_range() {
        assertThat(DateRanges.firstRangeOrDate("B.Sc. Physics, University of Lagos, 2009")
                        .map(f -> f.range().display()))
                .contains("2009");
        assertThat(DateRanges.firstRangeOrDate("Analyst 05/2013")
                        .map(f -> f.range().start().iso()))
                .contains("2013-05");
    }

    @Test
    void should_show_ranges_the_way_people_read_them() {
        assertThat(DateRange.since(ProfileDate.of(2023, 9)).display()).isEqualTo("September 2023 to present");
        assertThat(DateRange.between(ProfileDate.of(2011), ProfileDate.of(2017)).years())
                .isEqualTo("2011–2017");
    }

    @Test
    void should_read_a_bilingual_end_as_one_present_and_a_bilingual_summary_heading_as_a_summary() {
        String line = "悦途出行科技有限公司 YueTu Mobility Technology Co., Ltd. | 上海 Shanghai · 2020.07 – 至今 / Present";

        assertThat(DateRanges.firstRange(line)).hasValueSatisfying(found -> {
            assertThat(found.range().current()).isTrue();
            assertThat(found.end()).isEqualTo(line.length());
        });
        assertThat(dev.profilebot.profile.Profile.isSummarySection("个人简介 Summary"))
                .isTrue();
        assertThat(dev.profilebot.profile.Profile.isSummarySection("工作经历 Work Experience"))
                .isFalse();
    }

    @Test
    void should_read_a_hungarian_date_written_year_first_and_its_word_for_now() {
        assertThat(DateRanges.firstRange("Fintrix Zrt. – Budapest   2020. március – jelenleg"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("March 2020 to present"));
        assertThat(DateRanges.firstRange("2022. július – 2023. szept."))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("July 2022 to September 2023"));
    }

    @Test
    void should_read_the_year_first_dates_of_lithuania_and_latvia_and_a_year_with_its_word_for_year() {
        assertThat(DateRanges.firstRange("2018 m. rugsėjo mėn. – dabar · UAB „Norfrost distribucija“"))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("September 2018 to present"));
        assertThat(DateRanges.firstRange("2011 m. liepos mėn. – 2013 m. gruodžio mėn."))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("July 2011 to December 2013"));
        assertThat(DateRanges.firstRange("2019. gada septembris – tagad"))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("September 2019 to present"));
        // Bulgarian "г." after the year, "до момента" (to date); Croatian "od" (since) a month in its genitive
        assertThat(DateRanges.firstRange("09.2017 г. – до момента"))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("September 2017 to present"));
        // the range whole, to its last word for "year", and from "от" (from) to "до" (to)
        assertThat(DateRanges.isOnlyADateOrRange("02.2014 г. – 08.2017 г.")).isTrue();
        assertThat(DateRanges.firstRange("от 10.2012 г. до 01.2014 г."))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("October 2012 to January 2014"));
        assertThat(DateRanges.firstRange("Voditelj odjela konstrukcija (od siječnja 2020.)"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("January 2020 to present"));
    }

    @Test
    void should_read_a_persian_cvs_solar_hijri_dates_in_persian_digits_as_gregorian_months() {
        // Mehr 1400 began on 23 September 2021 and lies mostly in October; "تا کنون" is "to date"
        assertThat(DateRanges.firstRange("مهر ۱۴۰۰ تا کنون – تهران"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("October 2021 to present"));
        assertThat(DateRanges.firstRange("کارشناس طراحی مکانیک   (1396/02 – 1398/03)"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("May 2017 to June 2019"));
        assertThat(DateRanges.firstRange("شرکت مهندسی توربوکمپرسور نفت  |  ۱۳۹۶ تا ۱۴۰۰"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("2017 to 2021"));
        // Arabic's own digits, and no Solar Hijri year in a text that is not Persian
        assertThat(DateRanges.firstRange("١٠/٢٠١٩ - ٠٣/٢٠٢١"))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("October 2019 to March 2021"));
        assertThat(DateRanges.firstRange("Grew the fleet to 1396 – 1400 trucks"))
                .isEmpty();
    }

    @Test
    void should_read_a_range_written_year_then_month_as_sri_lanka_writes_it_but_not_a_year_in_a_sentence() {
        assertThat(DateRanges.firstRange("Senior Management Accountant (2023 April – Present)"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("April 2023 to present"));
        assertThat(DateRanges.firstRange("Management Accountant (2020 May – 2023 March)"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("May 2020 to March 2023"));
        assertThat(DateRanges.firstRange("In 2019 May we shipped the app")).isEmpty();
    }

    @Test
    void should_read_days_of_years_in_two_digits_as_a_seafarers_cv_dates_its_contracts() {
        assertThat(DateRanges.firstRange("Sign-On: 12-Mar-19; Sign-Off: 03-Nov-19"))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("March 2019 to November 2019"));
        assertThat(DateRanges.firstRange("05-Aug-24 – 17-Mar-25"))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("August 2024 to March 2025"));
        // (not a part number, nor a day and month before a full year)
        assertThat(DateRanges.firstRange("Part 12-Mar-19A")).isEmpty();
    }

    @Test
    void should_read_slovenian_days_with_spaces_albanian_months_and_the_words_for_now_of_other_languages() {
        assertThat(DateRanges.firstRange("1. 9. 2017 – 28. 2. 2021"))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("September 2017 to February 2021"));
        assertThat(DateRanges.firstRange("od 1. 3. 2021 do danes"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("March 2021 to present"));
        assertThat(DateRanges.firstRange("Qershor 2016 – Tetor 2018"))
                .hasValueSatisfying(
                        found -> assertThat(found.range().display()).isEqualTo("June 2016 to October 2018"));
        assertThat(DateRanges.firstRange("Maj 2019 – aktualisht"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("May 2019 to present"));
        assertThat(DateRanges.firstRange("2018. gada marts – pašlaik"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("March 2018 to present"));
        assertThat(DateRanges.firstRange("04/2019 – данас"))
                .hasValueSatisfying(found -> assertThat(found.range().display()).isEqualTo("April 2019 to present"));
    }
}
