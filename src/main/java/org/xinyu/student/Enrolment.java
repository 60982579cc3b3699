package org.xinyu.student;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.organisation.SchoolDirectory;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolClass;
import org.xinyu.platform.Zones;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Validation;
import org.xinyu.security.Access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What creating a student checks beyond its command's constraints, for the single create and the import alike:
 * the number's format, a plausible birth date, that the school and its class exist, that the number is free in the
 * school, and that the class is in the caller's scope. Builds the (not yet stored) student.
 */
@Dependent
class Enrolment {

    private static final String NUMBER = "[A-Za-z0-9-]{1,32}";

    @Inject
    SchoolDirectory schools;

    @Inject
    StudentDirectory directory;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /** The student the command describes, with its circumstances recorded today; 400/409 on a check that fails. */
    Student build(NewStudent request) {
        Validation v = new Validation();
        v.require(request.studentNo().matches(NUMBER), "studentNo", "student.numberFormat", "use letters, digits or '-'");
        LocalDate today = today();
        LocalDate birthDate = request.birthDate();
        v.require(!birthDate.isAfter(today.minusYears(3)) && !birthDate.isBefore(today.minusYears(30)), "birthDate",
                "student.birthDate.implausible", "is not a plausible birth date for a school student");
        Optional<School> school = schools.findSchool(request.schoolCode());
        v.require(school.isPresent(), "schoolCode", "student.school.unknown", "no such school");
        Optional<SchoolClass> schoolClass = Optional.empty();
        if (!v.hasErrors()) {
            schoolClass = schools.findClass(school.get().id(), request.grade(), request.classNo());
            v.require(schoolClass.isPresent(), "classNo", "student.class.unknown",
                    "this school has no class " + request.grade() + "-" + request.classNo(), request.grade(), request.classNo());
        }
        v.check();
        String number = request.studentNo().trim();
        if (directory.findByNumber(school.get().id(), number).isPresent()) {
            throw numberTaken();
        }
        Student student = new Student(schoolClass.get(), number, request.name().trim(), request.gender(), birthDate, clock.instant());
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        if (request.circumstances() != null) {
            circumstances.addAll(request.circumstances());
        }
        student.replaceCircumstances(circumstances, today);
        return student;
    }

    static ProblemException numberTaken() {
        return ProblemException.conflict("student.numberTaken", "studentNo", "a student with this number already exists in this school");
    }

    /** Only to one's own classes (a head teacher); the refusal is audited like any other. */
    void requireClassInScope(Student student, Runnable auditDenial) {
        if (!access.scope().covers(student.schoolId(), student.grade(), student.classId())) {
            auditDenial.run();
            throw ProblemException.forbidden("student.classOutsideScope", "You may add students only to your own classes.");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.SCHOOL));
    }
}
