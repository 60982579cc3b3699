package org.xinyu.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.security.Access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The students as other features' use cases read them (casework's case file, the fact writers of observations,
 * screenings and home visits). Read-only, and with no permission or audit of its own: it is only ever called from
 * inside a use case that has already checked its caller's permission and writes its own audit entry — what it adds
 * is the one check that depends on the student, its scope ({@link #requireInScope}).
 */
@ApplicationScoped
public class StudentDirectory {

    /** No date anywhere in Xinyu is earlier than this (a birth date of a school student is far later). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    GraduatingGrades graduatingGrades;

    /**
     * Checks that the student exists and is in the caller's scope (404 otherwise, as for a student that does not
     * exist). One scalar query: a fact write is on the hot path and needs none of the student's entity graph.
     */
    public void requireInScope(long id) {
        List<Object[]> found = em.createQuery("select s.schoolId, k.grade, k.id from Student s join s.schoolClass k where s.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Student");
        }
        Object[] row = found.get(0);
        access.requireInScope((Long) row[0], (Integer) row[1], (Long) row[2], "STUDENT", id);
    }

    /**
     * The earliest date a fact about the student (observation, screening, home visit) can carry: the student's birth
     * date, and never before {@link #EARLIEST_DATE}. An unknown student gives {@link #EARLIEST_DATE}; scope is checked
     * by {@link #requireInScope}.
     */
    public LocalDate earliestFactDate(long id) {
        List<LocalDate> born = em.createQuery("select s.birthDate from Student s where s.id = :id", LocalDate.class)
                .setParameter("id", id).getResultList();
        LocalDate birth = born.isEmpty() || born.get(0) == null ? EARLIEST_DATE : born.get(0);
        return birth.isBefore(EARLIEST_DATE) ? EARLIEST_DATE : birth;
    }

    /** The grades in their graduating year, as the active rule set decides. */
    public Set<Integer> graduatingGrades() {
        return graduatingGrades.grades();
    }

    /** Whether the student is in a graduating year, as the active rule set decides. */
    public boolean graduatingYear(Student student) {
        return student.isGraduatingYear(graduatingGrades.grades());
    }

    public Optional<Student> find(long id) {
        return Optional.ofNullable(em.find(Student.class, id));
    }

    public Optional<Student> findByNumber(long schoolId, String studentNo) {
        return em.createQuery("select s from Student s where s.schoolId = :s and s.studentNo = :n", Student.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("s", schoolId).setParameter("n", studentNo).getResultList().stream().findFirst();
    }
}
