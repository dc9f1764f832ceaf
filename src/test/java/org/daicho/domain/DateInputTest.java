package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as a clerk types them, and as screens and forms show them. */
class DateInputTest {

    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-04-01      | 2026-04-01",
        "2026/4/1        | 2026-04-01",
        "2026.4.1        | 2026-04-01",
        "2026年4月1日     | 2026-04-01",
        "20260401        | 2026-04-01",
        "R8.4.1          | 2026-04-01",
        "r8/4/1          | 2026-04-01",
        "R08-04-01       | 2026-04-01",
        "令和8年4月1日    | 2026-04-01",
        "令和 8年 4月 1日 | 2026-04-01",
        "令和元年5月1日   | 2019-05-01",
        "R1.5.1          | 2019-05-01",
        "H31.4.30        | 2019-04-30",
        "平成31年4月30日  | 2019-04-30",
        "S64.1.7         | 1989-01-07",
        "昭和64年1月7日   | 1989-01-07",
        "２０２６／０４／０１ | 2026-04-01",
        "２０２６０４０１  | 2026-04-01",
        "Ｒ８．４．１      | 2026-04-01",
        "令和８年４月１日  | 2026-04-01",
        "2028/2/29       | 2028-02-29",
        "R10.2.29        | 2028-02-29",
    })
    void readsTheWaysClerksTypeADate(String typed, LocalDate expected) throws Exception {
        assertThat(DateInput.parse(typed)).contains(expected);
    }

    @Test
    void surroundingSpacesAreIgnored() throws Exception {
        assertThat(DateInput.parse("  2026/4/1\u3000")).contains(LocalDate.of(2026, 4, 1));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000"})
    void blankMeansNoDate(String typed) throws Exception {
        assertThat(DateInput.parse(typed)).isEmpty();
    }

    @ParameterizedTest(name = "「{0}」 is refused")
    @ValueSource(strings = {
        "2026/02/30",   // February has no 30th
        "2026/2/29",    // 2026 is not a leap year
        "R8.2.29",
        "R8.4.31",      // April has 30 days
        "2026/13/01",
        "2026/00/10",
        "20260230",
        "H31.5.1",      // Heisei ended on 30 April 2019
        "R1.4.30",      // Reiwa began on 1 May 2019
        "令和0年5月1日",
        "2026/4",
        "4/1",
        "明日",
        "2026-04-01T10:00",
        "X8.4.1",
    })
    void impossibleOrUnreadableDatesAreRefusedWithTheTextAsTyped(String typed) {
        assertThatThrownBy(() -> DateInput.parse(typed))
                .isInstanceOf(DateInput.InvalidDateException.class)
                .hasMessage(typed);
    }

    @Test
    void warekiIsShownWithTheEraName() {
        assertThat(DateStyle.WAREKI.format(LocalDate.of(2026, 4, 1))).isEqualTo("令和8年4月1日");
        assertThat(DateStyle.WAREKI.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(DateStyle.WAREKI.format(LocalDate.of(2019, 5, 1))).as("the first year is 元年").isEqualTo("令和元年5月1日");
        assertThat(DateStyle.WAREKI.format(LocalDate.of(1850, 1, 2))).as("before Meiji 6: 西暦").isEqualTo("1850/01/02");
        assertThat(DateStyle.SEIREKI.format(LocalDate.of(2026, 4, 1))).isEqualTo("2026/04/01");
    }

    @ParameterizedTest
    @EnumSource(DateStyle.class)
    void noDateIsShownAsBlank(DateStyle style) {
        assertThat(style.format(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DateStyle.class)
    void whatIsShownIsReadBackAsTheSameDay(DateStyle style) throws Exception {
        for (LocalDate day : new LocalDate[] {LocalDate.of(1989, 1, 7), LocalDate.of(1989, 1, 8),
            LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 1), LocalDate.of(2026, 11, 24), LocalDate.of(2028, 2, 29)}) {
            assertThat(DateInput.parse(style.format(day))).as(style.format(day)).contains(day);
        }
    }
}
