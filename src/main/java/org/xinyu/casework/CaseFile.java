package org.xinyu.casework;

import org.xinyu.platform.problem.ProblemException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.xinyu.platform.persistence.Ids;

import java.time.Instant;
import java.util.Objects;

/**
 * A student's case (个案档案): opened the first time the rules put the student at LOW or above; carries the
 * priority with its reasons and the rule-set version that decided it. School, grade and class are copied
 * here so that the queue can be filtered and ordered by an index alone.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "student_id", nullable = false, unique = true)
    private long studentId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(nullable = false)
    private int grade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    /** CRISIS 0, HIGH 1, MEDIUM 2, LOW 3, NONE 4: the queue sorts every key ascending, so one index serves it. */
    @Column(name = "priority_rank", nullable = false)
    private int priorityRank;

    @Column(name = "priority_reached_at", nullable = false)
    private Instant priorityReachedAt;

    /** The reasons of the last evaluation, as JSON (rule, key, args, text). */
    @Column(nullable = false)
    private String reasons;

    @Column(name = "rule_set_version", nullable = false)
    private int ruleSetVersion;

    /** Earliest due time of an open follow-up: the queue's second sort key. */
    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected CaseFile() {
    }

    public CaseFile(long studentId, long schoolId, long classId, int grade, Instant now) {
        this.studentId = studentId;
        this.schoolId = schoolId;
        this.classId = classId;
        this.grade = grade;
        this.status = CaseStatus.OPEN;
        this.priority = Priority.NONE;
        this.priorityRank = queueRank(Priority.NONE);
        this.priorityReachedAt = now;
        this.reasons = "[]";
        this.openedAt = now;
    }

    /** Takes the rules' decision. Returns whether anything a person would notice changed. */
    public boolean decide(Priority newPriority, Instant reachedAt, String reasonsJson, int ruleSetVersion) {
        boolean changed = newPriority != priority || !Objects.equals(reasons, reasonsJson);
        this.priority = newPriority;
        this.priorityRank = queueRank(newPriority);
        this.priorityReachedAt = reachedAt;
        this.reasons = reasonsJson;
        this.ruleSetVersion = ruleSetVersion;
        if (status == CaseStatus.CLOSED && newPriority != Priority.NONE) {
            reopen();
        }
        return changed;
    }

    public static int queueRank(Priority priority) {
        return Priority.CRISIS.ordinal() - priority.ordinal();
    }

    /** Keeps the copied scope in step when a student changes class. */
    public void placeIn(long schoolId, long classId, int grade) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.grade = grade;
    }

    public void nextDue(Instant nextDueAt) {
        this.nextDueAt = nextDueAt;
    }

    /**
     * policy.md: a case whose priority has returned to NONE stays open until a counsellor closes it; one with any
     * other priority cannot be closed. Refuses (409, {@code case.notClosable} / {@code case.alreadyClosed}) what may
     * not be done.
     */
    public void close(Instant now) {
        if (priority != Priority.NONE) {
            throw ProblemException.conflict("case.notClosable", "priority",
                    "only a case whose priority has returned to NONE can be closed");
        }
        if (status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("case.alreadyClosed", "status", "the case is already closed");
        }
        this.status = CaseStatus.CLOSED;
        this.closedAt = now;
    }

    /** Whether {@link #close} would succeed: what the workbench offers is what the case allows. */
    public boolean mayClose() {
        return priority == Priority.NONE && status != CaseStatus.CLOSED;
    }

    private void reopen() {
        this.status = CaseStatus.OPEN;
        this.closedAt = null;
    }

    public Long id() {
        return id;
    }

    public long studentId() {
        return studentId;
    }

    public long schoolId() {
        return schoolId;
    }

    public long classId() {
        return classId;
    }

    public int grade() {
        return grade;
    }

    public CaseStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public Instant priorityReachedAt() {
        return priorityReachedAt;
    }

    public String reasonsJson() {
        return reasons;
    }

    public int ruleSetVersion() {
        return ruleSetVersion;
    }

    public Instant nextDueAt() {
        return nextDueAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int version() {
        return version;
    }
}
