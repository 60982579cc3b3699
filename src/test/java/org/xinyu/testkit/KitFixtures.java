package org.xinyu.testkit;

import org.xinyu.organisation.ClassService;
import org.xinyu.organisation.NewClass;
import org.xinyu.organisation.NewSchool;
import org.xinyu.organisation.SchoolService;
import org.xinyu.organisation.SchoolStage;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolClass;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.AccountAdministration;
import org.xinyu.security.NewAccount;
import org.xinyu.security.Role;
import org.xinyu.student.Student;
import org.xinyu.student.Gender;
import org.xinyu.student.NewStudent;
import org.xinyu.student.StudentService;
import java.time.LocalDate;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data made the way an administrator makes it: through the application services, signed in as the kit's
 * first administrator, so every fixture passes the same checks and leaves the same audit entries as in use. Names
 * are unique per kit, so the tests of one class can share a kit without seeing each other's data.
 */
public final class KitFixtures {

    /** Meets the password policy; accounts made here must change it at first sign-in, as any new account. */
    public static final String PASSWORD = "Lantern-harbour-77-Qz";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final XinyuKit kit;

    public KitFixtures(XinyuKit kit) {
        this.kit = kit;
    }

    /** A school with one class, its head teacher (an account of role HEAD_TEACHER leading it) and one student. */
    public record SchoolWithClass(School school, SchoolClass schoolClass, AccountPrincipal headTeacher, Student student) {
    }

    public SchoolWithClass schoolWithClass() {
        School school = school();
        SchoolClass schoolClass = schoolClass(school, 7, 1);
        AccountPrincipal teacher = account(Role.HEAD_TEACHER, school.id(), Set.of(), Set.of(schoolClass.id()));
        return new SchoolWithClass(school, schoolClass, teacher, student(school, 7, 1));
    }

    public School school() {
        int n = NEXT.incrementAndGet();
        return kit.asAdministrator(() -> kit.bean(SchoolService.class)
                .createSchool(new NewSchool("KIT-" + n, "测试中学" + n, "临渭区", SchoolStage.JUNIOR)));
    }

    public SchoolClass schoolClass(School school, int grade, int classNo) {
        return kit.asAdministrator(() -> kit.bean(ClassService.class)
                .createClass(school.code(), new NewClass(grade, classNo, null)));
    }

    /** An account with the role and scope, as the principal its sign-in would give. */
    public AccountPrincipal account(Role role, Long schoolId, Set<Integer> grades, Set<Long> classIds) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + NEXT.incrementAndGet();
        kit.asAdministrator(() -> kit.bean(AccountAdministration.class).create(new NewAccount(
                username, "教师" + username, PASSWORD, Set.of(role), schoolId, grades, classIds)));
        return kit.principal(username);
    }

    public Student student(School school, int grade, int classNo) {
        int n = NEXT.incrementAndGet();
        return kit.asAdministrator(() -> kit.bean(StudentService.class).create(new NewStudent(
                "S" + n, "学生" + n, Gender.F, LocalDate.of(2013, 5, 1 + n % 9), school.code(), grade, classNo, List.of())));
    }
}
