package org.daicho.service;

import java.util.List;

/**
 * One data row of a file being imported: {@code rowNumber} is the row as the user sees it in Excel (the
 * header row is usually row 1), {@code cells} the text of each column, trimmed.
 */
public record ImportRow(int rowNumber, List<String> cells) {

    public ImportRow {
        cells = List.copyOf(cells);
    }

    /** The text of column {@code index}, empty beyond the row's last cell. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
