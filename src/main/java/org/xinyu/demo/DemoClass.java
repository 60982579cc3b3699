package org.xinyu.demo;

/**
 * A demo class (班级).
 *
 * @param schoolCode          the school's code
 * @param grade               1–12, within the school's stage
 * @param classNo             1..N within the grade
 * @param headTeacherUsername the username of its head teacher (班主任), a {@link DemoStaff}
 */
public record DemoClass(String schoolCode, int grade, int classNo, String headTeacherUsername) {
}
