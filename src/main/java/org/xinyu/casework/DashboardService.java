package org.xinyu.casework;

import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditNote;
import org.xinyu.organisation.SchoolCalendar;
import org.xinyu.organisation.Semester;
import org.xinyu.platform.Zones;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.Scope;
import org.xinyu.security.UseCase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overview for counsellors and leaders, within their scope: students per warning level, overdue
 * follow-ups, and home-visit compliance by grade and by class. Compliance is counted two ways: the notice's
 * floor (students visited since the semester began / every student), and each student's own requirement as the
 * rules decided it (students whose next visit is past due, whether their interval is 7, 14 or 30 days or the
 * semester; left-behind students whose absent parent is still to be reached). Aggregates only: no names, no notes.
 */
@ApplicationScoped
public class DashboardService {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    SchoolCalendar calendar;

    @Inject
    Clock clock;

    /** Figures of one grade (classNo and classId null) or one class. */
    public record Figures(int grade, Integer classNo, Long classId, long students, long visited, long overdueFollowUps,
                          long visitsOverdue, long absentParentPending, Map<Priority, Long> priorities) {
        public double visitRate() {
            return students == 0 ? 0 : (double) visited / students;
        }

        public long at(Priority p) {
            return priorities.getOrDefault(p, 0L);
        }
    }

    public record Dashboard(LocalDate semesterStart, LocalDate semesterEnd, Semester.Term term, Figures total,
                            List<Figures> byGrade, List<Figures> byClass) {
    }

    @Transactional
    @UseCase(permission = Permission.ESCALATION_READ, audit = AuditAction.DASHBOARD_READ, target = "SCHOOL")
    public Dashboard overview() {
        Scope scope = access.scope();
        LocalDate today = LocalDate.now(clock.withZone(Zones.SCHOOL));
        Semester semester = calendar.semesterOn(today);
        Map<Long, int[]> classes = new TreeMap<>(); // classId -> grade, classNo
        Map<Long, Map<Priority, Long>> priorities = new HashMap<>();
        Map<Long, Long> students = new HashMap<>();
        Map<Long, Long> visited = new HashMap<>();
        Map<Long, Long> overdue = new HashMap<>();
        Map<Long, Long> visitsOverdue = new HashMap<>();
        Map<Long, Long> absentParentPending = new HashMap<>();
        if (!scope.isEmpty()) {
            Map<String, Object> params = new HashMap<>();
            String where = scopeWhere("o", scope, params);
            // one pass over the outlooks: levels, and each student's own home-visit standing as the rules left it
            TypedQuery<Object[]> q = em.createQuery("select o.classId, o.priority, count(o), "
                    + "sum(case when o.nextVisitDue < :today then 1 else 0 end) "
                    + "from StudentOutlook o where 1 = 1" + where + " group by o.classId, o.priority", Object[].class);
            params.forEach(q::setParameter);
            q.setParameter("today", today);
            for (Object[] r : q.getResultList()) {
                long classId = (Long) r[0];
                long n = (Long) r[2];
                priorities.computeIfAbsent(classId, k -> new EnumMap<>(Priority.class)).merge((Priority) r[1], n, Long::sum);
                students.merge(classId, n, Long::sum);
                visitsOverdue.merge(classId, number(r[3]), Long::sum);
            }
            // a query of its own: inside CASE, EclipseLink writes booleans as 1 and 0, which H2 will not compare
            Map<String, Object> parentParams = new HashMap<>();
            String parentWhere = scopeWhere("o", scope, parentParams);
            TypedQuery<Object[]> a = em.createQuery("select o.classId, count(o) from StudentOutlook o where o.absentParentRequired = :yes "
                    + "and o.absentParentReached = :no" + parentWhere + " group by o.classId", Object[].class);
            parentParams.forEach(a::setParameter);
            a.setParameter("yes", true).setParameter("no", false);
            for (Object[] r : a.getResultList()) {
                absentParentPending.put((Long) r[0], (Long) r[1]);
            }
            // the notice's floor: a visit in any mode this semester (in person, phone, video or WeChat) counts, whatever
            // the student's own interval asks for; the outlook's lastVisitOn only counts the shortest interval's modes
            Map<String, Object> visitParams = new HashMap<>();
            String visitWhere = scopeWhere("o", scope, visitParams);
            TypedQuery<Object[]> v = em.createQuery("select o.classId, count(o) from StudentOutlook o where exists (select h.id "
                    + "from HomeVisitRecord h where h.studentId = o.studentId and h.visitedOn >= :start and h.visitedOn <= :end)"
                    + visitWhere + " group by o.classId", Object[].class);
            visitParams.forEach(v::setParameter);
            v.setParameter("start", semester.start()).setParameter("end", semester.end());
            for (Object[] r : v.getResultList()) {
                visited.put((Long) r[0], (Long) r[1]);
            }
            Map<String, Object> dueParams = new HashMap<>();
            String caseWhere = scopeWhere("c", scope, dueParams);
            TypedQuery<Object[]> d = em.createQuery("select c.classId, count(f) from FollowUp f, CaseFile c where f.caseId = c.id "
                    + "and f.status = :open and f.dueAt < :now" + caseWhere + " group by c.classId", Object[].class);
            dueParams.forEach(d::setParameter);
            d.setParameter("open", FollowUpStatus.OPEN).setParameter("now", clock.instant());
            for (Object[] r : d.getResultList()) {
                overdue.put((Long) r[0], (Long) r[1]);
            }
            List<Long> ids = new ArrayList<>(students.keySet());
            ids.addAll(overdue.keySet());
            if (!ids.isEmpty()) {
                for (Object[] r : em.createQuery("select k.id, k.grade, k.classNo from SchoolClass k where k.id in :ids", Object[].class)
                        .setParameter("ids", ids).getResultList()) {
                    classes.put((Long) r[0], new int[]{(Integer) r[1], (Integer) r[2]});
                }
            }
        }
        List<Figures> byClass = new ArrayList<>();
        Map<Integer, Figures> byGrade = new TreeMap<>();
        Figures total = new Figures(0, null, null, 0, 0, 0, 0, 0, new EnumMap<>(Priority.class));
        for (Map.Entry<Long, int[]> e : classes.entrySet()) {
            long id = e.getKey();
            Figures f = new Figures(e.getValue()[0], e.getValue()[1], id, students.getOrDefault(id, 0L), visited.getOrDefault(id, 0L),
                    overdue.getOrDefault(id, 0L), visitsOverdue.getOrDefault(id, 0L), absentParentPending.getOrDefault(id, 0L),
                    priorities.getOrDefault(id, new EnumMap<>(Priority.class)));
            byClass.add(f);
            byGrade.merge(f.grade(), new Figures(f.grade(), null, null, f.students(), f.visited(), f.overdueFollowUps(),
                    f.visitsOverdue(), f.absentParentPending(), f.priorities()), DashboardService::sum);
            total = sum(total, f);
        }
        byClass.sort((a, b) -> a.grade() != b.grade() ? Integer.compare(a.grade(), b.grade()) : Integer.compare(a.classNo(), b.classNo()));
        AuditNote.target(scope.schoolId());
        AuditNote.detail(byClass.size() + " classes");
        return new Dashboard(semester.start(), semester.end(), semester.term(), total, List.copyOf(byGrade.values()), byClass);
    }

    private static Figures sum(Figures a, Figures b) {
        Map<Priority, Long> p = new EnumMap<>(Priority.class);
        a.priorities().forEach((k, v) -> p.merge(k, v, Long::sum));
        b.priorities().forEach((k, v) -> p.merge(k, v, Long::sum));
        return new Figures(a.grade(), a.classNo(), a.classId(), a.students() + b.students(), a.visited() + b.visited(),
                a.overdueFollowUps() + b.overdueFollowUps(), a.visitsOverdue() + b.visitsOverdue(),
                a.absentParentPending() + b.absentParentPending(), p);
    }

    /** SUM over CASE comes back as Long or Integer depending on the database. */
    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private static String scopeWhere(String alias, Scope scope, Map<String, Object> params) {
        return ScopeClause.of(scope, alias + ".schoolId", alias + ".grade", alias + ".classId", params);
    }

}
