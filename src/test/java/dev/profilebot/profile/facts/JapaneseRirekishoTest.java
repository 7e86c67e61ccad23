package dev.profilebot.profile.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Japanese rirekisho (履歴書) wholly in Japanese: its name spaced across the form's cell, its history's rows of year,
 * month and event with the verb last ("入社", "昇格", "出向", "退社"), years of the Heisei and Reiwa eras, and its
 * schools entered and graduated from.
 */
class JapaneseRirekishoTest {

    private static StructuredProfile read(String cv) {
        return MarkdownCvs.read("rirekisho.md", cv);
    }

    private static final String RIREKISHO = """
            # 履　歴　書

            令和7年　5月　10日現在

            氏　名

            # 村　上　　亮　介

            年 · 月 · 学 歴 ・ 職 歴

            学　歴

            平成19 · 4 · 東京理科大学　工学部　電気工学科　入学

            平成23 · 3 · 東京理科大学　工学部　電気工学科　卒業

            職　歴

            平成23 · 4 · 東邦計測システム株式会社　入社

            技術本部 フィールドサービス課に配属

            平成25 · 10 · 営業技術部へ異動

            （セールスエンジニアとして自動車部品メーカーを担当）

            平成26

            4

            タイ現地法人 TOHO KEISOKU (THAILAND) CO., LTD. へ出向

            平成27 · 3 · 出向期間満了により帰任、営業技術部に復帰

            平成28 · 3 · 一身上の都合により退社

            2016 · 4 · 株式会社アクシス・オートメーション　入社

            2018 · 4 · 主任に昇格

            2021 · 9 · 一身上の都合により退社

            令和3 · 11 · シーメンス株式会社　入社

            令和5 · 4 · シニアセールスエンジニアに昇格

            現在に至る

            以上

            年 · 月 · 免 許 ・ 資 格

            2019 · 6 · 産業用ロボットの教示等の業務に係る特別教育　修了
            """;

    @Test
    void should_read_the_history_rows_of_a_rirekisho_with_their_eras_transfers_secondment_and_promotions() {
        StructuredProfile profile = read(RIREKISHO);

        assertThat(profile.identity().name()).contains("村上亮介");
        assertThat(profile.roles())
                .extracting(r ->
                        r.organization() + " | " + r.title() + " | " + r.dates().display())
                .containsExactly(
                        "東邦計測システム株式会社 |  | April 2011 to September 2013",
                        "東邦計測システム株式会社 | セールスエンジニア | October 2013 to March 2014",
                        "タイ現地法人 Toho Keisoku (THAILAND) Co., Ltd. | セールスエンジニア | April 2014 to February 2015",
                        "東邦計測システム株式会社 | セールスエンジニア | March 2015 to March 2016",
                        "株式会社アクシス・オートメーション |  | April 2016 to March 2018",
                        "株式会社アクシス・オートメーション | 主任 | April 2018 to September 2021",
                        "シーメンス株式会社 |  | November 2021 to March 2023",
                        "シーメンス株式会社 | シニアセールスエンジニア | April 2023 to present");
    }

    @Test
    void should_read_a_rirekishos_university_from_entry_to_graduation_and_no_training_as_a_school() {
        StructuredProfile profile = read(RIREKISHO);

        assertThat(profile.education())
                .extracting(Education::describe)
                .containsExactly("工学部 電気工学科 at 東京理科大学 (April 2007 to March 2011)");
    }

    @Test
    void should_read_a_range_written_in_the_years_of_japanese_eras() {
        assertThat(DateRanges.firstRange("平成28年4月～令和2年3月 株式会社アクシス"))
                .hasValueSatisfying(r -> assertThat(r.range().display()).isEqualTo("April 2016 to March 2020"));
        assertThat(DateRanges.firstRange("令和元年5月～現在"))
                .hasValueSatisfying(r -> assertThat(r.range().display()).isEqualTo("May 2019 to present"));
    }
}
