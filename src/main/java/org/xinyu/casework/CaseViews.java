package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.casework.CaseView.AssessmentView;
import org.xinyu.casework.CaseView.FollowUpView;
import org.xinyu.casework.CaseView.ReferralView;
import org.xinyu.security.Access;
import org.xinyu.student.Student;
import org.xinyu.student.StudentDirectory;

import java.util.ArrayList;
import java.util.List;

/** Puts a case file together as the caller may see it ({@link CaseVisibility}), notes opened where allowed. */
@ApplicationScoped
public class CaseViews {

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseNotes notes;

    @Inject
    StudentDirectory students;

    @Inject
    Access access;

    /** {@code openNotes}: whether a caller allowed to read confidential notes gets them opened (not for the printed summary). */
    CaseView assemble(CaseFile c, boolean openNotes) {
        CaseVisibility visibility = CaseVisibility.of(access.caller());
        boolean opened = openNotes && visibility.readsConfidentialNotes();
        Student student = students.find(c.studentId()).orElseThrow();
        List<FollowUpView> followUps = new ArrayList<>();
        for (FollowUp f : caseFiles.followUps(c.id())) {
            if (visibility.sees(f)) {
                boolean noteVisible = openNotes && visibility.readsNoteOf(f);
                followUps.add(new FollowUpView(f, noteVisible ? notes.open(f.sealedCompletionNote()) : null, visibility.mayComplete(f)));
            }
        }
        List<AssessmentView> assessments = new ArrayList<>();
        List<ReferralView> referrals = new ArrayList<>();
        if (visibility.seesWholeCase()) {
            for (RiskAssessment a : caseFiles.assessments(c.id())) {
                assessments.add(new AssessmentView(a, opened ? notes.open(a.sealedNote()) : null));
            }
            for (Referral r : caseFiles.referrals(c.id())) {
                referrals.add(new ReferralView(r, opened ? notes.open(r.sealedFeedback()) : null));
            }
        }
        return new CaseView(c, student, caseFiles.outlook(c.studentId()), followUps, assessments, referrals, opened,
                students.graduatingYear(student), visibility.mayClose(c));
    }
}
