package org.xinyu.rules.engine.fact;

/** How the priority rules read a screening result: by PHQ or GAD-7 cut-offs, or by another instrument's band. */
public enum ResultKind {
    /** PHQ-9 or PHQ-A: total score 0–27 plus item 9. */
    PHQ,
    /** GAD-7: total score 0–21. */
    GAD,
    /** Any administrator-defined instrument: band plus critical flag. */
    OTHER
}
