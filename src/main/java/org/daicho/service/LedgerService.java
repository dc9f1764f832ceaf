package org.daicho.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetField;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetNumbers;
import org.daicho.domain.AssetValidator;
import org.daicho.domain.FieldError;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.Validation;
import org.daicho.domain.ValidationException;
import org.daicho.store.AssetRepository;
import org.daicho.store.Database;

/** The 情報資産管理台帳: reading it, adding and editing assets under the domain's rules. */
public final class LedgerService {

    private final Database db;
    private final Clock clock;
    private final AssetRepository assets = new AssetRepository();
    private final HistoryService history;
    private final Supplier<Actor> actor;

    LedgerService(Database db, Clock clock, HistoryService history, Supplier<Actor> actor) {
        this.db = db;
        this.clock = clock;
        this.history = history;
        this.actor = actor;
    }

    /** Every asset with its section and manager names. Can be large: call it off the UI thread. */
    public List<LedgerEntry> entries() {
        return db.read(assets::findAllEntries);
    }

    public LedgerEntry entry(long id) {
        return db.read(c -> assets.findEntry(c, id))
                .orElseThrow(() -> new IllegalArgumentException("no asset " + id));
    }

    /**
     * Adds ({@code id == null}) or changes an asset. Every rule is checked before anything is written, and
     * the write and its change-history entry are one transaction. A disposed or returned asset is refused
     * (policy-duties: read-only), and so is making one so here: that is done by a disposal record. The
     * 廃棄記録番号 of the draft is ignored (kept as stored).
     *
     * @throws ValidationException with one message per field that is wrong
     */
    public LedgerEntry save(Long id, AssetDraft draft) {
        actor.get().require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        return db.inTransaction(c -> {
            LocalDate registeredOn = today;
            Map<String, String> before = Map.of();
            String disposalRecordNo = "";
            if (id != null) {
                Asset stored = assets.findEntry(c, id)
                        .orElseThrow(() -> new IllegalArgumentException("no asset " + id)).asset();
                if (stored.isReadOnly()) {
                    throw new ValidationException(List.of(FieldError.of(AssetField.STATUS, "validation.readOnly")));
                }
                registeredOn = stored.registeredOn();
                before = RecordFields.of(stored);
                disposalRecordNo = stored.disposalRecordNo();
            }
            if (draft.status() != null && draft.status().isFinal()) {
                // 廃棄済 / リース返却済 come only from a disposal record, with its permission and evidence (issue 5)
                throw new ValidationException(List.of(FieldError.of(AssetField.STATUS,
                        "validation.finalOnlyByDisposal")));
            }
            // the 廃棄記録番号 is written by the disposal record, never typed in the form
            draft.disposalRecordNo(disposalRecordNo);
            Validation<Asset> checked = AssetValidator.validate(id, draft, registeredOn, today);
            List<FieldError> errors = new ArrayList<>(checked.errors());
            String assetNo = AssetValidator.normaliseAssetNo(draft.assetNo());
            if (!assetNo.isEmpty() && assets.assetNoTaken(c, assetNo, id)) {
                errors.add(FieldError.of(AssetField.ASSET_NO, "validation.assetNo.taken", assetNo));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Asset asset = checked.value();
            long savedId;
            if (id == null) {
                savedId = assets.insert(c, asset).id();
            } else {
                assets.update(c, asset);
                savedId = id;
            }
            LedgerEntry saved = assets.findEntry(c, savedId).orElseThrow();
            history.record(c, actor.get(), RecordType.ASSET, savedId, before, RecordFields.of(saved.asset()), "");
            return saved;
        });
    }

    /** The next free 管理番号 for a kind, with the kind's prefix from the settings. */
    public String suggestAssetNo(AssetKind kind) {
        return db.read(c -> {
            String prefix = SettingsService.read(c).prefixFor(kind);
            return AssetNumbers.next(prefix, assets.assetNosStartingWith(c, prefix));
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
