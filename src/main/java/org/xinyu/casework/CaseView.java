package org.xinyu.casework;

import org.xinyu.screening.ScreeningRecord;
import org.xinyu.student.Student;

import java.util.List;

/**
 * A case with everything the caller may see of it ({@link CaseVisibility}). {@code graduatingYear}: whether the
 * student is in a graduating year, as the active rule set decides. {@code mayClose}: whether the caller may close
 * the case now (the close action is offered only then).
 */
public record CaseView(CaseFile caseFile, Student student, StudentOutlook outlook, List<FollowUpView> followUps,
                       List<AssessmentView> assessments, List<ReferralView> referrals, boolean confidentialVisible,
                       boolean graduatingYear, boolean mayClose) {

    /** {@code note}: the opened completion note, null when the caller may not read it. {@code mayComplete}: now, by the caller. */
    public record FollowUpView(FollowUp followUp, String note, boolean mayComplete) {
    }

    public record AssessmentView(RiskAssessment assessment, String note) {
    }

    public record ReferralView(Referral referral, String feedback) {
    }

    /** A case's printed summary: what the caller may see of the case, without any confidential note text. */
    public record Summary(CaseView view, String schoolName, List<ScreeningRecord> recentScreenings) {
    }
}
