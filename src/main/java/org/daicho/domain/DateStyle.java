package org.daicho.domain;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How dates are shown in screens and forms: 西暦 (2026/04/01) or 和暦 (令和8年4月1日). Stored dates are ISO. */
public enum DateStyle {
    SEIREKI,
    WAREKI;

    private static final DateTimeFormatter SEIREKI_FORMAT = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    /** The Japanese calendar of java.time starts with Meiji 6 (1873); earlier dates are shown in 西暦. */
    private static final LocalDate FIRST_JAPANESE_DATE = LocalDate.of(1873, 1, 1);
    /**
     * 和暦 texts already made: JapaneseDate is slow next to the rest of a row, and a form repeats the same days
     * (the audit book's 1.7 million history rows fall on a few hundred). Ten years of days fit; past the bound
     * it starts again.
     */
    private static final Map<LocalDate, String> WAREKI_TEXTS = new ConcurrentHashMap<>();
    private static final int WAREKI_TEXTS_BOUND = 8192;

    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (this == SEIREKI || date.isBefore(FIRST_JAPANESE_DATE)) {
            return SEIREKI_FORMAT.format(date);
        }
        String known = WAREKI_TEXTS.get(date);
        if (known != null) {
            return known;
        }
        if (WAREKI_TEXTS.size() >= WAREKI_TEXTS_BOUND) {
            WAREKI_TEXTS.clear();
        }
        String text = eraYear(date) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        WAREKI_TEXTS.put(date, text);
        return text;
    }

    /** 令和8 — and 令和元 for the first year of an era, as every Japanese form writes it. */
    static String eraYear(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
        return japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (yearOfEra == 1 ? "元" : yearOfEra);
    }
}
