package org.xinyu.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Validation;
import org.xinyu.security.Access;
import org.xinyu.security.AccountStore;
import org.xinyu.security.Permission;
import org.xinyu.security.Role;
import org.xinyu.security.SessionRegistry;
import org.xinyu.security.UseCase;
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

/** Classes of a school and who leads them: the school – grade – class network below the schools. */
@ApplicationScoped
public class ClassService {

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

    @Inject
    SchoolDirectory directory;

    @Inject
    SchoolService schools;

    /**
     * Creates a class of a school, optionally with its head teacher: an enabled account with the role HEAD_TEACHER
     * whose scope is this school (400 on {@code headTeacher} otherwise). The head teacher's scope gains the class.
     * Audited as the class's creation and, with a head teacher, then as its head teacher's change from none.
     */
    @Transactional
    @UseCase(permission = Permission.ORGANISATION_MANAGE, audit = AuditAction.CLASS_CREATE, target = "CLASS")
    public SchoolClass createClass(String schoolCode, NewClass request) {
        School school = directory.findSchool(schoolCode).orElseThrow(() -> ProblemException.notFound("School"));
        Validation v = new Validation();
        v.require(school.stage().teaches(request.grade()), "grade", "class.gradeNotTaught",
                "this school (" + school.stage() + ") does not teach grade " + request.grade(), school.stage().name(), request.grade());
        Optional<UserAccount> headTeacher = Optional.empty();
        if (request.headTeacher() != null && !request.headTeacher().isBlank()) {
            headTeacher = accounts.byUsername(request.headTeacher().strip());
            HeadTeacherProblem.of(headTeacher.orElse(null), school.id()).ifPresent(p -> v.add(p.error()));
        }
        v.check();
        if (directory.findClass(school.id(), request.grade(), request.classNo()).isPresent()) {
            throw ProblemException.conflict("class.exists", "classNo", "this class already exists");
        }
        SchoolClass schoolClass = new SchoolClass(school, request.grade(), request.classNo());
        em.persist(schoolClass);
        em.flush();
        headTeacher.ifPresent(account -> {
            schoolClass.assignHeadTeacher(account.id());
            account.addClass(schoolClass.id());
        });
        AuditNote.target(schoolClass.id());
        if (schoolClass.headTeacherId() != null) {
            // the creation's entry first, then the head teacher's: the further entries of a use case come before its own
            AuditNote.also(AuditAction.CLASS_CREATE, "CLASS", schoolClass.id(), null);
            AuditNote.action(AuditAction.CLASS_HEAD_TEACHER);
            AuditNote.detail("from none to " + request.headTeacher().strip());
        }
        return schoolClass;
    }

    @Transactional
    @UseCase(permission = Permission.ORGANISATION_READ)
    public List<SchoolClass> classes(String schoolCode) {
        return of(schools.inScope(schoolCode));
    }

    /** The classes of a school by id (for account administration, which knows schools by id); none outside scope. */
    @Transactional
    @UseCase(permission = Permission.ORGANISATION_READ)
    public List<SchoolClass> classes(long schoolId) {
        School school = em.find(School.class, schoolId);
        if (school == null || !access.scope().coversSchool(school.id())) {
            return List.of();
        }
        return of(school);
    }

    private List<SchoolClass> of(School school) {
        return em.createQuery("select c from SchoolClass c where c.school = :s order by c.grade, c.classNo", SchoolClass.class)
                .setParameter("s", school).getResultList();
    }

    /** The classes of a school with their head teachers' names (the administrator's class list). */
    @Transactional
    @UseCase(permission = Permission.ORGANISATION_READ)
    public List<ClassSummary> classSummaries(String schoolCode) {
        List<SchoolClass> classes = of(schools.inScope(schoolCode));
        Set<Long> teacherIds = classes.stream().map(SchoolClass::headTeacherId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, UserAccount> teachers = accounts.byIds(teacherIds).stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
        return classes.stream().map(c -> {
            UserAccount t = c.headTeacherId() == null ? null : teachers.get(c.headTeacherId());
            return new ClassSummary(c.id(), c.grade(), c.classNo(), t == null ? null : new Teacher(t.username(), t.displayName()), c.version());
        }).toList();
    }

    /** Who may lead a class of this school: its enabled accounts with the head-teacher role. */
    @Transactional
    @UseCase(permission = Permission.ORGANISATION_MANAGE)
    public List<Teacher> headTeacherCandidates(String schoolCode) {
        School school = directory.findSchool(schoolCode).orElseThrow(() -> ProblemException.notFound("School"));
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
    @UseCase(permission = Permission.ORGANISATION_MANAGE, audit = AuditAction.CLASS_HEAD_TEACHER, target = "CLASS")
    public SchoolClass assignHeadTeacher(long classId, String username, Integer expectedVersion) {
        SchoolClass schoolClass = directory.classById(classId).orElseThrow(() -> ProblemException.notFound("Class"));
        return assign(schoolClass, username, expectedVersion);
    }

    /**
     * The same for the class {@code classId} of the school {@code schoolCode} (the REST call): 404 for a class that
     * is not one of that school's, and the {@code version} the caller last saw is required.
     */
    @Transactional
    @UseCase(permission = Permission.ORGANISATION_MANAGE, audit = AuditAction.CLASS_HEAD_TEACHER, target = "CLASS")
    public SchoolClass assignHeadTeacher(String schoolCode, long classId, String username, Integer version) {
        School school = directory.findSchool(schoolCode).orElseThrow(() -> ProblemException.notFound("School"));
        SchoolClass schoolClass = directory.classById(classId).filter(c -> Objects.equals(c.school().id(), school.id()))
                .orElseThrow(() -> ProblemException.notFound("Class"));
        if (version == null) {
            throw ProblemException.invalid(FieldError.of("version", "required", "is required: the version of the class you last read"));
        }
        return assign(schoolClass, username, version);
    }

    private SchoolClass assign(SchoolClass schoolClass, String username, Integer expectedVersion) {
        long classId = schoolClass.id();
        UserAccount next = null;
        if (username != null && !username.isBlank()) {
            next = accounts.byUsername(username.strip()).orElse(null);
            Optional<HeadTeacherProblem> problem = HeadTeacherProblem.of(next, schoolClass.school().id());
            if (problem.isPresent()) {
                throw ProblemException.invalid(problem.get().error());
            }
        }
        if (expectedVersion != null && expectedVersion != schoolClass.version()) {
            throw ProblemException.conflict("class.versionChanged", "version", "the class was changed meanwhile (version "
                    + schoolClass.version() + "); reload it and try again", schoolClass.version());
        }
        Long previousId = schoolClass.headTeacherId();
        if (Objects.equals(previousId, next == null ? null : next.id())) {
            AuditNote.skip(); // already so: nothing changed
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
        AuditNote.target(classId);
        AuditNote.detail("from " + (previous == null ? "none" : previous.username()) + " to " + (next == null ? "none" : next.username()));
        if (previous != null) {
            sessions.endSessions(previous, clock.instant()); // its sessions' scope is stale on every instance
        }
        return schoolClass;
    }

    /**
     * Account administration's part of a new head-teacher account (through {@link SchoolDirectory}, inside the
     * account's creation, which has checked the permission): it becomes the head teacher of these classes of its
     * school. A class led by another account is refused (409 on {@code classIds}, the transaction and so the new
     * account roll back); its head teacher changes with {@link #assignHeadTeacher(String, long, String, Integer)}.
     * Audited per class here, as the account's use case knows nothing of classes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void leadNewAccountsClasses(UserAccount account, Set<Long> classIds) {
        List<SchoolClass> led = new ArrayList<>();
        for (Long classId : new TreeSet<>(classIds)) {
            SchoolClass schoolClass = directory.classById(classId)
                    .filter(c -> Objects.equals(c.school().id(), account.schoolId()))
                    .orElseThrow(() -> ProblemException.invalid(FieldError.of("classIds", "class.notOfSchool",
                            "not a class of the account's school: " + classId, classId)));
            Long current = schoolClass.headTeacherId();
            if (current != null && !current.equals(account.id())) {
                String holder = accounts.byId(current).map(UserAccount::username).orElse("another account");
                throw ProblemException.conflict("class.hasHeadTeacher", "classIds", "class " + schoolClass.label() + " (id " + classId
                        + ") already has a head teacher (" + holder + "); change it with PUT /api/v1/schools/"
                        + schoolClass.school().code() + "/classes/" + classId + "/head-teacher, or leave the class out",
                        schoolClass.label(), classId, holder);
            }
            led.add(schoolClass);
        }
        // the class refers to the account by id only, so the account's row must be written first
        em.flush();
        for (SchoolClass schoolClass : led) {
            schoolClass.assignHeadTeacher(account.id());
            // written with the account's creation, the use case this runs inside (before its own entries, as ever)
            AuditNote.also(AuditAction.CLASS_HEAD_TEACHER, "CLASS", schoolClass.id(), "from none to " + account.username());
        }
    }
}
