package org.xinyu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent fact writes on the embedded default and on PostgreSQL (issue 12; not a test): a real Payara Micro with
 * the demo district (as {@code mvn -Prun}), one school of 16 classes with a head teacher each, and for every client
 * count asked for, 64 fresh students (4 per class) to whom that many head-teacher clients write observations for a
 * fixed time. Each client writes as the head teacher of the student it writes about. Prints per client count: writes,
 * errors (by status), writes/s, p50/p95/p99/max latency, and the server's CPU per write (the Payara process, and on
 * PostgreSQL the database's backends, read from /proc) and the client's.
 *
 * <p>With {@code --count-statements} the bench also counts the SQL statements per write: on H2 from the database's query
 * statistics, on PostgreSQL from its log, where the bench database logs every statement (the CPU and latency of such a
 * run include that logging: take them from a run without it; statements per write do not depend on the client count).
 * <pre>
 * mvn -q package -DskipTests
 * java -cp target/test-classes:&lt;postgresql.jar&gt;:&lt;h2.jar&gt; org.xinyu.bench.LoadBench --db=h2 --clients=1,4,8,16 --seconds=30
 * </pre>
 */
public final class LoadBench {

    private static final String[] CATEGORIES = {"LOW_MOOD", "ANXIETY", "WITHDRAWAL", "CONFLICT", "ABSENCE", "SLEEP_APPETITE",
            "ACADEMIC_DECLINE", "FAMILY_EVENT", "BULLYING_VICTIM", "OTHER"};
    private static final String TEACHER_PASSWORD = "Load-Bench-2026x";
    private static final int CLASSES = 16;
    private static final int PER_CLASS = 4;
    private static final double TICKS = 100.0; // USER_HZ of /proc/<pid>/stat

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = EndToEndBench.parse(args);
        String db = o.getOrDefault("db", "h2");
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        boolean countStatements = java.util.Arrays.asList(args).contains("--count-statements");
        Path build = Path.of(o.getOrDefault("build-dir", "target"));
        Path project = Path.of(o.getOrDefault("project-dir", "."));
        try (BenchServer server = BenchServer.startDemo(build, project, db, o.getOrDefault("pg", "127.0.0.1:5432"),
                Integer.parseInt(o.getOrDefault("port", "18991")), List.of(), countStatements)) {
            String school = "LOAD-" + (System.currentTimeMillis() % 100000);
            List<String> teachers = setUp(server, school);
            System.out.printf("%s: school %s, %d classes with a head teacher each; %s%n", db, school, CLASSES,
                    countStatements ? "counting SQL statements (figures include the logging)" : "timing");
            // warm-up on students of their own
            run(server, school, teachers, 4, Integer.parseInt(o.getOrDefault("warm-up", "30")), "warm-up", countStatements);
            for (String c : o.getOrDefault("clients", "1,4,8,16").split(",")) {
                run(server, school, teachers, Integer.parseInt(c.trim()), seconds, null, countStatements);
            }
        }
    }

    /** Creates the school, its 16 classes and their head teachers; returns the head teachers' usernames by class. */
    private static List<String> setUp(BenchServer server, String school) throws Exception {
        server.post("schools", server.admin, server.adminPassword, "{\"code\":\"" + school + "\",\"name\":\"负载学校 " + school
                + "\",\"district\":\"临渭区\",\"stage\":\"JUNIOR\"}");
        List<String> teachers = new ArrayList<>();
        for (int k = 1; k <= CLASSES; k++) {
            String username = "load" + school.substring(5) + "t" + k;
            server.post("users", server.admin, server.adminPassword, "{\"username\":\"" + username + "\",\"displayName\":\"班主任" + k
                    + "\",\"password\":\"" + TEACHER_PASSWORD + "\",\"roles\":[\"HEAD_TEACHER\"],\"schoolCode\":\"" + school + "\"}");
            server.keepChosenPassword(username, TEACHER_PASSWORD);
            server.post("schools/" + school + "/classes", server.admin, server.adminPassword,
                    "{\"grade\":8,\"classNo\":" + k + ",\"headTeacher\":\"" + username + "\"}");
            teachers.add(username);
        }
        return teachers;
    }

    private static final AtomicInteger STUDENT_NO = new AtomicInteger();

    /** 4 fresh students in each class; returns their ids by class (index 0 = class 1). */
    private static List<List<Long>> students(BenchServer server, String school) throws Exception {
        List<List<Long>> byClass = new ArrayList<>();
        Pattern id = Pattern.compile("\"id\":(\\d+)");
        for (int k = 1; k <= CLASSES; k++) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < PER_CLASS; i++) {
                String body = server.post("students", server.admin, server.adminPassword, "{\"studentNo\":\"" + school + "-"
                        + STUDENT_NO.incrementAndGet() + "\",\"name\":\"学生" + STUDENT_NO.get() + "\",\"gender\":\"F\",\"birthDate\":\""
                        + LocalDate.now().minusYears(14) + "\",\"schoolCode\":\"" + school + "\",\"grade\":8,\"classNo\":" + k + "}");
                Matcher m = id.matcher(body);
                if (!m.find()) {
                    throw new IllegalStateException("no id in " + body);
                }
                ids.add(Long.parseLong(m.group(1)));
            }
            byClass.add(ids);
        }
        return byClass;
    }

    private record Write(String teacher, long student) {
    }

    private static void run(BenchServer server, String school, List<String> teachers, int clients, int seconds, String label,
                            boolean countStatements) throws Exception {
        List<List<Long>> students = students(server, school);
        // client k writes as the head teachers of classes k, k + clients, ... about their students, in turn
        List<List<Write>> plans = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            List<Write> plan = new ArrayList<>();
            for (int i = 0; i < PER_CLASS; i++) {
                for (int c = k % CLASSES; c < CLASSES; c += clients) {
                    plan.add(new Write(teachers.get(c), students.get(c).get(i)));
                }
            }
            plans.add(plan);
        }
        String base = server.baseUrl + "api/v1/students/";
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> errors = new ConcurrentHashMap<>();
        Map<Integer, String> firstError = new ConcurrentHashMap<>();
        Statements statements = countStatements ? Statements.start(server) : null;
        Cpu before = Cpu.read(server);
        long clientCpu0 = clientCpu();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            List<Write> plan = plans.get(k);
            int seed = k;
            futures.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    Write w = plan.get(n % plan.size());
                    String body = "{\"category\":\"" + CATEGORIES[(n + seed) % CATEGORIES.length] + "\",\"severity\":" + (1 + (n + seed) % 3)
                            + ",\"note\":\"load\"}";
                    long t = System.nanoTime();
                    int status;
                    String reply;
                    try {
                        HttpResponse<String> r = BenchServer.http().send(HttpRequest.newBuilder(URI.create(base + w.student() + "/observations"))
                                .header("Authorization", BenchServer.basic(w.teacher(), TEACHER_PASSWORD))
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        status = r.statusCode();
                        reply = r.body();
                    } catch (IOException e) {
                        status = -1;
                        reply = e.toString();
                    }
                    latencies.add((System.nanoTime() - t) / 1000);
                    if (status != 201) {
                        errors.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        firstError.putIfAbsent(status, reply.length() > 300 ? reply.substring(0, 300) : reply);
                    }
                    n++;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long clientCpu = clientCpu() - clientCpu0;
        Cpu after = Cpu.read(server);
        int writes = latencies.size();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int failed = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        String what = label != null ? label : clients + " clients";
        System.out.printf("%s %s, %d s: %d writes, %d errors %s, %.0f writes/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "CPU per write: server %.2f ms (Payara %.2f + database backends %.2f), client %.2f ms%n",
                server.db, what, seconds, writes, failed, errors.isEmpty() ? "" : errors.toString(), writes / elapsed,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0,
                (after.payara - before.payara + after.backends(before)) / writes, (after.payara - before.payara) / writes,
                (after.backends(before)) / writes, clientCpu / 1e6 / writes);
        System.out.printf("   machine load average (1 min) at the end: %s%n", loadAverage());
        firstError.forEach((status, body) -> System.out.printf("   first %d: %s%n", status, body));
        if (statements != null) {
            Map<String, Integer> counts = statements.since();
            int total = counts.entrySet().stream().filter(e -> !e.getKey().equals("BEGIN") && !e.getKey().equals("COMMIT"))
                    .mapToInt(Map.Entry::getValue).sum();
            System.out.printf("   SQL statements per write: %.1f, by kind %s%n", total / (double) writes, perWrite(counts, writes));
            statements.texts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .filter(e -> e.getValue() >= writes / 10)
                    .forEach(e -> System.out.printf("     %5.2f  %s%n", e.getValue() / (double) writes,
                            e.getKey().replaceAll("\\s+", " ").substring(0, Math.min(150, e.getKey().replaceAll("\\s+", " ").length()))));
        }
    }

    /**
     * Counts the SQL statements the server sends, by their first word: on H2 from its query statistics (read over the
     * AUTO_SERVER connection), on PostgreSQL from the server log, where this database logs every statement.
     */
    static final class Statements {
        private static final Path PG_LOG = Path.of(System.getProperty("xinyu.bench.pglog", "/var/log/postgresql/postgresql-15-main.log"));
        private final BenchServer server;
        private final long logFrom;
        private final Map<String, Long> h2From;

        private Statements(BenchServer server, long logFrom, Map<String, Long> h2From) {
            this.server = server;
            this.logFrom = logFrom;
            this.h2From = h2From;
        }

        static Statements start(BenchServer server) throws Exception {
            if (server.pgDatabase() != null) {
                return new Statements(server, Files.size(PG_LOG), null);
            }
            try (Connection c = server.jdbc(); java.sql.Statement st = c.createStatement()) {
                st.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
                st.execute("SET QUERY_STATISTICS TRUE");
            }
            return new Statements(server, 0, h2Counts(server));
        }

        /** Statement texts with their counts in the last {@link #since} (H2 only): what a write consists of. */
        final Map<String, Long> texts = new HashMap<>();

        Map<String, Integer> since() throws Exception {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            texts.clear();
            if (h2From != null) {
                h2Counts(server).forEach((sql, n) -> {
                    long delta = n - h2From.getOrDefault(sql, 0L);
                    if (delta > 0 && !sql.contains("INFORMATION_SCHEMA.QUERY_STATISTICS") && !sql.startsWith("SET QUERY_STATISTICS")) {
                        counts.merge(firstWord(sql), (int) delta, Integer::sum);
                        texts.put(sql, delta);
                    }
                });
                return counts;
            }
            Thread.sleep(500); // the log is written behind the replies
            byte[] all = Files.readAllBytes(PG_LOG);
            String text = new String(all, (int) Math.min(logFrom, all.length), (int) Math.max(0, all.length - logFrom), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("@" + server.pgDatabase() + " LOG:  (?:execute [^:]+|statement): (\\S+)").matcher(text);
            while (m.find()) {
                counts.merge(firstWord(m.group(1)), 1, Integer::sum);
            }
            return counts;
        }

        private static Map<String, Long> h2Counts(BenchServer server) throws Exception {
            Map<String, Long> counts = new HashMap<>();
            try (Connection c = server.jdbc(); java.sql.Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        }

        private static String firstWord(String sql) {
            String s = sql.strip();
            int end = 0;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            return s.substring(0, end).toUpperCase(java.util.Locale.ROOT);
        }
    }

    private static String perWrite(Map<String, Integer> counts, int writes) {
        StringBuilder b = new StringBuilder("(");
        counts.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(' ').append(String.format("%.1f", v / (double) writes)));
        return b.append(')').toString();
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    /** The machine's 1-minute load average: anything else running beside the bench slows it (2 cores). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long clientCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU milliseconds so far: the Payara process, and each PostgreSQL backend of the bench database by pid. */
    record Cpu(double payara, Map<Long, Double> backends) {

        static Cpu read(BenchServer server) throws Exception {
            Map<Long, Double> backends = new HashMap<>();
            if (server.pgDatabase() != null) {
                try (Connection c = server.jdbc(); PreparedStatement st = c.prepareStatement(
                        "SELECT pid FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                    st.setString(1, server.pgDatabase());
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            double ms = cpuMillis(rs.getLong(1));
                            if (ms >= 0) {
                                backends.put(rs.getLong(1), ms);
                            }
                        }
                    }
                }
            }
            return new Cpu(cpuMillis(server.pid()), backends);
        }

        /** This run's CPU of the backends: those that existed before counted from then, new ones from their start. */
        double backends(Cpu before) {
            double sum = 0;
            for (Map.Entry<Long, Double> e : backends.entrySet()) {
                sum += e.getValue() - before.backends.getOrDefault(e.getKey(), 0.0);
            }
            return sum;
        }

        static double cpuMillis(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // after the command: state is field 3, utime 14 and stime 15 (1-based over the whole line)
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS * 1000;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }
}
