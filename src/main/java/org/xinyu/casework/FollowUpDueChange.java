package org.xinyu.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.xinyu.platform.persistence.Ids;

import java.time.Instant;

/**
 * A follow-up's due time moved (a raised level asks for it sooner): when, from what, to what, and by which rule.
 * Written once, never changed; the history reads it to show every entry with the due time it had at that moment.
 */
@Entity
@Table(name = "follow_up_due_change")
public class FollowUpDueChange {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "follow_up_id", nullable = false)
    private long followUpId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "due_before", nullable = false)
    private Instant dueBefore;

    @Column(name = "due_after", nullable = false)
    private Instant dueAfter;

    private String rule;

    protected FollowUpDueChange() {
    }

    public FollowUpDueChange(long followUpId, Instant changedAt, Instant dueBefore, Instant dueAfter, String rule) {
        this.followUpId = followUpId;
        this.changedAt = changedAt;
        this.dueBefore = dueBefore;
        this.dueAfter = dueAfter;
        this.rule = rule == null || rule.length() <= 500 ? rule : rule.substring(0, 500);
    }

    public long followUpId() {
        return followUpId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant dueBefore() {
        return dueBefore;
    }

    public Instant dueAfter() {
        return dueAfter;
    }

    public String rule() {
        return rule;
    }
}
