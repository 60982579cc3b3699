package org.xinyu.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Stored instants are UTC; people in Weinan live in Beijing time, which decides what "today" is. */
public final class Zones {
    public static final ZoneId SCHOOL = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }

    /** A stored instant as the school's local time with its offset (+08:00), as the API answers it; null stays null. */
    public static OffsetDateTime schoolTime(Instant instant) {
        return instant == null ? null : instant.atZone(SCHOOL).toOffsetDateTime();
    }
}
