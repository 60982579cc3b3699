package org.xinyu.organisation;

/** A class with its head teacher's name (null when it has none). */
public record ClassSummary(long id, int grade, int classNo, Teacher headTeacher, int version) {
}
