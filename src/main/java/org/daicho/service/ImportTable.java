package org.daicho.service;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A file read for import, before any field is known: its header row and its data rows (empty rows left out,
 * their numbers kept). {@code encoding} is the character set a CSV file was read with; null for a workbook.
 */
public record ImportTable(String fileName, Charset encoding, List<String> headers, List<ImportRow> rows) {

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Whether the file was a CSV file (so that its encoding matters). */
    public boolean isCsv() {
        return encoding != null;
    }

    /** The header of column {@code index}, or its Excel letter (A, B, … AA) when the header cell is empty. */
    public String columnName(int index) {
        String header = index >= 0 && index < headers.size() ? headers.get(index) : "";
        return header.isBlank() ? columnLetter(index) : header;
    }

    /** A, B, … Z, AA, AB: the column as Excel names it. */
    public static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }
}
