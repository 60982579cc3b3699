package org.xinyu.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.organisation.ClassService;
import org.xinyu.organisation.NewClass;
import org.xinyu.organisation.NewSchool;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolService;
import org.xinyu.organisation.SchoolStage;
import org.xinyu.security.AccountAdministration;
import org.xinyu.security.NewAccount;
import org.xinyu.security.Role;
import org.xinyu.security.UserAccount;
import org.xinyu.student.Circumstance;
import org.xinyu.student.Gender;
import org.xinyu.student.NewStudent;
import org.xinyu.student.StudentImport;
import org.xinyu.student.StudentImporter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the demo district through the features' own services, one school per transaction. */
@ApplicationScoped
public class DemoWriter {

    public static final String PASSWORD = "Xinyu-Demo-2026";
    /** The demo head teacher leads this class of the first school (a graduating class). */
    static final int TEACHER_GRADE = 9;
    static final int TEACHER_CLASS = 1;

    @Inject
    EntityManager em;

    @Inject
    SchoolService schools;

    @Inject
    ClassService classes;

    @Inject
    AccountAdministration accounts;

    @Inject
    StudentImporter students;

    @Transactional
    public void accountsWithoutSchool() {
        account("admin", "系统管理员", Role.SYSTEM_ADMIN, null, Set.of());
        account("rules", "规则管理员", Role.RULE_ADMIN, null, Set.of());
        account("rules2", "规则审核员", Role.RULE_ADMIN, null, Set.of());
        account("auditor", "审计员", Role.AUDITOR, null, Set.of());
    }

    /**
     * A school, its staff, classes (with their head teachers) and students, as the demo loader: through the
     * organisation's and the students' use cases, so checked and audited like an administrator's work. The students
     * are enrolled as one import, with the dates their circumstances became known, and are not evaluated here: the
     * semester history begins by evaluating everyone.
     */
    @Transactional
    public void school(DemoDistrict district, DemoSchool demoSchool) {
        School school = schools.createSchool(new NewSchool(demoSchool.code(), demoSchool.name(), demoSchool.district(),
                SchoolStage.valueOf(demoSchool.stage())));
        boolean first = district.firstSchool().code().equals(demoSchool.code());
        Set<String> staff = new HashSet<>();
        for (DemoStaff member : district.staff()) {
            if (member.schoolCode().equals(demoSchool.code())) {
                account(member.username(), member.displayName(), Role.valueOf(member.role()), school.id(), Set.of());
                staff.add(member.username());
            }
        }
        if (first) {
            account("counsellor", "李心怡", Role.COUNSELOR, school.id(), Set.of());
            account("leader", "王建国", Role.SCHOOL_LEADER, school.id(), Set.of());
            account("gradelead", "张文博", Role.GRADE_LEADER, school.id(), Set.of(TEACHER_GRADE));
            account("teacher", "陈静", Role.HEAD_TEACHER, school.id(), Set.of());
            staff.add("teacher");
        }
        for (DemoClass demoClass : district.classesOf(demoSchool.code())) {
            boolean teachersClass = first && demoClass.grade() == TEACHER_GRADE && demoClass.classNo() == TEACHER_CLASS;
            String headTeacher = teachersClass ? "teacher" : demoClass.headTeacherUsername();
            classes.createClass(demoSchool.code(), new NewClass(demoClass.grade(), demoClass.classNo(),
                    headTeacher != null && staff.contains(headTeacher) ? headTeacher : null));
        }
        List<StudentImport.Row> rows = new ArrayList<>();
        for (DemoStudent demo : district.studentsOf(demoSchool.code())) {
            Map<Circumstance, LocalDate> knownSince = new EnumMap<>(Circumstance.class);
            demo.circumstances().forEach(c -> knownSince.put(c.circumstance(), c.recordedOn()));
            rows.add(new StudentImport.Row(new NewStudent(demo.studentNo(), demo.name(), Gender.valueOf(demo.gender()),
                    demo.birthDate(), demo.schoolCode(), demo.grade(), demo.classNo(), List.of()), knownSince));
        }
        students.enrol(new StudentImport(rows));
    }

    /**
     * Through the account use case, as the demo loader runs (DemoLoader): checked and audited like an administrator's,
     * with one Argon2 hash shared by the accounts' one published password (see PasswordHashing).
     */
    private UserAccount account(String username, String name, Role role, Long schoolId, Set<Integer> grades) {
        return accounts.create(new NewAccount(username, name, PASSWORD, Set.of(role), schoolId, grades, Set.of()));
    }

}
