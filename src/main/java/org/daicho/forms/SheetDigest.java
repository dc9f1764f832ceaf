package org.daicho.forms;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The SHA-256 of a sheet's data, computed while its rows are streamed (policy 2.9.1: evidence an auditor can
 * check without trusting the app). The rule, written on the audit book's cover so that it can be recomputed from
 * the cells alone: every row below the header row, in order; in each row the cells of the table's columns (A to
 * the last header column) as text, separated by a TAB and ended by a LF; UTF-8. A text cell is its text, a number
 * is written without a fraction when it is whole (3, 0.75), a date cell is yyyy-MM-dd, an empty cell is empty.
 */
final class SheetDigest {

    private static final byte[] TAB = {'\t'};
    private static final byte[] LF = {'\n'};

    private final MessageDigest sha256;
    private final String[] cells;
    private boolean pending;
    private long rows;

    SheetDigest(int columns) {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        this.cells = new String[columns];
    }

    /** Starts the next data row (ending the one before). */
    void startRow() {
        endRow();
        Arrays.fill(cells, null);
        pending = true;
    }

    /** The text of the cell at {@code column}; cells past the table's columns (approval box columns) are not data. */
    void cell(int column, String text) {
        if (pending && column < cells.length) {
            cells[column] = text;
        }
    }

    static String number(Number value) {
        BigDecimal exact = new BigDecimal(value.toString()).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

    static String date(LocalDate value) {
        return value.toString();
    }

    /** The hex SHA-256 of every row so far (lower case); ends the digest. */
    String finish() {
        endRow();
        return HexFormat.of().formatHex(sha256.digest());
    }

    long rows() {
        return rows;
    }

    private void endRow() {
        if (!pending) {
            return;
        }
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sha256.update(TAB);
            }
            if (cells[c] != null) {
                sha256.update(cells[c].getBytes(StandardCharsets.UTF_8));
            }
        }
        sha256.update(LF);
        rows++;
        pending = false;
    }
}
