package org.xinyu.demo;

import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.OwnerRole;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * How the demo district's staff do their case work over the semester: which follow-ups they complete on time, late
 * or not yet, and when they visit a student's family and how. Pure and deterministic: every decision is drawn from a
 * random stream keyed by the seed and what it is about (student, follow-up type, due time), so the same seed and the
 * same "now" give the same history whatever order the decisions are asked in.
 */
final class DemoCaseworkPolicy {

    /** When in the school day each kind of work is recorded (Asia/Shanghai). */
    static final LocalTime DAILY_SWEEP = LocalTime.of(0, 5);
    static final LocalTime SCREENINGS = LocalTime.of(10, 0);
    static final LocalTime OBSERVATIONS = LocalTime.of(15, 0);
    static final LocalTime COMPLETIONS = LocalTime.of(16, 30);
    static final LocalTime VISITS = LocalTime.of(20, 0);

    enum Fate { ON_TIME, LATE, OPEN }

    /** A follow-up's fate and, unless it stays open, when it is completed. */
    record Completion(Fate fate, Instant at) {
    }

    /** A home visit to record: its day and mode, and whether it reached a left-behind student's absent parent. */
    record Visit(LocalDate on, HomeVisitMode mode, boolean absentParent) {
    }

    /** How a head teacher keeps up with a student's visits. */
    enum Diligence { DILIGENT, LATE, LAPSED }

    private final long seed;
    private final ZoneId zone;

    DemoCaseworkPolicy(long seed, ZoneId zone) {
        this.seed = seed;
        this.zone = zone;
    }

    /** Percent on time and late (the rest stays open) by follow-up type. */
    private static int[] odds(FollowUpType type) {
        return switch (type) {
            case CHECK_IN -> new int[] {82, 12};
            case PARENT_CONTACT, PARENT_NOTIFICATION -> new int[] {80, 14};
            case COUNSELLING_SESSION -> new int[] {74, 17};
            case CRISIS_TEAM_NOTIFICATION, SAFETY_PLAN, RISK_ASSESSMENT -> new int[] {85, 13};
            case REFERRAL_DECISION -> new int[] {70, 20};
            // a rescreen is the next screening, not a tick in a list: the demo leaves them to the counsellor
            case RESCREEN, REFERRAL_FEEDBACK -> new int[] {0, 0};
        };
    }

    /**
     * The fate of a follow-up seen open for the first time (or with a new due time): completed on a school afternoon
     * between its creation and its due time, on one up to six days after it, or not (yet).
     *
     * @param forced a fate the demo's showcase students need, else empty
     */
    Completion complete(String studentKey, FollowUpType type, Instant createdAt, Instant dueAt, Optional<Fate> forced) {
        SplittableRandom rng = random("follow-up", studentKey, type.name(), dueAt.toString());
        int[] odds = odds(type);
        int draw = rng.nextInt(100);
        Fate fate = forced.orElse(draw < odds[0] ? Fate.ON_TIME : draw < odds[0] + odds[1] ? Fate.LATE : Fate.OPEN);
        if (fate == Fate.OPEN) {
            return new Completion(fate, null);
        }
        LocalDate created = LocalDate.ofInstant(createdAt, zone);
        LocalDate due = LocalDate.ofInstant(dueAt, zone);
        if (fate == Fate.ON_TIME) {
            long span = ChronoUnit.DAYS.between(created, due);
            for (int attempt = 0; attempt < 4; attempt++) {
                Instant at = at(created.plusDays(span <= 0 ? 0 : rng.nextLong(span + 1)), COMPLETIONS);
                if (at.isAfter(createdAt) && at.isBefore(dueAt)) {
                    return new Completion(fate, at);
                }
            }
            // no afternoon between creation and due (e.g. created in the evening, due the next morning): late
            fate = Fate.LATE;
        }
        // mostly a day or two late; now and then most of a week
        Instant at = at(due.plusDays(DemoDistrictGenerator.weighted(rng, new int[] {30, 25, 15, 10, 8, 7, 5})), COMPLETIONS);
        if (!at.isAfter(dueAt)) {
            at = at.plus(1, ChronoUnit.DAYS);
        }
        return new Completion(Fate.LATE, at);
    }

    Diligence diligence(String studentKey) {
        int draw = random("diligence", studentKey).nextInt(100);
        return draw < 62 ? Diligence.DILIGENT : draw < 87 ? Diligence.LATE : Diligence.LAPSED;
    }

    /**
     * The next visit to a student whose next visit the rules say is due by {@code due}, planned on {@code today}:
     * before the due day if the head teacher is diligent, some days after it if not, none once lapsed. For the
     * semester's visit ({@code perSemester}) any day of the rest of the semester, in any mode; for a day interval in
     * person, or for a crisis' weekly contact by phone as often as in person. Empty when no visit is planned.
     */
    Optional<Visit> nextVisit(String studentKey, LocalDate today, LocalDate due, boolean perSemester, Integer intervalDays,
                              LocalDate semesterStart, LocalDate semesterEnd) {
        Diligence diligence = diligence(studentKey);
        SplittableRandom rng = random("visit", studentKey, due.toString(), String.valueOf(intervalDays));
        LocalDate first = today.plusDays(1).isBefore(semesterStart.plusDays(3)) ? semesterStart.plusDays(3) : today.plusDays(1);
        LocalDate day;
        HomeVisitMode mode;
        if (perSemester) {
            if (diligence == Diligence.LAPSED) {
                return Optional.empty();
            }
            LocalDate last = semesterEnd.minusDays(10);
            long span = ChronoUnit.DAYS.between(first, last);
            if (span < 0) {
                return Optional.empty();
            }
            day = first.plusDays(rng.nextLong(span + 1));
            mode = new HomeVisitMode[] {HomeVisitMode.IN_PERSON, HomeVisitMode.PHONE, HomeVisitMode.WECHAT,
                    HomeVisitMode.VIDEO}[DemoDistrictGenerator.weighted(rng, new int[] {40, 30, 22, 8})];
        } else {
            if (diligence == Diligence.LAPSED && rng.nextInt(100) < 80) {
                return Optional.empty();
            }
            day = diligence == Diligence.DILIGENT ? due.minusDays(rng.nextInt(7)) : due.plusDays(2 + rng.nextInt(12));
            if (day.isBefore(first)) {
                day = first;
            }
            boolean weekly = intervalDays != null && intervalDays <= 7;
            mode = weekly && rng.nextBoolean() ? HomeVisitMode.PHONE : HomeVisitMode.IN_PERSON;
        }
        return Optional.of(new Visit(day, mode, false));
    }

    /**
     * The call that reaches a left-behind student's parent working away (phone or video), or empty if the head
     * teacher has not managed it (yet): about two in three families are reached during the semester.
     */
    Optional<Visit> absentParentCall(String studentKey, LocalDate today, LocalDate semesterStart, LocalDate semesterEnd) {
        SplittableRandom rng = random("absent-parent", studentKey, semesterStart.toString());
        if (rng.nextInt(100) >= 66) {
            return Optional.empty();
        }
        LocalDate first = today.plusDays(1).isBefore(semesterStart.plusDays(5)) ? semesterStart.plusDays(5) : today.plusDays(1);
        long span = ChronoUnit.DAYS.between(first, semesterEnd.minusDays(14));
        if (span < 0) {
            return Optional.empty();
        }
        return Optional.of(new Visit(first.plusDays(rng.nextLong(span + 1)),
                rng.nextInt(100) < 75 ? HomeVisitMode.PHONE : HomeVisitMode.VIDEO, true));
    }

    /** Who records a follow-up's completion: the class's head teacher or the school's counsellor. */
    static boolean headTeacherOwns(OwnerRole owner) {
        return owner == OwnerRole.HEAD_TEACHER;
    }

    Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private SplittableRandom random(String... parts) {
        CRC32 crc = new CRC32();
        for (String part : parts) {
            crc.update(part.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        return new SplittableRandom(seed * 1_000_003L ^ crc.getValue() * 0x9E3779B97F4A7C15L);
    }
}
