package org.daicho.store;

import java.sql.SQLException;

/** Receives rows one at a time from a query that may be too large to hold in memory. */
@FunctionalInterface
public interface RowVisitor<T> {

    /** @return false to stop reading */
    boolean visit(T row) throws SQLException;
}
