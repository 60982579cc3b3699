package org.xinyu.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fact write costs as a student's history grows (issue 12; not a test): on a real Payara Micro with the demo
 * district (H2 or PostgreSQL), students with 10, 100 and 1,000 facts (80 % observations, 10 % screenings, 10 % home
 * visits, written straight into the database), then observation writes about each, one at a time, each evaluated
 * before it answers. Two layouts of the facts: a long history (one fact a day, going back; most lie outside the rules'
 * windows) and all recent (every fact in the last 30 days, so the rules use them all). Prints per student the write's
 * latency (median, p95; the evaluation is most of what grows), the server's CPU per write, how many facts the stored
 * evaluation saw, and the bytes the evaluation row stores per write (facts + fired rules + outcome).
 * <pre>
 * mvn -q package -DskipTests
 * java -cp target/test-classes:&lt;postgresql.jar&gt;:&lt;h2.jar&gt; org.xinyu.bench.FactGrowthBench --db=postgres --facts=10,100,1000 --writes=40
 * </pre>
 */
public final class FactGrowthBench {

    private static final ZoneId SCHOOL = ZoneId.of("Asia/Shanghai");
    private static final String[] CATEGORIES = {"LOW_MOOD", "ANXIETY", "WITHDRAWAL", "CONFLICT", "ABSENCE", "SLEEP_APPETITE",
            "ACADEMIC_DECLINE", "FAMILY_EVENT", "SUICIDE_TALK", "OTHER"};
    private static final String[] MODES = {"IN_PERSON", "PHONE", "VIDEO", "WECHAT"};
    private static long nextId = 900_000_000L;

    private FactGrowthBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = EndToEndBench.parse(args);
        String db = o.getOrDefault("db", "postgres");
        int writes = Integer.parseInt(o.getOrDefault("writes", "40"));
        try (BenchServer server = BenchServer.startDemo(Path.of(o.getOrDefault("build-dir", "target")),
                Path.of(o.getOrDefault("project-dir", ".")), db, o.getOrDefault("pg", "127.0.0.1:5432"),
                Integer.parseInt(o.getOrDefault("port", "18992")), List.of())) {
            measure(server, "warm-up", 10, false, 20);
            for (String layout : o.getOrDefault("layouts", "history,recent").split(",")) {
                for (String n : o.getOrDefault("facts", "10,100,1000").split(",")) {
                    measure(server, layout, Integer.parseInt(n.trim()), layout.equals("recent"), writes);
                }
            }
        }
    }

    private static void measure(BenchServer server, String layout, int facts, boolean recent, int writes) throws Exception {
        String created = server.post("students", server.admin, server.adminPassword, "{\"studentNo\":\"FG" + System.nanoTime() % 10_000_000_000L
                + "\",\"name\":\"成长测试\",\"gender\":\"M\",\"birthDate\":\"2011-05-02\",\"schoolCode\":\"WN-LW-001\",\"grade\":9,"
                + "\"classNo\":1,\"circumstances\":[\"LEFT_BEHIND\"]}");
        Matcher idMatch = Pattern.compile("\"id\":(\\d+)").matcher(created);
        idMatch.find();
        long student = Long.parseLong(idMatch.group(1));
        LocalDate today = LocalDate.now(SCHOOL);
        try (Connection c = server.jdbc()) {
            load(c, student, facts, recent, today);
        }
        long lastEvaluation = maxEvaluationId(server, student);
        List<Long> latencies = new ArrayList<>();
        int errors = 0;
        String firstError = null;
        LoadBench.Cpu before = LoadBench.Cpu.read(server);
        for (int i = 0; i < writes; i++) {
            String body = "{\"category\":\"" + CATEGORIES[i % 8] + "\",\"severity\":" + (1 + i % 2) + ",\"note\":\"growth\"}";
            long t = System.nanoTime();
            HttpResponse<String> r = BenchServer.http().send(HttpRequest.newBuilder(URI.create(server.baseUrl + "api/v1/students/" + student
                            + "/observations")).header("Authorization", BenchServer.basic("counsellor", BenchServer.DEMO_PASSWORD))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            latencies.add((System.nanoTime() - t) / 1000);
            if (r.statusCode() != 201) {
                errors++;
                if (firstError == null) {
                    firstError = r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
                }
            }
        }
        LoadBench.Cpu after = LoadBench.Cpu.read(server);
        Collections.sort(latencies);
        long stored = 0;
        int rows = 0;
        int seen = 0;
        try (Connection c = server.jdbc(); PreparedStatement st = c.prepareStatement("SELECT OCTET_LENGTH(facts) + OCTET_LENGTH(fired) "
                + "+ OCTET_LENGTH(outcome), facts FROM evaluation WHERE student_id = ? AND id > ? ORDER BY id")) {
            st.setLong(1, student);
            st.setLong(2, lastEvaluation);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stored += rs.getLong(1);
                    rows++;
                    String json = rs.getString(2);
                    seen = count(json, "\"category\"") + count(json, "\"instrument\"") + count(json, "IN_PERSON|PHONE|VIDEO|WECHAT");
                }
            }
        }
        System.out.printf("%s, %s, %5d facts: %d writes, %d errors, median %.1f ms, p95 %.1f ms, server CPU %.2f ms/write; "
                        + "the last evaluation saw %d facts; stored per write %,d bytes; load average %s%s%n",
                server.db, layout, facts, writes, errors, latencies.get(latencies.size() / 2) / 1000.0,
                latencies.get((int) Math.ceil(0.95 * latencies.size()) - 1) / 1000.0,
                (after.payara() - before.payara() + after.backends(before)) / writes, seen, rows == 0 ? 0 : stored / rows, LoadBench.loadAverage(),
                firstError == null ? "" : "; first error: " + firstError);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long maxEvaluationId(BenchServer server, long student) throws Exception {
        try (Connection c = server.jdbc(); PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM evaluation WHERE student_id = ?")) {
            st.setLong(1, student);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The facts, straight into the tables: a day apart going back from yesterday (history), or within the last 30 days. */
    private static void load(Connection c, long student, int facts, boolean recent, LocalDate today) throws Exception {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement obs = c.prepareStatement("INSERT INTO observation (id, student_id, category, severity, observed_on, note, "
                + "recorded_at, recorded_by) VALUES (?,?,?,?,?,NULL,?,'bench')");
             PreparedStatement scr = c.prepareStatement("INSERT INTO screening_result (id, student_id, instrument, administered_on, answers, "
                     + "total_score, band, label, item9, critical, valid, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,true,?,'bench')");
             PreparedStatement visit = c.prepareStatement("INSERT INTO home_visit (id, student_id, visited_on, mode, contacted_absent_parent, "
                     + "note, recorded_at, recorded_by) VALUES (?,?,?,?,?,NULL,?,'bench')")) {
            for (int i = 0; i < facts; i++) {
                LocalDate day = recent ? today.minusDays(i % 30) : today.minusDays(1 + i);
                if (i % 10 == 8) {
                    // one PHQ-9 a day at most; total 6 (mild), item 9 = 0
                    scr.setLong(1, nextId++);
                    scr.setLong(2, student);
                    scr.setString(3, recent ? (i / 10 % 3 == 0 ? "PHQ9" : i / 10 % 3 == 1 ? "GAD7" : "PHQA") : "PHQ9");
                    scr.setObject(4, recent ? today.minusDays(i / 30) : day);
                    boolean gad = recent && i / 10 % 3 == 1;
                    scr.setString(5, gad ? "1,1,1,1,1,1,0" : "1,1,1,1,1,1,0,0,0");
                    scr.setInt(6, 6);
                    scr.setString(7, "MILD");
                    scr.setString(8, "MILD");
                    if (gad) {
                        scr.setNull(9, java.sql.Types.INTEGER);
                    } else {
                        scr.setInt(9, 0);
                    }
                    scr.setBoolean(10, false);
                    scr.setTimestamp(11, now);
                    scr.addBatch();
                } else if (i % 10 == 9) {
                    visit.setLong(1, nextId++);
                    visit.setLong(2, student);
                    visit.setObject(3, day);
                    visit.setString(4, MODES[i / 10 % 4]);
                    visit.setBoolean(5, i / 10 % 3 == 0);
                    visit.setTimestamp(6, now);
                    visit.addBatch();
                } else {
                    obs.setLong(1, nextId++);
                    obs.setLong(2, student);
                    obs.setString(3, CATEGORIES[i % CATEGORIES.length]);
                    obs.setInt(4, 1 + i % 3);
                    obs.setObject(5, day);
                    obs.setTimestamp(6, now);
                    obs.addBatch();
                }
            }
            obs.executeBatch();
            scr.executeBatch();
            visit.executeBatch();
        }
        c.commit();
    }
}
