package org.xinyu.bench.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.xinyu.casework.EscalationLevel;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.Priority;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.rules.engine.CompiledRuleSet;
import org.xinyu.rules.engine.Evaluation;
import org.xinyu.rules.engine.ShippedRules;
import org.xinyu.rules.engine.StudentFacts;
import org.xinyu.rules.engine.fact.FamilyCircumstance;
import org.xinyu.rules.engine.fact.HomeVisit;
import org.xinyu.rules.engine.fact.Observation;
import org.xinyu.rules.engine.fact.OpenFollowUp;
import org.xinyu.rules.engine.fact.OpenReferral;
import org.xinyu.rules.engine.fact.RequiredFollowUp;
import org.xinyu.rules.engine.fact.Parameters;
import org.xinyu.rules.engine.fact.RiskAssessment;
import org.xinyu.rules.engine.fact.ScreeningResult;
import org.xinyu.rules.engine.fact.Semester;
import org.xinyu.rules.engine.fact.Student;
import org.xinyu.screening.Band;
import org.xinyu.student.Circumstance;

/**
 * Benchmark of the shipped rules (not a test; surefire excludes {@code bench/}). Generates N synthetic
 * students from a fixed seed, evaluates them with Drools on one thread and on all cores, and with
 * {@link PlainPolicy} likewise; checks that both agree on priority, reached-at, every reason (rule, level, key,
 * arguments, text), follow-ups (type,
 * owner, due, referral, tighten flag), escalations and the home-visit requirement for every
 * student; prints students/s, µs/student and the Drools/plain-Java ratio. Exits 1 on any mismatch.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.xinyu.bench.rules.RulesBench -Dexec.args="100000"
 * </pre>
 * Optional second argument: the seed (default 20261015).
 */
public final class RulesBench {

    private static final Instant AUTUMN_NOW = OffsetDateTime.parse("2026-10-15T09:00:00+08:00").toInstant();
    private static final Semester AUTUMN = new Semester(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 22));
    private static final Instant SPRING_NOW = OffsetDateTime.parse("2027-03-10T15:30:00+08:00").toInstant();
    private static final Semester SPRING = new Semester(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 7, 5));

    private record Case(StudentFacts facts, Instant now) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261015L;
        int cores = Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        ShippedRules shipped = ShippedRules.load();
        CompiledRuleSet rules = shipped.compile("bench").orElseThrow();
        PlainPolicy plain = new PlainPolicy(rules.parameters());
        System.out.printf("compiled shipped rules in %.0f ms%n", (System.nanoTime() - t0) / 1e6);

        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cases.add(generate(random, i + 1));
        }
        System.out.printf("generated %,d students (seed %d); %d cores%n", n, seed, cores);

        // Warm-up: Drools' code paths take about 200,000 evaluations to be fully compiled (with only 40,000, the
        // first measured rounds were still 20-40 % slower than the last), so each implementation runs that many first.
        int warm = Math.min(n, 50_000);
        for (int round = 0; round < WARM_UP_EVALUATIONS / warm; round++) {
            for (int i = 0; i < warm; i++) {
                Case c = cases.get(i);
                rules.evaluate(c.facts(), Clock.fixed(c.now(), CompiledRuleSet.SCHOOL_ZONE));
                plain.evaluate(c.facts(), c.now());
            }
        }
        System.out.printf("warmed up with %,d evaluations of each%n", WARM_UP_EVALUATIONS / warm * warm);

        Evaluation[] drools = new Evaluation[n];
        PlainPolicy.Outcome[] java = new PlainPolicy.Outcome[n];
        double drools1 = time("Drools, 1 thread", n, 1, i -> drools[i] = rules.evaluate(cases.get(i).facts(),
                Clock.fixed(cases.get(i).now(), CompiledRuleSet.SCHOOL_ZONE)));
        double droolsN = time("Drools, " + cores + " threads", n, cores, i -> rules.evaluate(cases.get(i).facts(),
                Clock.fixed(cases.get(i).now(), CompiledRuleSet.SCHOOL_ZONE)));
        double plain1 = time("plain Java, 1 thread", n, 1, i -> java[i] = plain.evaluate(cases.get(i).facts(), cases.get(i).now()));
        double plainN = time("plain Java, " + cores + " threads", n, cores, i -> plain.evaluate(cases.get(i).facts(), cases.get(i).now()));
        System.out.printf("Drools / plain Java: %.1fx on 1 thread, %.1fx on %d threads%n", drools1 / plain1, droolsN / plainN, cores);

        int mismatches = 0;
        int[] byPriority = new int[Priority.values().length];
        long firings = 0;
        for (int i = 0; i < n; i++) {
            byPriority[drools[i].priority().ordinal()]++;
            firings += drools[i].firedRules().size();
            String diff = compare(drools[i], java[i]);
            if (diff != null) {
                if (++mismatches <= 10) {
                    System.out.println(mismatch(cases.get(i), diff));
                }
            }
        }
        StringBuilder dist = new StringBuilder();
        for (Priority p : Priority.values()) {
            dist.append(p).append('=').append(byPriority[p.ordinal()]).append(' ');
        }
        System.out.println("priorities: " + dist.toString().trim());
        System.out.printf("rule firings per student: %.1f%n", (double) firings / n);
        if (mismatches > 0) {
            System.out.printf("%,d of %,d students differ between Drools and plain Java%n", mismatches, n);
            System.exit(1);
        }
        System.out.printf("Drools and plain Java agree for all %,d students%n", n);
    }

    /**
     * Evaluates {@code n} synthetic students from {@code seed} with {@code rules} and with {@link PlainPolicy} under
     * {@code plainParameters}, and returns one line per student on which they disagree (empty when they agree). The
     * benchmark's yardstick is only fair while it implements the shipped policy, so {@code mvn test} runs this
     * (PlainPolicyAgreementTest) instead of trusting that nobody changed one side alone.
     */
    public static List<String> disagreements(CompiledRuleSet rules, Parameters plainParameters, int n, long seed) {
        PlainPolicy plain = new PlainPolicy(plainParameters);
        Random random = new Random(seed);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Case c = generate(random, i + 1);
            Evaluation drools = rules.evaluate(c.facts(), Clock.fixed(c.now(), CompiledRuleSet.SCHOOL_ZONE));
            String diff = compare(drools, plain.evaluate(c.facts(), c.now()));
            if (diff != null) {
                found.add(mismatch(c, diff));
            }
        }
        return found;
    }

    private static String mismatch(Case c, String diff) {
        return "MISMATCH student " + c.facts().student().studentId() + " at " + c.now() + ": " + diff;
    }

    /** Measurement rounds per figure: one round on a 2-core machine varies by ±20 %, the median of five much less. */
    private static final int ROUNDS = 5;

    private static final int WARM_UP_EVALUATIONS = 200_000;

    /** Runs {@code work} for 0..n-1 on {@code threads} threads {@link #ROUNDS} times; prints each round and returns the median µs per student. */
    private static double time(String label, int n, int threads, IntFunction<Object> work) throws Exception {
        double[] micros = new double[ROUNDS];
        StringBuilder rounds = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            micros[round] = once(n, threads, work);
            rounds.append(round == 0 ? "" : ", ").append(String.format("%.2f", micros[round]));
        }
        double[] sorted = micros.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[ROUNDS / 2];
        System.out.printf("%-24s %,12.0f students/s %10.2f µs/student (median; rounds %s)%n", label, 1e6 / median, median, rounds);
        return median;
    }

    private static double once(int n, int threads, IntFunction<Object> work) throws Exception {
        long start = System.nanoTime();
        if (threads == 1) {
            for (int i = 0; i < n; i++) {
                work.apply(i);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> parts = new ArrayList<>();
                int chunk = (n + threads - 1) / threads;
                for (int t = 0; t < threads; t++) {
                    int from = t * chunk;
                    int to = Math.min(n, from + chunk);
                    parts.add(pool.submit(() -> {
                        for (int i = from; i < to; i++) {
                            work.apply(i);
                        }
                    }));
                }
                for (Future<?> f : parts) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        return (System.nanoTime() - start) / 1e3 / n;
    }

    private static String compare(Evaluation d, PlainPolicy.Outcome j) {
        List<String> dFollowUps = new ArrayList<>();
        for (RequiredFollowUp f : d.followUps()) {
            dFollowUps.add(PlainPolicy.key(f.type(), f.ownerRole(), f.dueAt(), f.referralId(), f.tightenIfOpen()));
        }
        List<String> dEsc = new ArrayList<>();
        d.escalations().forEach(e -> dEsc.add(e.followUpId() + ":" + e.level()));
        dEsc.sort(null);
        StringBuilder diff = new StringBuilder();
        diffIf(diff, "priority", d.priority(), j.priority());
        diffIf(diff, "reachedAt", d.priorityReachedAt(), j.reachedAt());
        diffIf(diff, "reasons", d.reasons(), j.reasons());
        diffIf(diff, "followUps", dFollowUps, j.followUps());
        diffIf(diff, "escalations", dEsc, j.escalations());
        diffIf(diff, "intervalDays", d.homeVisit().intervalDays(), j.intervalDays());
        diffIf(diff, "perSemester", d.homeVisit().perSemester(), j.perSemester());
        diffIf(diff, "nextDueBy", d.homeVisit().nextDueBy(), j.nextDueBy());
        diffIf(diff, "lastVisitOn", d.homeVisit().lastVisitOn(), j.lastVisitOn());
        diffIf(diff, "absentParentRequired", d.homeVisit().absentParentContactRequired(), j.absentParentRequired());
        diffIf(diff, "absentParentSatisfied", d.homeVisit().absentParentContactSatisfied(), j.absentParentSatisfied());
        return diff.length() == 0 ? null : diff.toString();
    }

    private static void diffIf(StringBuilder diff, String what, Object drools, Object plain) {
        if (!PlainPolicy.same(drools, plain)) {
            diff.append(what).append(": drools=").append(drools).append(" plain=").append(plain).append("; ");
        }
    }

    /** One synthetic student with realistic proportions of facts. */
    private static Case generate(Random r, long id) {
        boolean spring = r.nextBoolean();
        Instant now = spring ? SPRING_NOW : AUTUMN_NOW;
        Semester semester = spring ? SPRING : AUTUMN;
        LocalDate today = LocalDate.ofInstant(now, CompiledRuleSet.SCHOOL_ZONE);
        int grade = 1 + r.nextInt(12);
        StudentFacts.Builder b = StudentFacts.builder(new Student(id, 1 + id % 50, grade, 1 + id % 2000), semester);
        double[] circumstanceRate = {0.15, 0.10, 0.02, 0.10, 0.05}; // LEFT_BEHIND, POOR, DISABLED, SINGLE_PARENT, ADVERSE_EVENT
        for (Circumstance c : Circumstance.values()) {
            if (r.nextDouble() < circumstanceRate[c.ordinal()]) {
                b.circumstance(new FamilyCircumstance(c, today.minusDays(r.nextInt(700))));
            }
        }
        long nextId = id * 100;
        int screenings = r.nextInt(4);
        for (int s = 0; s < screenings; s++) {
            double kind = r.nextDouble();
            LocalDate on = today.minusDays(r.nextInt(500));
            Instant recorded = on.atStartOfDay(CompiledRuleSet.SCHOOL_ZONE).toInstant().plus(Duration.ofMinutes(480 + r.nextInt(600)));
            boolean valid = r.nextDouble() > 0.03;
            if (kind < 0.55) {
                int total = Math.min(27, (int) Math.abs(r.nextGaussian() * 7));
                double a = r.nextDouble();
                int item9 = a < 0.9 ? 0 : a < 0.97 ? 1 : a < 0.99 ? 2 : 3;
                b.screening(new ScreeningResult(nextId++, r.nextInt(5) == 0 ? "PHQA" : "PHQ9", on, recorded, total, Band.NONE, item9, false, valid));
            } else if (kind < 0.85) {
                b.screening(new ScreeningResult(nextId++, "GAD7", on, recorded, Math.min(21, (int) Math.abs(r.nextGaussian() * 6)), Band.NONE, null, false, valid));
            } else {
                double a = r.nextDouble();
                Band band = a < 0.6 ? Band.NONE : a < 0.85 ? Band.MILD : a < 0.96 ? Band.MODERATE : Band.SEVERE;
                b.screening(new ScreeningResult(nextId++, r.nextBoolean() ? "MHT" : "SCL90", on, recorded, r.nextInt(100), band, null,
                        r.nextDouble() < 0.01, valid));
            }
        }
        int observations = r.nextDouble() < 0.6 ? 0 : 1 + r.nextInt(4);
        ObservationCategory[] cats = ObservationCategory.values();
        for (int o = 0; o < observations; o++) {
            ObservationCategory c = r.nextDouble() < 0.04 ? cats[r.nextInt(3)] : cats[3 + r.nextInt(cats.length - 3)];
            LocalDate on = today.minusDays(r.nextInt(90));
            Instant recorded = on.atStartOfDay(CompiledRuleSet.SCHOOL_ZONE).toInstant().plus(Duration.ofHours(8 + r.nextInt(10)));
            if (recorded.isAfter(now)) {
                recorded = now;
            }
            b.observation(new Observation(nextId++, c, 1 + r.nextInt(3), on, recorded));
        }
        if (r.nextDouble() < 0.3) {
            Priority p = Priority.values()[r.nextInt(5)];
            Instant reached = now.minus(Duration.ofMinutes(r.nextInt(200 * 24 * 60)));
            b.caseState(p, reached);
            if (r.nextDouble() < 0.3) {
                b.latestAssessment(new RiskAssessment(Priority.values()[r.nextInt(5)], now.minus(Duration.ofMinutes(r.nextInt(100 * 24 * 60)))));
            }
            int open = r.nextInt(4);
            for (int f = 0; f < open; f++) {
                EscalationLevel[] levels = {null, null, EscalationLevel.GRADE_LEADER, EscalationLevel.SCHOOL_LEADERSHIP};
                b.openFollowUp(new OpenFollowUp(nextId++, FollowUpType.values()[r.nextInt(FollowUpType.values().length)],
                        now.plus(Duration.ofMinutes(r.nextInt(20 * 24 * 60) - 10 * 24 * 60)), levels[r.nextInt(4)], null));
            }
            int completed = r.nextInt(4);
            for (int c = 0; c < completed; c++) {
                b.lastCompletion(FollowUpType.values()[r.nextInt(FollowUpType.values().length)], now.minus(Duration.ofMinutes(r.nextInt(60 * 24 * 60))));
            }
            if (r.nextDouble() < 0.15) {
                Instant opened = now.minus(Duration.ofMinutes(r.nextInt(90 * 24 * 60)));
                b.openReferral(new OpenReferral(nextId++, opened, r.nextBoolean() ? null : opened.plus(Duration.between(opened, now).dividedBy(2))));
            }
        }
        int visits = r.nextInt(5);
        HomeVisitMode[] modes = HomeVisitMode.values();
        for (int v = 0; v < visits; v++) {
            b.homeVisit(new HomeVisit(today.minusDays(r.nextInt(150)), modes[r.nextInt(modes.length)], r.nextDouble() < 0.3));
        }
        return new Case(b.build(), now);
    }
}
