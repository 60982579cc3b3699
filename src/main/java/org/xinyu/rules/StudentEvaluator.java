package org.xinyu.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.casework.CaseOutcome;
import org.xinyu.casework.CaseOutcomes;
import org.xinyu.platform.persistence.DatabaseMigration;
import org.xinyu.platform.FactsChanged;
import org.xinyu.rules.engine.Evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-evaluates a student whenever a fact about them is written: inside the writer's transaction, before the
 * call answers. Every such evaluation is stored as an explanation. Also evaluates batches for the sweep.
 */
@ApplicationScoped
public class StudentEvaluator {

    @Inject
    ActiveRules activeRules;

    @Inject
    FactAssembler assembler;

    @Inject
    CaseOutcomes outcomes;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    DatabaseMigration database;

    /** The row-lock clause for this database, read once (the database's kind does not change). */
    private volatile String lockClause;

    /**
     * One evaluation per student at a time: two concurrent writes about one student would otherwise both open
     * its case. Rows are locked in id order, so a sweep page and a fact write cannot deadlock.
     *
     * <p>On PostgreSQL the lock is FOR NO KEY UPDATE: it serializes evaluations exactly like FOR UPDATE, but does
     * not conflict with the KEY SHARE lock that inserting a fact row (a foreign key to the student) takes. With FOR
     * UPDATE, two concurrent fact writes about one student deadlocked: each had inserted its fact, so each held a
     * KEY SHARE lock the other's FOR UPDATE waited for (seen as 409s under 8 concurrent writers). H2 takes no
     * such key lock and knows only FOR UPDATE.
     */
    private void lock(List<Long> studentIds) {
        em.createNativeQuery("SELECT id FROM student WHERE id IN (" + studentIds.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",")) + ") ORDER BY id " + lockClause()).getResultList();
    }

    private String lockClause() {
        String clause = lockClause;
        if (clause == null) {
            clause = database.isPostgres() ? "FOR NO KEY UPDATE" : "FOR UPDATE";
            lockClause = clause;
        }
        return clause;
    }

    /** Students whose facts changed during {@link #onceAfter} on this thread, by trigger, in order. */
    private static final ThreadLocal<Map<String, Set<Long>>> DEFERRED = new ThreadLocal<>();

    @Transactional(Transactional.TxType.MANDATORY)
    void onFactsChanged(@Observes FactsChanged changed) {
        Map<String, Set<Long>> deferred = DEFERRED.get();
        if (deferred != null) {
            deferred.computeIfAbsent(changed.trigger().name(), t -> new LinkedHashSet<>()).add(changed.studentId());
            return;
        }
        evaluate(List.of(changed.studentId()), changed.trigger().name(), true);
    }

    /**
     * Bulk recording (the demo district's history): runs {@code work}, whose fact writes would each evaluate their
     * student, and instead evaluates every student they wrote about once at its end, in the same transaction, as a
     * batch (one query per kind of fact for all of them instead of one set per write). The outcome is the one the
     * last of those writes would have produced.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onceAfter(Runnable work) {
        if (DEFERRED.get() != null) {
            work.run();
            return;
        }
        Map<String, Set<Long>> deferred = new LinkedHashMap<>();
        DEFERRED.set(deferred);
        try {
            work.run();
        } finally {
            DEFERRED.remove();
        }
        em.flush();
        for (Map.Entry<String, Set<Long>> e : deferred.entrySet()) {
            List<Long> ids = new ArrayList<>(e.getValue());
            ids.sort(null);
            evaluate(ids, e.getKey(), true);
        }
    }

    /** Evaluates the students and applies what changed; returns how many outcomes changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int evaluate(List<Long> studentIds, String trigger, boolean recordAlways) {
        lock(studentIds);
        ActiveRules.Active active = activeRules.current();
        List<CaseOutcomes.Item> items = new ArrayList<>(studentIds.size());
        for (FactAssembler.Assembled a : assembler.assemble(studentIds, active.rules().parameters().windows())) {
            Evaluation evaluation = active.rules().evaluate(a.facts(), clock);
            CaseOutcome outcome = OutcomeTranslator.translate(evaluation, trigger, active.version(), a.factsJson());
            items.add(new CaseOutcomes.Item(a.studentId(), a.schoolId(), a.classId(), a.grade(), outcome, a.caseFile(), a.openFollowUps()));
        }
        return outcomes.applyAll(items, recordAlways);
    }
}
