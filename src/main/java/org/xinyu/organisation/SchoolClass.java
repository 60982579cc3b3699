package org.xinyu.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.xinyu.platform.persistence.Ids;

import java.util.Objects;

/** A class (班级) of one grade of a school, with its head teacher (班主任). */
@Entity
@Table(name = "school_class")
public class SchoolClass {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    // eager, as it always was: weaving is off (persistence.xml), so EclipseLink cannot load a to-one lazily and
    // reverted a LAZY here with a warning on every start
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false)
    private int grade;

    @Column(name = "class_no", nullable = false)
    private int classNo;

    /** The head teacher's account id; the organisation knows accounts only by id. */
    @Column(name = "head_teacher_id")
    private Long headTeacherId;

    @Version
    private int version;

    protected SchoolClass() {
    }

    public SchoolClass(School school, int grade, int classNo) {
        this.school = Objects.requireNonNull(school);
        this.grade = grade;
        this.classNo = classNo;
    }

    public void assignHeadTeacher(Long accountId) {
        this.headTeacherId = accountId;
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public int grade() {
        return grade;
    }

    public int classNo() {
        return classNo;
    }

    public Long headTeacherId() {
        return headTeacherId;
    }

    public int version() {
        return version;
    }

    /** How Chinese schools name a class: 初二（3）班 → shown by the UI; here a neutral "8-3". */
    public String label() {
        return grade + "-" + classNo;
    }
}
