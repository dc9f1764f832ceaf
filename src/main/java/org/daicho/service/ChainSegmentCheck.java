package org.daicho.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.daicho.store.HistoryChain;
import org.daicho.store.HistoryRepository;
import org.daicho.store.HistoryRow;

/**
 * The chain check of the entries of one period, fed in seq order while they are written (the audit book's
 * 変更履歴, issue 7): each entry's hash is computed again, and each is linked to the entry before it. At each edge
 * of the period the neighbouring entry of the next or previous period is read and checked too — before its first
 * entry, after its last, and on both sides of entries of another period found in between (a clock set back) — and
 * a last entry with nothing after it must be the recorded end of the chain. So a removed, inserted or edited entry
 * inside the period or at its edges is found, as {@link HistoryService#verify} would find it (policy 2.9.1),
 * while only the period's own entries and a few neighbours are read.
 */
final class ChainSegmentCheck {

    private final Connection c;
    private final HistoryRepository history;
    private long entries;
    private long firstSeq;
    private HistoryRow lastOfPeriod;
    /** The last entry checked, of the period or read around it; null before the first. */
    private HistoryRow previous;
    private VerifyResult.Break firstBreak;

    ChainSegmentCheck(Connection c, HistoryRepository history) {
        this.c = c;
        this.history = history;
    }

    /** The next entry of the period, in seq order. */
    void accept(HistoryRow row) throws SQLException {
        entries++;
        if (firstSeq == 0) {
            firstSeq = row.seq();
        }
        lastOfPeriod = row;
        if (firstBreak != null) {
            return;
        }
        if (previous != null && row.seq() > previous.seq() + 1) {
            // entries of another period in between (the clock was set back): the one after the period's last entry
            // is linked to it, and the one before this entry starts the next run; those further in are their own
            // period's (its book checks them), so a year is never read twice over
            Optional<HistoryRow> next = firstStored(previous.seq() + 1, row.seq() - 1);
            if (next.isPresent()) {
                link(next.get());
                if (next.get().seq() < row.seq() - 1) {
                    previous = null;
                }
            }
        }
        if (firstBreak == null && previous == null && row.seq() > 1) {
            // the entry before: its own link belongs to the period before
            Optional<HistoryRow> before = firstStored(row.seq() - 1, row.seq() - 1);
            if (before.isPresent()) {
                checkHash(before.get());
                previous = before.get();
            }
        }
        link(row);
    }

    /** The result, once the period's last entry was given. */
    ChainSegment finish() throws SQLException {
        if (firstBreak == null && lastOfPeriod != null) {
            Optional<HistoryRow> next = firstStored(lastOfPeriod.seq() + 1, lastOfPeriod.seq() + 1);
            if (next.isPresent()) {
                link(next.get());
            } else {
                // nothing after it: it must be the recorded end of the chain
                Optional<HistoryRepository.Head> head = history.head(c);
                if (head.isEmpty() || head.get().lastSeq() != lastOfPeriod.seq()
                        || !head.get().lastHash().equals(lastOfPeriod.entryHash())) {
                    long named = head.map(HistoryRepository.Head::lastSeq).filter(s -> s > lastOfPeriod.seq())
                            .orElse(lastOfPeriod.seq());
                    broken(VerifyResult.Reason.HEAD, named);
                }
            }
        }
        return new ChainSegment(entries, firstSeq, lastOfPeriod == null ? 0 : lastOfPeriod.seq(),
                lastOfPeriod == null ? HistoryChain.GENESIS : lastOfPeriod.entryHash(), Optional.ofNullable(firstBreak));
    }

    /** The stored entry with the lowest seq in [from, to], if any (one row read through the primary key). */
    private Optional<HistoryRow> firstStored(long from, long to) throws SQLException {
        HistoryRow[] found = {null};
        history.forEachInSeqRange(c, from, to, row -> {
            found[0] = row;
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    private void link(HistoryRow row) {
        if (previous == null ? row.seq() != 1 : row.seq() != previous.seq() + 1) {
            broken(VerifyResult.Reason.GAP, row.seq());
        } else if (!(previous == null ? HistoryChain.GENESIS : previous.entryHash()).equals(row.prevHash())) {
            broken(VerifyResult.Reason.LINK, row.seq());
        } else {
            checkHash(row);
        }
        previous = row;
    }

    private void checkHash(HistoryRow row) {
        if (firstBreak == null && !HistoryChain.hashOf(row).equals(row.entryHash())) {
            broken(VerifyResult.Reason.HASH, row.seq());
        }
    }

    private void broken(VerifyResult.Reason reason, long seq) {
        if (firstBreak == null) {
            firstBreak = new VerifyResult.Break(reason, seq, null, null, null);
        }
    }
}
