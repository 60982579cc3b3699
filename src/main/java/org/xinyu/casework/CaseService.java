package org.xinyu.casework;

import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.security.UseCase;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.problem.MultiLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditTrail;
import org.xinyu.platform.FactsChanged;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.Zones;
import org.xinyu.platform.crypto.NoteCipher;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.Validation;
import org.xinyu.screening.ScreeningRecord;
import org.xinyu.security.Access;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permission;
import org.xinyu.security.Role;
import org.xinyu.security.Scope;
import org.xinyu.student.Student;
import org.xinyu.student.StudentDirectory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counsellor's and teachers' case work: the queue, the case file, and the case facts they record
 * (assessments, home visits, referrals, completed follow-ups). Every read of a case is audited; every write
 * re-evaluates the student before it answers. Confidential notes are opened only for counsellors.
 */
@ApplicationScoped
public class CaseService {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    StudentDirectory students;

    @Inject
    NoteCipher cipher;

    @Inject
    Event<FactsChanged> factsChanged;

    @Inject
    Clock clock;

    /** A case with everything the caller may see of it. */
    /** {@code graduatingYear}: whether the student is in a graduating year, as the active rule set decides. */
    /** {@code mayClose}: whether the caller may close the case now (the close action is offered only then). */
    public record CaseView(CaseFile caseFile, Student student, StudentOutlook outlook, List<FollowUpView> followUps,
                           List<AssessmentView> assessments, List<ReferralView> referrals, boolean confidentialVisible,
                           boolean graduatingYear, boolean mayClose) {
    }

    /** {@code mayComplete}: whether the caller may complete this follow-up now. */
    public record FollowUpView(FollowUp followUp, String note, boolean mayComplete) {
    }

    public record AssessmentView(RiskAssessment assessment, String note) {
    }

    public record ReferralView(Referral referral, String feedback) {
    }

    public record QueueFilter(Priority priority, CaseStatus status, Boolean overdue, Long schoolId, Integer grade,
                              Long classId, String query) {
        public static QueueFilter open() {
            return new QueueFilter(null, CaseStatus.OPEN, null, null, null, null, null);
        }
    }

    public record QueueItem(long caseId, long studentId, String studentName, String studentNo, int grade, int classNo,
                            Priority priority, CaseStatus status, Instant nextDueAt, boolean overdue, Instant priorityReachedAt) {
    }

    public record NewAssessment(String conclusion, @MultiLine String note) {
    }

    public record NewHomeVisit(String visitedOn, String mode, Boolean contactedAbsentParent, @MultiLine String note) {
    }

    public record NewReferral(String institution, @MultiLine String reason, Boolean parentConsent) {
    }

    public record ReferralUpdate(String status, @MultiLine String feedback, Integer version) {
    }

    // ---- reading ----

    @Transactional
    public CaseView view(long caseId) {
        access.require(Permission.CASE_READ);
        CaseFile c = inScope(caseId);
        CaseView view = assemble(c, true);
        audit.success(AuditAction.CASE_READ, "CASE", caseId); // last: the audit chain's lock is held from here until commit
        return view;
    }

    /** A case's printed summary: what the caller may see of the case, without any confidential note text. */
    public record CaseSummary(CaseView view, String schoolName, List<ScreeningRecord> recentScreenings) {
    }

    /**
     * The case summary a counsellor prints before a parents' meeting: the same permission, scope and audit as
     * reading the case (a {@code CASE_READ}, detail "printed summary"), the latest screening results, and no
     * confidential note opened at all (assessment, completion and referral feedback notes stay sealed).
     */
    @Transactional
    public CaseSummary summary(long caseId, int screenings) {
        access.require(Permission.CASE_READ);
        CaseFile c = inScope(caseId);
        CaseView view = assemble(c, false);
        String schoolName = view.student().schoolClass().school().name();
        List<ScreeningRecord> recent = em.createQuery("select r from ScreeningRecord r where r.studentId = :s "
                        + "order by r.administeredOn desc, r.id desc", ScreeningRecord.class)
                .setParameter("s", c.studentId()).setMaxResults(screenings).getResultList();
        audit.success(AuditAction.CASE_READ, "CASE", caseId, "printed summary");
        return new CaseSummary(view, schoolName, recent);
    }

    @Transactional
    public CaseView viewOfStudent(long studentId) {
        return findViewOfStudent(studentId).orElseThrow(() -> ProblemException.notFound("Case"));
    }

    /**
     * The case of a student who may have none (the auditor's history search finds every student): empty for a
     * student without a case file, when no case was read and nothing is audited; else as {@link #viewOfStudent}.
     */
    @Transactional
    public Optional<CaseView> findViewOfStudent(long studentId) {
        access.require(Permission.CASE_READ);
        Student student = students.find(studentId).orElseThrow(() -> ProblemException.notFound("Student"));
        access.requireInScope(student.schoolId(), student.grade(), student.classId(), "STUDENT", studentId);
        Optional<CaseFile> found = em.createQuery("select c from CaseFile c where c.studentId = :s", CaseFile.class)
                .setParameter("s", studentId).getResultList().stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseView view = assemble(found.get(), true);
        audit.success(AuditAction.CASE_READ, "CASE", found.get().id());
        return Optional.of(view);
    }

    /** {@code openNotes}: whether a caller allowed to read confidential notes gets them opened (not for the printed summary). */
    private CaseView assemble(CaseFile c, boolean openNotes) {
        AccountPrincipal caller = access.caller();
        boolean confidential = caller.may(Permission.CASE_CONFIDENTIAL_READ);
        boolean notes = confidential && openNotes;
        boolean allFollowUps = confidential || caller.has(Role.SCHOOL_LEADER) || caller.has(Role.AUDITOR);
        Student student = students.find(c.studentId()).orElseThrow();
        StudentOutlook outlook = em.find(StudentOutlook.class, c.studentId());
        List<FollowUpView> followUps = new ArrayList<>();
        for (FollowUp f : em.createQuery("select f from FollowUp f where f.caseId = :c order by f.status desc, f.dueAt", FollowUp.class)
                .setParameter("c", c.id()).getResultList()) {
            boolean visible = allFollowUps || f.ownerRole() == OwnerRole.HEAD_TEACHER
                    || (caller.has(Role.GRADE_LEADER) && f.escalationLevel() != null);
            if (visible) {
                boolean noteVisible = openNotes && (confidential
                        || (f.ownerRole() == OwnerRole.HEAD_TEACHER && caller.may(Permission.FOLLOW_UP_COMPLETE)));
                followUps.add(new FollowUpView(f, noteVisible ? cipher.open(f.sealedCompletionNote()) : null, mayComplete(f, caller)));
            }
        }
        List<AssessmentView> assessments = new ArrayList<>();
        List<ReferralView> referrals = new ArrayList<>();
        if (confidential || caller.has(Role.SCHOOL_LEADER) || caller.has(Role.AUDITOR)) {
            for (RiskAssessment a : em.createQuery("select a from RiskAssessment a where a.caseId = :c order by a.assessedAt desc", RiskAssessment.class)
                    .setParameter("c", c.id()).getResultList()) {
                assessments.add(new AssessmentView(a, notes ? cipher.open(a.sealedNote()) : null));
            }
            for (Referral r : em.createQuery("select r from Referral r where r.caseId = :c order by r.openedAt desc", Referral.class)
                    .setParameter("c", c.id()).getResultList()) {
                referrals.add(new ReferralView(r, notes ? cipher.open(r.sealedFeedback()) : null));
            }
        }
        return new CaseView(c, student, outlook, followUps, assessments, referrals, notes, students.graduatingYear(student),
                caller.may(Permission.CASE_CLOSE) && c.mayClose());
    }

    /** What {@link #completeFollowUp} allows: an open follow-up; one owned by the counsellor only to a counsellor. */
    static boolean mayComplete(FollowUp f, AccountPrincipal caller) {
        return f.isOpen() && caller.may(Permission.FOLLOW_UP_COMPLETE)
                && (f.ownerRole() != OwnerRole.COUNSELOR || caller.has(Role.COUNSELOR));
    }

    /** One page of the caller's queue with the total number of matching cases (the API's page). */
    @Transactional
    public Page<QueueItem> queue(QueueFilter filter, PageRequest page) {
        return read(filter, page, true);
    }

    /**
     * One page of the caller's queue without the total: for the workbench's lazy grid, which takes its size from
     * {@link #countsByPriority} and would otherwise count every matching case again on each page it scrolls to.
     */
    @Transactional
    public List<QueueItem> queueSlice(QueueFilter filter, PageRequest page) {
        return read(filter, page, false).items();
    }

    private Page<QueueItem> read(QueueFilter filter, PageRequest page, boolean withTotal) {
        access.require(Permission.CASE_READ);
        Scope scope = access.scope();
        if (scope.isEmpty()) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        Instant now = clock.instant();
        Map<String, Object> params = new java.util.HashMap<>();
        String where = queueWhere(filter, scope, now, params);
        TypedQuery<Object[]> items = em.createQuery("select c.id, s.id, s.name, s.studentNo, c.grade, k.classNo, c.priority, c.status, "
                + "c.nextDueAt, c.priorityReachedAt from CaseFile c, Student s, SchoolClass k where s.id = c.studentId and k.id = c.classId"
                + where + " order by c.priorityRank, c.nextDueAt NULLS LAST, c.id", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(c) from " + countedFrom(filter) + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<QueueItem> rows = new ArrayList<>();
        for (Object[] r : items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
            Instant due = instantOf(r[8]);
            rows.add(new QueueItem((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Integer) r[4], (Integer) r[5],
                    (Priority) r[6], (CaseStatus) r[7], due, due != null && due.isBefore(now), instantOf(r[9])));
        }
        long total = withTotal ? count.getSingleResult() : -1;
        audit.success(AuditAction.CASE_QUEUE_READ, "CASE", null, "page " + page.page() + ", " + rows.size() + " cases");
        return new Page<>(rows, total, page.page(), page.size());
    }

    /** Cases per priority in the caller's queue (the counts above the grid). */
    @Transactional
    public Map<Priority, Long> countsByPriority(QueueFilter filter) {
        access.require(Permission.CASE_READ);
        Scope scope = access.scope();
        Map<Priority, Long> counts = new EnumMap<>(Priority.class);
        if (scope.isEmpty()) {
            return counts;
        }
        Map<String, Object> params = new java.util.HashMap<>();
        QueueFilter anyPriority = new QueueFilter(null, filter.status(), filter.overdue(), filter.schoolId(), filter.grade(), filter.classId(), filter.query());
        String where = queueWhere(anyPriority, scope, clock.instant(), params);
        TypedQuery<Object[]> q = em.createQuery("select c.priority, count(c) from " + countedFrom(anyPriority)
                + where + " group by c.priority", Object[].class);
        params.forEach(q::setParameter);
        for (Object[] row : q.getResultList()) {
            counts.put((Priority) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * What the counts read: the case files alone (they carry school, grade and class for the index), joined with
     * the students only to search by name or number. Joining 100,000 students just to count made every count cost
     * a hash join of both tables.
     */
    private static String countedFrom(QueueFilter f) {
        return searches(f) ? "CaseFile c, Student s where s.id = c.studentId" : "CaseFile c where 1 = 1";
    }

    private static boolean searches(QueueFilter f) {
        return f.query() != null && !f.query().isBlank();
    }

    private static String queueWhere(QueueFilter f, Scope scope, Instant now, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(ScopeClause.of(scope, "c.schoolId", "c.grade", "c.classId", params));
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.priority() != null) {
            where.append(" and c.priority = :priority");
            params.put("priority", f.priority());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and c.nextDueAt < :now");
            params.put("now", now);
        } else if (Boolean.FALSE.equals(f.overdue())) {
            where.append(" and (c.nextDueAt is null or c.nextDueAt >= :now)");
            params.put("now", now);
        }
        if (f.schoolId() != null) {
            where.append(" and c.schoolId = :school");
            params.put("school", f.schoolId());
        }
        if (f.grade() != null) {
            where.append(" and c.grade = :grade");
            params.put("grade", f.grade());
        }
        if (f.classId() != null) {
            where.append(" and c.classId = :classId");
            params.put("classId", f.classId());
        }
        if (searches(f)) {
            where.append(" and (s.name like :q or s.studentNo = :exact)");
            params.put("q", "%" + f.query().trim() + "%");
            params.put("exact", f.query().trim());
        }
        return where.toString();
    }

    // ---- writing ----

    @Transactional
    public FollowUp completeFollowUp(long caseId, long followUpId, String note) {
        access.require(Permission.FOLLOW_UP_COMPLETE);
        CaseFile c = inScope(caseId);
        FollowUp f = em.find(FollowUp.class, followUpId);
        if (f == null || f.caseId() != c.id()) {
            throw ProblemException.notFound("Follow-up");
        }
        AccountPrincipal caller = access.caller();
        if (f.ownerRole() == OwnerRole.COUNSELOR && !caller.has(Role.COUNSELOR)) {
            audit.denied(AuditAction.FOLLOW_UP_COMPLETE, "FOLLOW_UP", followUpId, "owned by the counsellor");
            throw ProblemException.forbidden("Only a counsellor may complete this follow-up.");
        }
        new Validation().require(note == null || note.length() <= 2000, "note", "must be at most 2000 characters")
                .checkText(note, "note", true).check();
        if (!f.isOpen()) {
            throw ProblemException.conflict("this follow-up is already completed");
        }
        f.complete(caller.username(), cipher.seal(blankToNull(note)), clock.instant());
        em.flush();
        factsChanged.fire(new FactsChanged(c.studentId(), EvaluationTrigger.FOLLOW_UP_COMPLETED));
        audit.success(AuditAction.FOLLOW_UP_COMPLETE, "FOLLOW_UP", followUpId, "case " + caseId + ", " + f.type());
        return f;
    }

    @Transactional
    public RiskAssessment assess(long caseId, NewAssessment request) {
        access.require(Permission.ASSESSMENT_WRITE);
        CaseFile c = inScope(caseId);
        Validation v = new Validation();
        Priority conclusion = null;
        if (request == null || request.conclusion() == null) {
            v.add(new FieldError("conclusion", "is required"));
        } else {
            try {
                conclusion = Priority.valueOf(request.conclusion());
            } catch (IllegalArgumentException e) {
                v.add(new FieldError("conclusion", "must be one of CRISIS, HIGH, MEDIUM, LOW, NONE"));
            }
        }
        v.require(request == null || request.note() == null || request.note().length() <= 4000, "note", "must be at most 4000 characters");
        v.checkText(request == null ? null : request.note(), "note", true);
        v.check();
        Instant now = clock.instant();
        RiskAssessment assessment = new RiskAssessment(c.id(), conclusion, cipher.seal(blankToNull(request.note())), now,
                access.caller().username());
        em.persist(assessment);
        // recording the assessment is the RISK_ASSESSMENT follow-up's work
        completeOpen(c.id(), FollowUpType.RISK_ASSESSMENT, null, now);
        em.flush();
        factsChanged.fire(new FactsChanged(c.studentId(), EvaluationTrigger.ASSESSMENT));
        audit.success(AuditAction.ASSESSMENT_RECORD, "CASE", caseId, "conclusion " + conclusion);
        return assessment;
    }

    @Transactional
    public HomeVisitRecord recordHomeVisitForCase(long caseId, NewHomeVisit request) {
        access.require(Permission.HOME_VISIT_WRITE);
        CaseFile c = inScope(caseId);
        return recordHomeVisit(c.studentId(), request);
    }

    @Transactional
    public HomeVisitRecord recordHomeVisitForStudent(long studentId, NewHomeVisit request) {
        students.requireFactWrite(studentId, Permission.HOME_VISIT_WRITE);
        return recordHomeVisit(studentId, request);
    }

    private HomeVisitRecord recordHomeVisit(long studentId, NewHomeVisit request) {
        Validation v = new Validation();
        if (request == null) {
            v.add(new FieldError("body", "is required"));
            v.check();
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.SCHOOL));
        LocalDate visitedOn = null;
        try {
            visitedOn = request.visitedOn() == null ? today : LocalDate.parse(request.visitedOn());
            v.require(!visitedOn.isAfter(today), "visitedOn", "cannot be in the future");
            v.require(!visitedOn.isBefore(students.earliestFactDate(studentId)), "visitedOn",
                    "cannot be before the student's birth date");
        } catch (DateTimeParseException e) {
            v.add(new FieldError("visitedOn", "must be a date like 2026-11-29"));
        }
        HomeVisitMode mode = null;
        if (request.mode() == null) {
            v.add(new FieldError("mode", "is required"));
        } else {
            try {
                mode = HomeVisitMode.valueOf(request.mode());
            } catch (IllegalArgumentException e) {
                v.add(new FieldError("mode", "must be one of IN_PERSON, PHONE, VIDEO, WECHAT"));
            }
        }
        v.require(request.note() == null || request.note().length() <= 2000, "note", "must be at most 2000 characters");
        v.checkText(request.note(), "note", true);
        v.check();
        HomeVisitRecord visit = new HomeVisitRecord(studentId, visitedOn, mode, Boolean.TRUE.equals(request.contactedAbsentParent()),
                blankToNull(request.note()), clock.instant(), RequestContext.current().actor());
        em.persist(visit);
        em.flush();
        factsChanged.fire(new FactsChanged(studentId, EvaluationTrigger.HOME_VISIT));
        audit.success(AuditAction.HOME_VISIT_RECORD, "STUDENT", studentId, "mode " + mode);
        return visit;
    }

    @Transactional
    public Referral refer(long caseId, NewReferral request) {
        access.require(Permission.REFERRAL_WRITE);
        CaseFile c = inScope(caseId);
        Validation v = new Validation();
        if (request == null) {
            v.add(new FieldError("body", "is required"));
            v.check();
        }
        v.requireText(request.institution(), "institution", 200);
        v.requireMultiLineText(request.reason(), "reason", 1000);
        v.requireNonNull(request.parentConsent(), "parentConsent");
        v.check();
        Instant now = clock.instant();
        Referral referral = new Referral(c.id(), request.institution().trim(), request.reason().trim(), request.parentConsent(), now,
                access.caller().username());
        em.persist(referral);
        completeOpen(c.id(), FollowUpType.REFERRAL_DECISION, null, now);
        em.flush();
        factsChanged.fire(new FactsChanged(c.studentId(), EvaluationTrigger.REFERRAL));
        audit.success(AuditAction.REFERRAL_CREATE, "CASE", caseId, "referral " + referral.id());
        return referral;
    }

    @Transactional
    public Referral updateReferral(long caseId, long referralId, ReferralUpdate request) {
        access.require(Permission.REFERRAL_WRITE);
        CaseFile c = inScope(caseId);
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null || referral.caseId() != c.id()) {
            throw ProblemException.notFound("Referral");
        }
        Validation v = new Validation();
        ReferralStatus status = null;
        if (request == null) {
            v.add(new FieldError("body", "is required"));
            v.check();
        }
        if (request.status() != null) {
            try {
                status = ReferralStatus.valueOf(request.status());
            } catch (IllegalArgumentException e) {
                v.add(new FieldError("status", "must be one of OPEN, ACCEPTED, IN_TREATMENT, CLOSED"));
            }
        }
        v.require(request.status() != null || (request.feedback() != null && !request.feedback().isBlank()), "feedback",
                "give a new status or feedback");
        v.require(request.feedback() == null || request.feedback().length() <= 4000, "feedback", "must be at most 4000 characters");
        v.checkText(request.feedback(), "feedback", true);
        v.requireNonNull(request.version(), "version");
        v.check();
        if (request.version() != referral.version()) {
            throw ProblemException.conflict("version", "the referral was changed by someone else; reload and try again");
        }
        if (!referral.status().isOpen()) {
            throw ProblemException.conflict("status", "the referral is closed");
        }
        Instant now = clock.instant();
        String feedback = blankToNull(request.feedback());
        referral.update(status, cipher.seal(feedback), now);
        if (feedback != null || status == ReferralStatus.CLOSED) {
            completeOpen(c.id(), FollowUpType.REFERRAL_FEEDBACK, referral.id(), now);
        }
        em.flush();
        factsChanged.fire(new FactsChanged(c.studentId(), EvaluationTrigger.REFERRAL));
        audit.success(AuditAction.REFERRAL_UPDATE, "CASE", caseId, "referral " + referralId + (status == null ? "" : " -> " + status));
        return referral;
    }

    @Transactional
    @UseCase(permission = Permission.CASE_CLOSE, audit = AuditAction.CASE_CLOSE, target = "CASE")
    public CaseFile close(long caseId) {
        CaseFile c = inScope(caseId);
        c.close(clock.instant());
        AuditNote.target(caseId);
        return c;
    }

    /** Open follow-ups escalated to the caller's level, within scope. */
    @Transactional
    public List<EscalationItem> escalations() {
        access.require(Permission.ESCALATION_READ);
        AccountPrincipal caller = access.caller();
        Scope scope = access.scope();
        Map<String, Object> params = new java.util.HashMap<>();
        String where = queueWhere(QueueFilter.open(), scope, clock.instant(), params);
        String level = caller.has(Role.SCHOOL_LEADER) || caller.has(Role.COUNSELOR)
                ? " and f.escalationLevel is not null" : " and f.gradeEscalatedAt is not null";
        TypedQuery<Object[]> q = em.createQuery("select f, c.id, s.id, s.name, c.grade, c.priority from FollowUp f, CaseFile c, Student s "
                + "where f.caseId = c.id and s.id = c.studentId and f.status = :fopen" + level + where
                + " order by f.dueAt", Object[].class).setMaxResults(500);
        q.setParameter("fopen", FollowUpStatus.OPEN);
        params.forEach(q::setParameter);
        List<EscalationItem> result = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            FollowUp f = (FollowUp) r[0];
            result.add(new EscalationItem(f.id(), (Long) r[1], (Long) r[2], (String) r[3], (Integer) r[4], (Priority) r[5], f.type(),
                    f.ownerRole(), f.dueAt(), f.escalationLevel()));
        }
        audit.success(AuditAction.ESCALATIONS_READ, "CASE", null, result.size() + " escalations");
        return result;
    }

    public record EscalationItem(long followUpId, long caseId, long studentId, String studentName, int grade, Priority priority,
                                 FollowUpType type, OwnerRole ownerRole, Instant dueAt, EscalationLevel level) {
    }

    // ---- helpers ----

    CaseFile inScope(long caseId) {
        CaseFile c = em.find(CaseFile.class, caseId);
        if (c == null) {
            throw ProblemException.notFound("Case");
        }
        access.requireInScope(c.schoolId(), c.grade(), c.classId(), "CASE", caseId);
        return c;
    }

    private void completeOpen(long caseId, FollowUpType type, Long referralId, Instant now) {
        for (FollowUp f : em.createQuery("select f from FollowUp f where f.caseId = :c and f.type = :t and f.status = :open", FollowUp.class)
                .setParameter("c", caseId).setParameter("t", type).setParameter("open", FollowUpStatus.OPEN).getResultList()) {
            if (referralId == null || referralId.equals(f.referralId())) {
                f.complete(access.caller().username(), null, now);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Instant instantOf(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }
}
