package org.xinyu.organisation;

/** 学段: which grades a school teaches. */
public enum SchoolStage {
    PRIMARY(1, 6), JUNIOR(7, 9), SENIOR(10, 12), NINE_YEAR(1, 9), COMPLETE(7, 12);

    private final int firstGrade;
    private final int lastGrade;

    SchoolStage(int firstGrade, int lastGrade) {
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    public boolean teaches(int grade) {
        return grade >= firstGrade && grade <= lastGrade;
    }

    public int firstGrade() {
        return firstGrade;
    }

    public int lastGrade() {
        return lastGrade;
    }
}
