package org.xinyu.screening;

/** Severity band of a screening result, common to every instrument. */
public enum Band {
    NONE, MILD, MODERATE, SEVERE
}
