package org.xinyu.rules.engine.fact;

/** The student being evaluated: identity and where they sit in the school (grade 1–12). */
public record Student(long studentId, long schoolId, int grade, long classId) {
    public Student {
        if (grade < 1 || grade > 12) {
            throw new IllegalArgumentException("grade must be 1..12, was " + grade);
        }
    }
}
