package org.xinyu.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The last step of every use case that writes a fact about a student: the writes go to the database first, so
 * that the re-evaluation {@link FactsChanged} starts reads them, inside the same transaction.
 */
@ApplicationScoped
public class FactWriter {

    @Inject
    EntityManager em;

    @Inject
    Event<FactsChanged> factsChanged;

    /** Stores a new fact (an entity) of the student, then lets the rules re-evaluate the student. */
    public <T> T stored(long studentId, T fact, EvaluationTrigger trigger) {
        em.persist(fact);
        changed(studentId, trigger);
        return fact;
    }

    /** The student's facts have changed (managed entities): writes them now, then lets the rules re-evaluate. */
    public void changed(long studentId, EvaluationTrigger trigger) {
        em.flush();
        factsChanged.fire(new FactsChanged(studentId, trigger));
    }
}
