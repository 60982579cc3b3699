package org.xinyu.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/** The semester a day belongs to: the default calendar unless the school year was adjusted. */
@ApplicationScoped
public class SchoolCalendar {

    @Inject
    EntityManager em;

    /**
     * How long the semester of a day is remembered: every evaluation asks for today's, and a school year is adjusted
     * in the database by hand, rarely (issue 12: this was one query on every fact write).
     */
    private static final long REMEMBER_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    private record Remembered(LocalDate day, Semester semester, long readAt) {
    }

    private volatile Remembered remembered;

    public Semester semesterOn(LocalDate day) {
        Remembered r = remembered;
        long now = System.nanoTime();
        if (r != null && r.day().equals(day) && now - r.readAt() < REMEMBER_NANOS) {
            return r.semester();
        }
        Semester semester = read(day);
        remembered = new Remembered(day, semester, now);
        return semester;
    }

    private Semester read(LocalDate day) {
        Semester byDefault = Semester.defaultFor(day);
        List<SchoolYear> adjusted = em.createQuery("select y from SchoolYear y where y.startYear = :year", SchoolYear.class)
                .setParameter("year", byDefault.schoolYear()).getResultList();
        if (adjusted.isEmpty()) {
            return byDefault;
        }
        SchoolYear year = adjusted.get(0);
        if (year.spring().contains(day) || !day.isBefore(year.spring().start())) {
            return year.spring();
        }
        return year.autumn();
    }
}
