package org.xinyu.student;

import org.xinyu.platform.problem.Between;
import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.Required;

import java.time.LocalDate;
import java.util.List;

/**
 * A new student, as POST /students sends it. The number's format, a plausible birth date, the school and class
 * existing and the number being free in the school are checked by the use case (they need the data or the clock).
 * No circumstances (null) is the same as none.
 */
public record NewStudent(@Required @MaxLength(32) @CleanText String studentNo,
                         @Required @MaxLength(100) @CleanText String name,
                         @Required Gender gender,
                         @Required LocalDate birthDate,
                         @Required @MaxLength(32) @CleanText String schoolCode,
                         @Required @Between(min = 1, max = 12) Integer grade,
                         @Required @Between(min = 1, max = 99) Integer classNo,
                         List<@Required Circumstance> circumstances) {
}
