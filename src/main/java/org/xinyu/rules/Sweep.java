package org.xinyu.rules;

import org.xinyu.platform.EvaluationTrigger;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.XinyuSettings;
import org.xinyu.platform.persistence.DatabaseMigration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Re-evaluates every student for what time alone changes (overdue escalation, facts ageing out, recurring
 * check-ins, semester boundaries) and, after a publication, for the new rules. Pages of students by id, one
 * transaction per page, {@code xinyu.sweep.workers} pages at a time (one per core by default); only changed
 * outcomes are written, so a sweep that changes nothing writes nothing.
 */
@ApplicationScoped
public class Sweep {

    private static final Logger LOG = Logger.getLogger(Sweep.class.getName());
    static final int PAGE = 500;
    /**
     * A sweep that changed this many students (the first one after a bulk import, or after a publication) has
     * just written a large share of the case tables: PostgreSQL's planner statistics still describe the tables
     * before it, and until autovacuum catches up the queue's query was seen to read every case (0.5 s instead of
     * 0.5 ms for the first page of 100,000 cases). So the sweep refreshes them itself.
     */
    static final long REFRESH_STATISTICS_AFTER = 10_000;

    @Inject
    Page pages;

    @Inject
    XinyuSettings settings;

    @Inject
    DatabaseMigration database;

    /** Container threads, so that each page's transaction and persistence context work as on a request thread. */
    @Inject
    ManagedExecutorService executor;

    public record Result(long students, long changed, long millis) {
    }

    public Result runAll(EvaluationTrigger why) {
        String trigger = why.name();
        Instant start = Instant.now();
        // Pages run side by side on both databases; each appends its audit entries once, after its other writes, so
        // the chain's lock (held until commit) serializes only the pages' commits.
        int workers = settings.sweep().workers();
        RequestContext.Info caller = RequestContext.current();
        long after = 0;
        long students = 0;
        long changed = 0;
        boolean more = true;
        while (more) {
            // a round of pages evaluated side by side: pages hold disjoint students (each page locks its own rows
            // in id order), so they neither wait for nor deadlock with each other
            List<Future<Integer>> round = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                List<Long> ids = pages.nextIds(after, PAGE);
                if (ids.isEmpty()) {
                    more = false;
                    break;
                }
                students += ids.size();
                after = ids.get(ids.size() - 1);
                round.add(workers == 1 ? CompletableFuture.completedFuture(pages.evaluate(ids, trigger))
                        : executor.submit(() -> {
                            RequestContext.adopt(caller); // the page's audit entries name who ran the sweep
                            try {
                                return pages.evaluate(ids, trigger);
                            } finally {
                                RequestContext.end();
                            }
                        }));
            }
            changed += await(round);
        }
        if (changed >= REFRESH_STATISTICS_AFTER && database.isPostgres()) {
            pages.refreshStatistics();
        }
        Result result = new Result(students, changed, Duration.between(start, Instant.now()).toMillis());
        LOG.info(() -> "Sweep (" + trigger + ", " + workers + " workers): " + result.students() + " students, "
                + result.changed() + " changed, " + result.millis() + " ms");
        return result;
    }

    /** Waits for every page of the round (none is left running), then fails with the first page's failure. */
    private static int await(List<Future<Integer>> round) {
        int changed = 0;
        RuntimeException failure = null;
        for (Future<Integer> page : round) {
            try {
                changed += page.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = new IllegalStateException("the sweep was interrupted", e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return changed;
    }

    /** One page of the sweep, in its own transaction. */
    @ApplicationScoped
    public static class Page {

        @Inject
        EntityManager em;

        @Inject
        StudentEvaluator evaluator;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<Long> nextIds(long after, int size) {
            return em.createQuery("select s.id from Student s where s.id > :after order by s.id", Long.class)
                    .setParameter("after", after).setMaxResults(size).getResultList();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void refreshStatistics() {
            em.createNativeQuery("ANALYZE case_file, follow_up, student_outlook, evaluation").executeUpdate();
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
