package org.daicho.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.daicho.domain.Account;
import org.daicho.domain.Asset;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.store.AccountRepository;
import org.daicho.store.AssetRepository;
import org.daicho.store.SectionRepository;
import org.daicho.store.StaffRepository;

/**
 * The names a carry-out or disposal record is shown with (carrier, applicant, approver, performer, witness and
 * their 所属), read once per query from staff, sections and accounts, and the records' assets, each read once.
 * Shared by the lists, the single forms and the 監査証跡ブック, so that all three name people the same way.
 */
final class EntryNames {

    private static final AssetRepository ASSETS = new AssetRepository();

    private final Connection c;
    private final Map<Long, Staff> people = new HashMap<>();
    private final Map<Long, String> sectionNames = new HashMap<>();
    private final Map<Long, Account> accountsById = new HashMap<>();
    private final Map<Long, Asset> assetCache = new HashMap<>();

    EntryNames(Connection c) throws SQLException {
        this.c = c;
        for (Staff m : new StaffRepository().findAll(c)) {
            people.put(m.id(), m);
        }
        for (Section s : new SectionRepository().findAll(c)) {
            sectionNames.put(s.id(), s.name());
        }
        for (Account a : new AccountRepository().findAll(c)) {
            accountsById.put(a.id(), a);
        }
    }

    List<CarryEntry> carries(List<CarryRecord> records) throws SQLException {
        List<CarryEntry> out = new ArrayList<>(records.size());
        for (CarryRecord r : records) {
            out.add(carry(r, assets(r.assetIds())));
        }
        return out;
    }

    CarryEntry carry(CarryRecord r, List<Asset> carried) {
        Staff carrier = people.get(r.carrierStaffId());
        Staff approver = r.approverStaffId() == null ? null : people.get(r.approverStaffId());
        Staff checker = r.returnCheckerStaffId() == null ? null : people.get(r.returnCheckerStaffId());
        return new CarryEntry(r, carried, name(carrier), section(carrier),
                applicant(r.applicantStaffId(), r.applicantAccountId()), name(approver), section(approver),
                name(checker));
    }

    List<DisposalEntry> disposals(List<DisposalRecord> records) throws SQLException {
        List<DisposalEntry> out = new ArrayList<>(records.size());
        for (DisposalRecord r : records) {
            out.add(disposal(r));
        }
        return out;
    }

    DisposalEntry disposal(DisposalRecord r) throws SQLException {
        Staff approver = r.decision() == null ? null : people.get(r.decision().approverStaffId());
        DisposalExecution e = r.execution();
        Staff performer = e == null || e.performerStaffId() == null ? null : people.get(e.performerStaffId());
        Staff witness = e == null || e.witnessStaffId() == null ? null : people.get(e.witnessStaffId());
        String performerName = performer != null ? performer.name() : e == null ? "" : e.performerName();
        return new DisposalEntry(r, assets(r.assetIds()), applicant(r.applicantStaffId(), r.applicantAccountId()),
                name(approver), section(approver), performerName, section(performer), name(witness),
                section(witness));
    }

    /** The assets still in the ledger, in the record's order; each read once per query. */
    private List<Asset> assets(List<Long> ids) throws SQLException {
        List<Asset> list = new ArrayList<>();
        for (long assetId : ids) {
            Asset a = assetCache.get(assetId);
            if (a == null) {
                a = ASSETS.findEntry(c, assetId).map(LedgerEntry::asset).orElse(null);
                if (a != null) {
                    assetCache.put(assetId, a);
                }
            }
            if (a != null) {
                list.add(a);
            }
        }
        return list;
    }

    private String applicant(Long staffId, Long accountId) {
        if (staffId != null && people.containsKey(staffId)) {
            return people.get(staffId).name();
        }
        return accountId != null && accountsById.containsKey(accountId) ? accountsById.get(accountId).userName() : "";
    }

    private static String name(Staff s) {
        return s == null ? "" : s.name();
    }

    private String section(Staff s) {
        return s == null ? "" : sectionNames.getOrDefault(s.sectionId(), "");
    }
}
