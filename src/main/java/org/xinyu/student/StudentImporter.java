package org.xinyu.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enrols many students at once (the demo district's roster; later a school's import file): each row is checked
 * like a single create and must be in the caller's scope, but the import is one audit entry (STUDENT_CREATE about
 * the school), not one per row, and does not re-evaluate each student — whoever imports evaluates them together
 * afterwards (the demo's semester history starts by evaluating everyone).
 */
@ApplicationScoped
public class StudentImporter {

    @Inject
    EntityManager em;

    @Inject
    Enrolment enrolment;

    @Inject
    AuditTrail audit;

    @Transactional
    @UseCase(permission = Permission.STUDENT_CREATE, audit = AuditAction.STUDENT_CREATE, target = "SCHOOL")
    public List<Student> enrol(StudentImport request) {
        List<Student> enrolled = new ArrayList<>(request.rows().size());
        Set<String> numbers = new HashSet<>();
        Set<Long> schoolIds = new HashSet<>();
        for (int i = 0; i < request.rows().size(); i++) {
            StudentImport.Row row = request.rows().get(i);
            Student student = build(row.student(), "rows[" + i + "].student.");
            if (!numbers.add(student.schoolId() + "/" + student.studentNo())) {
                throw Enrolment.numberTaken(); // an earlier row of this import has it
            }
            enrolment.requireClassInScope(student, () -> audit.denied(AuditAction.STUDENT_CREATE, "CLASS", student.classId(),
                    "class outside the caller's scope"));
            if (row.knownSince() != null) {
                for (Map.Entry<Circumstance, LocalDate> known : row.knownSince().entrySet()) {
                    student.addCircumstance(new CircumstanceRecord(known.getKey(), known.getValue()));
                }
            }
            em.persist(student);
            enrolled.add(student);
            schoolIds.add(student.schoolId());
        }
        // one entry about the school (no detail: the audit log has no words for an import's size yet)
        AuditNote.target(schoolIds.size() == 1 ? schoolIds.iterator().next() : null);
        return enrolled;
    }

    /** A row's student; its errors name the row ({@code rows[3].student.birthDate}). */
    private Student build(NewStudent student, String path) {
        try {
            return enrolment.build(student);
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            List<FieldError> errors = e.errors().stream().map(error -> error.at(path + error.field())).toList();
            throw new ProblemException(e.status(), e.title(), e.getMessage(), errors, e.code(), e.args());
        }
    }
}
