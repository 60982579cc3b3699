package org.xinyu.student;

import org.xinyu.organisation.ExistingSchool;
import org.xinyu.platform.problem.Between;
import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.Format;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

import java.time.LocalDate;
import java.util.List;

/**
 * A new student, as POST /students sends it; its fields, the number's format and the school's existence are checked
 * together. A plausible birth date, the class existing and the number being free in the school are the use case's
 * checks (they need the clock, or a valid school and grade).
 * No circumstances (null) is the same as none.
 */
public record NewStudent(@Required @MaxLength(32) @CleanText
                         @Format(regexp = "[A-Za-z0-9-]{1,32}", code = "student.numberFormat", message = "use letters, digits or '-'")
                         String studentNo,
                         @Required @MaxLength(100) @CleanText String name,
                         @Required Gender gender,
                         @Required LocalDate birthDate,
                         @Required @MaxLength(32) @CleanText @ExistingSchool String schoolCode,
                         @Required @Between(min = 1, max = 12) Integer grade,
                         @Required @Between(min = 1, max = 99) Integer classNo,
                         List<@Required Circumstance> circumstances) {
}
