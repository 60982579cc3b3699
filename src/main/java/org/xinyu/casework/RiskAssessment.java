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
import org.xinyu.platform.persistence.Ids;

import java.time.Instant;

/** A counsellor's risk assessment (风险评估): its conclusion is the case's floor until the next one. */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority conclusion;

    /** AES-GCM sealed; never plaintext in the database. */
    @Column(name = "note_cipher")
    private String noteCipher;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;

    protected RiskAssessment() {
    }

    public RiskAssessment(long caseId, Priority conclusion, String noteCipher, Instant assessedAt, String assessedBy) {
        this.caseId = caseId;
        this.conclusion = conclusion;
        this.noteCipher = noteCipher;
        this.assessedAt = assessedAt;
        this.assessedBy = assessedBy;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public Priority conclusion() {
        return conclusion;
    }

    public String sealedNote() {
        return noteCipher;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String assessedBy() {
        return assessedBy;
    }
}
