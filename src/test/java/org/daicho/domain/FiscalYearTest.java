package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 年度: 1 April to 31 March, named by the year it starts in. */
class FiscalYearTest {

    @ParameterizedTest(name = "{0} is in 年度 {1}")
    @CsvSource({
        "2026-04-01, 2026",
        "2026-11-24, 2026",
        "2026-12-31, 2026",
        "2027-01-01, 2026",
        "2027-03-31, 2026",
        "2027-04-01, 2027",
        "2026-03-31, 2025",
        "2028-02-29, 2027",
    })
    void theYearADayBelongsTo(LocalDate day, int startYear) {
        assertThat(FiscalYear.of(day)).isEqualTo(new FiscalYear(startYear));
        assertThat(FiscalYear.of(day).contains(day)).isTrue();
    }

    @Test
    void runsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
        FiscalYear year = new FiscalYear(2026);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(year.contains(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2027, 4, 1))).isFalse();
        assertThat(year.contains(null)).isFalse();
    }

    @Test
    void labelsInWarekiAndSeireki() {
        assertThat(new FiscalYear(2026).label(DateStyle.WAREKI)).isEqualTo("令和8年度");
        assertThat(new FiscalYear(2026).label(DateStyle.SEIREKI)).isEqualTo("2026年度");
        assertThat(new FiscalYear(2020).label(DateStyle.WAREKI)).isEqualTo("令和2年度");
        assertThat(new FiscalYear(1989).label(DateStyle.WAREKI)).isEqualTo("平成元年度");
    }
}
