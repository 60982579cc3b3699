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
 * a plausible birth date, that the school has the class, that the number is free in the school, and that the class
 * is in the caller's scope. Builds the (not yet stored) student.
 */
@Dependent
class Enrolment {

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
        LocalDate today = today();
        LocalDate birthDate = request.birthDate();
        v.require(!birthDate.isAfter(today.minusYears(3)) && !birthDate.isBefore(today.minusYears(30)), "birthDate",
                "student.birthDate.implausible", "is not a plausible birth date for a school student");
        School school = schools.findSchool(request.schoolCode()).orElseThrow(); // the command's @ExistingSchool
        Optional<SchoolClass> schoolClass = Optional.empty();
        if (!v.hasErrors()) {
            schoolClass = schools.findClass(school.id(), request.grade(), request.classNo());
            v.require(schoolClass.isPresent(), "classNo", "student.class.unknown",
                    "this school has no class " + request.grade() + "-" + request.classNo(), request.grade(), request.classNo());
        }
        v.check();
        String number = request.studentNo().trim();
        if (directory.findByNumber(school.id(), number).isPresent()) {
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
