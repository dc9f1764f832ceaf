package org.daicho.ui.login;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.daicho.domain.DateStyle;
import org.daicho.service.LoginRecord;
import org.daicho.i18n.Messages;

/**
 * How login times are written for people: the date in the organisation's date style (令和8年11月23日) and the
 * time (17:02). Before login the store's settings cannot be read, so the login screen uses 和暦 in Japanese.
 */
public final class LoginTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final DateStyle dateStyle;
    private final ZoneId zone;

    public LoginTimes(DateStyle dateStyle, ZoneId zone) {
        this.dateStyle = dateStyle;
        this.zone = zone;
    }

    /** The style the login screen uses: 和暦 for Japanese, 西暦 otherwise. */
    public static LoginTimes beforeLogin(Messages messages, ZoneId zone) {
        boolean japanese = "ja".equals(messages.locale().getLanguage());
        return new LoginTimes(japanese ? DateStyle.WAREKI : DateStyle.SEIREKI, zone);
    }

    /** 令和8年11月23日 17:02 */
    public String dateTime(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return dateStyle.format(local.toLocalDate()) + " " + TIME.format(local);
    }

    /** Only the time when {@code instant} is on the same day as {@code now}; otherwise date and time. */
    public String untilText(Instant instant, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        if (now != null && local.toLocalDate().equals(LocalDateTime.ofInstant(now, zone).toLocalDate())) {
            return TIME.format(local);
        }
        return dateTime(instant);
    }

    /** The sentence shown after login: the previous login and the failed attempts since then. */
    public String lastLogin(LoginRecord record, Messages messages) {
        if (record == null || record.previousLogin() == null) {
            if (record != null && record.failedAttemptsSince() > 0) {
                return messages.get("login.last.firstWithFailures", record.failedAttemptsSince(),
                        lastFailed(record));
            }
            return messages.get("login.last.first");
        }
        String previous = dateTime(record.previousLogin());
        if (record.failedAttemptsSince() == 0) {
            return messages.get("login.last.noFailures", previous);
        }
        return messages.get("login.last.failures", previous, record.failedAttemptsSince(), lastFailed(record));
    }

    private String lastFailed(LoginRecord record) {
        return record.lastFailedAttempt() == null ? "" : dateTime(record.lastFailedAttempt());
    }
}
