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

/**
 * An explanation: one stored evaluation with the facts it saw (those inside the rule set's windows, which is what was
 * read), the rules that fired (each once, with its count) and the outcome, as JSON in columns without a length ceiling.
 */
@Entity
@Table(name = "evaluation")
public class EvaluationRecord {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "rule_set_version", nullable = false)
    private int ruleSetVersion;

    @Column(name = "trigger_kind", nullable = false)
    private String trigger;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_priority")
    private Priority previousPriority;

    @Column(nullable = false)
    private String facts;

    @Column(nullable = false)
    private String fired;

    @Column(nullable = false)
    private String outcome;

    protected EvaluationRecord() {
    }

    public EvaluationRecord(long studentId, Long caseId, CaseOutcome o, Priority previousPriority) {
        this.studentId = studentId;
        this.caseId = caseId;
        this.ruleSetVersion = o.ruleSetVersion();
        this.trigger = o.trigger();
        this.evaluatedAt = o.evaluatedAt();
        this.priority = o.priority();
        this.previousPriority = previousPriority;
        this.facts = o.factsJson();
        this.fired = o.firedJson();
        this.outcome = o.outcomeJson();
    }

    public Long id() {
        return id;
    }

    public long studentId() {
        return studentId;
    }

    public Long caseId() {
        return caseId;
    }

    public int ruleSetVersion() {
        return ruleSetVersion;
    }

    public String trigger() {
        return trigger;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }

    public Priority priority() {
        return priority;
    }

    public Priority previousPriority() {
        return previousPriority;
    }

    public String factsJson() {
        return facts;
    }

    public String firedJson() {
        return fired;
    }

    public String outcomeJson() {
        return outcome;
    }
}
