package org.xinyu.casework.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.NewAssessment;
import org.xinyu.casework.NewHomeVisit;
import org.xinyu.casework.NewReferral;
import org.xinyu.observation.NewObservation;
import org.xinyu.observation.ObservationCategory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** What the forms hand to the services when saved as they open: the one place their typed values become a command. */
class FormCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /**
     * A UI without a session: the forms' labels are missing translations, which is all these checks need. Held in a
     * field: Vaadin keeps the current UI only weakly, so a UI held nowhere else can be collected mid-test.
     */
    private UI ui;

    @BeforeEach
    void ui() {
        ui = new UI();
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void an_observation_saved_at_once_is_a_concerning_low_mood_today() {
        assertEquals(new NewObservation(ObservationCategory.LOW_MOOD, 2, java.time.LocalDate.of(2026, 11, 29), ""), new ObservationDialog("李明", CLOCK).toCommand());
    }

    @Test
    void a_home_visit_saved_at_once_is_a_phone_call_today_without_the_absent_parent() {
        assertEquals(new NewHomeVisit(java.time.LocalDate.of(2026, 11, 29), HomeVisitMode.PHONE, false, ""), new HomeVisitForm(CLOCK).toCommand());
    }

    @Test
    void an_empty_assessment_and_referral_leave_the_checks_to_the_service() {
        assertEquals(new NewAssessment(null, ""), new AssessmentForm().toCommand());
        assertEquals(new NewReferral("", "", false), new ReferralForm().toCommand());
    }
}
