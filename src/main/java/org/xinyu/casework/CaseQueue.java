package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.Scope;
import org.xinyu.security.UseCase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The case queue as a read model: the caller's cases, highest priority first, then earliest due follow-up. Joins
 * the students (name, number) and classes (class number) for the rows; the counts read the case files alone.
 * Each page read is audited ({@code CASE_QUEUE_READ}); the counts reveal no record and are not.
 */
@ApplicationScoped
public class CaseQueue {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Clock clock;

    public record QueueFilter(Priority priority, CaseStatus status, Boolean overdue, Long schoolId, Integer grade,
                              Long classId, String query) {
        public static QueueFilter open() {
            return new QueueFilter(null, CaseStatus.OPEN, null, null, null, null, null);
        }
    }

    public record QueueItem(long caseId, long studentId, String studentName, String studentNo, int grade, int classNo,
                            Priority priority, CaseStatus status, Instant nextDueAt, boolean overdue, Instant priorityReachedAt) {
    }

    /** One page of the caller's queue with the total number of matching cases (the API's page). */
    @Transactional
    @UseCase(permission = Permission.CASE_READ, audit = AuditAction.CASE_QUEUE_READ, target = "CASE")
    public Page<QueueItem> queue(QueueFilter filter, PageRequest page) {
        return read(filter, page, true);
    }

    /**
     * One page of the caller's queue without the total: for the workbench's lazy grid, which takes its size from
     * {@link #countsByPriority} and would otherwise count every matching case again on each page it scrolls to.
     */
    @Transactional
    @UseCase(permission = Permission.CASE_READ, audit = AuditAction.CASE_QUEUE_READ, target = "CASE")
    public List<QueueItem> queueSlice(QueueFilter filter, PageRequest page) {
        return read(filter, page, false).items();
    }

    private Page<QueueItem> read(QueueFilter filter, PageRequest page, boolean withTotal) {
        Scope scope = access.scope();
        if (scope.isEmpty()) {
            AuditNote.skip();
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, scope, now, params);
        TypedQuery<Object[]> items = em.createQuery("select c.id, s.id, s.name, s.studentNo, c.grade, k.classNo, c.priority, c.status, "
                + "c.nextDueAt, c.priorityReachedAt from CaseFile c, Student s, SchoolClass k where s.id = c.studentId and k.id = c.classId"
                + where + " order by c.priorityRank, c.nextDueAt NULLS LAST, c.id", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(c) from " + countedFrom(filter) + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<QueueItem> rows = new ArrayList<>();
        for (Object[] r : items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
            Instant due = DbValues.instant(r[8]);
            rows.add(new QueueItem((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Integer) r[4], (Integer) r[5],
                    (Priority) r[6], (CaseStatus) r[7], due, due != null && due.isBefore(now), DbValues.instant(r[9])));
        }
        long total = withTotal ? count.getSingleResult() : -1;
        AuditNote.detail("page " + page.page() + ", " + rows.size() + " cases");
        return new Page<>(rows, total, page.page(), page.size());
    }

    /** Cases per priority in the caller's queue (the counts above the grid). */
    @Transactional
    @UseCase(permission = Permission.CASE_READ)
    public Map<Priority, Long> countsByPriority(QueueFilter filter) {
        Scope scope = access.scope();
        Map<Priority, Long> counts = new EnumMap<>(Priority.class);
        if (scope.isEmpty()) {
            return counts;
        }
        Map<String, Object> params = new HashMap<>();
        QueueFilter anyPriority = new QueueFilter(null, filter.status(), filter.overdue(), filter.schoolId(), filter.grade(), filter.classId(), filter.query());
        String where = where(anyPriority, scope, clock.instant(), params);
        TypedQuery<Object[]> q = em.createQuery("select c.priority, count(c) from " + countedFrom(anyPriority)
                + where + " group by c.priority", Object[].class);
        params.forEach(q::setParameter);
        for (Object[] row : q.getResultList()) {
            counts.put((Priority) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * What the counts read: the case files alone (they carry school, grade and class for the index), joined with
     * the students only to search by name or number. Joining 100,000 students just to count made every count cost
     * a hash join of both tables.
     */
    private static String countedFrom(QueueFilter f) {
        return searches(f) ? "CaseFile c, Student s where s.id = c.studentId" : "CaseFile c where 1 = 1";
    }

    private static boolean searches(QueueFilter f) {
        return f.query() != null && !f.query().isBlank();
    }

    /** The filter and the caller's scope as conditions on case file {@code c} (and student {@code s} when searching). */
    static String where(QueueFilter f, Scope scope, Instant now, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(ScopeClause.of(scope, "c.schoolId", "c.grade", "c.classId", params));
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.priority() != null) {
            where.append(" and c.priority = :priority");
            params.put("priority", f.priority());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and c.nextDueAt < :now");
            params.put("now", now);
        } else if (Boolean.FALSE.equals(f.overdue())) {
            where.append(" and (c.nextDueAt is null or c.nextDueAt >= :now)");
            params.put("now", now);
        }
        if (f.schoolId() != null) {
            where.append(" and c.schoolId = :school");
            params.put("school", f.schoolId());
        }
        if (f.grade() != null) {
            where.append(" and c.grade = :grade");
            params.put("grade", f.grade());
        }
        if (f.classId() != null) {
            where.append(" and c.classId = :classId");
            params.put("classId", f.classId());
        }
        if (searches(f)) {
            where.append(" and (s.name like :q or s.studentNo = :exact)");
            params.put("q", "%" + f.query().trim() + "%");
            params.put("exact", f.query().trim());
        }
        return where.toString();
    }
}
