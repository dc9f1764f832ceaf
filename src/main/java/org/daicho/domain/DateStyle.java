package org.daicho.domain;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** How dates are shown in screens and forms: 西暦 (2026/04/01) or 和暦 (令和8年4月1日). Stored dates are ISO. */
public enum DateStyle {
    SEIREKI,
    WAREKI;

    private static final DateTimeFormatter SEIREKI_FORMAT = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    /** The Japanese calendar of java.time starts with Meiji 6 (1873); earlier dates are shown in 西暦. */
    private static final LocalDate FIRST_JAPANESE_DATE = LocalDate.of(1873, 1, 1);

    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (this == SEIREKI || date.isBefore(FIRST_JAPANESE_DATE)) {
            return SEIREKI_FORMAT.format(date);
        }
        return eraYear(date) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 令和8 — and 令和元 for the first year of an era, as every Japanese form writes it. */
    static String eraYear(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
        return japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (yearOfEra == 1 ? "元" : yearOfEra);
    }
}
