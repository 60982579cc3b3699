package org.xinyu.observation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.testkit.KitTest;
import org.xinyu.testkit.KitFixtures.SchoolWithClass;
import org.xinyu.testkit.XinyuKit.AuditEntry;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ObservationService in plain JUnit (org.xinyu.testkit): the real permission, scope, rules and audit path. */
class ObservationServiceTest extends KitTest {

    static ObservationService observations;

    @BeforeAll
    static void start() {
        observations = kit.bean(ObservationService.class);
    }

    @Test
    void a_head_teacher_records_an_observation_of_a_student_in_their_class_which_is_stored_evaluated_and_audited() {
        SchoolWithClass s = fixtures.schoolWithClass();
        long student = s.student().id();
        long tip = kit.auditTip();

        Observation recorded = kit.as(s.headTeacher(), () -> observations.record(student,
                new NewObservation(ObservationCategory.SUICIDE_TALK, 1, null, "在周记里写到不想活了")));

        assertEquals(ObservationCategory.SUICIDE_TALK, recorded.category());
        assertEquals(1, kit.count("observation where student_id = ?", student));
        assertEquals(1, kit.count("evaluation where student_id = ? and trigger_kind = 'OBSERVATION'", student));
        assertEquals(1, kit.count("case_file where student_id = ? and priority = 'CRISIS'", student),
                "a red-flag observation makes the student CRISIS (rules/scenarios/observations.json)");
        List<AuditEntry> written = kit.auditAfter(tip);
        assertTrue(written.stream().anyMatch(e -> e.action().equals("OBSERVATION_RECORD") && e.outcome().equals("SUCCESS")
                        && e.actor().equals(s.headTeacher().username()) && e.targetType().equals("STUDENT")
                        && e.targetId().equals(Long.toString(student)) && e.detail().equals("category=SUICIDE_TALK")),
                () -> "audited: " + written);
    }

    @Test
    void a_student_outside_the_head_teachers_class_answers_404_and_is_audited_as_a_denial() {
        SchoolWithClass mine = fixtures.schoolWithClass();
        SchoolWithClass other = fixtures.schoolWithClass();
        long student = other.student().id();
        long tip = kit.auditTip();

        ProblemException refused = assertThrows(ProblemException.class, () -> kit.as(mine.headTeacher(), () ->
                observations.record(student, new NewObservation(ObservationCategory.LOW_MOOD, 2, null, null))));

        assertEquals(404, refused.status());
        assertEquals(0, kit.count("observation where student_id = ?", student));
        List<AuditEntry> written = kit.auditAfter(tip);
        assertEquals(1, written.size(), () -> "audited: " + written);
        AuditEntry denial = written.get(0);
        assertEquals("DENIED", denial.outcome());
        assertEquals(mine.headTeacher().username(), denial.actor());
        assertEquals("STUDENT", denial.targetType());
        assertEquals(Long.toString(student), denial.targetId());
    }

    @Test
    void invalid_input_changes_nothing_and_names_every_bad_field() {
        SchoolWithClass s = fixtures.schoolWithClass();
        long student = s.student().id();
        long evaluations = kit.count("evaluation where student_id = ?", student); // the student's creation evaluated them
        long tip = kit.auditTip();

        ProblemException refused = assertThrows(ProblemException.class, () -> kit.as(s.headTeacher(), () ->
                observations.record(student, new NewObservation(null, 4, null, "\u0007"))));

        assertEquals(400, refused.status());
        assertEquals(List.of("category", "severity", "note"),
                refused.errors().stream().map(e -> e.field()).toList());
        assertEquals(0, kit.count("observation where student_id = ?", student));
        assertEquals(evaluations, kit.count("evaluation where student_id = ?", student));
        assertEquals(List.of(), kit.auditAfter(tip));
    }
}
