package org.daicho.service;

import org.daicho.domain.FieldError;
import org.daicho.i18n.Messages;

/**
 * What is wrong in one cell of an imported file: the row as the user sees it in Excel, the column's header
 * ({@code column}; null when no column was chosen for the field, and its label is shown instead), and the
 * field's message.
 */
public record StaffImportError(int row, String column, FieldError error) {

    /** 行 5 列「氏名」: 氏名を入力してください。 */
    public String describe(Messages messages) {
        return messages.get("staff.import.rowError", String.valueOf(row), columnName(messages),
                ErrorMessages.describe(error, messages));
    }

    /** 列「氏名」: 氏名を入力してください。 (for a list that shows the row already) */
    public String describeCell(Messages messages) {
        return messages.get("staff.import.cellError", columnName(messages), ErrorMessages.describe(error, messages));
    }

    /** The column's header, or the field's label when the field was read from no column. */
    public String columnName(Messages messages) {
        return column != null ? column : messages.get(error.labelKey());
    }
}
