package org.daicho.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.daicho.domain.Asset;
import org.daicho.domain.LedgerEntry;

/**
 * An asset of the ledger in a record's picker (the assets to carry out, to dispose of …), ticked or not. Shared so
 * that every picker ticks and finds assets alike.
 */
public final class AssetChoice {

    private final LedgerEntry entry;
    private final String searchKey;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);

    public AssetChoice(LedgerEntry entry) {
        this.entry = entry;
        Asset a = entry.asset();
        this.searchKey = LedgerEntry.normalise(String.join("\u0001", a.assetNo(), a.name(), a.serialNo()));
    }

    public LedgerEntry entry() {
        return entry;
    }

    public Asset asset() {
        return entry.asset();
    }

    public BooleanProperty selected() {
        return selected;
    }

    /** Whether every word (as {@link LedgerEntry#normalise} leaves it) is in the 管理番号, name or serial number. */
    public boolean matches(String[] words) {
        for (String word : words) {
            if (!word.isEmpty() && !searchKey.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
