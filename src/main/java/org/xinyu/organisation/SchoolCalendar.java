package org.xinyu.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/** The semester a day belongs to: the default calendar unless the school year was adjusted. */
@ApplicationScoped
public class SchoolCalendar {

    @PersistenceContext(unitName = "xinyu")
    EntityManager em;

    public Semester semesterOn(LocalDate day) {
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
