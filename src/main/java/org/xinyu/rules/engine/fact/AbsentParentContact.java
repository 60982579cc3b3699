package org.xinyu.rules.engine.fact;

/** Result: a left-behind student's absent parent must be reached this semester, and whether that happened. */
public record AbsentParentContact(boolean satisfied, String rule) {
}
