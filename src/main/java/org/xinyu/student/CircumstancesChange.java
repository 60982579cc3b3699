package org.xinyu.student;

import org.xinyu.platform.problem.Required;

import java.util.List;

/**
 * The student's family circumstances from now on (PUT /students/{id}/circumstances): a replacement must say what
 * replaces, so a missing list is a mistake and {@code []} clears them all; {@code version} is the student's as the
 * caller last read it.
 */
public record CircumstancesChange(@Required List<@Required Circumstance> circumstances, @Required Integer version) {
}
