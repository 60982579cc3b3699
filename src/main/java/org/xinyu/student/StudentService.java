package org.xinyu.student;

import org.xinyu.audit.AuditAction;
import org.xinyu.platform.EvaluationTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;
import org.xinyu.organisation.OrganisationService;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolClass;
import org.xinyu.platform.FactsChanged;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.Zones;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Validation;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.Scope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Students and their family circumstances. Every change of a fact re-evaluates the student's rules. */
@ApplicationScoped
public class StudentService {

    @Inject
    EntityManager em;

    @Inject
    OrganisationService organisation;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Event<FactsChanged> factsChanged;

    @Inject
    Clock clock;

    @Inject
    GraduatingGrades graduatingGrades;

    /** As it arrives over the API: strings, so that every bad field can be named. */
    public record NewStudent(String studentNo, String name, String gender, String birthDate, String schoolCode,
                             Integer grade, Integer classNo, List<String> circumstances) {
    }

    public record StudentFilter(String schoolCode, Integer grade, Integer classNo, String query) {
    }

    @Transactional
    public Student create(NewStudent request) {
        access.require(Permission.STUDENT_CREATE);
        Student student = build(request);
        if (!access.scope().covers(student.schoolId(), student.grade(), student.classId())) {
            audit.denied(AuditAction.STUDENT_CREATE, "CLASS", student.classId(), "class outside the caller's scope");
            throw ProblemException.forbidden("You may add students only to your own classes.");
        }
        em.persist(student);
        em.flush();
        factsChanged.fire(new FactsChanged(student.id(), EvaluationTrigger.STUDENT_CREATED));
        audit.success(AuditAction.STUDENT_CREATE, "STUDENT", student.id());
        return student;
    }

    /** Demo loading and bulk imports: validated the same way, but no caller and no per-row audit. */
    @Transactional
    public Student createUnchecked(NewStudent request) {
        Student student = build(request);
        em.persist(student);
        return student;
    }

    private Student build(NewStudent request) {
        Validation v = new Validation();
        v.requireText(request.studentNo(), "studentNo", 32);
        if (request.studentNo() != null && !request.studentNo().isBlank() && !request.studentNo().matches("[A-Za-z0-9-]{1,32}")) {
            v.add(new FieldError("studentNo", "use letters, digits or '-'"));
        }
        v.requireText(request.name(), "name", 100);
        Gender gender = parseGender(request.gender(), v);
        LocalDate birthDate = parseBirthDate(request.birthDate(), v);
        v.requireRange(request.grade(), 1, 12, "grade");
        if (request.classNo() == null || request.classNo() < 1) {
            v.add(new FieldError("classNo", request.classNo() == null ? "is required" : "must be 1 or more"));
        }
        Set<Circumstance> circumstances = parseCircumstances(request.circumstances(), v);
        Optional<School> school = Optional.empty();
        if (request.schoolCode() == null || request.schoolCode().isBlank()) {
            v.add(new FieldError("schoolCode", "is required"));
        } else {
            school = organisation.findSchool(request.schoolCode());
            v.require(school.isPresent(), "schoolCode", "no such school");
        }
        Optional<SchoolClass> schoolClass = Optional.empty();
        if (school.isPresent() && !v.hasErrors()) {
            schoolClass = organisation.findClass(school.get().id(), request.grade(), request.classNo());
            v.require(schoolClass.isPresent(), "classNo", "this school has no class " + request.grade() + "-" + request.classNo());
        }
        v.check();
        if (findByNumber(school.get().id(), request.studentNo().trim()).isPresent()) {
            throw ProblemException.conflict("studentNo", "a student with this number already exists in this school");
        }
        Student student = new Student(schoolClass.get(), request.studentNo().trim(), request.name().trim(), gender, birthDate, clock.instant());
        student.replaceCircumstances(circumstances, today());
        return student;
    }

    @Transactional
    public Student get(long id) {
        access.require(Permission.STUDENT_READ);
        Student student = em.find(Student.class, id);
        if (student == null) {
            throw ProblemException.notFound("Student");
        }
        access.requireInScope(student.schoolId(), student.grade(), student.classId(), "STUDENT", id);
        audit.success(AuditAction.STUDENT_READ, "STUDENT", id);
        return student;
    }

    @Transactional
    public Student replaceCircumstances(long id, List<String> types, Integer version) {
        access.require(Permission.CIRCUMSTANCES_WRITE);
        Student student = em.find(Student.class, id);
        if (student == null) {
            throw ProblemException.notFound("Student");
        }
        access.requireInScope(student.schoolId(), student.grade(), student.classId(), "STUDENT", id);
        Validation v = new Validation();
        // a replacement must say what replaces: null or a missing list is a mistake, [] clears them all
        v.requireNonNull(types, "circumstances");
        Set<Circumstance> circumstances = parseCircumstances(types, v);
        v.requireNonNull(version, "version");
        v.check();
        if (version != student.version()) {
            throw ProblemException.conflict("version", "the student was changed by someone else; reload and try again");
        }
        if (student.replaceCircumstances(circumstances, today())) {
            em.flush();
            factsChanged.fire(new FactsChanged(id, EvaluationTrigger.CIRCUMSTANCES_CHANGED));
            audit.success(AuditAction.CIRCUMSTANCES_UPDATE, "STUDENT", id, "now " + circumstances);
        }
        return student;
    }

    @Transactional
    public Page<Student> list(StudentFilter filter, PageRequest page) {
        access.require(Permission.STUDENT_READ);
        Scope scope = access.scope();
        if (scope.isEmpty()) {
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
            Long schoolId = organisation.findSchool(filter.schoolCode()).map(School::id).orElse(-1L);
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
        // names and family circumstances: read like a single student, so audited like one (last, as elsewhere)
        audit.success(AuditAction.STUDENT_LIST_READ, "STUDENT", null, describe(filter) + "page " + page.page() + ", " + found.size()
                + " students of " + total);
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

    /**
     * Checks that the caller may write a fact about this student: the permission, then the student's existence and
     * scope (404 outside it). For the other features' fact writers, which audit the write themselves. One scalar
     * query: a fact write is on the hot path and needs none of the student's entity graph.
     */
    public void requireFactWrite(long id, Permission permission) {
        access.require(permission);
        List<Object[]> found = em.createQuery("select s.schoolId, k.grade, k.id from Student s join s.schoolClass k where s.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Student");
        }
        Object[] row = found.get(0);
        access.requireInScope((Long) row[0], (Integer) row[1], (Long) row[2], "STUDENT", id);
    }

    /** No date anywhere in Xinyu is earlier than this (a birth date of a school student is far later). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /**
     * The earliest date a fact about the student (observation, screening, home visit) can carry: the student's birth
     * date, and never before {@link #EARLIEST_DATE}. An unknown student gives {@link #EARLIEST_DATE}; scope is checked
     * by {@link #requireFactWrite}.
     */
    public LocalDate earliestFactDate(long id) {
        List<LocalDate> born = em.createQuery("select s.birthDate from Student s where s.id = :id", LocalDate.class)
                .setParameter("id", id).getResultList();
        LocalDate birth = born.isEmpty() || born.get(0) == null ? EARLIEST_DATE : born.get(0);
        return birth.isBefore(EARLIEST_DATE) ? EARLIEST_DATE : birth;
    }

    /** The grades in their graduating year, as the active rule set decides. */
    public Set<Integer> graduatingGrades() {
        return graduatingGrades.grades();
    }

    /** Whether the student is in a graduating year, as the active rule set decides. */
    public boolean graduatingYear(Student student) {
        return student.isGraduatingYear(graduatingGrades.grades());
    }

    public Optional<Student> find(long id) {
        return Optional.ofNullable(em.find(Student.class, id));
    }

    public Optional<Student> findByNumber(long schoolId, String studentNo) {
        return em.createQuery("select s from Student s where s.schoolId = :s and s.studentNo = :n", Student.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("s", schoolId).setParameter("n", studentNo).getResultList().stream().findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.SCHOOL));
    }

    private static Gender parseGender(String gender, Validation v) {
        if (gender == null) {
            v.add(new FieldError("gender", "is required"));
            return null;
        }
        try {
            return Gender.valueOf(gender);
        } catch (IllegalArgumentException e) {
            v.add(new FieldError("gender", "must be F or M"));
            return null;
        }
    }

    private LocalDate parseBirthDate(String birthDate, Validation v) {
        if (birthDate == null || birthDate.isBlank()) {
            v.add(new FieldError("birthDate", "is required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(birthDate);
            LocalDate today = today();
            if (date.isAfter(today.minusYears(3)) || date.isBefore(today.minusYears(30))) {
                v.add(new FieldError("birthDate", "is not a plausible birth date for a school student"));
            }
            return date;
        } catch (DateTimeParseException e) {
            v.add(new FieldError("birthDate", "must be a date like 2012-05-31"));
            return null;
        }
    }

    static Set<Circumstance> parseCircumstances(List<String> types, Validation v) {
        Set<Circumstance> result = EnumSet.noneOf(Circumstance.class);
        if (types == null) {
            return result;
        }
        for (int i = 0; i < types.size(); i++) {
            try {
                result.add(Circumstance.valueOf(types.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                v.add(new FieldError("circumstances[" + i + "]",
                        "must be one of LEFT_BEHIND, POOR, DISABLED, SINGLE_PARENT, ADVERSE_EVENT"));
            }
        }
        return result;
    }
}
