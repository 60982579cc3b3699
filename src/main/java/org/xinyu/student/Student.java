package org.xinyu.student;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.xinyu.organisation.SchoolClass;
import org.xinyu.platform.persistence.Ids;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A student: identity, class, and family circumstances (the facts the rules weigh with the screenings). */
@Entity
@Table(name = "student")
public class Student {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @Column(name = "student_no", nullable = false)
    private String studentNo;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "student_circumstance", joinColumns = @JoinColumn(name = "student_id"))
    private Set<CircumstanceRecord> circumstances = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Student() {
    }

    public Student(SchoolClass schoolClass, String studentNo, String name, Gender gender, LocalDate birthDate, Instant now) {
        this.schoolClass = Objects.requireNonNull(schoolClass);
        this.schoolId = schoolClass.school().id();
        this.studentNo = Objects.requireNonNull(studentNo);
        this.name = Objects.requireNonNull(name);
        this.gender = Objects.requireNonNull(gender);
        this.birthDate = Objects.requireNonNull(birthDate);
        this.createdAt = now;
    }

    /**
     * Replaces the set of circumstances. One already recorded keeps its original date (the rules care
     * when it became known); a new one is recorded today.
     */
    public boolean replaceCircumstances(Collection<Circumstance> types, LocalDate today) {
        Map<Circumstance, CircumstanceRecord> current = circumstances.stream()
                .collect(Collectors.toMap(CircumstanceRecord::type, Function.identity()));
        Set<CircumstanceRecord> next = new HashSet<>();
        for (Circumstance type : types) {
            next.add(current.getOrDefault(type, new CircumstanceRecord(type, today)));
        }
        boolean changed = !next.stream().map(CircumstanceRecord::type).collect(Collectors.toSet()).equals(current.keySet());
        circumstances.clear();
        circumstances.addAll(next);
        return changed;
    }

    public void addCircumstance(CircumstanceRecord record) {
        circumstances.remove(record);
        circumstances.add(record);
    }

    public boolean isGraduatingYear(Set<Integer> graduatingGrades) {
        return graduatingGrades.contains(schoolClass.grade());
    }

    public Long id() {
        return id;
    }

    public long schoolId() {
        return schoolId;
    }

    public SchoolClass schoolClass() {
        return schoolClass;
    }

    public int grade() {
        return schoolClass.grade();
    }

    public long classId() {
        return schoolClass.id();
    }

    public String studentNo() {
        return studentNo;
    }

    public String name() {
        return name;
    }

    public Gender gender() {
        return gender;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Set<CircumstanceRecord> circumstances() {
        return Set.copyOf(circumstances);
    }

    public Set<Circumstance> circumstanceTypes() {
        EnumSet<Circumstance> types = EnumSet.noneOf(Circumstance.class);
        circumstances.forEach(c -> types.add(c.type()));
        return types;
    }

    public int version() {
        return version;
    }
}
