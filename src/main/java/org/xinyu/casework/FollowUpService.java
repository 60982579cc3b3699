package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.FactWriter;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.security.Access;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;

import java.time.Clock;

/** Completing a follow-up the rules asked for; the student is re-evaluated before the answer. */
@ApplicationScoped
public class FollowUpService {

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseNotes notes;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    FactWriter facts;

    @Inject
    Clock clock;

    /**
     * Completes an open follow-up of the case with the caller's note. One owned by the counsellor is refused to
     * anyone else (403 {@code followUp.counsellorOnly}, the refusal audited); a completed one is a conflict
     * ({@link FollowUp#complete}).
     */
    @Transactional
    @UseCase(permission = Permission.FOLLOW_UP_COMPLETE, audit = AuditAction.FOLLOW_UP_COMPLETE, target = "FOLLOW_UP")
    public FollowUp complete(long caseId, long followUpId, FollowUpCompletion completion) {
        CaseFile c = caseFiles.inScope(caseId);
        FollowUp f = caseFiles.followUp(c, followUpId);
        AccountPrincipal caller = access.caller();
        if (CaseVisibility.of(caller).reservedToCounsellor(f)) {
            audit.denied(AuditAction.FOLLOW_UP_COMPLETE, "FOLLOW_UP", followUpId, "owned by the counsellor");
            throw ProblemException.forbidden("followUp.counsellorOnly", "Only a counsellor may complete this follow-up.");
        }
        f.complete(caller.username(), notes.seal(completion.note()), clock.instant());
        facts.changed(c.studentId(), EvaluationTrigger.FOLLOW_UP_COMPLETED);
        AuditNote.target(followUpId);
        AuditNote.detail("case " + caseId + ", " + f.type());
        return f;
    }
}
