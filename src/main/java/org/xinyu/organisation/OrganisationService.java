package org.xinyu.organisation;

import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Validation;
import org.xinyu.security.Access;
import org.xinyu.security.AccountStore;
import org.xinyu.security.Permission;
import org.xinyu.security.Role;
import org.xinyu.security.Scope;
import org.xinyu.security.SessionRegistry;
import org.xinyu.security.UserAccount;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Schools and classes: the administrator builds the school – grade – class network here. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    AccountStore accounts;

    @Inject
    SessionRegistry sessions;

    @Inject
    Clock clock;

    public record NewSchool(String code, String name, String district, String stage) {
    }

    public record NewClass(Integer grade, Integer classNo, String headTeacher) {
    }

    /** A person who may lead a class: an enabled head-teacher account of the school. */
    public record Teacher(String username, String displayName) {
    }

    /** A class with its head teacher's name (null when it has none). */
    public record ClassSummary(long id, int grade, int classNo, Teacher headTeacher, int version) {
    }

    @Transactional
    public School createSchool(NewSchool request) {
        access.require(Permission.ORGANISATION_MANAGE);
        School school = createSchoolUnchecked(request);
        audit.success(AuditAction.SCHOOL_CREATE, "SCHOOL", school.id());
        return school;
    }

    @Transactional
    public School createSchoolUnchecked(NewSchool request) {
        Validation v = new Validation();
        v.requireText(request.code(), "code", 32);
        if (request.code() != null && !request.code().matches("[A-Za-z0-9-]{2,32}")) {
            v.add(new FieldError("code", "use 2-32 letters, digits or '-'"));
        }
        v.requireText(request.name(), "name", 200);
        v.requireText(request.district(), "district", 100);
        SchoolStage stage = parseStage(request.stage(), v);
        v.check();
        if (findSchool(request.code()).isPresent()) {
            throw ProblemException.conflict("code", "a school with this code already exists");
        }
        School school = new School(request.code(), request.name().trim(), request.district().trim(), stage);
        em.persist(school);
        return school;
    }

    private static SchoolStage parseStage(String stage, Validation v) {
        if (stage == null) {
            v.add(new FieldError("stage", "is required"));
            return null;
        }
        try {
            return SchoolStage.valueOf(stage);
        } catch (IllegalArgumentException e) {
            v.add(new FieldError("stage", "must be one of PRIMARY, JUNIOR, SENIOR, NINE_YEAR, COMPLETE"));
            return null;
        }
    }

    /**
     * Creates a class of a school, optionally with its head teacher: an enabled account with the role HEAD_TEACHER
     * whose scope is this school (400 on {@code headTeacher} otherwise). The head teacher's scope gains the class.
     */
    @Transactional
    public SchoolClass createClass(String schoolCode, NewClass request) {
        access.require(Permission.ORGANISATION_MANAGE);
        SchoolClass created = createClassUnchecked(schoolCode, request);
        audit.success(AuditAction.CLASS_CREATE, "CLASS", created.id());
        if (created.headTeacherId() != null) {
            audit.success(AuditAction.CLASS_HEAD_TEACHER, "CLASS", created.id(), "from none to " + request.headTeacher().strip());
        }
        return created;
    }

    /**
     * Why an account may not lead a class of the school, in the words of the API's {@code headTeacher} field; empty
     * when it may: it exists, is enabled, has the role HEAD_TEACHER and its scope is that school.
     */
    static Optional<String> headTeacherProblem(UserAccount account, long schoolId) {
        if (account == null) {
            return Optional.of("no such account");
        }
        if (!account.enabled()) {
            return Optional.of("the account is disabled");
        }
        if (!account.roles().contains(Role.HEAD_TEACHER)) {
            return Optional.of("the account does not have the role HEAD_TEACHER");
        }
        if (!Objects.equals(account.schoolId(), schoolId)) {
            return Optional.of("the account belongs to another school");
        }
        return Optional.empty();
    }

    @Transactional
    public SchoolClass createClassUnchecked(String schoolCode, NewClass request) {
        School school = findSchool(schoolCode).orElseThrow(() -> ProblemException.notFound("School"));
        Validation v = new Validation();
        v.requireRange(request.grade(), 1, 12, "grade");
        v.requireRange(request.classNo(), 1, 99, "classNo");
        if (request.grade() != null && request.grade() >= 1 && request.grade() <= 12 && !school.stage().teaches(request.grade())) {
            v.add(new FieldError("grade", "this school (" + school.stage() + ") does not teach grade " + request.grade()));
        }
        Optional<UserAccount> headTeacher = Optional.empty();
        if (request.headTeacher() != null && !request.headTeacher().isBlank()) {
            headTeacher = accounts.byUsername(request.headTeacher().strip());
            headTeacherProblem(headTeacher.orElse(null), school.id()).ifPresent(message -> v.add(new FieldError("headTeacher", message)));
        }
        v.check();
        if (findClass(school.id(), request.grade(), request.classNo()).isPresent()) {
            throw ProblemException.conflict("classNo", "this class already exists");
        }
        SchoolClass schoolClass = new SchoolClass(school, request.grade(), request.classNo());
        em.persist(schoolClass);
        em.flush();
        headTeacher.ifPresent(account -> {
            schoolClass.assignHeadTeacher(account.id());
            account.addClass(schoolClass.id());
        });
        return schoolClass;
    }

    @Transactional
    public Page<School> schools(PageRequest page) {
        access.require(Permission.ORGANISATION_READ);
        Scope scope = access.scope();
        if (scope.everySchool()) {
            List<School> items = em.createQuery("select s from School s order by s.code", School.class)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            long total = em.createQuery("select count(s) from School s", Long.class).getSingleResult();
            return new Page<>(items, total, page.page(), page.size());
        }
        List<School> own = scope.schoolId() == null ? List.of() : List.of(em.find(School.class, scope.schoolId()));
        return new Page<>(page.page() == 0 ? own : List.of(), own.size(), page.page(), page.size());
    }

    @Transactional
    public School school(String code) {
        access.require(Permission.ORGANISATION_READ);
        School school = findSchool(code).orElseThrow(() -> ProblemException.notFound("School"));
        if (!access.scope().coversSchool(school.id())) {
            throw ProblemException.notFound("School");
        }
        return school;
    }

    @Transactional
    public List<SchoolClass> classes(String schoolCode) {
        School school = school(schoolCode);
        return em.createQuery("select c from SchoolClass c where c.school = :s order by c.grade, c.classNo", SchoolClass.class)
                .setParameter("s", school).getResultList();
    }

    /** The classes of a school by id (for account administration, which knows schools by id). */
    @Transactional
    public List<SchoolClass> classes(long schoolId) {
        access.require(Permission.ORGANISATION_READ);
        School school = em.find(School.class, schoolId);
        if (school == null || !access.scope().coversSchool(school.id())) {
            return List.of();
        }
        return em.createQuery("select c from SchoolClass c where c.school = :s order by c.grade, c.classNo", SchoolClass.class)
                .setParameter("s", school).getResultList();
    }

    /** The classes of a school with their head teachers' names (the administrator's class list). */
    @Transactional
    public List<ClassSummary> classSummaries(String schoolCode) {
        List<SchoolClass> classes = classes(schoolCode);
        Set<Long> teacherIds = classes.stream().map(SchoolClass::headTeacherId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, UserAccount> teachers = accounts.byIds(teacherIds).stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
        return classes.stream().map(c -> {
            UserAccount t = c.headTeacherId() == null ? null : teachers.get(c.headTeacherId());
            return new ClassSummary(c.id(), c.grade(), c.classNo(), t == null ? null : new Teacher(t.username(), t.displayName()), c.version());
        }).toList();
    }

    /** Who may lead a class of this school: its enabled accounts with the head-teacher role. */
    @Transactional
    public List<Teacher> headTeacherCandidates(String schoolCode) {
        access.require(Permission.ORGANISATION_MANAGE);
        School school = findSchool(schoolCode).orElseThrow(() -> ProblemException.notFound("School"));
        return accounts.enabledWithRole(Role.HEAD_TEACHER, school.id()).stream()
                .map(a -> new Teacher(a.username(), a.displayName())).toList();
    }

    /**
     * Gives a class a new head teacher (or none, for a blank username): an enabled head-teacher account of the
     * class's school. The class moves from the previous head teacher's scope to the new one's; the previous
     * head teacher's workbench sessions end, so that the class leaves their scope at once (the new head teacher
     * sees it from their next sign-in). With {@code expectedVersion}, a class changed meanwhile is refused (409).
     */
    @Transactional
    public SchoolClass assignHeadTeacher(long classId, String username, Integer expectedVersion) {
        access.require(Permission.ORGANISATION_MANAGE);
        SchoolClass schoolClass = classById(classId).orElseThrow(() -> ProblemException.notFound("Class"));
        return assignHeadTeacher(schoolClass, username, expectedVersion);
    }

    /**
     * The same for the class {@code classId} of the school {@code schoolCode} (the REST call): 404 for a class that
     * is not one of that school's, and the {@code version} the caller last saw is required.
     */
    @Transactional
    public SchoolClass assignHeadTeacher(String schoolCode, long classId, String username, Integer version) {
        access.require(Permission.ORGANISATION_MANAGE);
        School school = findSchool(schoolCode).orElseThrow(() -> ProblemException.notFound("School"));
        SchoolClass schoolClass = classById(classId).filter(c -> Objects.equals(c.school().id(), school.id()))
                .orElseThrow(() -> ProblemException.notFound("Class"));
        if (version == null) {
            throw ProblemException.invalid("version", "is required: the version of the class you last read");
        }
        return assignHeadTeacher(schoolClass, username, version);
    }

    private SchoolClass assignHeadTeacher(SchoolClass schoolClass, String username, Integer expectedVersion) {
        long classId = schoolClass.id();
        UserAccount next = null;
        if (username != null && !username.isBlank()) {
            next = accounts.byUsername(username.strip()).orElse(null);
            Optional<String> problem = headTeacherProblem(next, schoolClass.school().id());
            if (problem.isPresent()) {
                throw ProblemException.invalid("headTeacher", problem.get());
            }
        }
        if (expectedVersion != null && expectedVersion != schoolClass.version()) {
            throw ProblemException.conflict("version", "the class was changed meanwhile (version " + schoolClass.version()
                    + "); reload it and try again");
        }
        Long previousId = schoolClass.headTeacherId();
        if (Objects.equals(previousId, next == null ? null : next.id())) {
            return schoolClass;
        }
        UserAccount previous = previousId == null ? null : accounts.byId(previousId).orElse(null);
        if (previous != null) {
            previous.removeClass(classId);
        }
        if (next != null) {
            next.addClass(classId);
        }
        schoolClass.assignHeadTeacher(next == null ? null : next.id());
        em.flush(); // the answer carries the class's new version
        audit.success(AuditAction.CLASS_HEAD_TEACHER, "CLASS", classId,
                "from " + (previous == null ? "none" : previous.username()) + " to " + (next == null ? "none" : next.username()));
        if (previous != null) {
            sessions.endSessions(previous, clock.instant()); // its sessions' scope is stale on every instance
        }
        return schoolClass;
    }

    /**
     * Account administration's part of a new head-teacher account: it becomes the head teacher of these classes of
     * its school (the account service has checked that they exist and belong to the school). A class led by another
     * account is refused (409 on {@code classIds}, the transaction and so the new account roll back); its head
     * teacher changes with {@link #assignHeadTeacher(String, long, String, Integer)}. Audited per class.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leadNewAccountsClasses(UserAccount account, Set<Long> classIds) {
        List<SchoolClass> led = new ArrayList<>();
        for (Long classId : new TreeSet<>(classIds)) {
            SchoolClass schoolClass = classById(classId)
                    .filter(c -> Objects.equals(c.school().id(), account.schoolId()))
                    .orElseThrow(() -> ProblemException.invalid("classIds", "not a class of the account's school: " + classId));
            Long current = schoolClass.headTeacherId();
            if (current != null && !current.equals(account.id())) {
                String holder = accounts.byId(current).map(UserAccount::username).orElse("another account");
                throw ProblemException.conflict("classIds", "class " + schoolClass.label() + " (id " + classId + ") already has a head teacher ("
                        + holder + "); change it with PUT /api/v1/schools/" + schoolClass.school().code() + "/classes/" + classId
                        + "/head-teacher, or leave the class out");
            }
            led.add(schoolClass);
        }
        // the class refers to the account by id only, so the account's row must be written first
        em.flush();
        for (SchoolClass schoolClass : led) {
            schoolClass.assignHeadTeacher(account.id());
            audit.success(AuditAction.CLASS_HEAD_TEACHER, "CLASS", schoolClass.id(), "from none to " + account.username());
        }
    }

    public Optional<School> findSchool(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select s from School s where s.code = :c", School.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("c", code).getResultList().stream().findFirst();
    }

    public Optional<SchoolClass> findClass(long schoolId, Integer grade, Integer classNo) {
        if (grade == null || classNo == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from SchoolClass c where c.school.id = :s and c.grade = :g and c.classNo = :n", SchoolClass.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("s", schoolId).setParameter("g", grade).setParameter("n", classNo)
                .getResultList().stream().findFirst();
    }

    public Optional<SchoolClass> classById(long id) {
        return Optional.ofNullable(em.find(SchoolClass.class, id));
    }
}
