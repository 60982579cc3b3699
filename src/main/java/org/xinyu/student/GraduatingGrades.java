package org.xinyu.student;

import java.util.Set;

/**
 * The grades whose students are in their graduating year (初三 and 高三 in the shipped rules). The active rule set
 * decides (its parameter {@code graduating.grades}), so that the API, the workbench and the evaluation never
 * disagree. The student feature must not depend on the rules (the rules read students), so the rules implement this.
 */
public interface GraduatingGrades {

    /** The graduating grades of the rule set in force now. */
    Set<Integer> grades();
}
