package org.daicho.service;

import java.util.List;
import java.util.Map;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffField;

/**
 * One row of an import preview. {@code cells} holds the text read for each chosen column (ふりがな already
 * turned into hiragana); {@code staff} is the staff member as it would be stored (null when the row has
 * errors), {@code before} the one registered under the same 職員番号 (null for a new one), {@code changed} the
 * fields an update changes.
 */
public record StaffImportRow(int row, ImportStatus status, Map<StaffField, String> cells, Staff staff, Staff before,
        List<StaffField> changed, List<StaffImportError> errors) {

    public StaffImportRow {
        cells = Map.copyOf(cells);
        changed = List.copyOf(changed);
        errors = List.copyOf(errors);
    }

    public String cell(StaffField field) {
        return cells.getOrDefault(field, "");
    }
}
