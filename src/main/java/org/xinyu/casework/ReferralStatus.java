package org.xinyu.casework;

/** 转介 status: sent to an institution, accepted, in treatment, closed (with the parents' cooperation). */
public enum ReferralStatus {
    OPEN, ACCEPTED, IN_TREATMENT, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
