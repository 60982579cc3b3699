package org.xinyu.casework;

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
import org.xinyu.platform.problem.ProblemException;

import java.time.Instant;

/** A referral (转介) to a professional or medical institution, with tracked feedback. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false)
    private String institution;

    @Column(nullable = false)
    private String reason;

    @Column(name = "parent_consent", nullable = false)
    private boolean parentConsent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    /** Sealed (AES-GCM): feedback from a clinic is clinical text. */
    private String feedback;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "last_feedback_at")
    private Instant lastFeedbackAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    private int version;

    protected Referral() {
    }

    public Referral(long caseId, String institution, String reason, boolean parentConsent, Instant now, String createdBy) {
        this.caseId = caseId;
        this.institution = institution;
        this.reason = reason;
        this.parentConsent = parentConsent;
        this.status = ReferralStatus.OPEN;
        this.openedAt = now;
        this.createdBy = createdBy;
    }

    /**
     * Takes a new status and/or feedback, given as of the version the caller read. Refuses a stale version (409,
     * {@code referral.stale}: someone else changed it since) before a closed referral (409, {@code referral.closed}),
     * the order the counsellor needs: reload first, then see why.
     */
    public void update(ReferralStatus newStatus, String sealedFeedback, int readVersion, Instant now) {
        if (readVersion != version) {
            throw ProblemException.conflict("referral.stale", "version",
                    "the referral was changed by someone else; reload and try again");
        }
        if (!status.isOpen()) {
            throw ProblemException.conflict("referral.closed", "status", "the referral is closed");
        }
        if (sealedFeedback != null) {
            this.feedback = sealedFeedback;
            this.lastFeedbackAt = now;
        }
        if (newStatus != null) {
            this.status = newStatus;
            if (newStatus == ReferralStatus.CLOSED) {
                this.closedAt = now;
            }
        }
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public String institution() {
        return institution;
    }

    public String reason() {
        return reason;
    }

    public boolean parentConsent() {
        return parentConsent;
    }

    public ReferralStatus status() {
        return status;
    }

    public String sealedFeedback() {
        return feedback;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant lastFeedbackAt() {
        return lastFeedbackAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public int version() {
        return version;
    }
}
