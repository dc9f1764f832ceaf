package org.daicho.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.daicho.domain.HistoryAction;
import org.daicho.domain.RecordType;
import org.daicho.service.VerifyResult;
import org.junit.jupiter.api.Test;

/** Every record type, action and verify result has its text in both languages. */
class HistoryMessagesTest {

    @Test
    void everyRecordTypeActionAndBreakHasATextInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Messages messages : List.of(Messages.forLocale(Locale.JAPANESE), Messages.forLocale(Locale.ENGLISH))) {
            List<String> keys = new ArrayList<>();
            for (RecordType type : RecordType.values()) {
                keys.add("enum.RecordType." + type.name());
            }
            for (HistoryAction action : HistoryAction.values()) {
                keys.add("enum.HistoryAction." + action.name());
            }
            for (VerifyResult.Reason reason : VerifyResult.Reason.values()) {
                keys.add(reason.messageKey());
            }
            for (String key : keys) {
                if (!messages.bundle().containsKey(key)) {
                    missing.add(messages.locale() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aBreakIsDescribedWithItsEntryRecordAndField() {
        VerifyResult.Break broken = new VerifyResult.Break(VerifyResult.Reason.RECORD_CHANGED, 12L, RecordType.ASSET,
                7L, "CONFIDENTIALITY");

        assertThat(broken.describe(Messages.japanese())).isEqualTo(
                "情報資産 ID 7 の現在の値が変更履歴（最後は #12）と一致しません（項目 機密性 (CONFIDENTIALITY)）。アプリの外で変更されています。");
        assertThat(broken.describe(Messages.forLanguage("en"))).contains("Asset ID 7").contains("#12");
        assertThat(new VerifyResult.Break(VerifyResult.Reason.GAP, 1234L, null, null, null)
                .describe(Messages.japanese())).isEqualTo("変更履歴 #1234 の直前の履歴がありません。アプリの外で削除されています。");
    }
}
