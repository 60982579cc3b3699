package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.FactWriter;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;

import java.time.Clock;
import java.time.Instant;

/** A counsellor's risk assessment of a case: its conclusion becomes the case's floor when the student is re-evaluated. */
@ApplicationScoped
public class AssessmentService {

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseNotes notes;

    @Inject
    Access access;

    @Inject
    FactWriter facts;

    @Inject
    Clock clock;

    @Transactional
    @UseCase(permission = Permission.ASSESSMENT_WRITE, audit = AuditAction.ASSESSMENT_RECORD, target = "CASE")
    public RiskAssessment assess(long caseId, NewAssessment request) {
        CaseFile c = caseFiles.inScope(caseId);
        Instant now = clock.instant();
        String by = access.caller().username();
        RiskAssessment assessment = new RiskAssessment(c.id(), request.conclusion(), notes.seal(request.note()), now, by);
        caseFiles.add(assessment);
        // recording the assessment is the RISK_ASSESSMENT follow-up's work
        caseFiles.completeOpen(c.id(), FollowUpType.RISK_ASSESSMENT, null, by, now);
        facts.changed(c.studentId(), EvaluationTrigger.ASSESSMENT);
        AuditNote.target(caseId);
        AuditNote.detail("conclusion " + request.conclusion());
        return assessment;
    }
}
