package org.xinyu.rules;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.xinyu.platform.persistence.Ids;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule set held in the database: its DRL files, parameters and scenarios, and who published it when and why. */
@Entity
@Table(name = "rule_set")
public class RuleSetRecord {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    /** The published version number; null while a draft. */
    private Integer version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleSetStatus status;

    @Column(name = "based_on")
    private Integer basedOn;

    @Column(nullable = false)
    private String reason;

    /** parameters.properties text. */
    @Column(nullable = false)
    private String parameters;

    /** Scenario files as one JSON object {path: scenario JSON text}. */
    @Column(nullable = false)
    private String scenarios;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("path")
    private List<RuleFileRecord> files = new ArrayList<>();

    protected RuleSetRecord() {
    }

    public RuleSetRecord(Integer basedOn, String reason, String parameters, String scenarios, String createdBy, Instant now) {
        this.status = RuleSetStatus.DRAFT;
        this.basedOn = basedOn;
        this.reason = reason;
        this.parameters = parameters;
        this.scenarios = scenarios;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void putFile(String path, String content) {
        for (RuleFileRecord file : files) {
            if (file.path().equals(path)) {
                file.replace(content);
                return;
            }
        }
        files.add(new RuleFileRecord(this, path, content));
    }

    public void replaceParameters(String text) {
        this.parameters = text;
    }

    public void replaceScenarios(String json) {
        this.scenarios = json;
    }

    public void approve(String by, Instant now) {
        this.approvedBy = by;
        this.approvedAt = now;
    }

    public void publish(int newVersion, String by, Instant now) {
        this.version = newVersion;
        this.status = RuleSetStatus.ACTIVE;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    public void retire() {
        this.status = RuleSetStatus.RETIRED;
    }

    public Map<String, String> drl() {
        Map<String, String> drl = new LinkedHashMap<>();
        files.forEach(f -> drl.put(f.path(), f.content()));
        return drl;
    }

    public Long id() {
        return id;
    }

    public Integer version() {
        return version;
    }

    public RuleSetStatus status() {
        return status;
    }

    public Integer basedOn() {
        return basedOn;
    }

    public String reason() {
        return reason;
    }

    public String parametersText() {
        return parameters;
    }

    public String scenariosJson() {
        return scenarios;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int rowVersion() {
        return rowVersion;
    }
}
