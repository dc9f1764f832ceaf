package org.daicho.domain;

import java.time.LocalDate;

/** 年度: 1 April to 31 March, named by the year it starts in (fiscal year 2026 = 2026-04-01 … 2027-03-31). */
public record FiscalYear(int startYear) {

    public static FiscalYear of(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** 令和8年度 or 2026年度. */
    public String label(DateStyle style) {
        if (style == DateStyle.WAREKI) {
            return DateStyle.eraYear(firstDay()) + "年度";
        }
        return startYear + "年度";
    }
}
