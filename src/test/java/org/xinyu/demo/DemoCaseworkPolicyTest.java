package org.xinyu.demo;

import org.junit.jupiter.api.Test;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.platform.Zones;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo staff's case work: reproducible from the seed, and a realistic mix of work done, late and missed. */
class DemoCaseworkPolicyTest {

    private static final long SEED = DemoDistrictGenerator.DEFAULT_SEED;
    private static final Instant CREATED = Instant.parse("2026-10-12T02:00:00Z"); // 10:00 in Beijing
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 1, 31);

    @Test
    void the_same_seed_gives_the_same_decisions_whatever_order_they_are_asked_in() {
        DemoCaseworkPolicy a = new DemoCaseworkPolicy(SEED, Zones.SCHOOL);
        DemoCaseworkPolicy b = new DemoCaseworkPolicy(SEED, Zones.SCHOOL);
        for (int i = 0; i < 200; i++) {
            String key = "WN-LW-001/2024010" + i;
            Instant due = CREATED.plus(Duration.ofDays(7));
            assertEquals(a.complete(key, FollowUpType.CHECK_IN, CREATED, due, Optional.empty()),
                    b.complete(key, FollowUpType.CHECK_IN, CREATED, due, Optional.empty()));
        }
        // b asked in reverse: still equal
        for (int i = 199; i >= 0; i--) {
            String key = "WN-LW-001/2024010" + i;
            assertEquals(a.nextVisit(key, START, END, true, null, START, END), b.nextVisit(key, START, END, true, null, START, END));
        }
    }

    @Test
    void another_seed_gives_another_history() {
        DemoCaseworkPolicy a = new DemoCaseworkPolicy(SEED, Zones.SCHOOL);
        DemoCaseworkPolicy b = new DemoCaseworkPolicy(SEED + 1, Zones.SCHOOL);
        int differ = 0;
        for (int i = 0; i < 100; i++) {
            String key = "WN-PC-002/2021010" + i;
            if (!a.nextVisit(key, START, END, true, null, START, END).equals(b.nextVisit(key, START, END, true, null, START, END))) {
                differ++;
            }
        }
        assertNotEquals(0, differ);
    }

    @Test
    void most_follow_ups_are_done_on_time_some_late_and_a_few_are_left_open() {
        DemoCaseworkPolicy policy = new DemoCaseworkPolicy(SEED, Zones.SCHOOL);
        Map<DemoCaseworkPolicy.Fate, Integer> fates = new EnumMap<>(DemoCaseworkPolicy.Fate.class);
        Instant due = CREATED.plus(Duration.ofDays(30));
        for (int i = 0; i < 2000; i++) {
            DemoCaseworkPolicy.Completion c = policy.complete("S/" + i, FollowUpType.CHECK_IN, CREATED, due, Optional.empty());
            fates.merge(c.fate(), 1, Integer::sum);
            switch (c.fate()) {
                case ON_TIME -> assertTrue(c.at().isAfter(CREATED) && c.at().isBefore(due), c.toString());
                case LATE -> assertTrue(c.at().isAfter(due) && c.at().isBefore(due.plus(Duration.ofDays(8))), c.toString());
                case OPEN -> assertEquals(null, c.at());
            }
        }
        assertTrue(fates.get(DemoCaseworkPolicy.Fate.ON_TIME) > 1500, fates.toString());
        assertTrue(fates.get(DemoCaseworkPolicy.Fate.LATE) > 150, fates.toString());
        assertTrue(fates.get(DemoCaseworkPolicy.Fate.OPEN) > 60, fates.toString());
    }

    @Test
    void a_follow_up_due_the_next_morning_is_done_that_afternoon_or_late() {
        DemoCaseworkPolicy policy = new DemoCaseworkPolicy(SEED, Zones.SCHOOL);
        Instant evening = Instant.parse("2026-10-12T12:00:00Z"); // 20:00 in Beijing
        Instant due = evening.plus(Duration.ofHours(12));
        for (int i = 0; i < 200; i++) {
            DemoCaseworkPolicy.Completion c = policy.complete("S/" + i, FollowUpType.PARENT_NOTIFICATION, evening, due, Optional.empty());
            if (c.at() != null) {
                assertTrue(c.at().isAfter(evening), c.toString());
                assertEquals(c.at().isAfter(due), c.fate() == DemoCaseworkPolicy.Fate.LATE, c.toString());
            }
        }
    }

    @Test
    void semester_visits_use_every_mode_and_interval_visits_are_in_person() {
        DemoCaseworkPolicy policy = new DemoCaseworkPolicy(SEED, Zones.SCHOOL);
        Map<HomeVisitMode, Integer> modes = new EnumMap<>(HomeVisitMode.class);
        int none = 0;
        for (int i = 0; i < 1000; i++) {
            Optional<DemoCaseworkPolicy.Visit> v = policy.nextVisit("S/" + i, START, END, true, null, START, END);
            if (v.isEmpty()) {
                none++;
                continue;
            }
            assertTrue(!v.get().on().isBefore(START) && !v.get().on().isAfter(END), v.toString());
            modes.merge(v.get().mode(), 1, Integer::sum);
            Optional<DemoCaseworkPolicy.Visit> monthly = policy.nextVisit("S/" + i, START, START.plusDays(30), false, 30, START, END);
            monthly.ifPresent(m -> assertEquals(HomeVisitMode.IN_PERSON, m.mode()));
        }
        assertEquals(4, modes.size(), modes.toString());
        assertTrue(none > 50 && none < 250, "some families not visited at all this semester: " + none);
    }
}
