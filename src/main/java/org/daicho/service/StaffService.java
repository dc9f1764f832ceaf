package org.daicho.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.daicho.domain.FieldError;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.StaffField;
import org.daicho.domain.StaffValidator;
import org.daicho.domain.Validation;
import org.daicho.domain.ValidationException;
import org.daicho.store.Database;
import org.daicho.store.StaffRepository;

/** The staff list (職員) that every record names people from. */
public final class StaffService {

    private final Database db;
    private final StaffRepository staff = new StaffRepository();
    private final HistoryService history;
    private final Supplier<Actor> actor;

    StaffService(Database db, HistoryService history, Supplier<Actor> actor) {
        this.db = db;
        this.history = history;
        this.actor = actor;
    }

    public List<Staff> all() {
        return db.read(staff::findAll);
    }

    /**
     * Adds ({@code id == null}) or changes a staff member, with its change-history entry in the same
     * transaction.
     *
     * @throws ValidationException with one message per field that is wrong, including a 職員番号 in use
     */
    public Staff save(Long id, StaffDraft draft) {
        actor.get().require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        Validation<Staff> checked = StaffValidator.validate(id, draft);
        return db.inTransaction(c -> {
            List<FieldError> errors = new ArrayList<>(checked.errors());
            if (checked.isValid()) {
                String staffNo = checked.value().staffNo();
                staff.findByStaffNo(c, staffNo).filter(other -> !other.id().equals(id)).ifPresent(other ->
                        errors.add(FieldError.of(StaffField.STAFF_NO, "validation.staffNo.taken", staffNo)));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return write(c, checked.value());
        });
    }

    /**
     * Stores a checked staff member (added when its id is null, changed otherwise) with its change-history
     * entry, inside the caller's transaction: {@link #save} and the staff import share it.
     */
    Staff write(Connection c, Staff value) throws SQLException {
        Map<String, String> before = Map.of();
        long savedId;
        if (value.id() == null) {
            savedId = staff.insert(c, value).id();
        } else {
            before = RecordFields.of(staff.findById(c, value.id())
                    .orElseThrow(() -> new IllegalArgumentException("no staff " + value.id())));
            staff.update(c, value);
            savedId = value.id();
        }
        Staff saved = staff.findById(c, savedId).orElseThrow();
        history.record(c, actor.get(), RecordType.STAFF, savedId, before, RecordFields.of(saved), "");
        return saved;
    }
}
