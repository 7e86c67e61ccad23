package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilebot.profile.MarkdownParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * CVs written wholly in Finnish, Vietnamese and Chinese: their sections' names, their words for "to this day", their
 * titles, companies' legal forms, schools and degrees, and a Chinese name on its own as the page's first heading.
 */
class FinnishVietnameseChineseCvTest {

    private final StructuredProfileReader reader = new StructuredProfileReader(Optional.empty(), Optional.empty());

    private StructuredProfile read(String cv) {
        return reader.read(List.of(new MarkdownParser().parse("cv.md", cv)));
    }

    private static List<String> timeline(StructuredProfile profile) {
        return profile.roles().stream()
                .map(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .toList();
    }

    private static List<String> studies(StructuredProfile profile) {
        return profile.education().stream()
                .map(e -> e.degree() + " | " + e.institution() + " | "
                        + e.dates().map(DateRange::display).orElse("-"))
                .toList();
    }

    @Test
    void should_read_a_finnish_cvs_posts_at_one_firm_to_this_day_and_its_school_leaving_exam() {
        StructuredProfile profile = read("""
                # Antti Rautiainen

                ## TYÖKOKEMUS

                08/2019 – nykyhetki · Lumotest Oy, Tampere

                03/2022 – nykyhetki · Testauksen tiimivetäjä (Test Lead)

                - Vedän 6 hengen testaustiimiä

                08/2019 – 02/2022 · Testiautomaatioinsinööri

                - REST-rajapintojen testaus

                2013–2015 · K-Citymarket Tampere Lielahti

                Myyjä / kassatyöntekijä (osa-aikainen)

                ## KOULUTUS

                2010 · Ylioppilas

                Tampereen lyseon lukio
                """);

        assertThat(timeline(profile))
                .containsExactly(
                        "K-Citymarket Tampere Lielahti | Myyjä / kassatyöntekijä (osa-aikainen) | 2013 to 2015",
                        "Lumotest Oy | Testiautomaatioinsinööri | August 2019 to February 2022",
                        "Lumotest Oy | Testauksen tiimivetäjä (Test Lead) | March 2022 to present");
        assertThat(studies(profile)).containsExactly("Ylioppilas | Tampereen lyseon lukio | 2010");
    }

    @Test
    void should_read_a_vietnamese_cvs_companies_by_their_legal_form_and_its_months_written_with_a_t() {
        StructuredProfile profile = read("""
                # VŨ MINH KHÔI

                ## KINH NGHIỆM LÀM VIỆC

                03/2021 - Hiện tại · CÔNG TY CỔ PHẦN CÔNG NGHỆ SỐ SAO MAI

                Mobile Developer

                - Phát triển module eKYC

                T6/2018 - T7/2019 · CÔNG TY TNHH GIẢI PHÁP CÔNG NGHỆ ÁNH DƯƠNG

                Junior Android Developer

                - Phát triển 3 ứng dụng gọi món

                ## HỌC VẤN

                2013 - 2018 · TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI

                Kỹ sư Công nghệ Thông tin – hệ chính quy
                """);

        assertThat(timeline(profile))
                .extracting(line -> line.substring(line.indexOf(" | ")))
                .containsExactly(
                        " | Junior Android Developer | June 2018 to July 2019",
                        " | Mobile Developer | March 2021 to present");
        assertThat(profile.roles())
                .extracting(Role::organization)
                .allSatisfy(employer -> assertThat(employer).startsWithIgnoringCase("Công ty"));
        assertThat(profile.education())
                .extracting(Education::institution)
                .anySatisfy(school -> assertThat(school).containsIgnoringCase("Đại học Bách khoa Hà Nội"));
    }

    @Test
    void should_read_a_chinese_resumes_name_titles_and_universities() {
        StructuredProfile profile = read("""
                # 苏雨桐

                ## 工作经历

                2015年6月 — 2015年9月 · 百度在线网络技术(北京)有限公司

                产品实习生

                ## 教育背景

                硕士 · 2014.09 - 2016.06 · 北京航空航天大学(985/211) 软件工程
                """);

        assertThat(profile.identity().name()).contains("苏雨桐");
        assertThat(timeline(profile)).containsExactly("百度在线网络技术(北京)有限公司 | 产品实习生 | June 2015 to September 2015");
        assertThat(studies(profile)).containsExactly("硕士 | 北京航空航天大学 | September 2014 to June 2016");
    }

    @Test
    void should_take_a_chinese_or_korean_name_alone_but_no_label_or_section_that_opens_like_a_surname() {
        assertThat(IdentityReader.asName("苏雨桐")).contains("苏雨桐");
        assertThat(IdentityReader.asName("한도윤")).contains("한도윤");
        assertThat(IdentityReader.asName("연락처")).isEmpty();
        assertThat(IdentityReader.asName("이메일")).isEmpty();
        assertThat(IdentityReader.asName("经历")).isEmpty();
    }
}
