package org.xinyu.bench.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.xinyu.casework.EscalationLevel;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.OwnerRole;
import org.xinyu.casework.Priority;
import org.xinyu.rules.engine.StudentFacts;
import org.xinyu.rules.engine.fact.FamilyCircumstance;
import org.xinyu.rules.engine.fact.HomeVisit;
import org.xinyu.rules.engine.fact.Observation;
import org.xinyu.rules.engine.fact.OpenFollowUp;
import org.xinyu.rules.engine.fact.OpenReferral;
import org.xinyu.rules.engine.fact.Parameters;
import org.xinyu.rules.engine.fact.Reason;
import org.xinyu.rules.engine.fact.RiskFactors;
import org.xinyu.rules.engine.fact.RiskAssessment;
import org.xinyu.rules.engine.fact.ScreeningResult;
import org.xinyu.screening.Band;
import org.xinyu.student.Circumstance;

/**
 * The shipped policy written as plain Java, for the benchmark only: the yardstick Drools is measured
 * against, and a second, independent implementation whose results must agree for every student.
 */
final class PlainPolicy {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** What the bench compares. */
    record Outcome(Priority priority, Instant reachedAt, List<Reason> reasons, List<String> followUps, List<String> escalations,
                   Integer intervalDays, boolean perSemester, LocalDate nextDueBy, LocalDate lastVisitOn,
                   boolean absentParentRequired, boolean absentParentSatisfied) {
    }

    private record Candidate(FollowUpType type, OwnerRole owner, Instant due, Long referralId, boolean tighten, String rule) {
    }

    /** The order the engine reports reasons in: highest level first, then rule, key and arguments. */
    private static final Comparator<Reason> REASON_ORDER = Comparator
            .comparing((Reason r) -> r.level() == null ? -1 : r.level().ordinal()).reversed()
            .thenComparing(Reason::rule).thenComparing(Reason::key).thenComparing(r -> r.args().toString());

    private final Parameters p;

    PlainPolicy(Parameters p) {
        this.p = p;
    }

    Outcome evaluate(StudentFacts f, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        boolean graduating = p.getGraduatingGrades().contains(f.student().grade());
        Set<Circumstance> circs = EnumSet.noneOf(Circumstance.class);
        for (FamilyCircumstance c : f.circumstances()) {
            circs.add(c.type());
        }
        int rf = circs.size() + (graduating ? 1 : 0);
        RiskAssessment assessment = f.latestAssessment().orElse(null);
        // the explanations, as the rules word them; equal reasons from different facts count once
        Set<Reason> reasons = new LinkedHashSet<>();

        // latest valid result per instrument within the validity window
        Map<String, ScreeningResult> latest = new HashMap<>();
        for (ScreeningResult s : f.screenings()) {
            if (s.valid() && days(s.administeredOn(), today) <= p.getScreeningValidityDays()) {
                ScreeningResult cur = latest.get(s.instrument());
                if (cur == null || s.isLaterThan(cur)) {
                    latest.put(s.instrument(), s);
                }
            }
        }
        Priority level = Priority.NONE;
        for (ScreeningResult s : latest.values()) {
            String i = s.instrument();
            int total = s.totalScore();
            LocalDate d = s.administeredOn();
            if (assessment != null && !assessment.assessedAt().isBefore(s.recordedAt())) { // reviewed by the assessment
                reasons.add(Reason.of("safety: a counted result the latest assessment reviewed no longer raises the priority", null,
                        "reason.safety.reviewedResult", "{0} result {1} was reviewed by the risk assessment of {2} and no longer raises the priority",
                        i, total, assessment.assessedAt()));
                continue;
            }
            boolean phq = p.getPhqInstruments().contains(i);
            boolean gad = !phq && p.getGadInstruments().contains(i);
            Band band = phq ? band(total, p.getPhqMildMin(), p.getPhqModerateMin(), p.getPhqSevereMin())
                    : gad ? band(total, p.getGadMildMin(), p.getGadModerateMin(), p.getGadSevereMin()) : s.band();
            if (phq && s.item9() != null && s.item9() >= p.getPhqItem9CrisisMin()) {
                level = Priority.max(level, Priority.CRISIS);
                reasons.add(Reason.of("CRISIS: PHQ item 9 at or above the crisis threshold", Priority.CRISIS, "reason.phq.item9.crisis",
                        "{0} of {1}: item 9 (thoughts of self-harm) answered {2}", i, d, s.item9()));
            }
            if (phq && s.item9() != null && s.item9() >= p.getPhqItem9HighMin() && s.item9() < p.getPhqItem9CrisisMin()) {
                level = Priority.max(level, Priority.HIGH);
                reasons.add(Reason.of("HIGH: PHQ item 9 at the high threshold", Priority.HIGH, "reason.phq.item9.high",
                        "{0} of {1}: item 9 (thoughts of self-harm) answered {2}", i, d, s.item9()));
            }
            if (!phq && !gad && s.critical()) {
                level = Priority.max(level, Priority.CRISIS);
                reasons.add(Reason.of("CRISIS: a critical item in another instrument", Priority.CRISIS, "reason.other.critical",
                        "{0} of {1}: a critical item was endorsed", i, d));
            }
            boolean moderateOrAbove = band == Band.MODERATE || band == Band.SEVERE;
            if (band == Band.SEVERE) {
                level = Priority.max(level, Priority.HIGH);
                reasons.add(Reason.of("HIGH: a result in the severe band", Priority.HIGH, "reason.result.severe",
                        "{0} of {1}: total {2} is in the severe band", i, d, total));
            }
            if (moderateOrAbove && rf >= p.getRiskFactorsHighWithModerateMin()) {
                level = Priority.max(level, Priority.HIGH);
                reasons.add(Reason.of("HIGH: a moderate or severe result with enough risk factors", Priority.HIGH,
                        "reason.result.moderate.riskFactors", "{0} of {1}: total {2} is moderate or above, with {3} risk factors", i, d, total, rf));
            }
            if (moderateOrAbove) {
                level = Priority.max(level, Priority.MEDIUM);
                reasons.add(Reason.of("MEDIUM: a moderate or severe result", Priority.MEDIUM, "reason.result.moderate",
                        "{0} of {1}: total {2} is moderate or above", i, d, total));
            }
            if (band == Band.MILD && rf >= p.getRiskFactorsMediumWithMildMin()) {
                level = Priority.max(level, Priority.MEDIUM);
                reasons.add(Reason.of("MEDIUM: a mild result with a risk factor", Priority.MEDIUM, "reason.result.mild.riskFactors",
                        "{0} of {1}: total {2} is mild, with {3} risk factors", i, d, total, rf));
            }
            if (band == Band.MILD) {
                level = Priority.max(level, Priority.LOW);
                reasons.add(Reason.of("LOW: a mild result", Priority.LOW, "reason.result.mild", "{0} of {1}: total {2} is mild", i, d, total));
            }
        }
        long concerning = 0;
        for (Observation o : f.observations()) {
            int age = days(o.observedOn(), today);
            if (assessment != null && !assessment.assessedAt().isBefore(o.recordedAt())) {
                if (age <= p.getObservationAnyDays()) {
                    reasons.add(Reason.of("safety: an observation the latest assessment reviewed no longer raises the priority", null,
                            "reason.safety.reviewedObservation",
                            "{0} observation of {1} was reviewed by the risk assessment of {2} and no longer raises the priority",
                            o.category(), o.observedOn(), assessment.assessedAt()));
                }
                continue;
            }
            if (age <= p.getObservationRecentDays()) {
                if (o.category().isRedFlag()) {
                    level = Priority.max(level, Priority.CRISIS);
                    reasons.add(Reason.of("CRISIS: a red-flag observation in the recent window", Priority.CRISIS, "reason.observation.redFlag",
                            "Red-flag observation {0} on {1}", o.category(), o.observedOn()));
                }
                if (o.severity() >= p.getConcerningSeverityMin()) {
                    concerning++;
                    level = Priority.max(level, Priority.MEDIUM);
                    reasons.add(Reason.of("MEDIUM: a concerning observation in the recent window", Priority.MEDIUM, "reason.observation.concerning",
                            "Concerning observation {0} (severity {1}) on {2}", o.category(), o.severity(), o.observedOn()));
                }
            }
            if (age <= p.getObservationAnyDays()) {
                level = Priority.max(level, Priority.LOW);
                reasons.add(Reason.of("LOW: an observation in the longer window", Priority.LOW, "reason.observation",
                        "Observation {0} on {1}", o.category(), o.observedOn()));
            }
        }
        if (concerning >= p.getHighConcerningCountMin()) {
            level = Priority.max(level, Priority.HIGH);
            reasons.add(Reason.of("HIGH: several concerning observations in the recent window", Priority.HIGH, "reason.observation.concerning.many",
                    "{0} concerning observations in the last {1} days", concerning, p.getObservationRecentDays()));
        }
        if (rf >= p.getRiskFactorsMediumMin()) {
            level = Priority.max(level, Priority.MEDIUM);
            reasons.add(Reason.of("MEDIUM: many risk factors", Priority.MEDIUM, "reason.riskFactors.many", "{0} risk factors", rf));
        }
        if (rf >= p.getRiskFactorsLowMin()) {
            level = Priority.max(level, Priority.LOW);
            RiskFactors factors = RiskFactors.of(circs, graduating);
            reasons.add(Reason.of("LOW: a risk factor", Priority.LOW, "reason.riskFactors",
                    "{0} risk factors (circumstances {1}, graduating year {2})", rf, factors.circumstances(), graduating));
        }
        Priority stored = f.casePriority().orElse(Priority.NONE);
        Instant storedAt = f.priorityReachedAt().orElse(null);
        if (assessment != null) {
            level = Priority.max(level, assessment.conclusion());
            reasons.add(Reason.of("safety: the latest assessment's conclusion is a floor", assessment.conclusion(),
                    "reason.safety.assessmentFloor", "Risk assessment of {0} concluded {1}", assessment.assessedAt(), assessment.conclusion()));
        }
        if (stored.isSticky() && (assessment == null || assessment.assessedAt().isBefore(storedAt))) {
            if (!level.isAtLeast(stored)) { // the floor is a reason only while it is what holds the level up
                reasons.add(Reason.of("safety: CRISIS or HIGH stays until a counsellor's assessment", stored, "reason.safety.sticky",
                        "{0} since {1}: only a counsellor's risk assessment lowers it", stored, storedAt));
            }
            level = Priority.max(level, stored);
        }
        List<Reason> explained = new ArrayList<>(reasons);
        explained.sort(REASON_ORDER);
        Instant at = level != stored ? now : storedAt;

        // follow-ups
        List<Candidate> cands = new ArrayList<>();
        Map<FollowUpType, Instant> done = f.lastCompletions();
        switch (level) {
            case CRISIS:
                if (!doneSince(done, FollowUpType.RISK_ASSESSMENT, at) && (assessment == null || assessment.assessedAt().isBefore(at))) {
                    cands.add(new Candidate(FollowUpType.RISK_ASSESSMENT, OwnerRole.COUNSELOR, at.plus(p.getCrisisRiskAssessmentDue()), null, true, "a"));
                }
                level(cands, done, at, FollowUpType.PARENT_NOTIFICATION, OwnerRole.HEAD_TEACHER, p.getCrisisParentNotificationDue());
                level(cands, done, at, FollowUpType.CRISIS_TEAM_NOTIFICATION, OwnerRole.COUNSELOR, p.getCrisisTeamNotificationDue());
                level(cands, done, at, FollowUpType.SAFETY_PLAN, OwnerRole.COUNSELOR, p.getCrisisSafetyPlanDue());
                level(cands, done, at, FollowUpType.REFERRAL_DECISION, OwnerRole.COUNSELOR, p.getCrisisReferralDecisionDue());
                break;
            case HIGH:
                level(cands, done, at, FollowUpType.COUNSELLING_SESSION, OwnerRole.COUNSELOR, p.getHighCounsellingSessionDue());
                level(cands, done, at, FollowUpType.PARENT_CONTACT, OwnerRole.HEAD_TEACHER, p.getHighParentContactDue());
                level(cands, done, at, FollowUpType.RESCREEN, OwnerRole.COUNSELOR, p.getHighRescreenDue());
                break;
            case MEDIUM:
                level(cands, done, at, FollowUpType.COUNSELLING_SESSION, OwnerRole.COUNSELOR, p.getMediumCounsellingSessionDue());
                level(cands, done, at, FollowUpType.RESCREEN, OwnerRole.COUNSELOR, p.getMediumRescreenDue());
                break;
            default:
                break;
        }
        if (level != Priority.NONE) {
            Instant c = done.get(FollowUpType.CHECK_IN);
            Instant base = c == null || c.isBefore(at) ? at : c;
            cands.add(new Candidate(FollowUpType.CHECK_IN, OwnerRole.HEAD_TEACHER, base.plus(p.checkInInterval(level)), null, true, "c"));
        }
        for (OpenReferral r : f.openReferrals()) {
            Instant base = r.lastFeedbackAt() == null ? r.openedAt() : r.lastFeedbackAt();
            cands.add(new Candidate(FollowUpType.REFERRAL_FEEDBACK, OwnerRole.COUNSELOR, base.plus(p.getReferralFeedbackInterval()), r.id(), false, "r"));
        }
        if (graduating && level.isAtLeast(Priority.MEDIUM)) {
            LocalDate opens = p.getGraduatingRescreenWindowOpens().atYear(today.getYear());
            LocalDate by = p.getGraduatingRescreenDueBy().atYear(today.getYear());
            if (!today.isBefore(opens) && !today.isAfter(by)
                    && !doneSince(done, FollowUpType.RESCREEN, opens.atStartOfDay(ZONE).toInstant())) {
                cands.add(new Candidate(FollowUpType.RESCREEN, OwnerRole.COUNSELOR, by.plusDays(1).atStartOfDay(ZONE).toInstant(), null, true, "g"));
            }
        }
        for (ScreeningResult s : f.screenings()) {
            if (!s.valid() && days(s.administeredOn(), today) <= p.getScreeningValidityDays()
                    && f.screenings().stream().noneMatch(o -> o.valid() && o.instrument().equals(s.instrument()) && o.isLaterThan(s))
                    && !doneSince(done, FollowUpType.RESCREEN, s.recordedAt())) {
                cands.add(new Candidate(FollowUpType.RESCREEN, OwnerRole.COUNSELOR, s.recordedAt().plus(p.getInvalidResultRescreenDue()), null, true, "i"));
            }
        }
        Map<String, Candidate> earliest = new HashMap<>();
        for (Candidate c : cands) {
            earliest.merge(c.type() + "#" + c.referralId(), c, (a, b) -> b.due().isBefore(a.due()) ? b : a);
        }
        List<String> followUps = new ArrayList<>();
        earliest.values().stream()
                .sorted(Comparator.comparing(Candidate::due).thenComparing(Candidate::type)
                        .thenComparing(c -> c.referralId() == null ? Long.MIN_VALUE : c.referralId()))
                .forEach(c -> followUps.add(key(c.type(), c.owner(), c.due(), c.referralId(), c.tighten())));

        List<String> escalations = new ArrayList<>();
        for (OpenFollowUp o : f.openFollowUps()) {
            if (o.escalation() == null && o.dueAt().plus(p.getEscalationGradeLeaderAfter()).isBefore(now)) {
                escalations.add(o.id() + ":" + EscalationLevel.GRADE_LEADER);
            }
            if (o.escalation() != EscalationLevel.SCHOOL_LEADERSHIP && o.dueAt().plus(p.getEscalationSchoolLeadershipAfter()).isBefore(now)) {
                escalations.add(o.id() + ":" + EscalationLevel.SCHOOL_LEADERSHIP);
            }
        }
        escalations.sort(Comparator.naturalOrder());

        // home visits: each interval asks for a visit by its own date, the earliest wins; the shortest is shown
        Set<HomeVisitMode> inPerson = EnumSet.of(HomeVisitMode.IN_PERSON);
        LocalDate reachedOn = at == null ? null : LocalDate.ofInstant(at, ZONE); // null only at NONE
        LocalDate start = f.semester().start();
        LocalDate circSince = null;
        for (FamilyCircumstance c : f.circumstances()) {
            if (p.getHomeVisitCircumstances().contains(c.type()) && (circSince == null || c.recordedOn().isBefore(circSince))) {
                circSince = c.recordedOn();
            }
        }
        int days = Integer.MAX_VALUE;
        Set<HomeVisitMode> modes = EnumSet.allOf(HomeVisitMode.class);
        LocalDate next = null;
        if (level == Priority.CRISIS) {
            Set<HomeVisitMode> crisisModes = EnumSet.of(HomeVisitMode.IN_PERSON, HomeVisitMode.PHONE, HomeVisitMode.VIDEO);
            next = earlier(next, dueAfter(f, today, crisisModes, start, reachedOn, p.getHomeVisitCrisisDays()));
            days = p.getHomeVisitCrisisDays();
            modes = crisisModes;
        }
        if (level == Priority.HIGH) {
            next = earlier(next, dueAfter(f, today, inPerson, start, reachedOn, p.getHomeVisitHighDays()));
            if (p.getHomeVisitHighDays() < days) {
                days = p.getHomeVisitHighDays();
                modes = inPerson;
            }
        }
        if (level == Priority.MEDIUM) {
            next = earlier(next, dueAfter(f, today, inPerson, start, reachedOn, p.getHomeVisitMediumDays()));
            if (p.getHomeVisitMediumDays() < days) {
                days = p.getHomeVisitMediumDays();
                modes = inPerson;
            }
        }
        if (circSince != null) {
            next = earlier(next, dueAfter(f, today, inPerson, start, circSince, p.getHomeVisitCircumstanceDays()));
            if (p.getHomeVisitCircumstanceDays() < days) {
                days = p.getHomeVisitCircumstanceDays();
                modes = inPerson;
            }
        }
        boolean perSemester = days == Integer.MAX_VALUE;
        boolean semesterVisitDone = false;
        LocalDate last = null;
        boolean absentReached = false;
        for (HomeVisit v : f.homeVisits()) {
            if (v.visitedOn().isAfter(today)) {
                continue;
            }
            semesterVisitDone |= !v.visitedOn().isBefore(start); // every mode counts for the semester's visit
            if (modes.contains(v.mode()) && (last == null || v.visitedOn().isAfter(last))) {
                last = v.visitedOn();
            }
            if (v.contactedAbsentParent() && v.mode() != HomeVisitMode.WECHAT && !v.visitedOn().isBefore(start)) {
                absentReached = true;
            }
        }
        if (!semesterVisitDone) {
            next = earlier(next, f.semester().end());
        }
        boolean leftBehind = circs.contains(Circumstance.LEFT_BEHIND);
        return new Outcome(level, at, explained, followUps, escalations, perSemester ? null : days, perSemester, next, last,
                leftBehind, leftBehind && absentReached);
    }

    /** One interval's due date: {@code days} after the latest of its last counting visit, the semester start and its own start. */
    private static LocalDate dueAfter(StudentFacts f, LocalDate today, Set<HomeVisitMode> modes, LocalDate start, LocalDate since, int days) {
        LocalDate from = start.isAfter(since) ? start : since;
        for (HomeVisit v : f.homeVisits()) {
            if (!v.visitedOn().isAfter(today) && modes.contains(v.mode()) && v.visitedOn().isAfter(from)) {
                from = v.visitedOn();
            }
        }
        return from.plusDays(days);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b != null && b.isBefore(a) ? b : a;
    }

    static String key(FollowUpType type, OwnerRole owner, Instant due, Long referralId, boolean tighten) {
        return type + "/" + owner + "/" + due + "/" + referralId + "/" + tighten;
    }

    private void level(List<Candidate> cands, Map<FollowUpType, Instant> done, Instant at, FollowUpType type, OwnerRole owner,
                       java.time.Duration due) {
        if (!doneSince(done, type, at)) {
            cands.add(new Candidate(type, owner, at.plus(due), null, true, "l"));
        }
    }

    private static boolean doneSince(Map<FollowUpType, Instant> done, FollowUpType type, Instant since) {
        Instant c = done.get(type);
        return c != null && !c.isBefore(since);
    }

    private static Band band(int total, int mild, int moderate, int severe) {
        return total >= severe ? Band.SEVERE : total >= moderate ? Band.MODERATE : total >= mild ? Band.MILD : Band.NONE;
    }

    private static int days(LocalDate day, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(day, today);
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
