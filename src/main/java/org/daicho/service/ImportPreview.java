package org.daicho.service;

import java.util.List;
import java.util.Map;
import org.daicho.domain.StaffField;

/**
 * What importing a file would do, row by row, before anything is written; {@code mapping} gives the column
 * (index into the table's headers) each field is read from. A field with no column keeps the registered
 * staff member's value (a new one gets none).
 */
public record ImportPreview(ImportTable table, Map<StaffField, Integer> mapping, List<StaffImportRow> rows) {

    public ImportPreview {
        mapping = Map.copyOf(mapping);
        rows = List.copyOf(rows);
    }

    public long count(ImportStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(r -> r.status() == ImportStatus.ERROR);
    }

    /** Every error in file order. */
    public List<StaffImportError> errors() {
        return rows.stream().flatMap(r -> r.errors().stream()).toList();
    }
}
