package org.xinyu.casework;

/** The three-level network: an overdue follow-up goes up to the grade leader, then to school leadership. */
public enum EscalationLevel {
    GRADE_LEADER, SCHOOL_LEADERSHIP
}
