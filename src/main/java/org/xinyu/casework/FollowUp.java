package org.xinyu.casework;

import jakarta.persistence.Column;
import org.xinyu.platform.problem.ProblemException;
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

/** A required follow-up (跟进任务) with its owner, due time, completion and escalation. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role", nullable = false)
    private OwnerRole ownerRole;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** The due time at creation; null for a follow-up created before V15 (see FollowUpDueChange). */
    @Column(name = "first_due_at")
    private Instant firstDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status;

    @Column(name = "referral_id")
    private Long referralId;

    /** The rule that required it. */
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    /** Sealed (AES-GCM): a completion note may hold clinical detail. */
    @Column(name = "completion_note")
    private String completionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level")
    private EscalationLevel escalationLevel;

    @Column(name = "grade_escalated_at")
    private Instant gradeEscalatedAt;

    @Column(name = "school_escalated_at")
    private Instant schoolEscalatedAt;

    @Version
    private int version;

    protected FollowUp() {
    }

    public FollowUp(long caseId, FollowUpType type, OwnerRole ownerRole, Instant dueAt, Long referralId, String reason, Instant now) {
        this.caseId = caseId;
        this.type = Objects.requireNonNull(type);
        this.ownerRole = Objects.requireNonNull(ownerRole);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.firstDueAt = dueAt;
        this.referralId = referralId;
        this.reason = reason;
        this.status = FollowUpStatus.OPEN;
        this.createdAt = now;
    }

    /** Completes an open follow-up; one already completed is refused (409, {@code followUp.alreadyCompleted}). */
    public void complete(String by, String sealedNote, Instant now) {
        if (status != FollowUpStatus.OPEN) {
            throw ProblemException.conflict("followUp.alreadyCompleted", null, "this follow-up is already completed");
        }
        this.status = FollowUpStatus.DONE;
        this.completedAt = now;
        this.completedBy = by;
        this.completionNote = sealedNote;
    }

    /** Moves the due time earlier, never later. */
    public boolean tightenTo(Instant earlier) {
        if (earlier.isBefore(dueAt)) {
            dueAt = earlier;
            return true;
        }
        return false;
    }

    /** Records an escalation once per level; returns whether this call recorded it. */
    public boolean escalate(EscalationLevel level, Instant now) {
        if (level == EscalationLevel.GRADE_LEADER && gradeEscalatedAt == null) {
            gradeEscalatedAt = now;
        } else if (level == EscalationLevel.SCHOOL_LEADERSHIP && schoolEscalatedAt == null) {
            schoolEscalatedAt = now;
        } else {
            return false;
        }
        if (escalationLevel == null || level.compareTo(escalationLevel) > 0) {
            escalationLevel = level;
        }
        return true;
    }

    public boolean isOpen() {
        return status == FollowUpStatus.OPEN;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public FollowUpType type() {
        return type;
    }

    public OwnerRole ownerRole() {
        return ownerRole;
    }

    public Instant dueAt() {
        return dueAt;
    }

    /** The due time it had when created, or null when created before this was recorded. */
    public Instant firstDueAt() {
        return firstDueAt;
    }

    public FollowUpStatus status() {
        return status;
    }

    public Long referralId() {
        return referralId;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completedBy() {
        return completedBy;
    }

    public String sealedCompletionNote() {
        return completionNote;
    }

    public EscalationLevel escalationLevel() {
        return escalationLevel;
    }

    public Instant gradeEscalatedAt() {
        return gradeEscalatedAt;
    }

    public Instant schoolEscalatedAt() {
        return schoolEscalatedAt;
    }
}
