package org.daicho.domain;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates are shown in screens and forms: 西暦 (2026/04/01) or 和暦 (令和8年4月1日). Stored dates are ISO. */
public enum DateStyle {
    SEIREKI,
    WAREKI;

    private static final DateTimeFormatter SEIREKI_FORMAT = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter WAREKI_FORMAT =
            DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPANESE);

    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return switch (this) {
            case SEIREKI -> SEIREKI_FORMAT.format(date);
            case WAREKI -> WAREKI_FORMAT.format(JapaneseDate.from(date));
        };
    }
}
