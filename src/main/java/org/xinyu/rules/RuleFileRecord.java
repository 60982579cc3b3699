package org.xinyu.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.xinyu.platform.persistence.Ids;

/** One DRL file of a rule set. */
@Entity
@Table(name = "rule_file")
public class RuleFileRecord {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rule_set_id")
    private RuleSetRecord ruleSet;

    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private String content;

    protected RuleFileRecord() {
    }

    RuleFileRecord(RuleSetRecord ruleSet, String path, String content) {
        this.ruleSet = ruleSet;
        this.path = path;
        this.content = content;
    }

    void replace(String newContent) {
        this.content = newContent;
    }

    public String path() {
        return path;
    }

    public String content() {
        return content;
    }
}
