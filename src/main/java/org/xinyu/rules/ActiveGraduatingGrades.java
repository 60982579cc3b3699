package org.xinyu.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.student.GraduatingGrades;

import java.util.Set;

/** The graduating grades as the active rule set's parameters give them (re-read with the active version). */
@ApplicationScoped
public class ActiveGraduatingGrades implements GraduatingGrades {

    @Inject
    ActiveRules activeRules;

    @Override
    public Set<Integer> grades() {
        return Set.copyOf(activeRules.current().rules().parameters().getGraduatingGrades());
    }
}
