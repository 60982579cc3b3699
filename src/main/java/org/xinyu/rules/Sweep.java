package org.xinyu.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Re-evaluates every student for what time alone changes (overdue escalation, facts ageing out, recurring
 * check-ins, semester boundaries) and, after a publication, for the new rules. Pages of students by id, one
 * transaction per page; only changed outcomes are written, so a sweep that changes nothing writes nothing.
 */
@ApplicationScoped
public class Sweep {

    private static final Logger LOG = Logger.getLogger(Sweep.class.getName());
    static final int PAGE = 500;

    @Inject
    Page pages;

    public record Result(long students, long changed, long millis) {
    }

    public Result runAll(String trigger) {
        Instant start = Instant.now();
        long after = 0;
        long students = 0;
        long changed = 0;
        while (true) {
            List<Long> ids = pages.nextIds(after, PAGE);
            if (ids.isEmpty()) {
                break;
            }
            changed += pages.evaluate(ids, trigger);
            students += ids.size();
            after = ids.get(ids.size() - 1);
        }
        Result result = new Result(students, changed, Duration.between(start, Instant.now()).toMillis());
        LOG.info(() -> "Sweep (" + trigger + "): " + result.students() + " students, " + result.changed() + " changed, " + result.millis() + " ms");
        return result;
    }

    /** One page of the sweep, in its own transaction. */
    @ApplicationScoped
    public static class Page {

        @PersistenceContext(unitName = "xinyu")
        EntityManager em;

        @Inject
        StudentEvaluator evaluator;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<Long> nextIds(long after, int size) {
            return em.createQuery("select s.id from Student s where s.id > :after order by s.id", Long.class)
                    .setParameter("after", after).setMaxResults(size).getResultList();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public int evaluate(List<Long> ids, String trigger) {
            // each student's writes touch only that student's rows: no query in the page needs an earlier
            // student's pending changes, so flushing before every query would only make the page quadratic
            em.setFlushMode(FlushModeType.COMMIT);
            return evaluator.evaluate(ids, trigger, false);
        }
    }
}
