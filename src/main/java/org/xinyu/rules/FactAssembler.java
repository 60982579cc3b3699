package org.xinyu.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import org.xinyu.casework.CaseFile;
import org.xinyu.casework.CaseStatus;
import org.xinyu.casework.FollowUp;
import org.xinyu.casework.FollowUpStatus;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitRecord;
import org.xinyu.casework.Referral;
import org.xinyu.casework.ReferralStatus;
import org.xinyu.casework.RiskAssessment;
import org.xinyu.observation.Observation;
import org.xinyu.organisation.SchoolCalendar;
import org.xinyu.platform.Zones;
import org.xinyu.rules.engine.StudentFacts;
import org.xinyu.rules.engine.fact.FactWindows;
import org.xinyu.rules.engine.fact.FamilyCircumstance;
import org.xinyu.rules.engine.fact.HomeVisit;
import org.xinyu.rules.engine.fact.OpenFollowUp;
import org.xinyu.rules.engine.fact.OpenReferral;
import org.xinyu.rules.engine.fact.ScreeningResult;
import org.xinyu.rules.engine.fact.Semester;
import org.xinyu.screening.ScreeningRecord;
import org.xinyu.student.Circumstance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads everything the rules need about students and turns it into engine facts. Works on a batch of
 * students with one query per kind of fact, so the sweep over a whole city stays a few queries per page.
 * Dated facts are read only as far back as the active rule set's windows reach ({@link FactWindows}): what is read
 * is what the rules see, and what the explanation stores, so neither grows with a student's whole history.
 */
@ApplicationScoped
public class FactAssembler {

    /** Json.createXxx() looks the provider up through the ServiceLoader on every call: far too slow for a sweep. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    @Inject
    EntityManager em;

    @Inject
    SchoolCalendar calendar;

    @Inject
    Clock clock;

    /**
     * One student's facts, where the case lives, and the facts' identities for the explanation; with the case file
     * (null when the student has none) and its open follow-ups as read here, so that applying the outcome in the
     * same transaction does not read them again.
     */
    public record Assembled(long studentId, long schoolId, long classId, int grade, StudentFacts facts, String factsJson,
                            CaseFile caseFile, List<FollowUp> openFollowUps) {
    }

    /**
     * The students' facts as far back as {@code windows} (the active rule set's) reach. Read slightly earlier than
     * the rules evaluate, "today" can only be the same day or an earlier one: the facts read are then a superset of
     * what the windows admit, never fewer.
     */
    public List<Assembled> assemble(List<Long> studentIds, FactWindows windows) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.SCHOOL));
        org.xinyu.organisation.Semester semester = calendar.semesterOn(today);
        Semester semesterFact = new Semester(semester.start(), semester.end());
        LocalDate screeningsSince = windows.since(FactWindows.Kind.SCREENING, today);
        LocalDate observationsSince = windows.since(FactWindows.Kind.OBSERVATION, today);
        LocalDate visitsFrom = FactWindows.homeVisitsFrom(semesterFact, today);

        // scalars, not Student entities: an entity would load its circumstances with one query per student
        List<Object[]> students = em.createQuery("select s.id, s.schoolId, k.grade, k.id from Student s join s.schoolClass k "
                + "where s.id in :ids", Object[].class).setParameter("ids", studentIds).getResultList();
        Map<Long, List<Object[]>> circumstances = group(em.createQuery(
                "select s.id, c.type, c.recordedOn from Student s join s.circumstances c where s.id in :ids", Object[].class)
                .setParameter("ids", studentIds).getResultList(), row -> (Long) row[0]);
        Map<Long, List<ScreeningRecord>> screenings = group(em.createQuery(
                "select r from ScreeningRecord r where r.studentId in :ids and r.administeredOn >= :since", ScreeningRecord.class)
                .setParameter("ids", studentIds).setParameter("since", screeningsSince).getResultList(), ScreeningRecord::studentId);
        Map<Long, List<Observation>> observations = group(em.createQuery(
                "select o from Observation o where o.studentId in :ids and o.observedOn >= :since", Observation.class)
                .setParameter("ids", studentIds).setParameter("since", observationsSince).getResultList(), Observation::studentId);
        // every visit from the semester's start, and before it the latest of each mode (see FactWindows): the query
        // returns the earlier visits on a day that is some student's latest of some mode (its subquery runs once, not
        // per row), and latestOfEachMode keeps of those the latest per mode
        Map<Long, List<HomeVisitRecord>> visits = group(latestOfEachModeBefore(visitsFrom, em.createQuery(
                "select v from HomeVisitRecord v where v.studentId in :ids and (v.visitedOn >= :from or v.visitedOn in "
                        + "(select max(w.visitedOn) from HomeVisitRecord w where w.studentId in :ids and w.visitedOn < :from "
                        + "group by w.studentId, w.mode))", HomeVisitRecord.class)
                .setParameter("ids", studentIds).setParameter("from", visitsFrom).getResultList()), HomeVisitRecord::studentId);
        Map<Long, CaseFile> cases = em.createQuery("select c from CaseFile c where c.studentId in :ids", CaseFile.class)
                .setParameter("ids", studentIds).getResultList().stream()
                .collect(Collectors.toMap(CaseFile::studentId, Function.identity()));

        List<Long> caseIds = cases.values().stream().filter(c -> c.status() == CaseStatus.OPEN).map(CaseFile::id).toList();
        // open follow-ups of every case, closed ones too (a closed case may still wait for referral feedback): the
        // outcome is applied against them; only an open case's are facts
        Map<Long, List<FollowUp>> openFollowUps = cases.isEmpty() ? Map.of() : group(em.createQuery(
                        "select f from FollowUp f where f.caseId in :ids and f.status = :open", FollowUp.class)
                .setParameter("ids", cases.values().stream().map(CaseFile::id).toList()).setParameter("open", FollowUpStatus.OPEN)
                .getResultList(), FollowUp::caseId);
        Map<Long, RiskAssessment> latestAssessment = new HashMap<>();
        Map<Long, List<Object[]>> completions = Map.of();
        Map<Long, List<Referral>> openReferrals = Map.of();
        if (!caseIds.isEmpty()) {
            // only the latest assessment is a fact (ties on the instant are settled below)
            for (RiskAssessment a : em.createQuery("select a from RiskAssessment a where a.caseId in :ids and a.assessedAt = "
                            + "(select max(b.assessedAt) from RiskAssessment b where b.caseId = a.caseId)", RiskAssessment.class)
                    .setParameter("ids", caseIds).getResultList()) {
                latestAssessment.merge(a.caseId(), a, (x, y) -> x.assessedAt().isAfter(y.assessedAt()) ? x : y);
            }
            completions = group(em.createQuery("select f.caseId, f.type, max(f.completedAt) from FollowUp f "
                            + "where f.caseId in :ids and f.status = :done group by f.caseId, f.type", Object[].class)
                    .setParameter("ids", caseIds).setParameter("done", FollowUpStatus.DONE).getResultList(), row -> (Long) row[0]);
            openReferrals = group(em.createQuery("select r from Referral r where r.caseId in :ids and r.status <> :closed", Referral.class)
                    .setParameter("ids", caseIds).setParameter("closed", ReferralStatus.CLOSED).getResultList(), Referral::caseId);
        }

        List<Assembled> result = new ArrayList<>(students.size());
        for (Object[] s : students) {
            long id = (Long) s[0];
            long schoolId = (Long) s[1];
            int grade = (Integer) s[2];
            long classId = (Long) s[3];
            StudentFacts.Builder b = StudentFacts.builder(
                    new org.xinyu.rules.engine.fact.Student(id, schoolId, grade, classId), semesterFact);
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("student", JSON.createObjectBuilder().add("id", id).add("grade", grade).add("classId", classId))
                    .add("semester", semester.start() + "/" + semester.end())
                    .add("read", JSON.createObjectBuilder().add("screeningsSince", screeningsSince.toString())
                            .add("observationsSince", observationsSince.toString()).add("homeVisitsFrom", visitsFrom.toString()));
            JsonArrayBuilder jc = JSON.createArrayBuilder();
            for (Object[] row : circumstances.getOrDefault(id, List.of())) {
                b.circumstance(new FamilyCircumstance((Circumstance) row[1], (LocalDate) row[2]));
                jc.add(row[1] + "@" + row[2]);
            }
            json.add("circumstances", jc);
            JsonArrayBuilder js = JSON.createArrayBuilder();
            for (ScreeningRecord r : screenings.getOrDefault(id, List.of())) {
                b.screening(new ScreeningResult(r.id(), r.instrument(), r.administeredOn(), r.recordedAt(), r.totalScore(),
                        r.band(), r.item9(), r.critical(), r.valid()));
                JsonObjectBuilder o = JSON.createObjectBuilder().add("id", r.id()).add("instrument", r.instrument())
                        .add("on", r.administeredOn().toString()).add("total", r.totalScore()).add("band", r.band().name());
                if (r.item9() != null) {
                    o.add("item9", r.item9());
                }
                js.add(o);
            }
            json.add("screenings", js);
            JsonArrayBuilder jo = JSON.createArrayBuilder();
            for (Observation o : observations.getOrDefault(id, List.of())) {
                b.observation(new org.xinyu.rules.engine.fact.Observation(o.id(), o.category(), o.severity(), o.observedOn(), o.recordedAt()));
                jo.add(JSON.createObjectBuilder().add("id", o.id()).add("category", o.category().name())
                        .add("severity", o.severity()).add("on", o.observedOn().toString()));
            }
            json.add("observations", jo);
            JsonArrayBuilder jv = JSON.createArrayBuilder();
            for (HomeVisitRecord v : visits.getOrDefault(id, List.of())) {
                b.homeVisit(new HomeVisit(v.visitedOn(), v.mode(), v.contactedAbsentParent()));
                jv.add(v.visitedOn() + " " + v.mode() + (v.contactedAbsentParent() ? " absent-parent" : ""));
            }
            json.add("homeVisits", jv);
            CaseFile c = cases.get(id);
            if (c != null && c.status() == CaseStatus.OPEN) {
                b.caseState(c.priority(), c.priorityReachedAt());
                JsonObjectBuilder jcase = JSON.createObjectBuilder().add("id", c.id()).add("priority", c.priority().name())
                        .add("reachedAt", c.priorityReachedAt().toString());
                RiskAssessment a = latestAssessment.get(c.id());
                if (a != null) {
                    b.latestAssessment(new org.xinyu.rules.engine.fact.RiskAssessment(a.conclusion(), a.assessedAt()));
                    jcase.add("assessment", a.conclusion() + "@" + a.assessedAt());
                }
                JsonArrayBuilder jf = JSON.createArrayBuilder();
                for (FollowUp f : openFollowUps.getOrDefault(c.id(), List.of())) {
                    b.openFollowUp(new OpenFollowUp(f.id(), f.type(), f.dueAt(), f.escalationLevel(), f.referralId()));
                    jf.add(f.id() + " " + f.type() + " due " + f.dueAt());
                }
                jcase.add("openFollowUps", jf);
                for (Object[] row : completions.getOrDefault(c.id(), List.of())) {
                    b.lastCompletion((FollowUpType) row[1], instantOf(row[2]));
                }
                JsonArrayBuilder jr = JSON.createArrayBuilder();
                for (Referral r : openReferrals.getOrDefault(c.id(), List.of())) {
                    b.openReferral(new OpenReferral(r.id(), r.openedAt(), r.lastFeedbackAt()));
                    jr.add(r.id());
                }
                jcase.add("openReferrals", jr);
                json.add("case", jcase);
            }
            result.add(new Assembled(id, schoolId, classId, grade, b.build(), json.build().toString(),
                    c, c == null ? List.of() : openFollowUps.getOrDefault(c.id(), List.of())));
        }
        result.sort(Comparator.comparing(Assembled::studentId));
        return result;
    }

    /** The visits from {@code from} on, and of the earlier ones the latest of each student and mode (ties: all of that day). */
    static List<HomeVisitRecord> latestOfEachModeBefore(LocalDate from, List<HomeVisitRecord> visits) {
        Map<String, LocalDate> latest = new HashMap<>();
        for (HomeVisitRecord v : visits) {
            if (v.visitedOn().isBefore(from)) {
                latest.merge(v.studentId() + " " + v.mode(), v.visitedOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return visits.stream().filter(v -> !v.visitedOn().isBefore(from) || v.visitedOn().equals(latest.get(v.studentId() + " " + v.mode())))
                .toList();
    }

    /** Aggregates bypass attribute converters: max(completedAt) may come back as a Timestamp. */
    private static Instant instantOf(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> grouped = new LinkedHashMap<>();
        for (T row : rows) {
            grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}
