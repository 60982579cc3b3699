package org.xinyu.casework;

/** Warning level of a case, lowest first so that ordinal comparison means "higher is more urgent". */
public enum Priority {
    NONE, LOW, MEDIUM, HIGH, CRISIS;

    public boolean isAtLeast(Priority other) {
        return compareTo(other) >= 0;
    }

    public static Priority max(Priority a, Priority b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** CRISIS and HIGH are never lowered by the rules alone (policy: a human lowers a crisis). */
    public boolean isSticky() {
        return this == CRISIS || this == HIGH;
    }
}
