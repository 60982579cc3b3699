package org.xinyu.demo;

import org.xinyu.platform.EvaluationTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.casework.AssessmentService;
import org.xinyu.casework.FollowUpCompletion;
import org.xinyu.casework.FollowUpService;
import org.xinyu.casework.HomeVisitService;
import org.xinyu.casework.NewAssessment;
import org.xinyu.casework.NewHomeVisit;
import org.xinyu.casework.Priority;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.OwnerRole;
import org.xinyu.observation.NewObservation;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.observation.ObservationService;
import org.xinyu.organisation.SchoolCalendar;
import org.xinyu.organisation.Semester;
import org.xinyu.platform.ClockProducer;
import org.xinyu.platform.XinyuSettings;
import org.xinyu.platform.Zones;
import org.xinyu.rules.ActiveRules;
import org.xinyu.rules.engine.fact.Parameters;
import org.xinyu.screening.NewScreening;
import org.xinyu.screening.ScreeningService;
import org.xinyu.security.AccountPrincipal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The demo district's semester so far, replayed moment by moment with the application's clock standing at each
 * moment: the screenings and observations entered on their days, the staff's home visits (done, and missed, so that
 * some students are past their own interval) and the follow-ups the rules asked for, completed on time, late, or
 * not yet, and the sweep's evaluations at the moments time alone changes something (a follow-up more than a day or
 * three days overdue, a fact leaving its window, the graduating rescreen window opening). Everything goes through
 * the features' services and the real rules; what the staff do next is decided from what the rules left
 * ({@link DemoCaseworkPolicy}), so the history is one the rules would have produced.
 *
 * <p>Between those moments the sweep (every 15 minutes) finds nothing to change for these students, so the replay runs
 * it only for the students concerned at those moments; the loader's last sweep, at the real time, covers everyone.
 */
@ApplicationScoped
public class DemoHistory {

    static final int ACTS_PER_TRANSACTION = 25;

    @Inject
    DemoCasework work;

    @Inject
    ClockProducer clocks;

    @Inject
    SchoolCalendar calendar;

    @Inject
    ActiveRules activeRules;

    @Inject
    XinyuSettings settings;

    @Inject
    HomeVisitService homeVisits;

    @Inject
    AssessmentService assessments;

    @Inject
    FollowUpService followUps;

    @Inject
    ScreeningService screenings;

    @Inject
    ObservationService observations;

    /** What happens at one moment. */
    private static final class Moment {
        boolean everyone;
        final Set<Long> sweep = new TreeSet<>();
        final List<DemoCasework.Act> acts = new ArrayList<>();
    }

    /** The replay's state: what is planned, and which follow-ups and students have been decided about. */
    private final class Run {
        final DemoDistrict district;
        final DemoCaseworkPolicy policy;
        final Instant now;
        final LocalDate today;
        final Semester semester;
        final Parameters parameters;
        final Duration tick;
        final TreeMap<Instant, Moment> queue = new TreeMap<>();
        final Map<String, Long> ids;
        final Map<Long, DemoStudent> students = new HashMap<>();
        final Map<String, String> headTeachers = new HashMap<>();
        final Map<String, AccountPrincipal> staff;
        /** Follow-up id -> the due time its fate was decided for. */
        final Map<Long, Instant> decided = new HashMap<>();
        /** Student id -> the day of the visit planned next. */
        final Map<Long, LocalDate> plannedVisit = new HashMap<>();
        final Set<Long> absentParentPlanned = new HashSet<>();
        final Set<String> showcase = new HashSet<>();
        Instant current;
        int acts;
        int moments;

        Run(DemoDistrict district, long seed, Instant now) {
            this.district = district;
            this.policy = new DemoCaseworkPolicy(seed, Zones.SCHOOL);
            this.now = now;
            this.today = LocalDate.ofInstant(now, Zones.SCHOOL);
            this.semester = calendar.semesterOn(today);
            this.parameters = activeRules.current().rules().parameters();
            this.tick = settings.sweep().interval();
            this.ids = work.studentIds();
            this.staff = work.staff();
            for (DemoStudent s : district.students()) {
                students.put(ids.get(s.key()), s);
            }
            for (DemoClass c : district.classes()) {
                boolean teachers = c.schoolCode().equals(district.firstSchool().code()) && c.grade() == DemoWriter.TEACHER_GRADE
                        && c.classNo() == DemoWriter.TEACHER_CLASS;
                headTeachers.put(c.schoolCode() + "/" + c.grade() + "/" + c.classNo(), teachers ? "teacher" : c.headTeacherUsername());
            }
            // the first school's severe-anxiety student (grade 9): its head teacher has not reached the parents, and its
            // first weekly check-in is late, so the grade leader and the school's leadership both have an escalation
            for (DemoScreening s : district.screenings()) {
                if (s.schoolCode().equals(district.firstSchool().code()) && s.instrument().equals("GAD7")
                        && s.answers().equals(List.of(3, 2, 3, 2, 2, 2, 2))) {
                    showcase.add(s.schoolCode() + "/" + s.studentNo());
                }
            }
        }

        Moment at(Instant at) {
            return queue.computeIfAbsent(at, a -> new Moment());
        }

        String headTeacher(DemoStudent s) {
            return headTeachers.get(s.schoolCode() + "/" + s.grade() + "/" + s.classNo());
        }

        String counsellor(DemoStudent s) {
            return s.schoolCode().equals(district.firstSchool().code()) ? "counsellor"
                    : "counsellor-" + s.schoolCode().toLowerCase(Locale.ROOT);
        }

        /** A fact entered on its day, or now if that time of its day has not come yet. */
        Instant factTime(LocalDate day, LocalTime time) {
            Instant at = policy.at(day, time);
            return at.isAfter(now) ? now.minusSeconds(1) : at;
        }

        /** The first sweep after {@code instant} + {@code after} (the sweep runs on a grid of its interval). */
        Instant sweepAfter(Instant instant, Duration after) {
            long t = instant.plus(after).toEpochMilli();
            long grid = tick.toMillis();
            return Instant.ofEpochMilli((t / grid + 1) * grid);
        }

        Instant dueBy(DemoCasework.OpenFollowUp f, Duration after) {
            return f.dueAt().plus(after);
        }

        void wake(long studentId, Instant at) {
            if (!at.isAfter(now) && at.isAfter(current)) {
                at(at).sweep.add(studentId);
            }
        }
    }

    /** What the replay did, for the log. */
    public record Summary(int moments, int acts, long millis) {
    }

    /** Replays the semester up to {@code now}; the district is already written (schools, accounts, students). */
    public Summary replay(DemoDistrict district, long seed, Instant now) {
        long begin = System.nanoTime();
        Run run = new Run(district, seed, now);
        LocalDate first = run.semester.start();
        for (DemoScreening s : district.screenings()) {
            first = s.administeredOn().isBefore(first) ? s.administeredOn() : first;
        }
        for (DemoObservation o : district.observations()) {
            first = o.observedOn().isBefore(first) ? o.observedOn() : first;
        }
        Instant start = run.policy.at(first, LocalTime.of(7, 30));
        run.current = start.minusMillis(1);
        run.at(start).everyone = true;
        plan(run);
        while (!run.queue.isEmpty()) {
            Map.Entry<Instant, Moment> next = run.queue.pollFirstEntry();
            if (next.getKey().isAfter(now)) {
                break;
            }
            run.current = next.getKey();
            run.moments++;
            clocks.movable().at(next.getKey(), () -> happen(run, next.getValue()));
        }
        return new Summary(run.moments, run.acts, (System.nanoTime() - begin) / 1_000_000);
    }

    /** The facts of the district on their days, and the moments their ageing may change the rules' view. */
    private void plan(Run run) {
        int validity = run.parameters.getScreeningValidityDays();
        int recent = run.parameters.getObservationRecentDays();
        int any = run.parameters.getObservationAnyDays();
        for (DemoScreening s : run.district.screenings()) {
            long id = run.ids.get(s.schoolCode() + "/" + s.studentNo());
            DemoStudent student = run.students.get(id);
            run.at(run.factTime(s.administeredOn(), DemoCaseworkPolicy.SCREENINGS)).acts.add(new DemoCasework.Act(
                    run.counsellor(student), id, () -> screenings.record(id, new NewScreening(s.instrument(),
                    s.administeredOn(), s.answers()))));
            run.wake(id, run.policy.at(s.administeredOn().plusDays(validity + 1L), DemoCaseworkPolicy.DAILY_SWEEP));
        }
        for (DemoObservation o : run.district.observations()) {
            long id = run.ids.get(o.schoolCode() + "/" + o.studentNo());
            DemoStudent student = run.students.get(id);
            run.at(run.factTime(o.observedOn(), DemoCaseworkPolicy.OBSERVATIONS)).acts.add(new DemoCasework.Act(
                    run.headTeacher(student), id, () -> observations.record(id, new NewObservation(
                    ObservationCategory.valueOf(o.category()), o.severity(), o.observedOn(), o.note()))));
            for (int days : new int[] {recent + 1, any + 1}) {
                run.wake(id, run.policy.at(o.observedOn().plusDays(days), DemoCaseworkPolicy.DAILY_SWEEP));
            }
        }
        // graduating-year students at MEDIUM or above need a rescreen from this day on
        MonthDay opens = run.parameters.getGraduatingRescreenWindowOpens();
        LocalDate windowOpens = opens.atYear(run.today.getYear());
        if (!windowOpens.isAfter(run.today) && windowOpens.isAfter(run.semester.start())) {
            Moment m = run.at(run.policy.at(windowOpens, DemoCaseworkPolicy.DAILY_SWEEP));
            run.students.forEach((id, s) -> {
                if (run.parameters.getGraduatingGrades().contains(s.grade())) {
                    m.sweep.add(id);
                }
            });
        }
    }

    private void happen(Run run, Moment moment) {
        Set<Long> touched = new TreeSet<>();
        if (moment.everyone) {
            List<Long> all = new ArrayList<>(new TreeSet<>(run.students.keySet()));
            work.sweep(all, EvaluationTrigger.DEMO_LOAD);
            touched.addAll(all);
        }
        if (!moment.sweep.isEmpty()) {
            work.sweep(new ArrayList<>(moment.sweep), EvaluationTrigger.SWEEP);
            touched.addAll(moment.sweep);
        }
        if (!moment.acts.isEmpty()) {
            // a transaction per few dozen acts: the persistence context's flushes grow with what it holds
            for (int from = 0; from < moment.acts.size(); from += ACTS_PER_TRANSACTION) {
                work.perform(moment.acts.subList(from, Math.min(moment.acts.size(), from + ACTS_PER_TRANSACTION)), run.staff);
            }
            run.acts += moment.acts.size();
            moment.acts.forEach(a -> touched.add(a.studentId()));
        }
        react(run, work.observe(touched));
    }

    /** Decides what the staff do about what the rules have just left: follow-ups to complete, visits to make. */
    private void react(Run run, DemoCasework.Observed observed) {
        Duration toGrade = run.parameters.getEscalationGradeLeaderAfter();
        Duration toSchool = run.parameters.getEscalationSchoolLeadershipAfter();
        for (DemoCasework.OpenFollowUp f : observed.followUps()) {
            if (f.dueAt().equals(run.decided.get(f.id()))) {
                continue;
            }
            run.decided.put(f.id(), f.dueAt());
            DemoStudent student = run.students.get(f.studentId());
            DemoCaseworkPolicy.Completion completion = run.policy.complete(student.key(), f.type(), f.createdAt(), f.dueAt(),
                    forced(run, student, f));
            if (completion.at() == null || completion.at().isAfter(run.dueBy(f, toGrade))) {
                run.wake(f.studentId(), run.sweepAfter(f.dueAt(), toGrade));
            }
            if (completion.at() == null || completion.at().isAfter(run.dueBy(f, toSchool))) {
                run.wake(f.studentId(), run.sweepAfter(f.dueAt(), toSchool));
            }
            if (completion.at() != null && !completion.at().isAfter(run.now) && completion.at().isAfter(run.current)) {
                run.at(completion.at()).acts.add(completion(run, student, f));
            }
        }
        for (DemoCasework.Duty duty : observed.duties()) {
            DemoStudent student = run.students.get(duty.studentId());
            LocalDate day = LocalDate.ofInstant(run.current, Zones.SCHOOL);
            if (duty.absentParentRequired() && !duty.absentParentReached() && run.absentParentPlanned.add(duty.studentId())) {
                run.policy.absentParentCall(student.key(), day, run.semester.start(), run.semester.end())
                        .ifPresent(v -> visit(run, student, duty.studentId(), v));
            }
            LocalDate planned = run.plannedVisit.get(duty.studentId());
            if (duty.nextVisitDue() == null || (planned != null && !planned.isBefore(day))) {
                continue;
            }
            run.policy.nextVisit(student.key(), day, duty.nextVisitDue(), duty.perSemester(), duty.intervalDays(),
                    run.semester.start(), run.semester.end()).ifPresent(v -> {
                        run.plannedVisit.put(duty.studentId(), v.on());
                        visit(run, student, duty.studentId(), v);
                    });
        }
    }

    private void visit(Run run, DemoStudent student, long id, DemoCaseworkPolicy.Visit v) {
        Instant at = run.policy.at(v.on(), DemoCaseworkPolicy.VISITS);
        if (at.isAfter(run.now) || !at.isAfter(run.current)) {
            return;
        }
        String note = v.absentParent() ? "与在外务工的家长通话，了解孩子近况并沟通在校表现。"
                : switch (v.mode()) {
                    case IN_PERSON -> "实地家访，与监护人交流孩子在家和在校情况。";
                    case PHONE -> "电话家访，与家长沟通近期情况。";
                    case VIDEO -> "视频家访，与家长沟通近期情况。";
                    case WECHAT -> "微信联系家长，交流孩子近期表现。";
                };
        run.at(at).acts.add(new DemoCasework.Act(run.headTeacher(student), id, () -> homeVisits.recordForStudent(id,
                new NewHomeVisit(v.on(), v.mode(), v.absentParent(), note))));
    }

    private DemoCasework.Act completion(Run run, DemoStudent student, DemoCasework.OpenFollowUp f) {
        String actor = DemoCaseworkPolicy.headTeacherOwns(f.owner()) ? run.headTeacher(student) : run.counsellor(student);
        if (f.type() == FollowUpType.RISK_ASSESSMENT) {
            return new DemoCasework.Act(actor, f.studentId(), () -> {
                if (work.isOpen(f.id())) {
                    assessments.assess(f.caseId(), new NewAssessment(Priority.HIGH,
                            "面谈评估：有消极想法但无具体计划，已与家长沟通，制定安全计划，每周心理辅导。"));
                }
            });
        }
        return new DemoCasework.Act(actor, f.studentId(), () -> {
            if (work.isOpen(f.id())) {
                followUps.complete(f.caseId(), f.id(), new FollowUpCompletion(NOTES.getOrDefault(f.type(), "已完成。")));
            }
        });
    }

    private static Optional<DemoCaseworkPolicy.Fate> forced(Run run, DemoStudent student, DemoCasework.OpenFollowUp f) {
        if (!run.showcase.contains(student.key())) {
            return Optional.empty();
        }
        boolean recent = f.dueAt().isAfter(run.now.minus(Duration.ofDays(10)));
        if (recent && (f.type() == FollowUpType.PARENT_CONTACT || f.type() == FollowUpType.CHECK_IN)) {
            return Optional.of(DemoCaseworkPolicy.Fate.OPEN);
        }
        if (f.type() == FollowUpType.COUNSELLING_SESSION) {
            return Optional.of(DemoCaseworkPolicy.Fate.ON_TIME);
        }
        return Optional.empty();
    }

    private static final Map<FollowUpType, String> NOTES = Map.of(
            FollowUpType.CHECK_IN, "课间谈心，情绪平稳，学习状态正常。",
            FollowUpType.PARENT_CONTACT, "已电话联系家长，说明情况并商定家校配合。",
            FollowUpType.PARENT_NOTIFICATION, "已当面告知家长，家长表示会配合学校。",
            FollowUpType.CRISIS_TEAM_NOTIFICATION, "已报告学校危机干预小组。",
            FollowUpType.SAFETY_PLAN, "与学生共同制定安全计划，已告知班主任和家长。",
            FollowUpType.REFERRAL_DECISION, "评估后暂不转介，继续校内心理辅导，每周一次。",
            FollowUpType.COUNSELLING_SESSION, "完成个别心理辅导一次，约定下次时间。");
}
