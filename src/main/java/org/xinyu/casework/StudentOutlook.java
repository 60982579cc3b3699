package org.xinyu.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the rules last decided for a student, case or not: the warning level and the home-visit duty
 * (every student is visited at least once a semester). The fingerprint lets the sweep skip students whose
 * outcome did not change without writing anything.
 */
@Entity
@Table(name = "student_outlook")
public class StudentOutlook {

    @Id
    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(nullable = false)
    private int grade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @Column(name = "visit_interval_days")
    private Integer visitIntervalDays;

    @Column(name = "visit_per_semester", nullable = false)
    private boolean visitPerSemester;

    @Column(name = "last_visit_on")
    private LocalDate lastVisitOn;

    @Column(name = "next_visit_due")
    private LocalDate nextVisitDue;

    @Column(name = "absent_parent_required", nullable = false)
    private boolean absentParentRequired;

    @Column(name = "absent_parent_reached", nullable = false)
    private boolean absentParentReached;

    @Column(name = "rule_set_version", nullable = false)
    private int ruleSetVersion;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Column(nullable = false)
    private String fingerprint;

    protected StudentOutlook() {
    }

    public StudentOutlook(long studentId) {
        this.studentId = studentId;
        this.priority = Priority.NONE;
        this.fingerprint = "";
    }

    public void update(CaseOutcome outcome, long schoolId, long classId, int grade) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.grade = grade;
        this.priority = outcome.priority();
        this.visitIntervalDays = outcome.visit().intervalDays();
        this.visitPerSemester = outcome.visit().perSemester();
        this.lastVisitOn = outcome.visit().lastVisitOn();
        this.nextVisitDue = outcome.visit().nextDueBy();
        this.absentParentRequired = outcome.visit().absentParentContactRequired();
        this.absentParentReached = outcome.visit().absentParentContactSatisfied();
        this.ruleSetVersion = outcome.ruleSetVersion();
        this.evaluatedAt = outcome.evaluatedAt();
        this.fingerprint = outcome.fingerprint();
    }

    public Long studentId() {
        return studentId;
    }

    public Priority priority() {
        return priority;
    }

    public Integer visitIntervalDays() {
        return visitIntervalDays;
    }

    public boolean visitPerSemester() {
        return visitPerSemester;
    }

    public LocalDate lastVisitOn() {
        return lastVisitOn;
    }

    /** Whether the next home visit the rules asked for is past due on that school day. */
    public boolean visitOverdueOn(LocalDate today) {
        return nextVisitDue != null && nextVisitDue.isBefore(today);
    }

    public LocalDate nextVisitDue() {
        return nextVisitDue;
    }

    public boolean absentParentRequired() {
        return absentParentRequired;
    }

    public boolean absentParentReached() {
        return absentParentReached;
    }

    public int ruleSetVersion() {
        return ruleSetVersion;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
