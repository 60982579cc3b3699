package org.xinyu.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.audit.AuditTrail;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolDirectory;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.FactWriter;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.Scope;
import org.xinyu.security.UseCase;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Students and their family circumstances. Every change of a fact re-evaluates the student's rules. */
@ApplicationScoped
public class StudentService {

    @Inject
    EntityManager em;

    @Inject
    SchoolDirectory schools;

    @Inject
    Enrolment enrolment;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    FactWriter facts;

    @Transactional
    @UseCase(permission = Permission.STUDENT_CREATE, audit = AuditAction.STUDENT_CREATE, target = "STUDENT")
    public Student create(NewStudent request) {
        Student student = enrolment.build(request);
        enrolment.requireClassInScope(student, () -> audit.denied(AuditAction.STUDENT_CREATE, "CLASS", student.classId(),
                "class outside the caller's scope"));
        em.persist(student);
        em.flush(); // the new student's id is known from here on
        facts.changed(student.id(), EvaluationTrigger.STUDENT_CREATED);
        AuditNote.target(student.id());
        return student;
    }

    @Transactional
    @UseCase(permission = Permission.STUDENT_READ, audit = AuditAction.STUDENT_READ, target = "STUDENT")
    public Student get(long id) {
        Student student = inScope(id);
        AuditNote.target(id);
        return student;
    }

    @Transactional
    @UseCase(permission = Permission.CIRCUMSTANCES_WRITE, audit = AuditAction.CIRCUMSTANCES_UPDATE, target = "STUDENT")
    public Student replaceCircumstances(long id, CircumstancesChange change) {
        Student student = inScope(id);
        if (change.version() != student.version()) {
            throw ProblemException.conflict("student.versionChanged", "version",
                    "the student was changed by someone else; reload and try again");
        }
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        circumstances.addAll(change.circumstances());
        if (!student.replaceCircumstances(circumstances, enrolment.today())) {
            AuditNote.skip(); // nothing changed, nothing to re-evaluate or to audit
            return student;
        }
        facts.changed(id, EvaluationTrigger.CIRCUMSTANCES_CHANGED);
        AuditNote.target(id);
        AuditNote.detail("now " + circumstances);
        return student;
    }

    /** Names and family circumstances: read like a single student, so audited like one. */
    @Transactional
    @UseCase(permission = Permission.STUDENT_READ, audit = AuditAction.STUDENT_LIST_READ, target = "STUDENT")
    public Page<Student> list(StudentFilter filter, PageRequest page) {
        Scope scope = access.scope();
        if (scope.isEmpty()) {
            AuditNote.skip();
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (!scope.everySchool()) {
            where.append(" and s.schoolId = :scopeSchool");
            params.add(new Object[]{"scopeSchool", scope.schoolId()});
            if (!scope.wholeSchool()) {
                where.append(" and (s.schoolClass.grade in :scopeGrades or s.schoolClass.id in :scopeClasses)");
                params.add(new Object[]{"scopeGrades", scope.grades().isEmpty() ? List.of(-1) : List.copyOf(scope.grades())});
                params.add(new Object[]{"scopeClasses", scope.classIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.classIds())});
            }
        }
        if (filter.schoolCode() != null) {
            Long schoolId = schools.findSchool(filter.schoolCode()).map(School::id).orElse(-1L);
            where.append(" and s.schoolId = :school");
            params.add(new Object[]{"school", schoolId});
        }
        if (filter.grade() != null) {
            where.append(" and s.schoolClass.grade = :grade");
            params.add(new Object[]{"grade", filter.grade()});
        }
        if (filter.classNo() != null) {
            where.append(" and s.schoolClass.classNo = :classNo");
            params.add(new Object[]{"classNo", filter.classNo()});
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and (s.name like :q or s.studentNo = :exact)");
            params.add(new Object[]{"q", "%" + filter.query().trim() + "%"});
            params.add(new Object[]{"exact", filter.query().trim()});
        }
        TypedQuery<Student> items = em.createQuery("select s from Student s" + where
                + " order by s.schoolClass.grade, s.schoolClass.classNo, s.studentNo", Student.class);
        TypedQuery<Long> count = em.createQuery("select count(s) from Student s" + where, Long.class);
        for (Object[] p : params) {
            items.setParameter((String) p[0], p[1]);
            count.setParameter((String) p[0], p[1]);
        }
        List<Student> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = count.getSingleResult();
        AuditNote.detail(describe(filter) + "page " + page.page() + ", " + found.size() + " students of " + total);
        return new Page<>(found, total, page.page(), page.size());
    }

    /** The filter as the audit entry names it; a search says that it searched, not for whom. */
    private static String describe(StudentFilter filter) {
        StringBuilder d = new StringBuilder();
        if (filter.schoolCode() != null) {
            d.append("school ").append(filter.schoolCode()).append(", ");
        }
        if (filter.grade() != null) {
            d.append("grade ").append(filter.grade()).append(", ");
        }
        if (filter.classNo() != null) {
            d.append("class ").append(filter.classNo()).append(", ");
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            d.append("searched by name or number, ");
        }
        return d.toString();
    }

    /** The student, when the caller's scope holds it: 404 when there is none, refused by {@link Access#requireInScope} outside the scope. */
    private Student inScope(long id) {
        Student student = em.find(Student.class, id);
        if (student == null) {
            throw ProblemException.notFound("Student");
        }
        access.requireInScope(student.schoolId(), student.grade(), student.classId(), "STUDENT", id);
        return student;
    }
}
