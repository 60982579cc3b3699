package org.xinyu.casework;

import java.time.Instant;

/** Values of JPQL projections whose Java type depends on the database. */
final class DbValues {

    private DbValues() {
    }

    /** An instant column in an {@code Object[]} row: a {@code Timestamp} on some drivers, an {@code Instant} on others. */
    static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }
}
