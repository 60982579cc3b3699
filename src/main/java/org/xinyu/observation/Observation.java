package org.xinyu.observation;

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
import java.time.LocalDate;

/** A head teacher's observation (观察记录) of a student. */
@Entity
@Table(name = "observation")
public class Observation {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObservationCategory category;

    @Column(nullable = false)
    private int severity;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Observation() {
    }

    public Observation(long studentId, ObservationCategory category, int severity, LocalDate observedOn, String note,
                       Instant recordedAt, String recordedBy) {
        this.studentId = studentId;
        this.category = category;
        this.severity = severity;
        this.observedOn = observedOn;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public long studentId() {
        return studentId;
    }

    public ObservationCategory category() {
        return category;
    }

    public int severity() {
        return severity;
    }

    public LocalDate observedOn() {
        return observedOn;
    }

    public String note() {
        return note;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** Severity 2 or 3 is "concerning" in the policy. */
    public boolean isConcerning() {
        return severity >= 2;
    }
}
