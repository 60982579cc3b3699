package org.xinyu.demo;

/**
 * A demo staff account for the app to create.
 *
 * @param username    lower-case ASCII: {@code ht-<school code>-<grade>-<class>} for a head teacher
 *                    (e.g. {@code ht-wn-lw-001-9-2}), {@code counsellor-<school code>} for a counsellor
 * @param displayName Chinese name
 * @param role        {@code HEAD_TEACHER} or {@code COUNSELOR} (the API's role names)
 * @param schoolCode  the school
 * @param grade       the class's grade for a head teacher, else {@code null}
 * @param classNo     the class number for a head teacher, else {@code null}
 */
public record DemoStaff(String username, String displayName, String role, String schoolCode, Integer grade,
                        Integer classNo) {

    public static final String HEAD_TEACHER = "HEAD_TEACHER";
    public static final String COUNSELOR = "COUNSELOR";
}
