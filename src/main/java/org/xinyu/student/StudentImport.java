package org.xinyu.student;

import jakarta.validation.Valid;
import org.xinyu.platform.problem.Required;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Students enrolled together (the demo district's roster; later a school's import file), each with the family
 * circumstances already known and since when (the rules care when a circumstance became known). Every row is
 * checked like a {@link NewStudent}.
 */
public record StudentImport(@Required List<@Required @Valid Row> rows) {

    /** One student; {@code knownSince} replaces the student's {@code circumstances}, which stay empty. */
    public record Row(@Required @Valid NewStudent student, Map<Circumstance, LocalDate> knownSince) {
    }
}
