package org.daicho.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as a clerk types it: 2026-04-01, 2026/4/1, 2026.4.1, 20260401, R8.4.1, 令和8年4月1日,
 * H31/4/30, 令和元年5月1日. Full-width digits are accepted. An impossible date (2026-02-30) is refused.
 */
public final class DateInput {

    private static final Pattern WESTERN = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern JAPANESE =
            Pattern.compile("(令和|平成|昭和|R|H|S)(元|\\d{1,2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Map<String, JapaneseEra> ERAS = Map.of(
            "令和", JapaneseEra.REIWA, "R", JapaneseEra.REIWA,
            "平成", JapaneseEra.HEISEI, "H", JapaneseEra.HEISEI,
            "昭和", JapaneseEra.SHOWA, "S", JapaneseEra.SHOWA);

    private DateInput() {
    }

    /** Thrown for text that is not a date, or names a day that does not exist. */
    public static final class InvalidDateException extends Exception {
        public InvalidDateException(String text) {
            super(text);
        }
    }

    /** Empty for blank text; the date otherwise. */
    public static Optional<LocalDate> parse(String text) throws InvalidDateException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toUpperCase().replace(" ", "");
        try {
            Matcher m = WESTERN.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = COMPACT.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = JAPANESE.matcher(value);
            if (m.matches()) {
                JapaneseEra era = ERAS.get(m.group(1));
                int yearOfEra = "元".equals(m.group(2)) ? 1 : num(m, 2);
                return Optional.of(LocalDate.from(JapaneseDate.of(era, yearOfEra, num(m, 3), num(m, 4))));
            }
        } catch (DateTimeException impossible) {
            throw new InvalidDateException(text);
        }
        throw new InvalidDateException(text);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
