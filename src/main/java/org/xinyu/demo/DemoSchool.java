package org.xinyu.demo;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A demo school.
 *
 * @param code     e.g. {@code WN-LW-001}
 * @param name     Chinese name, e.g. 渭南市临渭区实验小学
 * @param district the county-level division in Chinese, e.g. 临渭区
 * @param stage    {@code PRIMARY} (grades 1–6), {@code JUNIOR} (7–9), {@code SENIOR} (10–12),
 *                 {@code NINE_YEAR} (1–9) or {@code COMPLETE} (7–12)
 * @param rural    whether it is a township/village school (left-behind children are far more common)
 */
public record DemoSchool(String code, String name, String district, String stage, boolean rural) {

    public DemoSchool {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(district, "district");
        firstGradeOf(stage); // validates the stage
    }

    public int firstGrade() {
        return firstGradeOf(stage);
    }

    public int lastGrade() {
        return lastGradeOf(stage);
    }

    /** The grades this school teaches, in order. */
    public List<Integer> grades() {
        return IntStream.rangeClosed(firstGrade(), lastGrade()).boxed().collect(Collectors.toUnmodifiableList());
    }

    public boolean teachesGrade(int grade) {
        return grade >= firstGrade() && grade <= lastGrade();
    }

    /** The first grade of a school stage. */
    public static int firstGradeOf(String stage) {
        switch (Objects.requireNonNull(stage, "stage")) {
            case "PRIMARY":
            case "NINE_YEAR":
                return 1;
            case "JUNIOR":
            case "COMPLETE":
                return 7;
            case "SENIOR":
                return 10;
            default:
                throw new IllegalArgumentException("unknown school stage " + stage);
        }
    }

    /** The last grade of a school stage. */
    public static int lastGradeOf(String stage) {
        switch (Objects.requireNonNull(stage, "stage")) {
            case "PRIMARY":
                return 6;
            case "JUNIOR":
            case "NINE_YEAR":
                return 9;
            case "SENIOR":
            case "COMPLETE":
                return 12;
            default:
                throw new IllegalArgumentException("unknown school stage " + stage);
        }
    }
}
