package org.daicho.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.daicho.domain.DateStyle;
import org.daicho.i18n.Messages;
import org.daicho.service.LoginRecord;
import org.junit.jupiter.api.Test;

/** The sentence shown after login about the previous login and the failed attempts since. */
class LoginTimesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final Messages messages = Messages.japanese();
    private final LoginTimes wareki = new LoginTimes(DateStyle.WAREKI, TOKYO);

    @Test
    void theFirstLoginSaysSo() {
        assertThat(wareki.lastLogin(new LoginRecord(null, 0, null), messages)).isEqualTo("初めてのログインです");
        assertThat(wareki.lastLogin(null, messages)).isEqualTo("初めてのログインです");
    }

    @Test
    void failedAttemptsSinceThePreviousLoginAreCountedWithTheLastOne() {
        LoginRecord record = new LoginRecord(Instant.parse("2026-11-23T08:02:00Z"), 2,
                Instant.parse("2026-11-24T00:58:00Z"));
        assertThat(wareki.lastLogin(record, messages))
                .isEqualTo("前回のログイン: 令和8年11月23日 17:02　その後のログイン失敗: 2 回（最後: 令和8年11月24日 9:58）");
    }

    @Test
    void noFailedAttemptsSaySo() {
        LoginRecord record = new LoginRecord(Instant.parse("2026-11-23T08:02:00Z"), 0, null);
        assertThat(wareki.lastLogin(record, messages)).isEqualTo("前回のログイン: 令和8年11月23日 17:02　その後のログイン失敗: なし");
        assertThat(new LoginTimes(DateStyle.SEIREKI, TOKYO).lastLogin(record, messages))
                .isEqualTo("前回のログイン: 2026/11/23 17:02　その後のログイン失敗: なし");
    }

    @Test
    void aLockEndingTodayIsGivenAsATimeOnly() {
        Instant now = Instant.parse("2026-11-24T01:00:00Z");
        assertThat(wareki.untilText(now.plusSeconds(15 * 60), now)).isEqualTo("10:15");
        assertThat(wareki.untilText(Instant.parse("2026-11-24T15:30:00Z"), now)).isEqualTo("令和8年11月25日 0:30");
    }
}
