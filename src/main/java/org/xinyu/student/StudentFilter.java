package org.xinyu.student;

/** Which students a list shows (every part optional): a school, a grade, a class number, a name or number. */
public record StudentFilter(String schoolCode, Integer grade, Integer classNo, String query) {
}
