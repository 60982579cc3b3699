package org.xinyu.casework;

import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.Zones;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.Scope;
import org.xinyu.security.UseCase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The head teacher's roster (我的班级): every student in the caller's scope with the warning level, the
 * home-visit duty and the number of open follow-ups a head teacher owns. No notes of any kind. Head teachers
 * see their classes, grade leaders their grades, counsellors and school leaders the whole school.
 */
@ApplicationScoped
public class RosterService {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Clock clock;

    public record RosterFilter(Long classId, Priority priority, Boolean visitOverdue, String query) {
        public static RosterFilter all() {
            return new RosterFilter(null, null, null, null);
        }
    }

    /** One student of the roster; priority NONE when the rules have not raised the student. */
    public record RosterRow(long studentId, String name, String studentNo, long classId, int grade, int classNo,
                            Priority priority, LocalDate lastVisitOn, LocalDate nextVisitDue, boolean visitOverdue,
                            boolean absentParentRequired, boolean absentParentReached, long openFollowUps, Long caseId) {
        /** A left-behind student's absent parent still to be reached this period. */
        public boolean absentParentPending() {
            return absentParentRequired && !absentParentReached;
        }
    }

    public record ClassRef(long classId, int grade, int classNo) {
    }

    /** {@code mayComplete}: whether the caller may complete it (the complete button is offered only then). */
    public record OpenFollowUp(long followUpId, long caseId, long studentId, String studentName, int grade, int classNo,
                               FollowUpType type, Instant dueAt, boolean overdue, boolean mayComplete) {
    }

    /** A page of the roster, most urgent first, then by class and student number. */
    @Transactional
    @UseCase(permission = Permission.STUDENT_READ, audit = AuditAction.ROSTER_READ, target = "STUDENT")
    public Page<RosterRow> roster(RosterFilter filter, PageRequest page) {
        Scope scope = access.scope();
        if (scope.isEmpty()) {
            AuditNote.skip();
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.SCHOOL));
        Map<String, Object> params = new HashMap<>();
        String where = where(filter == null ? RosterFilter.all() : filter, scope, today, params);
        String from = " from Student s join s.schoolClass k left join StudentOutlook o on o.studentId = s.id"
                + " left join CaseFile c on c.studentId = s.id where 1 = 1";
        TypedQuery<Object[]> items = em.createQuery("select s.id, s.name, s.studentNo, k.id, k.grade, k.classNo, o.priority, "
                + "o.lastVisitOn, o.nextVisitDue, o.absentParentRequired, o.absentParentReached, c.id" + from + where
                + " order by c.priorityRank NULLS LAST, k.grade, k.classNo, s.studentNo", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(s)" + from + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Object[]> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, Long> openCounts = openHeadTeacherFollowUps(found.stream().map(r -> (Long) r[0]).toList());
        List<RosterRow> rows = new ArrayList<>();
        for (Object[] r : found) {
            long studentId = (Long) r[0];
            Priority priority = r[6] == null ? Priority.NONE : (Priority) r[6];
            LocalDate nextDue = (LocalDate) r[8];
            rows.add(new RosterRow(studentId, (String) r[1], (String) r[2], (Long) r[3], (Integer) r[4], (Integer) r[5], priority,
                    (LocalDate) r[7], nextDue, nextDue != null && nextDue.isBefore(today), Boolean.TRUE.equals(r[9]),
                    Boolean.TRUE.equals(r[10]), openCounts.getOrDefault(studentId, 0L), (Long) r[11]));
        }
        long total = count.getSingleResult();
        AuditNote.detail("page " + page.page() + ", " + rows.size() + " students");
        return new Page<>(rows, total, page.page(), page.size());
    }

    /** How many students the roster holds for this filter (for the grid's scroll bar; the page read is audited). */
    @Transactional
    @UseCase(permission = Permission.STUDENT_READ)
    public long count(RosterFilter filter) {
        Scope scope = access.scope();
        if (scope.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(filter == null ? RosterFilter.all() : filter, scope, LocalDate.now(clock.withZone(Zones.SCHOOL)), params);
        TypedQuery<Long> count = em.createQuery("select count(s) from Student s join s.schoolClass k "
                + "left join StudentOutlook o on o.studentId = s.id where 1 = 1" + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The classes in the caller's scope, for the roster's and the queue's class filters. */
    @Transactional
    @UseCase(permission = Permission.STUDENT_READ)
    public List<ClassRef> classes() {
        Scope scope = access.scope();
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!scope.everySchool()) {
            where.append(" and k.school.id = :scopeSchool");
            params.put("scopeSchool", scope.schoolId());
            if (!scope.wholeSchool()) {
                where.append(" and (k.grade in :scopeGrades or k.id in :scopeClasses)");
                params.put("scopeGrades", scope.grades().isEmpty() ? List.of(-1) : List.copyOf(scope.grades()));
                params.put("scopeClasses", scope.classIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.classIds()));
            }
        }
        TypedQuery<Object[]> q = em.createQuery("select k.id, k.grade, k.classNo from SchoolClass k" + where
                + " order by k.grade, k.classNo", Object[].class).setMaxResults(500);
        params.forEach(q::setParameter);
        return q.getResultList().stream().map(r -> new ClassRef((Long) r[0], (Integer) r[1], (Integer) r[2])).toList();
    }

    /** Open follow-ups that a head teacher carries out, in the caller's scope, earliest due first. */
    @Transactional
    @UseCase(permission = Permission.STUDENT_READ, audit = AuditAction.FOLLOW_UPS_READ, target = "CASE")
    public List<OpenFollowUp> headTeacherFollowUps(int limit) {
        Scope scope = access.scope();
        if (scope.isEmpty()) {
            AuditNote.skip();
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = caseScope(scope, params);
        TypedQuery<Object[]> q = em.createQuery("select f.id, c.id, s.id, s.name, c.grade, k.classNo, f.type, f.dueAt "
                + "from FollowUp f, CaseFile c, Student s, SchoolClass k where f.caseId = c.id and s.id = c.studentId and k.id = c.classId "
                + "and f.status = :open and f.ownerRole = :owner" + where + " order by f.dueAt", Object[].class)
                .setMaxResults(Math.max(1, Math.min(limit, 500)));
        q.setParameter("open", FollowUpStatus.OPEN).setParameter("owner", OwnerRole.HEAD_TEACHER);
        params.forEach(q::setParameter);
        Instant now = clock.instant();
        boolean mayComplete = CaseVisibility.of(access.caller()).mayCompleteOpen(OwnerRole.HEAD_TEACHER);
        List<OpenFollowUp> result = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            Instant due = DbValues.instant(r[7]);
            result.add(new OpenFollowUp((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (Integer) r[4], (Integer) r[5],
                    (FollowUpType) r[6], due, due != null && due.isBefore(now), mayComplete));
        }
        AuditNote.detail(result.size() + " open head-teacher follow-ups");
        return result;
    }

    private Map<Long, Long> openHeadTeacherFollowUps(List<Long> studentIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (studentIds.isEmpty()) {
            return counts;
        }
        for (Object[] r : em.createQuery("select c.studentId, count(f) from FollowUp f, CaseFile c where f.caseId = c.id "
                        + "and f.status = :open and f.ownerRole = :owner and c.studentId in :ids group by c.studentId", Object[].class)
                .setParameter("open", FollowUpStatus.OPEN).setParameter("owner", OwnerRole.HEAD_TEACHER)
                .setParameter("ids", studentIds).getResultList()) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        return counts;
    }

    private static String where(RosterFilter f, Scope scope, LocalDate today, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(ScopeClause.of(scope, "s.schoolId", "k.grade", "k.id", params));
        if (f.classId() != null) {
            where.append(" and k.id = :classId");
            params.put("classId", f.classId());
        }
        if (f.priority() == Priority.NONE) {
            where.append(" and (o.priority is null or o.priority = :priority)");
            params.put("priority", Priority.NONE);
        } else if (f.priority() != null) {
            where.append(" and o.priority = :priority");
            params.put("priority", f.priority());
        }
        if (Boolean.TRUE.equals(f.visitOverdue())) {
            where.append(" and o.nextVisitDue < :today");
            params.put("today", today);
        }
        if (f.query() != null && !f.query().isBlank()) {
            where.append(" and (s.name like :q or s.studentNo = :exact)");
            params.put("q", "%" + f.query().trim() + "%");
            params.put("exact", f.query().trim());
        }
        return where.toString();
    }

    static String caseScope(Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (!scope.everySchool()) {
            where.append(" and c.schoolId = :scopeSchool");
            params.put("scopeSchool", scope.schoolId());
            if (!scope.wholeSchool()) {
                where.append(" and (c.grade in :scopeGrades or c.classId in :scopeClasses)");
                params.put("scopeGrades", scope.grades().isEmpty() ? List.of(-1) : List.copyOf(scope.grades()));
                params.put("scopeClasses", scope.classIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.classIds()));
            }
        }
        return where.toString();
    }
}
