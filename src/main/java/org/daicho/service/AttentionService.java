package org.daicho.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AttentionKind;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.LedgerSummary;
import org.daicho.domain.StorageWarning;
import org.daicho.store.AssetRepository;
import org.daicho.store.Database;

/** What needs the clerk's attention, for the home screen. Later record types add their own items. */
public final class AttentionService {

    private final Database db;
    private final Clock clock;
    private final AssetRepository assets = new AssetRepository();

    AttentionService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The ledger's totals and attention counts for the home screen, counted by the store without reading each
     * asset (issue 7: 100,000 assets, home screen in under 2 seconds). Gives the same counts as
     * {@link #assetAttention} over the whole ledger. The kinds are counted in two halves side by side: this is the
     * home screen's biggest read (0.4–0.6 s of its 0.8 s on the ten-year data), and the office PC has two cores.
     */
    public LedgerSummary ledgerSummary() {
        LocalDate today = LocalDate.now(clock);
        FiscalYear year = FiscalYear.of(today);
        List<AssetKind> firstHalf = new ArrayList<>();
        List<AssetKind> secondHalf = new ArrayList<>();
        for (AssetKind kind : AssetKind.values()) {
            (kind.ordinal() % 2 == 0 ? firstHalf : secondHalf).add(kind);
        }
        Future<List<AssetRepository.AttentionGroup>> other = Futures.start("daicho-ledger-summary",
                () -> groups(secondHalf, year, today));
        List<AssetRepository.AttentionGroup> groups = new ArrayList<>(groups(firstHalf, year, today));
        groups.addAll(Futures.await(other));

        Map<AttentionKind, Integer> counts = new EnumMap<>(AttentionKind.class);
        int active = 0;
        for (AssetRepository.AttentionGroup g : groups) {
            active += g.count();
            counts.merge(AttentionKind.NOT_REVIEWED_THIS_YEAR, g.notReviewed(), Integer::sum);
            counts.merge(AttentionKind.LEASE_ENDING, g.leaseEnding(), Integer::sum);
            counts.merge(AttentionKind.RETENTION_PASSED, g.retentionPassed(), Integer::sum);
            // the storage rule stays the domain's: asked once per group of equal kind, classes and storage
            boolean warning = !StorageWarning.check(g.kind(), g.classes(), g.lockedStorage(), g.encrypted()).isEmpty();
            counts.merge(AttentionKind.STORAGE_WARNING, warning ? g.count() : 0, Integer::sum);
        }
        return new LedgerSummary(db.read(assets::count), active, counts);
    }

    private List<AssetRepository.AttentionGroup> groups(List<AssetKind> kinds, FiscalYear year, LocalDate today) {
        return db.read(c -> assets.attentionGroups(c, kinds, year.firstDay(), year.lastDay(),
                today.plusDays(AttentionKind.LEASE_NOTICE_DAYS), today));
    }

    /** How many assets each attention item counts, in {@link AttentionKind} order (zero counts included). */
    public Map<AttentionKind, Integer> assetAttention(List<LedgerEntry> entries) {
        LocalDate today = LocalDate.now(clock);
        Map<AttentionKind, Integer> counts = new EnumMap<>(AttentionKind.class);
        for (AttentionKind kind : AttentionKind.values()) {
            counts.put(kind, 0);
        }
        for (LedgerEntry entry : entries) {
            for (AttentionKind kind : AttentionKind.values()) {
                if (kind.matches(entry.asset(), today)) {
                    counts.merge(kind, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
