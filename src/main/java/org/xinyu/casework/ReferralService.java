package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.FactWriter;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;

import java.time.Clock;
import java.time.Instant;

/** Referrals (转介) to an institution and the feedback tracked on them; each re-evaluates the student. */
@ApplicationScoped
public class ReferralService {

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
    @UseCase(permission = Permission.REFERRAL_WRITE, audit = AuditAction.REFERRAL_CREATE, target = "CASE")
    public Referral refer(long caseId, NewReferral request) {
        CaseFile c = caseFiles.inScope(caseId);
        Instant now = clock.instant();
        String by = access.caller().username();
        Referral referral = new Referral(c.id(), request.institution().trim(), request.reason().trim(), request.parentConsent(), now, by);
        caseFiles.add(referral);
        // the decision to refer is the REFERRAL_DECISION follow-up's work
        caseFiles.completeOpen(c.id(), FollowUpType.REFERRAL_DECISION, null, by, now);
        facts.changed(c.studentId(), EvaluationTrigger.REFERRAL);
        AuditNote.target(caseId);
        AuditNote.detail("referral " + referral.id());
        return referral;
    }

    /**
     * A new status and/or feedback; feedback (or closing the referral) is the work of the referral's
     * REFERRAL_FEEDBACK follow-up. A stale version or a closed referral is refused by {@link Referral#update}.
     */
    @Transactional
    @UseCase(permission = Permission.REFERRAL_WRITE, audit = AuditAction.REFERRAL_UPDATE, target = "CASE")
    public Referral update(long caseId, long referralId, ReferralUpdate request) {
        CaseFile c = caseFiles.inScope(caseId);
        Referral referral = caseFiles.referral(c, referralId);
        if (!request.changesSomething()) {
            throw ProblemException.invalid(FieldError.of("feedback", "referral.nothingToUpdate", "give a new status or feedback"));
        }
        Instant now = clock.instant();
        String feedback = CaseNotes.blankToNull(request.feedback());
        ReferralStatus status = request.status();
        referral.update(status, notes.seal(feedback), request.version(), now);
        if (feedback != null || status == ReferralStatus.CLOSED) {
            caseFiles.completeOpen(c.id(), FollowUpType.REFERRAL_FEEDBACK, referral.id(), access.caller().username(), now);
        }
        facts.changed(c.studentId(), EvaluationTrigger.REFERRAL);
        AuditNote.target(caseId);
        AuditNote.detail("referral " + referralId + (status == null ? "" : " -> " + status));
        return referral;
    }
}
