package org.daicho.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The ledger's filter: words typed in the search box (all must match, in any of number, name, serial,
 * holder or place) and the kind, 機密性, status and section choices, and optionally one of the home
 * screen's attention items. A null choice means "all".
 */
public record AssetFilter(String text, AssetKind kind, Integer confidentiality, AssetStatus status, Long sectionId,
        AttentionKind attention) {

    public static final AssetFilter ALL = new AssetFilter("", null, null, null, null, null);

    public static AssetFilter attention(AttentionKind attention) {
        return new AssetFilter("", null, null, null, null, attention);
    }

    public AssetFilter {
        text = text == null ? "" : text;
    }

    private String[] words() {
        String normalised = LedgerEntry.normalise(text).strip();
        return normalised.isEmpty() ? new String[0] : normalised.split("\\s+");
    }

    /** A predicate with the words split once; use it to filter many rows. */
    public Predicate<LedgerEntry> compile(LocalDate today) {
        String[] words = words();
        return entry -> {
            Asset a = entry.asset();
            if (attention != null && !attention.matches(a, today)) {
                return false;
            }
            if (kind != null && a.kind() != kind) {
                return false;
            }
            if (confidentiality != null && a.classes().confidentiality() != confidentiality) {
                return false;
            }
            if (status != null && a.status() != status) {
                return false;
            }
            if (sectionId != null && a.sectionId() != sectionId) {
                return false;
            }
            String key = entry.searchKey();
            for (String word : words) {
                if (!key.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    public List<LedgerEntry> apply(List<LedgerEntry> entries, LocalDate today) {
        Predicate<LedgerEntry> predicate = compile(today);
        List<LedgerEntry> out = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (predicate.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return words().length == 0 && kind == null && confidentiality == null && status == null && sectionId == null
                && attention == null;
    }
}
