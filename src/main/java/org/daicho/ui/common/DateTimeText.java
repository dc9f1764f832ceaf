package org.daicho.ui.common;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.JapaneseChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;

/**
 * Date-times as the record screens (持出・持込, 廃棄記録) show them in fields and tables and read them back: the date
 * as {@link DateInput} reads it (2026/11/24, R8.11.24, 令和8年11月24日) followed by the time (9:00, 17:30, or 9時30分
 * after a 日). A date without a time takes the caller's default time (e.g. 9:00 to go out, 17:00 to come back).
 * One class for every screen, so that a time typed in one reads the same in another.
 */
public final class DateTimeText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("H:mm:ss");
    /** R8.11.24: the 和暦 as lists print it when space is short. */
    private static final DateTimeFormatter SHORT_WAREKI = DateTimeFormatter.ofPattern("GGGGGy.M.d", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter SHORT_SEIREKI = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final LocalDate FIRST_JAPANESE_DATE = LocalDate.of(1873, 1, 1);
    private static final Pattern WITH_COLON = Pattern.compile("(.+?)\\s+(\\d{1,2}):(\\d{2})");
    private static final Pattern WITH_KANJI = Pattern.compile("(.+?日)\\s*(\\d{1,2})時(?:(\\d{1,2})分)?");

    private DateTimeText() {
    }

    /** 「2026/11/24 9:00」 or 「令和8年11月24日 9:00」 as the date style says; empty for null. */
    public static String format(LocalDateTime time, DateStyle style) {
        return time == null ? "" : style.format(time.toLocalDate()) + " " + TIME.format(time);
    }

    /** With seconds, for what a record holds to the second (申請日時, 許可日時, 処理日時); empty for null. */
    public static String formatSeconds(LocalDateTime time, DateStyle style) {
        return time == null ? "" : style.format(time.toLocalDate()) + " " + SECONDS.format(time);
    }

    /** The short form for tables: 「R8.11.24」 or 「2026/11/24」 (which {@link DateInput} reads back); empty for null. */
    public static String shortDate(LocalDate date, DateStyle style) {
        if (date == null) {
            return "";
        }
        return style == DateStyle.WAREKI && !date.isBefore(FIRST_JAPANESE_DATE) ? SHORT_WAREKI.format(date)
                : SHORT_SEIREKI.format(date);
    }

    /** 「R8.11.24 9:00」 or 「2026/11/24 9:00」; empty for null. */
    public static String shortTime(LocalDateTime time, DateStyle style) {
        return time == null ? "" : shortDate(time.toLocalDate(), style) + " " + TIME.format(time);
    }

    /** A date-time; a date alone takes {@code defaultTime}. Empty for blank text. */
    public static Optional<LocalDateTime> parse(String text, LocalTime defaultTime)
            throws DateInput.InvalidDateException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        try {
            Matcher m = WITH_COLON.matcher(value);
            if (!m.matches()) {
                m = WITH_KANJI.matcher(value);
            }
            if (m.matches()) {
                LocalDate date = DateInput.parse(m.group(1)).orElseThrow(() -> new DateInput.InvalidDateException(text));
                int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                return Optional.of(date.atTime(LocalTime.of(Integer.parseInt(m.group(2)), minute)));
            }
        } catch (DateTimeException | NumberFormatException impossible) {
            throw new DateInput.InvalidDateException(text);
        }
        return DateInput.parse(value).map(date -> date.atTime(defaultTime));
    }
}
