package org.daicho.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.daicho.domain.AttentionKind;
import org.daicho.domain.LedgerEntry;

/** What needs the clerk's attention, for the home screen. Later record types add their own items. */
public final class AttentionService {

    private final Clock clock;

    AttentionService(Clock clock) {
        this.clock = clock;
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
