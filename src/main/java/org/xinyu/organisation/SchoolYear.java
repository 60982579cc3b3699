package org.xinyu.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.xinyu.platform.persistence.Ids;

import java.time.LocalDate;

/** An adjusted calendar for one school year (the year in which its autumn semester starts). */
@Entity
@Table(name = "school_year")
public class SchoolYear {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "start_year", nullable = false, unique = true)
    private int startYear;

    @Column(name = "autumn_start", nullable = false)
    private LocalDate autumnStart;
    @Column(name = "autumn_end", nullable = false)
    private LocalDate autumnEnd;
    @Column(name = "spring_start", nullable = false)
    private LocalDate springStart;
    @Column(name = "spring_end", nullable = false)
    private LocalDate springEnd;

    @Version
    private int version;

    protected SchoolYear() {
    }

    public SchoolYear(int startYear, LocalDate autumnStart, LocalDate autumnEnd, LocalDate springStart, LocalDate springEnd) {
        this.startYear = startYear;
        adjust(autumnStart, autumnEnd, springStart, springEnd);
    }

    public final void adjust(LocalDate autumnStart, LocalDate autumnEnd, LocalDate springStart, LocalDate springEnd) {
        this.autumnStart = autumnStart;
        this.autumnEnd = autumnEnd;
        this.springStart = springStart;
        this.springEnd = springEnd;
    }

    public int startYear() {
        return startYear;
    }

    public Semester autumn() {
        return new Semester(Semester.Term.AUTUMN, startYear, autumnStart, autumnEnd);
    }

    public Semester spring() {
        return new Semester(Semester.Term.SPRING, startYear, springStart, springEnd);
    }
}
