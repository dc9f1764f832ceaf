package org.daicho.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The ledger's figures for the home screen: how many assets it holds, how many are still held (not disposed or
 * returned), and how many each {@link AttentionKind} counts (in {@link AttentionKind} order, zero counts included).
 */
public record LedgerSummary(int assets, int activeAssets, Map<AttentionKind, Integer> attention) {

    public LedgerSummary {
        Map<AttentionKind, Integer> counts = new EnumMap<>(AttentionKind.class);
        for (AttentionKind kind : AttentionKind.values()) {
            counts.put(kind, attention.getOrDefault(kind, 0));
        }
        attention = Collections.unmodifiableMap(counts);
    }
}
