package org.xinyu.bench;

import org.xinyu.launch.PayaraProcess;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * End-to-end benchmark on PostgreSQL and a real Payara Micro (not a test):
 * (b) a full re-evaluation of N students (read facts, evaluate, write outcomes) through the sweep;
 * (c) latency of one fact write + re-evaluation over HTTP under concurrent load.
 * <pre>
 * mvn -q -Prun-bench verify   (see README, "Benchmarks")
 * java -cp target/test-classes:&lt;postgresql.jar&gt; org.xinyu.bench.EndToEndBench --students=100000 --requests=2000 --threads=1,4,8
 * </pre>
 */
public final class EndToEndBench {

    private static final String ADMIN = "benchadmin";
    private static final String PASSWORD = "Bench-Admin-2026x";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> o = parse(args);
        int students = Integer.parseInt(o.getOrDefault("students", "100000"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "2000"));
        String threads = o.getOrDefault("threads", "1,4,8");
        Path build = Path.of(o.getOrDefault("build-dir", "target"));
        Path project = Path.of(o.getOrDefault("project-dir", "."));
        String pgHost = o.getOrDefault("pg", "127.0.0.1:5432");
        String db = "xinyu_bench_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + pgHost + "/postgres", "postgres", "x");
             Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        }
        String url = "jdbc:postgresql://" + pgHost + "/" + db;
        String serverUrl = url; // not reWriteBatchedInserts: its row counts break EclipseLink's batch checks
        Path run = build.resolve("bench-" + db);
        Files.createDirectories(run);
        int port = 18990;
        System.out.printf("Booting Xinyu on PostgreSQL database %s ...%n", db);
        PayaraProcess payara = PayaraProcess.start(build, project, port, run,
                PayaraProcess.Database.postgres(serverUrl, "postgres", "unused"),
                Map.of("XINYU_DEMO", "false", "XINYU_BOOTSTRAP_ADMIN", ADMIN, "XINYU_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD,
                        "XINYU_SWEEP_INTERVAL_MINUTES", "10000", "XINYU_NOTES_KEY", Base64.getEncoder().encodeToString(new byte[32])),
                new File(run.resolve("server.log").toString()), Duration.ofMinutes(5));
        System.out.printf("ready after %.1f s%n", payara.bootTime().toMillis() / 1000.0);
        try {
            long[] ids = load(url, students);
            String base = payara.baseUrl() + "api/v1/";
            // a counsellor for the fact writes
            post(base + "users", ADMIN, PASSWORD, "{\"username\":\"benchcounsellor\",\"displayName\":\"bench\",\"password\":\"" + PASSWORD
                    + "\",\"roles\":[\"COUNSELOR\"],\"schoolCode\":\"BENCH-1\"}");

            for (int round = 1; round <= 2; round++) {
                Instant t0 = Instant.now();
                String result = post(base + "system/sweep", ADMIN, PASSWORD, "{}");
                double s = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
                System.out.printf("(b) full re-evaluation round %d: %d students in %.1f s = %.0f students/s  %s%n",
                        round, students, s, students / s, result);
            }

            // (c) fact write + re-evaluation latency, at each client count asked for
            String[] categories = {"LOW_MOOD", "ANXIETY", "WITHDRAWAL", "CONFLICT", "ABSENCE", "SLEEP_APPETITE"};
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < 50; i++) { // warm-up
                observe(base, ids[random.nextInt(Math.min(ids.length, 1200))], categories[i % categories.length], 1);
            }
            for (String t : threads.split(",")) {
                writeLatency(base, ids, Integer.parseInt(t.trim()), requests, categories, random);
            }
        } finally {
            payara.stop();
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + pgHost + "/postgres", "postgres", "x");
                 Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    private static void writeLatency(String base, long[] ids, int threads, int requests, String[] categories,
                                     SplittableRandom random) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        Instant start = Instant.now();
        for (int i = 0; i < requests; i++) {
            long student = ids[random.nextInt(Math.min(ids.length, 1200))]; // the counsellor's school
            String category = categories[i % categories.length];
            int severity = 1 + (i % 3);
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                observe(base, student, category, severity);
                latencies.add((System.nanoTime() - t) / 1000);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("(c) %d observation writes with re-evaluation, %d concurrent clients: %.0f writes/s, "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                requests, threads, requests / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private static void observe(String base, long student, String category, int severity) throws Exception {
        String body = "{\"category\":\"" + category + "\",\"severity\":" + severity + ",\"note\":\"bench\"}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "students/" + student + "/observations"))
                .header("Authorization", basic("benchcounsellor", PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("observation answered " + r.statusCode() + " " + r.body());
        }
    }

    private static String post(String url, String user, String password, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user, password))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Bulk-loads a synthetic city: schools of 1,200 students, realistic circumstances, screenings and observations. */
    private static long[] load(String url, int students) throws Exception {
        Instant t0 = Instant.now();
        SplittableRandom r = new SplittableRandom(20261129);
        long[] ids = new long[students];
        try (Connection c = DriverManager.getConnection(url, "postgres", "x")) {
            c.setAutoCommit(false);
            long next = 50_000_000L;
            Timestamp now = Timestamp.from(Instant.now());
            LocalDate today = LocalDate.now();
            try (PreparedStatement school = c.prepareStatement("INSERT INTO school (id, code, name, district, stage, version) VALUES (?,?,?,?,?,0)");
                 PreparedStatement klass = c.prepareStatement("INSERT INTO school_class (id, school_id, grade, class_no, version) VALUES (?,?,?,?,0)");
                 PreparedStatement student = c.prepareStatement("INSERT INTO student (id, school_id, class_id, student_no, name, gender, birth_date, created_at, version) VALUES (?,?,?,?,?,?,?,?,1)");
                 PreparedStatement circ = c.prepareStatement("INSERT INTO student_circumstance (student_id, type, recorded_on) VALUES (?,?,?)");
                 PreparedStatement scr = c.prepareStatement("INSERT INTO screening_result (id, student_id, instrument, administered_on, answers, total_score, band, label, item9, critical, valid, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,true,?,'bench')");
                 PreparedStatement obs = c.prepareStatement("INSERT INTO observation (id, student_id, category, severity, observed_on, note, recorded_at, recorded_by) VALUES (?,?,?,?,?,NULL,?,'bench')")) {
                int perSchool = 1200;
                long schoolId = 0;
                long classId = 0;
                for (int i = 0; i < students; i++) {
                    if (i % perSchool == 0) {
                        schoolId = next++;
                        school.setLong(1, schoolId);
                        school.setString(2, "BENCH-" + (i / perSchool + 1));
                        school.setString(3, "基准学校" + (i / perSchool + 1));
                        school.setString(4, "临渭区");
                        school.setString(5, "COMPLETE");
                        school.executeUpdate();
                    }
                    if (i % 40 == 0) {
                        classId = next++;
                        klass.setLong(1, classId);
                        klass.setLong(2, schoolId);
                        klass.setInt(3, 7 + (i / 40) % 6);
                        klass.setInt(4, 1 + (i / 240) % 5 + 5 * ((i % perSchool) / 1200));
                        klass.executeUpdate();
                    }
                    long id = next++;
                    ids[i] = id;
                    student.setLong(1, id);
                    student.setLong(2, schoolId);
                    student.setLong(3, classId);
                    student.setString(4, "S" + i);
                    student.setString(5, "学生" + i);
                    student.setString(6, r.nextBoolean() ? "F" : "M");
                    student.setObject(7, today.minusYears(13 + r.nextInt(5)));
                    student.setTimestamp(8, now);
                    student.addBatch();
                    String[] kinds = {"LEFT_BEHIND", "POOR", "SINGLE_PARENT", "DISABLED", "ADVERSE_EVENT"};
                    double[] rates = {0.2, 0.07, 0.08, 0.015, 0.03};
                    for (int k = 0; k < kinds.length; k++) {
                        if (r.nextDouble() < rates[k]) {
                            circ.setLong(1, id);
                            circ.setString(2, kinds[k]);
                            circ.setObject(3, today.minusDays(r.nextInt(700)));
                            circ.addBatch();
                        }
                    }
                    if (r.nextDouble() < 0.6) {
                        int[] answers = new int[9];
                        int total = 0;
                        for (int q = 0; q < 9; q++) {
                            answers[q] = r.nextDouble() < 0.75 ? 0 : 1 + r.nextInt(r.nextDouble() < 0.8 ? 1 : 3);
                            total += answers[q];
                        }
                        scr.setLong(1, next++);
                        scr.setLong(2, id);
                        scr.setString(3, "PHQ9");
                        scr.setObject(4, today.minusDays(r.nextInt(300)));
                        scr.setString(5, java.util.Arrays.toString(answers).replaceAll("[\\[\\] ]", ""));
                        scr.setInt(6, total);
                        String band = total >= 20 ? "SEVERE" : total >= 10 ? "MODERATE" : total >= 5 ? "MILD" : "NONE";
                        scr.setString(7, band);
                        scr.setString(8, band);
                        scr.setInt(9, answers[8]);
                        scr.setBoolean(10, answers[8] >= 2);
                        scr.setTimestamp(11, now);
                        scr.addBatch();
                    }
                    if (r.nextDouble() < 0.05) {
                        obs.setLong(1, next++);
                        obs.setLong(2, id);
                        obs.setString(3, r.nextDouble() < 0.05 ? "SELF_HARM_SIGNS" : "LOW_MOOD");
                        obs.setInt(4, 1 + r.nextInt(3));
                        obs.setObject(5, today.minusDays(r.nextInt(50)));
                        obs.setTimestamp(6, now);
                        obs.addBatch();
                    }
                    if (i % 2000 == 1999 || i == students - 1) {
                        student.executeBatch();
                        circ.executeBatch();
                        scr.executeBatch();
                        obs.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER SEQUENCE xinyu_seq RESTART WITH " + (next + 1000));
                st.execute("ANALYZE");
            }
            c.commit();
        }
        System.out.printf("loaded %d students in %.1f s%n", students, Duration.between(t0, Instant.now()).toMillis() / 1000.0);
        return ids;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                m.put(a.substring(2, eq), a.substring(eq + 1));
            }
        }
        return m;
    }
}
