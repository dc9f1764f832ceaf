package org.daicho.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.daicho.domain.DateStyle;
import org.daicho.domain.RecordType;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;

/** A carry record's history reads as labels and names, not as stored codes and ids. */
class HistoryTextsCarryTest {

    private final HistoryTexts texts = new HistoryTexts(Messages.japanese(), DateStyle.WAREKI, Map.of(1L, "試験課"),
            Map.of(5L, "見本 次郎"));

    @Test
    void carryFieldsAreShownWithTheirLabelsAndValues() {
        assertThat(texts.fieldLabel(RecordType.CARRY, "RETURN_CHECKER")).isEqualTo("返却確認者");
        assertThat(texts.value(RecordType.CARRY, "STATUS", "OUT")).isEqualTo("持出中");
        assertThat(texts.value(RecordType.CARRY, "KIND", "BRING_IN")).isEqualTo("持込");
        assertThat(texts.value(RecordType.CARRY, "MEASURES", "ENCRYPTION,LOCKED_CASE")).isEqualTo("暗号化 / 鍵付きケース");
        assertThat(texts.value(RecordType.CARRY, "CARRIER", "5")).isEqualTo("見本 次郎 (5)");
        assertThat(texts.value(RecordType.CARRY, "PAPER_APPROVAL", "true"))
                .isEqualTo(Messages.japanese().get("history.value.yes"));
        assertThat(texts.value(RecordType.CARRY, "PURPOSE", "説明")).isEqualTo("説明");
    }
}
