package org.daicho.service;

import java.util.Optional;
import org.daicho.i18n.Messages;

/**
 * What the chain check of one period's change history found ({@link ChainSegmentCheck}): the audit book's
 * 「変更履歴の改ざんチェック」 (issue 7). The replay of every record against its history is the whole-store
 * 改ざんチェック ({@link HistoryService#verify}), which the book names but does not run.
 *
 * @param entries    the period's entries checked
 * @param firstSeq   seq of its first entry (0 when it has none)
 * @param lastSeq    seq of its last entry (0 when it has none)
 * @param lastHash   hash of its last entry: where the next period's chain starts, worth writing down (0006)
 * @param firstBreak empty when intact
 */
public record ChainSegment(long entries, long firstSeq, long lastSeq, String lastHash,
        Optional<VerifyResult.Break> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** One sentence: intact or not, with the count and the range of seq. */
    public String summary(Messages messages) {
        if (!intact()) {
            return messages.get("history.segment.broken", String.valueOf(entries));
        }
        if (entries == 0) {
            return messages.get("history.segment.empty");
        }
        return messages.get("history.segment.intact", String.valueOf(entries), String.valueOf(firstSeq),
                String.valueOf(lastSeq));
    }

    /** 「この年度の最後の変更履歴: #…」, to write down; the next year's first entry links to it. */
    public String head(Messages messages) {
        return messages.get("history.segment.head", String.valueOf(lastSeq), lastHash);
    }

    /** The first break in one sentence, or empty. */
    public String breakText(Messages messages) {
        return firstBreak.map(b -> b.describe(messages)).orElse("");
    }
}
