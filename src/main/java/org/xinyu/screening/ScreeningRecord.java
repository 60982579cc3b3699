package org.xinyu.screening;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One stored screening result (心理测评), scored on the server from its item answers. */
@Entity
@Table(name = "screening_result")
public class ScreeningRecord {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(nullable = false)
    private String instrument;

    @Column(name = "administered_on", nullable = false)
    private LocalDate administeredOn;

    @Column(nullable = false)
    private String answers;

    @Column(name = "total_score", nullable = false)
    private int totalScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Band band;

    private String label;

    private Integer item9;

    @Column(nullable = false)
    private boolean critical;

    @Column(nullable = false)
    private boolean valid;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ScreeningRecord() {
    }

    public ScreeningRecord(long studentId, LocalDate administeredOn, ScoredResult scored, Instant recordedAt, String recordedBy) {
        this.studentId = studentId;
        this.instrument = scored.instrument();
        this.administeredOn = administeredOn;
        this.answers = scored.answers().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.totalScore = scored.totalScore();
        this.band = scored.band();
        this.label = scored.label();
        this.item9 = scored.item9();
        this.critical = scored.critical();
        this.valid = true;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long id() {
        return id;
    }

    public long studentId() {
        return studentId;
    }

    public String instrument() {
        return instrument;
    }

    public LocalDate administeredOn() {
        return administeredOn;
    }

    public List<Integer> answers() {
        return Arrays.stream(answers.split(",")).map(Integer::valueOf).toList();
    }

    public int totalScore() {
        return totalScore;
    }

    public Band band() {
        return band;
    }

    public String label() {
        return label;
    }

    public Integer item9() {
        return item9;
    }

    public boolean critical() {
        return critical;
    }

    public boolean valid() {
        return valid;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
