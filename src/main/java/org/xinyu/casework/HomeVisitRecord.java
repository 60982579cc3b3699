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
import java.time.LocalDate;

/** A home visit (家访), for any student, case or not. */
@Entity
@Table(name = "home_visit")
public class HomeVisitRecord {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HomeVisitMode mode;

    @Column(name = "contacted_absent_parent", nullable = false)
    private boolean contactedAbsentParent;

    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected HomeVisitRecord() {
    }

    public HomeVisitRecord(long studentId, LocalDate visitedOn, HomeVisitMode mode, boolean contactedAbsentParent,
                           String note, Instant recordedAt, String recordedBy) {
        this.studentId = studentId;
        this.visitedOn = visitedOn;
        this.mode = mode;
        this.contactedAbsentParent = contactedAbsentParent;
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

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public HomeVisitMode mode() {
        return mode;
    }

    public boolean contactedAbsentParent() {
        return contactedAbsentParent;
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
}
