package org.xinyu.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinyu.rules.engine.Facts.*;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinyu.casework.EscalationLevel;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.Priority;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.rules.engine.fact.OpenFollowUp;
import org.xinyu.screening.Band;
import org.xinyu.student.Circumstance;

/**
 * Table-driven tests per rule file: each row names a rule, gives facts, and says whether that rule
 * must fire — every rule has at least one row where it fires and one where it does not.
 */
class RuleFilesTest {

    private static Arguments row(String rule, boolean fires, StudentFacts facts) {
        return Arguments.of(rule, fires, facts);
    }

    private static void check(String rule, boolean fires, StudentFacts facts) {
        Evaluation e = TestRules.shipped().evaluate(facts, CLOCK);
        assertEquals(fires, e.firedRules().contains(rule), () -> rule + (fires ? " did not fire" : " fired") + "; fired: " + e.firedRules());
    }

    static Stream<Arguments> riskFactors() {
        return Stream.of(
                row("risk factors: family circumstances plus a graduating year", true, student(9, b -> b)),
                row("risk factors: family circumstances plus a graduating year", true, student(12, b -> b)),
                row("risk factors: family circumstances plus a graduating year", false, student(8, b -> b)),
                row("risk factors: family circumstances, not a graduating year", true, student(11, b -> b.circumstance(circ(Circumstance.POOR)))),
                row("risk factors: family circumstances, not a graduating year", false, student(9, b -> b.circumstance(circ(Circumstance.POOR)))));
    }

    static Stream<Arguments> screeningResults() {
        return Stream.of(
                row("screening: the latest valid PHQ-9 or PHQ-A result counts", true, student(b -> b.screening(phq(3, 0, 365)))),
                row("screening: the latest valid PHQ-9 or PHQ-A result counts", false, student(b -> b.screening(phq(3, 0, 366)))),
                row("screening: the latest valid GAD-7 result counts", true, student(b -> b.screening(gad(3, 0)))),
                row("screening: the latest valid GAD-7 result counts", false, student(b -> b.screening(phq(3, 0, 0)))),
                row("screening: the latest valid result of another instrument counts", true, student(b -> b.screening(other(Band.MILD, false, true, 1)))),
                row("screening: the latest valid result of another instrument counts", false, student(b -> b.screening(other(Band.MILD, false, false, 1)))));
    }

    static Stream<Arguments> bands() {
        return Stream.of(
                row("bands: a PHQ total at or above the severe cut-off is SEVERE", true, student(b -> b.screening(phq(20, 0, 1)))),
                row("bands: a PHQ total at or above the severe cut-off is SEVERE", false, student(b -> b.screening(phq(19, 0, 1)))),
                row("bands: a PHQ total from the moderate cut-off below the severe one is MODERATE", true, student(b -> b.screening(phq(10, 0, 1)))),
                row("bands: a PHQ total from the moderate cut-off below the severe one is MODERATE", false, student(b -> b.screening(phq(9, 0, 1)))),
                row("bands: a PHQ total from the mild cut-off below the moderate one is MILD", true, student(b -> b.screening(phq(5, 0, 1)))),
                row("bands: a PHQ total from the mild cut-off below the moderate one is MILD", false, student(b -> b.screening(phq(4, 0, 1)))),
                row("bands: a PHQ total below the mild cut-off is NONE", true, student(b -> b.screening(phq(4, 0, 1)))),
                row("bands: a PHQ total below the mild cut-off is NONE", false, student(b -> b.screening(phq(5, 0, 1)))),
                row("bands: a GAD-7 total at or above the severe cut-off is SEVERE", true, student(b -> b.screening(gad(15, 1)))),
                row("bands: a GAD-7 total at or above the severe cut-off is SEVERE", false, student(b -> b.screening(gad(14, 1)))),
                row("bands: a GAD-7 total from the moderate cut-off below the severe one is MODERATE", true, student(b -> b.screening(gad(10, 1)))),
                row("bands: a GAD-7 total from the moderate cut-off below the severe one is MODERATE", false, student(b -> b.screening(gad(15, 1)))),
                row("bands: a GAD-7 total from the mild cut-off below the moderate one is MILD", true, student(b -> b.screening(gad(9, 1)))),
                row("bands: a GAD-7 total from the mild cut-off below the moderate one is MILD", false, student(b -> b.screening(gad(10, 1)))),
                row("bands: a GAD-7 total below the mild cut-off is NONE", true, student(b -> b.screening(gad(0, 1)))),
                row("bands: a GAD-7 total below the mild cut-off is NONE", false, student(b -> b.screening(gad(5, 1)))),
                row("bands: another instrument's result keeps the band its cut-offs gave", true, student(b -> b.screening(other(Band.SEVERE, false, true, 1)))),
                row("bands: another instrument's result keeps the band its cut-offs gave", false, student(b -> b.screening(gad(5, 1)))));
    }

    static Stream<Arguments> reviewedFacts() {
        return Stream.of(
                row("safety: a counted result recorded after the latest assessment may raise the priority", true,
                        student(b -> b.screening(phq(12, 0, 1)).caseState(Priority.LOW, days(-3)).latestAssessment(assessed(Priority.LOW, days(-2))))),
                row("safety: a counted result recorded after the latest assessment may raise the priority", false,
                        student(b -> b.screening(phq(12, 0, 3)).caseState(Priority.LOW, days(-3)).latestAssessment(assessed(Priority.LOW, days(-2))))),
                row("safety: a counted result the latest assessment reviewed no longer raises the priority", true,
                        student(b -> b.screening(phq(12, 0, 3)).caseState(Priority.LOW, days(-3)).latestAssessment(assessed(Priority.LOW, days(-2))))),
                row("safety: a counted result the latest assessment reviewed no longer raises the priority", false,
                        student(b -> b.screening(phq(12, 0, 3)))),
                row("safety: an observation recorded after the latest assessment may raise the priority", true,
                        student(b -> b.observation(obs(ObservationCategory.LOW_MOOD, 1, 1)))),
                row("safety: an observation recorded after the latest assessment may raise the priority", false,
                        student(b -> b.observation(obs(ObservationCategory.LOW_MOOD, 1, 5)).caseState(Priority.LOW, days(-3)).latestAssessment(assessed(Priority.LOW, days(-2))))),
                row("safety: an observation the latest assessment reviewed no longer raises the priority", true,
                        student(b -> b.observation(obs(ObservationCategory.LOW_MOOD, 1, 5)).caseState(Priority.LOW, days(-3)).latestAssessment(assessed(Priority.LOW, days(-2))))),
                row("safety: an observation the latest assessment reviewed no longer raises the priority", false,
                        student(b -> b.observation(obs(ObservationCategory.LOW_MOOD, 1, 61)).caseState(Priority.LOW, days(-3)).latestAssessment(assessed(Priority.LOW, days(-2))))));
    }

    static Stream<Arguments> priorityLines() {
        return Stream.of(
                row("CRISIS: PHQ item 9 at or above the crisis threshold", true, student(b -> b.screening(phq(3, 2, 1)))),
                row("CRISIS: PHQ item 9 at or above the crisis threshold", false, student(b -> b.screening(phq(3, 1, 1)))),
                row("CRISIS: a red-flag observation in the recent window", true, student(b -> b.observation(obs(ObservationCategory.SUICIDE_TALK, 1, 30)))),
                row("CRISIS: a red-flag observation in the recent window", false, student(b -> b.observation(obs(ObservationCategory.SUICIDE_TALK, 1, 31)))),
                row("CRISIS: a critical item in another instrument", true, student(b -> b.screening(other(Band.NONE, true, true, 1)))),
                row("CRISIS: a critical item in another instrument", false, student(b -> b.screening(other(Band.NONE, true, false, 1)))),
                row("HIGH: a result in the severe band", true, student(b -> b.screening(gad(15, 1)))),
                row("HIGH: a result in the severe band", false, student(b -> b.screening(gad(14, 1)))),
                row("HIGH: PHQ item 9 at the high threshold", true, student(b -> b.screening(phq(0, 1, 1)))),
                row("HIGH: PHQ item 9 at the high threshold", false, student(b -> b.screening(phq(0, 2, 1)))),
                row("HIGH: a moderate or severe result with enough risk factors", true,
                        student(9, b -> b.screening(phq(10, 0, 1)).circumstance(circ(Circumstance.POOR)))),
                row("HIGH: a moderate or severe result with enough risk factors", false,
                        student(8, b -> b.screening(phq(10, 0, 1)).circumstance(circ(Circumstance.POOR)))),
                row("HIGH: several concerning observations in the recent window", true, student(b -> b
                        .observation(obs(ObservationCategory.ANXIETY, 2, 1)).observation(obs(ObservationCategory.ANXIETY, 2, 2))
                        .observation(obs(ObservationCategory.CONFLICT, 3, 3)))),
                row("HIGH: several concerning observations in the recent window", false, student(b -> b
                        .observation(obs(ObservationCategory.ANXIETY, 2, 1)).observation(obs(ObservationCategory.ANXIETY, 2, 2))
                        .observation(obs(ObservationCategory.CONFLICT, 1, 3)))),
                row("MEDIUM: a moderate or severe result", true, student(b -> b.screening(other(Band.MODERATE, false, true, 1)))),
                row("MEDIUM: a moderate or severe result", false, student(b -> b.screening(other(Band.MILD, false, true, 1)))),
                row("MEDIUM: a mild result with a risk factor", true, student(12, b -> b.screening(gad(5, 1)))),
                row("MEDIUM: a mild result with a risk factor", false, student(11, b -> b.screening(gad(5, 1)))),
                row("MEDIUM: a concerning observation in the recent window", true, student(b -> b.observation(obs(ObservationCategory.ABSENCE, 2, 0)))),
                row("MEDIUM: a concerning observation in the recent window", false, student(b -> b.observation(obs(ObservationCategory.ABSENCE, 1, 0)))),
                row("MEDIUM: many risk factors", true, student(9, b -> b.circumstance(circ(Circumstance.POOR)).circumstance(circ(Circumstance.DISABLED)))),
                row("MEDIUM: many risk factors", false, student(9, b -> b.circumstance(circ(Circumstance.POOR)).circumstance(circ(Circumstance.POOR)))),
                row("LOW: a risk factor", true, student(b -> b.circumstance(circ(Circumstance.ADVERSE_EVENT)))),
                row("LOW: a risk factor", false, student(b -> b)),
                row("LOW: a mild result", true, student(b -> b.screening(phq(9, 0, 1)))),
                row("LOW: a mild result", false, student(b -> b.screening(phq(10, 0, 1)))),
                row("LOW: an observation in the longer window", true, student(b -> b.observation(obs(ObservationCategory.OTHER, 1, 60)))),
                row("LOW: an observation in the longer window", false, student(b -> b.observation(obs(ObservationCategory.OTHER, 1, 61)))));
    }

    static Stream<Arguments> floorsAndResult() {
        return Stream.of(
                row("safety: CRISIS or HIGH stays until a counsellor's assessment", true, student(b -> b.caseState(Priority.HIGH, days(-5)))),
                row("safety: CRISIS or HIGH stays until a counsellor's assessment", false, student(b -> b.caseState(Priority.MEDIUM, days(-5)))),
                row("safety: CRISIS or HIGH stays until a counsellor's assessment", false, // the facts hold HIGH themselves
                        student(b -> b.caseState(Priority.HIGH, days(-5)).screening(phq(27, 1, 1)))),
                row("safety: CRISIS or HIGH stays until a counsellor's assessment", true, // HIGH facts do not hold a CRISIS
                        student(b -> b.caseState(Priority.CRISIS, days(-5)).screening(phq(27, 1, 1)))),
                row("safety: CRISIS or HIGH stays until a counsellor's assessment", false,
                        student(b -> b.caseState(Priority.CRISIS, days(-5)).latestAssessment(assessed(Priority.LOW, days(-5))))),
                row("safety: the latest assessment's conclusion is a floor", true,
                        student(b -> b.caseState(Priority.LOW, days(-5)).latestAssessment(assessed(Priority.LOW, days(-5))))),
                row("safety: the latest assessment's conclusion is a floor", false, student(b -> b.caseState(Priority.LOW, days(-5)))),
                row("priority: CRISIS is the highest level reached", true, student(b -> b.screening(phq(0, 3, 1)))),
                row("priority: CRISIS is the highest level reached", false, student(b -> b.screening(phq(27, 1, 1)))),
                row("priority: HIGH is the highest level reached", true, student(b -> b.screening(phq(27, 1, 1)))),
                row("priority: HIGH is the highest level reached", false, student(b -> b.screening(phq(27, 2, 1)))),
                row("priority: MEDIUM is the highest level reached", true, student(b -> b.screening(phq(14, 0, 1)))),
                row("priority: MEDIUM is the highest level reached", false, student(b -> b.screening(phq(20, 0, 1)))),
                row("priority: LOW is the highest level reached", true, student(b -> b.screening(phq(5, 0, 1)))),
                row("priority: LOW is the highest level reached", false, student(b -> b.screening(phq(4, 0, 1)))),
                row("priority: NONE when no rule reaches a level", true, student(b -> b.screening(phq(4, 0, 1)))),
                row("priority: NONE when no rule reaches a level", false, student(b -> b.screening(phq(5, 0, 1)))),
                row("priority: a level different from the case's is reached now", true, student(b -> b.caseState(Priority.NONE, days(-5)).screening(phq(5, 0, 1)))),
                row("priority: a level different from the case's is reached now", false, student(b -> b.caseState(Priority.LOW, days(-5)).screening(phq(5, 0, 1)))),
                row("priority: the case's level is kept with the moment it was reached", true, student(b -> b)),
                row("priority: the case's level is kept with the moment it was reached", false, student(b -> b.screening(phq(5, 0, 1)))));
    }

    static Stream<Arguments> followUps() {
        return Stream.of(
                row("follow-up: CRISIS needs a risk assessment", true, student(b -> b.screening(phq(0, 2, 0)))),
                row("follow-up: CRISIS needs a risk assessment", false, student(b -> b.caseState(Priority.CRISIS, days(-2))
                        .screening(phq(0, 2, 2)).lastCompletion(FollowUpType.RISK_ASSESSMENT, days(-1)))),
                row("follow-up: CRISIS needs a safety plan", true, student(b -> b.screening(phq(0, 2, 0)))),
                row("follow-up: CRISIS needs a safety plan", false, student(b -> b.screening(phq(20, 0, 0)))),
                row("follow-up: HIGH needs a parent contact", true, student(b -> b.screening(phq(20, 0, 0)))),
                row("follow-up: HIGH needs a parent contact", false, student(b -> b.caseState(Priority.HIGH, days(-4))
                        .screening(phq(20, 0, 4)).lastCompletion(FollowUpType.PARENT_CONTACT, days(-4)))),
                row("follow-up: MEDIUM needs a counselling session", true, student(b -> b.screening(phq(10, 0, 0)))),
                row("follow-up: MEDIUM needs a counselling session", false, student(b -> b.screening(phq(20, 0, 0)))),
                row("check-in: the first check-in at a level is due one interval after the level was reached", true, student(b -> b.screening(phq(5, 0, 0)))),
                row("check-in: the first check-in at a level is due one interval after the level was reached", false, student(b -> b)),
                row("check-in: the next check-in is due one interval after the last was completed", true,
                        student(b -> b.caseState(Priority.LOW, days(-20)).screening(phq(5, 0, 20)).lastCompletion(FollowUpType.CHECK_IN, days(-1)))),
                row("check-in: the next check-in is due one interval after the last was completed", false,
                        student(b -> b.caseState(Priority.LOW, days(-20)).screening(phq(5, 0, 20)).lastCompletion(FollowUpType.CHECK_IN, days(-21)))),
                row("referral feedback: due one interval after the referral was opened", true,
                        student(b -> b.caseState(Priority.LOW, days(-20)).openReferral(referral(1, days(-3), null)))),
                row("referral feedback: due one interval after the referral was opened", false,
                        student(b -> b.caseState(Priority.LOW, days(-20)).openReferral(referral(1, days(-3), days(-1))))),
                row("referral feedback: due one interval after the last feedback", true,
                        student(b -> b.caseState(Priority.LOW, days(-20)).openReferral(referral(1, days(-3), days(-1))))),
                row("referral feedback: due one interval after the last feedback", false, student(b -> b.caseState(Priority.LOW, days(-20)))),
                row("rescreen: an invalid result needs a rescreen", true, student(b -> b.screening(other(Band.SEVERE, false, false, 2)))),
                row("rescreen: an invalid result needs a rescreen", false, student(b -> b.screening(other(Band.SEVERE, false, true, 2)))),
                row("rescreen: a graduating-year student at MEDIUM or above is rescreened before the exam season", false,
                        student(9, b -> b.screening(phq(12, 0, 1)))),
                row("follow-ups: of one type the earliest due wins", true, student(b -> b.screening(phq(5, 0, 1)))),
                row("follow-ups: of one type the earliest due wins", false, student(b -> b)));
    }

    static Stream<Arguments> escalation() {
        OpenFollowUp twoDays = open(1, FollowUpType.CHECK_IN, days(-2));
        OpenFollowUp fourDays = open(2, FollowUpType.CHECK_IN, days(-4));
        OpenFollowUp fourDaysRecorded = new OpenFollowUp(3, FollowUpType.CHECK_IN, days(-4), EscalationLevel.SCHOOL_LEADERSHIP, null);
        OpenFollowUp exactlyOne = open(4, FollowUpType.CHECK_IN, NOW.minus(Duration.ofDays(1)));
        return Stream.of(
                row("escalation: overdue by more than a day goes to the grade leader", true, student(b -> b.caseState(Priority.NONE, days(-9)).openFollowUp(twoDays))),
                row("escalation: overdue by more than a day goes to the grade leader", false, student(b -> b.caseState(Priority.NONE, days(-9)).openFollowUp(exactlyOne))),
                row("escalation: overdue by more than three days goes to the school's leadership", true, student(b -> b.caseState(Priority.NONE, days(-9)).openFollowUp(fourDays))),
                row("escalation: overdue by more than three days goes to the school's leadership", false, student(b -> b.caseState(Priority.NONE, days(-9)).openFollowUp(twoDays))),
                row("escalation: overdue by more than three days goes to the school's leadership", false, student(b -> b.caseState(Priority.NONE, days(-9)).openFollowUp(fourDaysRecorded))));
    }

    static Stream<Arguments> homeVisits() {
        return Stream.of(
                row("home visits: every student at least once a semester", true, student(b -> b)),
                row("home visits: a family circumstance needs a visit every 30 days", true, student(b -> b.circumstance(circ(Circumstance.DISABLED)))),
                row("home visits: a family circumstance needs a visit every 30 days", false, student(b -> b.circumstance(circ(Circumstance.ADVERSE_EVENT)))),
                row("home visits: MEDIUM needs a visit every 30 days", true, student(b -> b.screening(gad(10, 1)))),
                row("home visits: MEDIUM needs a visit every 30 days", false, student(b -> b.screening(gad(15, 1)))),
                row("home visits: HIGH needs a visit every 14 days", true, student(b -> b.screening(gad(15, 1)))),
                row("home visits: HIGH needs a visit every 14 days", false, student(b -> b.screening(gad(10, 1)))),
                row("home visits: CRISIS needs contact every 7 days, phone or video counting", true, student(b -> b.screening(phq(1, 2, 1)))),
                row("home visits: CRISIS needs contact every 7 days, phone or video counting", false, student(b -> b.screening(phq(1, 1, 1)))),
                row("home visits: the shortest interval wins", true, student(b -> b)),
                row("home visits: a day interval is next due one interval after its last counting visit, the semester start or its own start, whichever is latest", true,
                        student(b -> b.circumstance(circ(Circumstance.POOR)))),
                row("home visits: a day interval is next due one interval after its last counting visit, the semester start or its own start, whichever is latest", false,
                        student(b -> b.homeVisit(visit(day(-3), HomeVisitMode.IN_PERSON, false)))),
                row("home visits: the semester's visit is done", true, student(b -> b.homeVisit(visit(day(-3), HomeVisitMode.WECHAT, false)))),
                row("home visits: the semester's visit is done", false, student(b -> b.homeVisit(visit(day(3), HomeVisitMode.WECHAT, false)))),
                row("home visits: the semester's visit is due by the end of the semester", true, student(b -> b)),
                row("home visits: the semester's visit is due by the end of the semester", false, student(b -> b.homeVisit(visit(day(-3), HomeVisitMode.PHONE, false)))),
                row("home visits: the next visit is due by the earliest date an interval asks for", true, student(b -> b)),
                row("home visits: the next visit is due by the earliest date an interval asks for", false, student(b -> b.homeVisit(visit(day(-3), HomeVisitMode.PHONE, false)))),
                row("home visits: nothing is due when every interval is met for the semester", true, student(b -> b.homeVisit(visit(day(-3), HomeVisitMode.PHONE, false)))),
                row("home visits: nothing is due when every interval is met for the semester", false,
                        student(b -> b.circumstance(circ(Circumstance.POOR)).homeVisit(visit(day(-3), HomeVisitMode.IN_PERSON, false)))),
                row("home visits: a left-behind student's absent parent was reached this semester", true,
                        student(b -> b.circumstance(circ(Circumstance.LEFT_BEHIND)).homeVisit(visit(day(-3), HomeVisitMode.PHONE, true)))),
                row("home visits: a left-behind student's absent parent was reached this semester", false,
                        student(b -> b.circumstance(circ(Circumstance.LEFT_BEHIND)).homeVisit(visit(day(-3), HomeVisitMode.PHONE, false)))),
                row("home visits: a left-behind student's absent parent is still to be reached this semester", true,
                        student(b -> b.circumstance(circ(Circumstance.LEFT_BEHIND)))),
                row("home visits: a left-behind student's absent parent is still to be reached this semester", false,
                        student(b -> b.circumstance(circ(Circumstance.POOR)))));
    }

    @ParameterizedTest(name = "priority/risk-factors.drl: {0} fires={1}")
    @MethodSource("riskFactors")
    void risk_factor_rules_fire_exactly_when_their_conditions_hold(String rule, boolean fires, StudentFacts facts) {
        check(rule, fires, facts);
    }

    @ParameterizedTest(name = "priority/screening-results.drl: {0} fires={1}")
    @MethodSource("screeningResults")
    void screening_result_rules_fire_exactly_when_their_conditions_hold(String rule, boolean fires, StudentFacts facts) {
        check(rule, fires, facts);
    }

    @ParameterizedTest(name = "priority/bands.drl: {0} fires={1}")
    @MethodSource("bands")
    void band_rules_fire_exactly_when_their_conditions_hold(String rule, boolean fires, StudentFacts facts) {
        check(rule, fires, facts);
    }

    @ParameterizedTest(name = "safety/reviewed-facts.drl: {0} fires={1}")
    @MethodSource("reviewedFacts")
    void reviewed_fact_rules_fire_exactly_when_their_conditions_hold(String rule, boolean fires, StudentFacts facts) {
        check(rule, fires, facts);
    }

    @ParameterizedTest(name = "priority/crisis|high|medium|low.drl: {0} fires={1}")
    @MethodSource("priorityLines")
    void priority_table_rules_fire_exactly_when_their_conditions_hold(String rule, boolean fires, StudentFacts facts) {
        check(rule, fires, facts);
    }

    @ParameterizedTest(name = "safety/floors.drl, priority/result.drl: {0} fires={1}")
    @MethodSource("floorsAndResult")
    void floor_and_result_rules_fire_exactly_when_their_conditions_hold(String rule, boolean fires, StudentFacts facts) {
        check(rule, fires, facts);
    }

    @ParameterizedTest(name = "followups/*.drl: {0} fires={1}")
    @MethodSource("followUps")
    void follow_up_rules_fire_exactly_when_their_conditions_hold(String rule, boolean fires, StudentFacts facts) {
        check(rule, fires, facts);
    }

    @ParameterizedTest(name = "escalation/overdue.drl: {0} fires={1}")
    @MethodSource("escalation")
    void escalation_rules_fire_exactly_when_their_conditions_hold(String rule, boolean fires, StudentFacts facts) {
        check(rule, fires, facts);
    }

    @ParameterizedTest(name = "homevisits/*.drl: {0} fires={1}")
    @MethodSource("homeVisits")
    void home_visit_rules_fire_exactly_when_their_conditions_hold(String rule, boolean fires, StudentFacts facts) {
        check(rule, fires, facts);
    }
}
