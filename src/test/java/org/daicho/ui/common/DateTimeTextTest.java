package org.daicho.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Date-times as the record screens read and show them. */
class DateTimeTextTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026/11/25 13:30|2026-11-25T13:30",
        "2026-11-25 8:05|2026-11-25T08:05",
        "R8.11.25 17:00|2026-11-25T17:00",
        "令和8年11月25日 9:00|2026-11-25T09:00",
        "令和8年11月25日9時30分|2026-11-25T09:30",
        "令和8年11月25日 14時|2026-11-25T14:00",
        "２０２６／１１／２５　１３：３０|2026-11-25T13:30",
        "2026/11/25|2026-11-25T09:00",
        "R8.11.25|2026-11-25T09:00"})
    void readsTheDateAsDateInputDoesAndTheTimeAfterIt(String text, String expected) throws Exception {
        assertThat(DateTimeText.parse(text, NINE)).contains(LocalDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026/11/25 25:00", "2026/11/25 9:75", "2026/02/30 9:00", "明日の朝", "9:00"})
    void refusesWhatIsNoDateTime(String text) {
        assertThatThrownBy(() -> DateTimeText.parse(text, NINE)).isInstanceOf(DateInput.InvalidDateException.class);
    }

    @Test
    void blankIsEmptyAndTimesAreShownInTheChosenStyle() throws Exception {
        assertThat(DateTimeText.parse("  ", NINE)).isEmpty();
        LocalDateTime time = LocalDateTime.of(2026, 11, 25, 9, 5);
        assertThat(DateTimeText.format(time, DateStyle.WAREKI)).isEqualTo("令和8年11月25日 9:05");
        assertThat(DateTimeText.format(time, DateStyle.SEIREKI)).isEqualTo("2026/11/25 9:05");
        assertThat(DateTimeText.parse(DateTimeText.format(time, DateStyle.WAREKI), NINE)).contains(time);
        assertThat(DateTimeText.format(null, DateStyle.WAREKI)).isEmpty();
        assertThat(DateTimeText.formatSeconds(time.withSecond(7), DateStyle.SEIREKI)).isEqualTo("2026/11/25 9:05:07");
        assertThat(DateTimeText.formatSeconds(null, DateStyle.WAREKI)).isEmpty();
    }

    @Test
    void tablesUseTheShortFormWhichReadsBack() throws Exception {
        LocalDateTime time = LocalDateTime.of(2026, 11, 25, 17, 0);
        assertThat(DateTimeText.shortTime(time, DateStyle.WAREKI)).isEqualTo("R8.11.25 17:00");
        assertThat(DateTimeText.shortTime(time, DateStyle.SEIREKI)).isEqualTo("2026/11/25 17:00");
        assertThat(DateTimeText.shortDate(java.time.LocalDate.of(2019, 5, 1), DateStyle.WAREKI)).isEqualTo("R1.5.1");
        assertThat(DateTimeText.parse(DateTimeText.shortTime(time, DateStyle.WAREKI), NINE)).contains(time);
        assertThat(DateTimeText.shortTime(null, DateStyle.WAREKI)).isEmpty();
    }
}
