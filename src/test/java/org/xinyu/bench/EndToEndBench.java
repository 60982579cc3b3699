package org.xinyu.bench;


import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    public static void main(String[] args) throws Exception {
        Map<String, String> o = parse(args);
        int students = Integer.parseInt(o.getOrDefault("students", "100000"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "2000"));
        String threads = o.getOrDefault("threads", "1,4,8");
        Path build = Path.of(o.getOrDefault("build-dir", "target"));
        Path project = Path.of(o.getOrDefault("project-dir", "."));
        String pgHost = o.getOrDefault("pg", "127.0.0.1:5432");
        try (BenchServer server = BenchServer.start(build, project, pgHost, 18990)) {
            long[] ids = SyntheticCity.load(server.jdbcUrl, students, 1200, 40, new int[] {7, 8, 9, 10, 11, 12});
            String base = server.baseUrl + "api/v1/";
            server.createAccount("benchcounsellor", "COUNSELOR", "BENCH-1"); // for the fact writes
            for (int round = 1; round <= 2; round++) {
                server.sweep("(b) full re-evaluation round " + round, students);
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
        HttpResponse<String> r = BenchServer.http().send(HttpRequest.newBuilder(URI.create(base + "students/" + student + "/observations"))
                .header("Authorization", BenchServer.basic("benchcounsellor", BenchServer.PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("observation answered " + r.statusCode() + " " + r.body());
        }
    }

    static Map<String, String> parse(String[] args) {
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
