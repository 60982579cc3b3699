package org.xinyu.casework.workbench;

import org.xinyu.casework.StudentOutlook;

/**
 * The home-visit requirement the rules decided for a student, in words: how often, and whether a left-behind
 * student's absent parent still has to be reached. Shared by the case file and its printed summary so that
 * both say the same thing.
 */
final class VisitRequirementTexts {

    private VisitRequirementTexts() {
    }

    /** "at least every 14 days", "at least once a semester", or "none" before the first evaluation. */
    static String interval(StudentOutlook outlook) {
        if (outlook == null) {
            return Labels.t("common.none");
        }
        if (outlook.visitIntervalDays() != null) {
            return Labels.t("summary.visitEvery", outlook.visitIntervalDays());
        }
        return outlook.visitPerSemester() ? Labels.t("summary.visitPerSemester") : Labels.t("common.none");
    }

    /** Not needed, reached this period, or still to be reached. */
    static String absentParent(StudentOutlook outlook) {
        if (outlook == null || !outlook.absentParentRequired()) {
            return Labels.t("summary.absentParentNotNeeded");
        }
        return outlook.absentParentReached() ? Labels.t("summary.absentParentReached") : Labels.t("class.absentParentPending");
    }
}
