package org.xinyu.organisation;

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

import java.util.Objects;

@Entity
@Table(name = "school")
public class School {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolStage stage;

    @Version
    private int version;

    protected School() {
    }

    public School(String code, String name, String district, SchoolStage stage) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.district = Objects.requireNonNull(district);
        this.stage = Objects.requireNonNull(stage);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String district() {
        return district;
    }

    public SchoolStage stage() {
        return stage;
    }

    public int version() {
        return version;
    }
}
