package org.xinyu.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.xinyu.organisation.OrganisationService;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolClass;
import org.xinyu.security.AccountAdministration;
import org.xinyu.security.NewAccount;
import org.xinyu.security.Role;
import org.xinyu.security.SystemActor;
import org.xinyu.security.UserAccount;
import org.xinyu.student.CircumstanceRecord;
import org.xinyu.student.Student;
import org.xinyu.student.StudentService;

import java.util.HashMap;
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

    @PersistenceContext(unitName = "xinyu")
    EntityManager em;

    @Inject
    OrganisationService organisation;

    @Inject
    AccountAdministration accounts;

    @Inject
    StudentService students;

    @Transactional
    public void accountsWithoutSchool() {
        account("admin", "系统管理员", Role.SYSTEM_ADMIN, null, Set.of());
        account("rules", "规则管理员", Role.RULE_ADMIN, null, Set.of());
        account("rules2", "规则审核员", Role.RULE_ADMIN, null, Set.of());
        account("auditor", "审计员", Role.AUDITOR, null, Set.of());
    }

    @Transactional
    public void school(DemoDistrict district, DemoSchool demoSchool) {
        School school = organisation.createSchoolUnchecked(new OrganisationService.NewSchool(
                demoSchool.code(), demoSchool.name(), demoSchool.district(), demoSchool.stage()));
        boolean first = district.firstSchool().code().equals(demoSchool.code());
        Map<String, UserAccount> staff = new HashMap<>();
        for (DemoStaff member : district.staff()) {
            if (member.schoolCode().equals(demoSchool.code())) {
                staff.put(member.username(), account(member.username(), member.displayName(), Role.valueOf(member.role()),
                        school.id(), Set.of()));
            }
        }
        if (first) {
            account("counsellor", "李心怡", Role.COUNSELOR, school.id(), Set.of());
            account("leader", "王建国", Role.SCHOOL_LEADER, school.id(), Set.of());
            account("gradelead", "张文博", Role.GRADE_LEADER, school.id(), Set.of(TEACHER_GRADE));
            staff.put("teacher", account("teacher", "陈静", Role.HEAD_TEACHER, school.id(), Set.of()));
        }
        Map<String, SchoolClass> classes = new HashMap<>();
        for (DemoClass demoClass : district.classesOf(demoSchool.code())) {
            SchoolClass schoolClass = organisation.createClassUnchecked(demoSchool.code(),
                    new OrganisationService.NewClass(demoClass.grade(), demoClass.classNo(), null));
            boolean teachersClass = first && demoClass.grade() == TEACHER_GRADE && demoClass.classNo() == TEACHER_CLASS;
            UserAccount headTeacher = staff.get(teachersClass ? "teacher" : demoClass.headTeacherUsername());
            if (headTeacher != null) {
                schoolClass.assignHeadTeacher(headTeacher.id());
                headTeacher.addClass(schoolClass.id());
            }
            classes.put(demoClass.grade() + "-" + demoClass.classNo(), schoolClass);
        }
        for (DemoStudent demo : district.studentsOf(demoSchool.code())) {
            Student student = students.createUnchecked(new StudentService.NewStudent(demo.studentNo(), demo.name(),
                    demo.gender(), demo.birthDate().toString(), demo.schoolCode(), demo.grade(), demo.classNo(), List.of()));
            demo.circumstances().forEach(c -> student.addCircumstance(new CircumstanceRecord(c.circumstance(), c.recordedOn())));
        }
    }

    /** Through the account use case as the demo loader (which shares one hash among the accounts' one password). */
    private UserAccount account(String username, String name, Role role, Long schoolId, Set<Integer> grades) {
        return SystemActor.DEMO_LOADER.call(() -> accounts.create(new NewAccount(username, name, PASSWORD, Set.of(role), schoolId,
                grades, Set.of())));
    }

}
