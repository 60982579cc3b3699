package org.xinyu.organisation;

import org.xinyu.platform.problem.Between;
import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.Required;

/**
 * A new class of a school (POST /schools/{code}/classes), optionally with its head teacher's username. That the
 * school teaches the grade, the class is new and the head teacher may lead it are the use case's checks.
 */
public record NewClass(@Required @Between(min = 1, max = 12) Integer grade,
                       @Required @Between(min = 1, max = 99) Integer classNo,
                       @CleanText String headTeacher) {
}
