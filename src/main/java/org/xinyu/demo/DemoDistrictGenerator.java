package org.xinyu.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.xinyu.observation.ObservationCategory;
import org.xinyu.student.Circumstance;

/**
 * Generates the demo district: eight schools in 临渭区 and 蒲城县, 63 classes, about 2,500 students
 * with family circumstances, head teachers and counsellors, and recent screenings and observations.
 *
 * <p>Deterministic: the same seed and reference date give equal output, whatever the machine or
 * clock. Nothing reads the system clock; every date is relative to the reference date (the school
 * year is the one running on that date, starting 1 September).
 *
 * <p>Rates built in (measured values are in the tests): left-behind 35% in rural schools vs 6% in
 * urban ones; poor 10% rural / 3.5% urban (more likely when left-behind); single-parent ~8%;
 * disabled 1.5%; adverse event 3% (more likely for single-parent families). PHQ-9 for ~15% of
 * grade 5–12 students (mostly minimal, a tail of moderate and severe; ~1% with item 9 ≥ 1), GAD-7
 * for ~10% (mostly the same students, same day, correlated), and a teacher observation for ~3% of
 * all students.
 *
 * <p>So that the first school's queue always shows every priority level, six of its students get
 * designed facts instead of random ones: a PHQ-9 with item 9 = 2 (crisis), a severe PHQ-9, a
 * self-harm observation, a severe GAD-7, a moderate PHQ-9 of a graduating student with a family
 * circumstance, and three concerning observations within a month.
 */
public final class DemoDistrictGenerator {

    /** The default seed: the date of the Weinan notice, 27 October 2022. */
    public static final long DEFAULT_SEED = 20221027L;

    /** A reference date the tests and documentation use; the app passes its own "today". */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 29);

    /** Screening window: PHQ-9 and GAD-7 are dated within this many days up to the reference date. */
    static final int SCREENING_WINDOW_DAYS = 60;
    /** Observations are dated within this many days up to the reference date. */
    static final int OBSERVATION_WINDOW_DAYS = 30;
    /** Circumstances are recorded within this many days up to the reference date. */
    static final int CIRCUMSTANCE_WINDOW_DAYS = 730;
    /** Screenings concern the upper-primary and secondary grades (notice 二(二)1). */
    static final int FIRST_SCREENED_GRADE = 5;

    private record SchoolPlan(DemoSchool school, int classesPerGrade) {
    }

    private static final List<SchoolPlan> PLANS = List.of(
            plan("WN-LW-001", "渭南市临渭区育红初级中学", "临渭区", "JUNIOR", false, 3),
            plan("WN-LW-002", "渭南市临渭区实验小学", "临渭区", "PRIMARY", false, 2),
            plan("WN-LW-003", "渭南市临渭区瑞泉高级中学", "临渭区", "SENIOR", false, 2),
            plan("WN-LW-004", "渭南市临渭区官道镇九年制学校", "临渭区", "NINE_YEAR", true, 1),
            plan("WN-PC-001", "蒲城县城关中学", "蒲城县", "JUNIOR", false, 2),
            plan("WN-PC-002", "蒲城县罕井镇九年制学校", "蒲城县", "NINE_YEAR", true, 1),
            plan("WN-PC-003", "蒲城县椿林镇中心小学", "蒲城县", "PRIMARY", true, 1),
            plan("WN-PC-004", "蒲城县尧山中学", "蒲城县", "COMPLETE", true, 1));

    /** Observation categories with weights; red flags are rare (about 3% of observations). */
    private static final Object[][] CATEGORY_WEIGHTS = {
            {ObservationCategory.LOW_MOOD, 140}, {ObservationCategory.ANXIETY, 100},
            {ObservationCategory.WITHDRAWAL, 100}, {ObservationCategory.CONFLICT, 100},
            {ObservationCategory.BULLYING_VICTIM, 50}, {ObservationCategory.ABSENCE, 80},
            {ObservationCategory.ACADEMIC_DECLINE, 140}, {ObservationCategory.SLEEP_APPETITE, 60},
            {ObservationCategory.FAMILY_EVENT, 60}, {ObservationCategory.OTHER, 40},
            {ObservationCategory.SELF_HARM_SIGNS, 15}, {ObservationCategory.SUICIDE_TALK, 10},
            {ObservationCategory.HARM_TO_OTHERS, 5},
    };

    private static final Map<ObservationCategory, List<String>> NOTES = new EnumMap<>(ObservationCategory.class);

    static {
        NOTES.put(ObservationCategory.LOW_MOOD, List.of("近两周上课情绪低落，很少说笑。", "作文中多次流露出悲观情绪。",
                "课间常一个人趴在桌上，问起来说没意思。"));
        NOTES.put(ObservationCategory.ANXIETY, List.of("考试前明显紧张，手心出汗，说怕考不好被父母骂。",
                "上课被点名时非常紧张，声音发抖。", "反复询问作业是否做对，难以放下。"));
        NOTES.put(ObservationCategory.WITHDRAWAL, List.of("不愿参加集体活动，与同学交流明显减少。",
                "午饭时独自一人，拒绝同学邀请。", "班会分组时不愿加入任何小组。"));
        NOTES.put(ObservationCategory.CONFLICT, List.of("与同桌发生争执并推搡，已调解。", "因小事与同学争吵，情绪激动。",
                "顶撞任课老师，事后表示后悔。"));
        NOTES.put(ObservationCategory.BULLYING_VICTIM, List.of("有同学反映其被几名同学起外号、嘲笑。",
                "书本多次被人藏起来，本人不愿多说。", "课间被高年级学生要钱，已报告年级组。"));
        NOTES.put(ObservationCategory.ABSENCE, List.of("本月以身体不适为由请假三次。", "连续两天无故迟到，家长称不知情。",
                "周一常缺勤，原因不明。"));
        NOTES.put(ObservationCategory.ACADEMIC_DECLINE, List.of("期中考试成绩明显下滑，作业常未完成。",
                "上课注意力不集中，成绩从中上游降到下游。", "多门作业缺交，任课老师反映学习态度变化大。"));
        NOTES.put(ObservationCategory.SLEEP_APPETITE, List.of("住校生反映其夜间经常失眠。", "午餐几乎不吃，体重明显下降。",
                "上课经常打瞌睡，说晚上睡不着。"));
        NOTES.put(ObservationCategory.FAMILY_EVENT, List.of("父母近期离婚，情绪波动较大。", "祖父去世，请假回老家一周。",
                "父亲外出务工受伤，家中经济紧张。"));
        NOTES.put(ObservationCategory.OTHER, List.of("手机使用时间过长，家长求助。", "近期沉迷网络游戏，作息紊乱。",
                "与家长关系紧张，家长来电求助。"));
        NOTES.put(ObservationCategory.SELF_HARM_SIGNS, List.of("发现手腕有划痕，询问时回避。",
                "同学反映其在宿舍用小刀划手臂。"));
        NOTES.put(ObservationCategory.SUICIDE_TALK, List.of("在日记中写到\u201c活着没意思\u201d，已告知心理老师。",
                "对同学说过\u201c不想活了\u201d。"));
        NOTES.put(ObservationCategory.HARM_TO_OTHERS, List.of("扬言要报复欺负他的同学，书包里发现小刀。",
                "与同学冲突时情绪失控，威胁伤人。"));
    }

    /** Showcase roles in the first school: each gets designed facts instead of random ones. */
    private enum Showcase {
        CRISIS_ITEM9(9), SEVERE_GAD(9), MODERATE_WITH_RISK(9), SEVERE_PHQ(8), THREE_CONCERNING(8), RED_FLAG(7);

        final int grade;

        Showcase(int grade) {
            this.grade = grade;
        }
    }

    private DemoDistrictGenerator() {
    }

    /** The demo district for {@link #DEFAULT_SEED}. */
    public static DemoDistrict generate(LocalDate referenceDate) {
        return generate(DEFAULT_SEED, referenceDate);
    }

    /**
     * Generates a demo district.
     *
     * @param seed          the random seed; the same seed and date give equal output
     * @param referenceDate "today" for the demo: facts are dated up to it, the school year is the
     *                      one running on it
     */
    public static DemoDistrict generate(long seed, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        return new Run(seed, referenceDate).run();
    }

    /** The 1 September that starts the school year running on {@code date}. */
    public static LocalDate schoolYearStart(LocalDate date) {
        int year = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(year, 9, 1);
    }

    private static SchoolPlan plan(String code, String name, String district, String stage, boolean rural,
                                   int classesPerGrade) {
        return new SchoolPlan(new DemoSchool(code, name, district, stage, rural), classesPerGrade);
    }

    /** One generation: separate random streams for people, circumstances and facts. */
    private static final class Run {
        private final LocalDate reference;
        private final LocalDate yearStart;
        private final SplittableRandom people;
        private final SplittableRandom family;
        private final SplittableRandom facts;
        private final SplittableRandom showcase;

        private final List<DemoSchool> schools = new ArrayList<>();
        private final List<DemoClass> classes = new ArrayList<>();
        private final List<DemoStudent> students = new ArrayList<>();
        private final List<DemoStaff> staff = new ArrayList<>();
        private final List<DemoScreening> screenings = new ArrayList<>();
        private final List<DemoObservation> observations = new ArrayList<>();

        Run(long seed, LocalDate reference) {
            this.reference = reference;
            this.yearStart = schoolYearStart(reference);
            SplittableRandom root = new SplittableRandom(seed);
            this.people = root.split();
            this.family = root.split();
            this.facts = root.split();
            this.showcase = root.split();
        }

        DemoDistrict run() {
            for (SchoolPlan plan : PLANS) {
                DemoSchool school = plan.school();
                schools.add(school);
                staff.add(new DemoStaff("counsellor-" + ascii(school.code()),
                        ChineseNames.adult(people.nextInt(100) < 70 ? "F" : "M", people),
                        DemoStaff.COUNSELOR, school.code(), null, null));
                int firstStudent = students.size();
                for (int grade : school.grades()) {
                    for (int classNo = 1; classNo <= plan.classesPerGrade(); classNo++) {
                        addClass(school, grade, classNo);
                    }
                }
                List<DemoStudent> ofSchool = students.subList(firstStudent, students.size());
                Map<Showcase, DemoStudent> roles = schools.size() == 1 ? pickShowcase(ofSchool) : Map.of();
                LocalDate campaign = reference.minusDays(5 + facts.nextInt(SCREENING_WINDOW_DAYS - 15));
                for (DemoStudent student : List.copyOf(ofSchool)) {
                    Showcase role = roleOf(roles, student);
                    if (role != null) {
                        addShowcaseFacts(role, student);
                    } else {
                        addRandomFacts(school, student, campaign);
                    }
                }
            }
            return new DemoDistrict(schools, classes, students, staff, screenings, observations);
        }

        private void addClass(DemoSchool school, int grade, int classNo) {
            String headTeacher = "ht-" + ascii(school.code()) + "-" + grade + "-" + classNo;
            staff.add(new DemoStaff(headTeacher, ChineseNames.adult(people.nextInt(100) < 65 ? "F" : "M", people),
                    DemoStaff.HEAD_TEACHER, school.code(), grade, classNo));
            classes.add(new DemoClass(school.code(), grade, classNo, headTeacher));
            int size = school.rural() ? 35 + people.nextInt(6) : 39 + people.nextInt(7);
            int enrolYear = yearStart.getYear() - (grade - school.firstGrade());
            LocalDate enrolled = LocalDate.of(enrolYear, 9, 1);
            for (int seat = 1; seat <= size; seat++) {
                String gender = people.nextInt(1000) < 510 ? "M" : "F";
                String name = ChineseNames.child(gender, people);
                String studentNo = String.format(Locale.ROOT, "%04d%02d%02d", enrolYear, classNo, seat);
                students.add(new DemoStudent(school.code(), studentNo, name, gender,
                        birthDate(school, grade), grade, classNo, circumstances(school, enrolled)));
            }
        }

        /**
         * Children start grade 1 in the September after their sixth birthday (born 1 Sep – 31 Aug);
         * a few (more in the countryside) started late or repeated a year and are a year older.
         */
        private LocalDate birthDate(DemoSchool school, int grade) {
            int olderPercent = school.rural() ? 8 : 4;
            int yearsOlder = people.nextInt(100) < olderPercent ? 1 : 0;
            LocalDate from = yearStart.minusYears(6L + grade + yearsOlder);
            LocalDate to = from.plusYears(1).minusDays(1);
            return from.plusDays(people.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
        }

        private List<DemoCircumstance> circumstances(DemoSchool school, LocalDate enrolled) {
            boolean rural = school.rural();
            boolean leftBehind = chance(family, rural ? 0.35 : 0.06);
            boolean poor = chance(family, (rural ? 0.10 : 0.035) * (leftBehind ? 1.3 : 0.85));
            boolean singleParent = chance(family, rural ? 0.075 : 0.085);
            boolean disabled = chance(family, 0.015);
            boolean adverse = chance(family, singleParent ? 0.06 : 0.0275);
            List<DemoCircumstance> list = new ArrayList<>();
            LocalDate earliest = enrolled.isAfter(reference.minusDays(CIRCUMSTANCE_WINDOW_DAYS))
                    ? enrolled : reference.minusDays(CIRCUMSTANCE_WINDOW_DAYS);
            long span = Math.max(0, ChronoUnit.DAYS.between(earliest, reference));
            boolean[] present = {leftBehind, poor, disabled, singleParent, adverse};
            Circumstance[] kinds = {Circumstance.LEFT_BEHIND, Circumstance.POOR, Circumstance.DISABLED,
                    Circumstance.SINGLE_PARENT, Circumstance.ADVERSE_EVENT};
            for (int i = 0; i < kinds.length; i++) {
                if (present[i]) {
                    list.add(new DemoCircumstance(kinds[i], earliest.plusDays(family.nextLong(span + 1))));
                }
            }
            list.sort((a, b) -> a.circumstance().compareTo(b.circumstance()));
            return list;
        }

        private void addRandomFacts(DemoSchool school, DemoStudent student, LocalDate campaign) {
            int risk = student.circumstances().size();
            if (student.grade() >= FIRST_SCREENED_GRADE) {
                boolean phq = chance(facts, 0.15);
                boolean gad = phq ? chance(facts, 0.62) : chance(facts, 0.008);
                int phqLevel = phqLevel(risk);
                LocalDate day = campaign.plusDays(facts.nextInt(5));
                if (day.isAfter(reference)) {
                    day = reference;
                }
                if (phq) {
                    screenings.add(new DemoScreening(school.code(), student.studentNo(), "PHQ9", day,
                            phqAnswers(phqLevel)));
                }
                if (gad) {
                    int gadLevel = phq ? gadLevelFromPhq(phqLevel) : gadLevel(risk);
                    screenings.add(new DemoScreening(school.code(), student.studentNo(), "GAD7", day,
                            gadAnswers(gadLevel)));
                }
            }
            if (chance(facts, 0.025 + 0.015 * Math.min(2, risk))) {
                ObservationCategory category = category();
                int severity = category.isRedFlag() ? 2 + facts.nextInt(2)
                        : weighted(facts, new int[] {55, 35, 10}) + 1;
                List<String> notes = NOTES.get(category);
                observations.add(new DemoObservation(school.code(), student.studentNo(), category.name(), severity,
                        reference.minusDays(facts.nextInt(OBSERVATION_WINDOW_DAYS)),
                        notes.get(facts.nextInt(notes.size()))));
            }
        }

        /** PHQ-9 level 0..4 = none, mild, moderate, moderately severe, severe; more severe with risk. */
        private int phqLevel(int risk) {
            return risk == 0 ? weighted(facts, new int[] {620, 220, 100, 45, 15})
                    : weighted(facts, new int[] {500, 260, 130, 80, 30});
        }

        private int gadLevel(int risk) {
            return risk == 0 ? weighted(facts, new int[] {640, 230, 95, 35})
                    : weighted(facts, new int[] {520, 270, 140, 70});
        }

        /** GAD-7 level 0..3, correlated with the PHQ-9 level of the same student and day. */
        private int gadLevelFromPhq(int phqLevel) {
            int base = new int[] {0, 1, 2, 2, 3}[phqLevel];
            if (phqLevel == 3 && chance(facts, 0.4)) {
                base = 3;
            }
            int shift = weighted(facts, new int[] {25, 55, 20}) - 1;
            return Math.max(0, Math.min(3, base + shift));
        }

        private List<Integer> phqAnswers(int level) {
            int[][] ranges = {{0, 4}, {5, 9}, {10, 14}, {15, 19}, {20, 27}};
            int total;
            if (level == 0) {
                total = Math.min(facts.nextInt(5), facts.nextInt(5));
            } else if (level == 4) {
                total = 20 + Math.min(facts.nextInt(8), facts.nextInt(8));
            } else {
                total = ranges[level][0] + facts.nextInt(5);
            }
            double[] pItem9 = {0, 0.005, 0.02, 0.06, 0.25};
            int item9 = 0;
            if (chance(facts, pItem9[level])) {
                item9 = 1 + weighted(facts, new int[] {60, 30, 10});
            }
            item9 = Math.max(item9, total - 24);
            item9 = Math.min(item9, total);
            int[] rest = distribute(total - item9, new int[] {10, 11, 13, 14, 9, 8, 10, 5});
            List<Integer> answers = new ArrayList<>(9);
            for (int a : rest) {
                answers.add(a);
            }
            answers.add(item9);
            return answers;
        }

        private List<Integer> gadAnswers(int level) {
            int total = level == 0 ? Math.min(facts.nextInt(5), facts.nextInt(5))
                    : level == 3 ? 15 + Math.min(facts.nextInt(7), facts.nextInt(7))
                    : 5 * level + facts.nextInt(5);
            int[] items = distribute(total, new int[] {12, 11, 12, 9, 7, 10, 8});
            List<Integer> answers = new ArrayList<>(7);
            for (int a : items) {
                answers.add(a);
            }
            return answers;
        }

        /** Spreads {@code total} over items (each 0..3), favouring items with higher weight. */
        private int[] distribute(int total, int[] weights) {
            int[] answers = new int[weights.length];
            if (total > 3 * weights.length) {
                throw new IllegalArgumentException("total " + total + " exceeds " + 3 * weights.length);
            }
            for (int left = total; left > 0; left--) {
                int[] open = new int[weights.length];
                for (int i = 0; i < weights.length; i++) {
                    open[i] = answers[i] < 3 ? weights[i] : 0;
                }
                answers[weighted(facts, open)]++;
            }
            return answers;
        }

        private ObservationCategory category() {
            int[] weights = new int[CATEGORY_WEIGHTS.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (Integer) CATEGORY_WEIGHTS[i][1];
            }
            return (ObservationCategory) CATEGORY_WEIGHTS[weighted(facts, weights)][0];
        }

        private Map<Showcase, DemoStudent> pickShowcase(List<DemoStudent> ofSchool) {
            Map<Showcase, DemoStudent> roles = new EnumMap<>(Showcase.class);
            for (Showcase role : Showcase.values()) {
                List<DemoStudent> candidates = new ArrayList<>();
                for (DemoStudent s : ofSchool) {
                    if (s.grade() == role.grade && !roles.containsValue(s)
                            && (role != Showcase.MODERATE_WITH_RISK || !s.circumstances().isEmpty())) {
                        candidates.add(s);
                    }
                }
                if (candidates.isEmpty()) {
                    for (DemoStudent s : ofSchool) {
                        if (s.grade() == role.grade && !roles.containsValue(s)) {
                            candidates.add(s);
                        }
                    }
                }
                if (!candidates.isEmpty()) {
                    roles.put(role, candidates.get(showcase.nextInt(candidates.size())));
                }
            }
            return roles;
        }

        private static Showcase roleOf(Map<Showcase, DemoStudent> roles, DemoStudent student) {
            for (Map.Entry<Showcase, DemoStudent> e : roles.entrySet()) {
                if (e.getValue() == student) {
                    return e.getKey();
                }
            }
            return null;
        }

        private void addShowcaseFacts(Showcase role, DemoStudent s) {
            String school = s.schoolCode();
            String no = s.studentNo();
            switch (role) {
                case CRISIS_ITEM9:
                    screenings.add(new DemoScreening(school, no, "PHQ9", reference.minusDays(3),
                            List.of(2, 2, 1, 2, 1, 2, 1, 1, 2)));
                    break;
                case SEVERE_PHQ:
                    screenings.add(new DemoScreening(school, no, "PHQ9", reference.minusDays(9),
                            List.of(3, 3, 3, 3, 2, 3, 2, 2, 0)));
                    break;
                case SEVERE_GAD:
                    screenings.add(new DemoScreening(school, no, "GAD7", reference.minusDays(9),
                            List.of(3, 2, 3, 2, 2, 2, 2)));
                    break;
                case MODERATE_WITH_RISK:
                    screenings.add(new DemoScreening(school, no, "PHQ9", reference.minusDays(9),
                            List.of(2, 1, 2, 2, 1, 1, 1, 1, 0)));
                    break;
                case RED_FLAG:
                    observations.add(new DemoObservation(school, no, ObservationCategory.SELF_HARM_SIGNS.name(), 3,
                            reference.minusDays(2), "体育课时发现该生左手腕有多道新鲜划痕，询问时回避，已报告心理老师。"));
                    break;
                case THREE_CONCERNING:
                    observations.add(new DemoObservation(school, no, ObservationCategory.LOW_MOOD.name(), 2,
                            reference.minusDays(20), "近两周上课情绪低落，很少说笑。"));
                    observations.add(new DemoObservation(school, no, ObservationCategory.WITHDRAWAL.name(), 2,
                            reference.minusDays(12), "不愿参加集体活动，与同学交流明显减少。"));
                    observations.add(new DemoObservation(school, no, ObservationCategory.ABSENCE.name(), 2,
                            reference.minusDays(4), "本周以身体不适为由请假两天，家长称孩子不愿上学。"));
                    break;
                default:
                    throw new AssertionError(role);
            }
        }
    }

    private static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** An index drawn with probability proportional to its weight (weights ≥ 0, some > 0). */
    static int weighted(SplittableRandom rng, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int pick = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new AssertionError("weights");
    }

    private static String ascii(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
