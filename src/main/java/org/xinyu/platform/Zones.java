package org.xinyu.platform;

import java.time.ZoneId;

/** Stored instants are UTC; people in Weinan live in Beijing time, which decides what "today" is. */
public final class Zones {
    public static final ZoneId SCHOOL = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
