package org.xinyu.casework;

import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditEntry;
import org.xinyu.audit.AuditLog;
import org.xinyu.audit.AuditNote;
import org.xinyu.audit.AuditReader;
import org.xinyu.observation.Observation;
import org.xinyu.platform.Zones;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.screening.ScreeningRecord;
import org.xinyu.security.Access;
import org.xinyu.security.AccountNames;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;
import org.xinyu.student.Student;
import org.xinyu.student.StudentDirectory;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A case's whole timeline, oldest first: the facts (screenings, observations, visits, assessments, referrals),
 * every stored evaluation with its rule-set version, fired rules and reasons, follow-ups and escalations, and
 * every access recorded in the audit trail. Clinical notes are not part of the timeline. A student without a case
 * file has a timeline of their own ({@link #ofStudent}).
 */
@ApplicationScoped
public class CaseHistory {

    @Inject
    EntityManager em;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Access access;

    @Inject
    AuditLog auditLog;

    @Inject
    StudentDirectory students;

    /**
     * One entry; {@code actor} is the username (or {@code rules}, {@code system}…) as stored, {@code actorName} the
     * person's display name when the actor is an account (李心怡 for {@code counsellor}), else null.
     */
    public record Entry(OffsetDateTime at, String kind, String summary, String actor, String actorName, Map<String, Object> details) {
        public Entry(OffsetDateTime at, String kind, String summary, String actor, Map<String, Object> details) {
            this(at, kind, summary, actor, null, details);
        }

        /**
         * With the actor's display name; what the rules did (actor {@code rules}) is not an account's, even where an
         * account happens to be called {@code rules} (the demo's rule administrator).
         */
        Entry named(Map<String, String> names) {
            boolean byTheRules = RULES.equals(actor) && !"AUDIT".equals(kind);
            return new Entry(at, kind, summary, actor, byTheRules ? null : names.get(actor), details);
        }
    }

    /** The actor of what the rules decided (follow-ups, escalations, evaluations). */
    static final String RULES = "rules";

    @Inject
    AccountNames accountNames;

    /** The entries oldest first, each with its actor's display name (one query for all). */
    private List<Entry> finish(List<Entry> entries) {
        entries.sort(Comparator.comparing(Entry::at));
        Map<String, String> names = accountNames.byUsernames(entries.stream().map(Entry::actor).collect(Collectors.toSet()));
        return new ArrayList<>(entries.stream().map(e -> e.named(names)).toList());
    }

    @Transactional
    @UseCase(permission = Permission.CASE_READ, audit = AuditAction.CASE_HISTORY_READ, target = "CASE")
    public List<Entry> of(long caseId) {
        CaseFile c = caseFiles.inScope(caseId);
        long studentId = c.studentId();
        List<Entry> entries = new ArrayList<>();
        addFacts(studentId, entries);
        for (RiskAssessment a : em.createQuery("select a from RiskAssessment a where a.caseId = :c", RiskAssessment.class)
                .setParameter("c", caseId).getResultList()) {
            entries.add(new Entry(Zones.schoolTime(a.assessedAt()), "ASSESSMENT", "conclusion " + a.conclusion(), a.assessedBy(),
                    details("conclusion", a.conclusion().name())));
        }
        for (Referral r : em.createQuery("select r from Referral r where r.caseId = :c", Referral.class).setParameter("c", caseId).getResultList()) {
            entries.add(new Entry(Zones.schoolTime(r.openedAt()), "REFERRAL", r.institution(), r.createdBy(),
                    details("referralId", r.id(), "status", r.status().name(), "parentConsent", r.parentConsent())));
        }
        Map<Long, List<FollowUpDueChange>> moves = new HashMap<>();
        for (FollowUpDueChange m : em.createQuery("select m from FollowUpDueChange m where m.followUpId in "
                        + "(select f.id from FollowUp f where f.caseId = :c) order by m.changedAt", FollowUpDueChange.class)
                .setParameter("c", caseId).getResultList()) {
            moves.computeIfAbsent(m.followUpId(), k -> new ArrayList<>()).add(m);
        }
        for (FollowUp f : em.createQuery("select f from FollowUp f where f.caseId = :c", FollowUp.class).setParameter("c", caseId).getResultList()) {
            List<FollowUpDueChange> moved = moves.getOrDefault(f.id(), List.of());
            Instant firstDue = f.firstDueAt() != null ? f.firstDueAt() : moved.isEmpty() ? f.dueAt() : moved.get(0).dueBefore();
            entries.add(new Entry(Zones.schoolTime(f.createdAt()), "FOLLOW_UP_CREATED", f.type() + " due " + Zones.schoolTime(firstDue), "rules",
                    details("followUpId", f.id(), "type", f.type().name(), "ownerRole", f.ownerRole().name(), "rule", f.reason(),
                            "dueAt", Zones.schoolTime(firstDue).toString())));
            for (FollowUpDueChange m : moved) {
                entries.add(new Entry(Zones.schoolTime(m.changedAt()), "FOLLOW_UP_DUE_CHANGED", f.type() + " due " + Zones.schoolTime(m.dueBefore())
                        + " -> " + Zones.schoolTime(m.dueAfter()), "rules",
                        details("followUpId", f.id(), "type", f.type().name(), "dueBefore", Zones.schoolTime(m.dueBefore()).toString(),
                                "dueAt", Zones.schoolTime(m.dueAfter()).toString(), "rule", m.rule())));
            }
            if (f.completedAt() != null) {
                entries.add(new Entry(Zones.schoolTime(f.completedAt()), "FOLLOW_UP_COMPLETED", f.type().name(), f.completedBy(),
                        details("followUpId", f.id(), "type", f.type().name(), "dueAt", Zones.schoolTime(dueAsOf(firstDue, moved, f.completedAt())).toString())));
            }
            if (f.gradeEscalatedAt() != null) {
                entries.add(new Entry(Zones.schoolTime(f.gradeEscalatedAt()), "ESCALATION", f.type() + " escalated to the grade leader", "rules",
                        details("followUpId", f.id(), "type", f.type().name(), "level", "GRADE_LEADER",
                                "dueAt", Zones.schoolTime(dueAsOf(firstDue, moved, f.gradeEscalatedAt())).toString())));
            }
            if (f.schoolEscalatedAt() != null) {
                entries.add(new Entry(Zones.schoolTime(f.schoolEscalatedAt()), "ESCALATION", f.type() + " escalated to school leadership", "rules",
                        details("followUpId", f.id(), "type", f.type().name(), "level", "SCHOOL_LEADERSHIP",
                                "dueAt", Zones.schoolTime(dueAsOf(firstDue, moved, f.schoolEscalatedAt())).toString())));
            }
        }
        addEvaluations(studentId, entries);
        addAccesses(caseId, studentId, entries);
        AuditNote.target(caseId);
        return finish(entries);
    }

    /**
     * The timeline of a student by student id, for a student without a case file (an auditor's search finds every
     * student): the facts recorded about the student (screenings, observations, home visits), the rules' evaluations
     * of the student, and every audit entry about the student, oldest first. The same permission and scope as a
     * case's history, and itself audited as a read ({@code STUDENT_HISTORY_READ}). For a student with a case file
     * this is the student's part of {@link #of}.
     */
    @Transactional
    @UseCase(permission = Permission.CASE_READ, audit = AuditAction.STUDENT_HISTORY_READ, target = "STUDENT")
    public List<Entry> ofStudent(long studentId) {
        Student student = students.find(studentId).orElseThrow(() -> ProblemException.notFound("Student"));
        access.requireInScope(student.schoolId(), student.grade(), student.classId(), "STUDENT", studentId);
        List<Entry> entries = new ArrayList<>();
        addFacts(studentId, entries);
        addEvaluations(studentId, entries);
        addAccesses(null, studentId, entries);
        AuditNote.target(studentId);
        return finish(entries);
    }

    /** The facts recorded about the student: screenings, observations, home visits. */
    private void addFacts(long studentId, List<Entry> entries) {
        for (ScreeningRecord r : em.createQuery("select r from ScreeningRecord r where r.studentId = :s", ScreeningRecord.class)
                .setParameter("s", studentId).getResultList()) {
            Map<String, Object> d = details("instrument", r.instrument(), "administeredOn", r.administeredOn().toString(),
                    "totalScore", r.totalScore(), "band", r.band().name(), "item9", r.item9(), "screeningId", r.id());
            entries.add(new Entry(Zones.schoolTime(r.recordedAt()), "SCREENING", r.instrument() + " " + r.totalScore() + " (" + r.band() + ")", r.recordedBy(), d));
        }
        for (Observation o : em.createQuery("select o from Observation o where o.studentId = :s", Observation.class)
                .setParameter("s", studentId).getResultList()) {
            entries.add(new Entry(Zones.schoolTime(o.recordedAt()), "OBSERVATION", o.category() + " severity " + o.severity(), o.recordedBy(),
                    details("category", o.category().name(), "severity", o.severity(), "observedOn", o.observedOn().toString(), "observationId", o.id())));
        }
        for (HomeVisitRecord v : em.createQuery("select v from HomeVisitRecord v where v.studentId = :s", HomeVisitRecord.class)
                .setParameter("s", studentId).getResultList()) {
            entries.add(new Entry(Zones.schoolTime(v.recordedAt()), "HOME_VISIT", v.mode() + " on " + v.visitedOn(), v.recordedBy(),
                    details("mode", v.mode().name(), "visitedOn", v.visitedOn().toString(), "contactedAbsentParent", v.contactedAbsentParent())));
        }
    }

    private void addEvaluations(long studentId, List<Entry> entries) {
        for (EvaluationRecord e : em.createQuery("select e from EvaluationRecord e where e.studentId = :s", EvaluationRecord.class)
                .setParameter("s", studentId).getResultList()) {
            String summary = (e.previousPriority() == null || e.previousPriority() == e.priority()
                    ? e.priority().name() : e.previousPriority() + " → " + e.priority()) + " (rule set " + e.ruleSetVersion() + ", " + e.trigger() + ")";
            entries.add(new Entry(Zones.schoolTime(e.evaluatedAt()), "EVALUATION", summary, "rules", details("ruleSetVersion", e.ruleSetVersion(),
                    "trigger", e.trigger(), "priority", e.priority().name(), "previousPriority", e.previousPriority() == null ? null : e.previousPriority().name(),
                    "firedRules", firedRules(e.firedJson()), "outcome", json(e.outcomeJson()), "facts", json(e.factsJson()))));
        }
    }

    /** The audit trail's entries about the student, and about the case when there is one (the audit feature reads them). */
    private void addAccesses(Long caseId, long studentId, List<Entry> entries) {
        List<AuditReader.Subject> subjects = new ArrayList<>();
        if (caseId != null) {
            subjects.add(new AuditReader.Subject("CASE", Long.toString(caseId)));
        }
        subjects.add(new AuditReader.Subject("STUDENT", Long.toString(studentId)));
        for (AuditEntry e : auditLog.about(subjects)) {
            entries.add(new Entry(Zones.schoolTime(e.at()), "AUDIT", e.action() + " " + e.outcome(), e.actor(),
                    details("action", e.action(), "outcome", e.outcome(), "target", e.targetType() + ":" + e.targetId())));
        }
    }

    /** The due time a follow-up had at a moment: its first, or the last move at or before that moment. */
    static Instant dueAsOf(Instant firstDue, List<FollowUpDueChange> moves, Instant at) {
        Instant due = firstDue;
        for (FollowUpDueChange m : moves) {
            if (!m.changedAt().isAfter(at)) {
                due = m.dueAfter();
            }
        }
        return due;
    }

    private static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }

    /**
     * The rules that fired, each once with its count ({@code [{"rule","count"}]}, as stored since issue 12); an older
     * row stored every firing as a string, and is aggregated here into the same form.
     */
    static JsonValue firedRules(String text) {
        JsonValue fired = json(text);
        if (!(fired instanceof JsonArray array) || array.stream().noneMatch(v -> v instanceof JsonString)) {
            return fired;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonValue v : array) {
            counts.merge(v instanceof JsonString name ? name.getString() : v.toString(), 1, Integer::sum);
        }
        JsonArrayBuilder aggregated = Json.createArrayBuilder();
        counts.forEach((rule, count) -> aggregated.add(Json.createObjectBuilder().add("rule", rule).add("count", count)));
        return aggregated.build();
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
