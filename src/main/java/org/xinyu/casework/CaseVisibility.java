package org.xinyu.casework;

import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permission;
import org.xinyu.security.Role;

/**
 * Who sees what of a case file, and who may act on it. Counsellors (who may read confidential notes) see
 * everything and read every note; school leaders and auditors see every follow-up, assessment and referral but no
 * note; grade leaders see the head teacher's follow-ups and those escalated; head teachers see their own
 * follow-ups and read their notes. Decided from the caller alone, so the same answer for the API and the workbench.
 */
public final class CaseVisibility {

    private final AccountPrincipal caller;

    private CaseVisibility(AccountPrincipal caller) {
        this.caller = caller;
    }

    public static CaseVisibility of(AccountPrincipal caller) {
        return new CaseVisibility(caller);
    }

    /** Whether confidential notes (assessment, completion, referral feedback) are opened for the caller at all. */
    public boolean readsConfidentialNotes() {
        return caller.may(Permission.CASE_CONFIDENTIAL_READ);
    }

    /** Every follow-up, and the case's assessments and referrals (without their notes unless confidential). */
    public boolean seesWholeCase() {
        return readsConfidentialNotes() || caller.has(Role.SCHOOL_LEADER) || caller.has(Role.AUDITOR);
    }

    public boolean sees(FollowUp f) {
        return seesWholeCase() || f.ownerRole() == OwnerRole.HEAD_TEACHER
                || (caller.has(Role.GRADE_LEADER) && f.escalationLevel() != null);
    }

    /** The completion note of a follow-up the caller sees: a counsellor's, or a head teacher's own kind of follow-up. */
    public boolean readsNoteOf(FollowUp f) {
        return readsConfidentialNotes()
                || (f.ownerRole() == OwnerRole.HEAD_TEACHER && caller.may(Permission.FOLLOW_UP_COMPLETE));
    }

    /** What completing a follow-up allows: an open follow-up; one owned by the counsellor only to a counsellor. */
    public boolean mayComplete(FollowUp f) {
        return f.isOpen() && mayCompleteOpen(f.ownerRole());
    }

    /** Whether the caller may complete an open follow-up that {@code owner} carries out. */
    public boolean mayCompleteOpen(OwnerRole owner) {
        return caller.may(Permission.FOLLOW_UP_COMPLETE) && !(owner == OwnerRole.COUNSELOR && !caller.has(Role.COUNSELOR));
    }

    /** A follow-up the counsellor owns, which the caller (not a counsellor) may not complete. */
    public boolean reservedToCounsellor(FollowUp f) {
        return f.ownerRole() == OwnerRole.COUNSELOR && !caller.has(Role.COUNSELOR);
    }

    public boolean mayClose(CaseFile c) {
        return caller.may(Permission.CASE_CLOSE) && c.mayClose();
    }
}
