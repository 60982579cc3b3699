package org.xinyu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How long a refused sign-in takes, by reason (issue 12 §4: a locked account answered in ≈5 ms, an unknown user in
 * 120–900 ms): a wrong password for an existing account, an unknown user, a locked account, a disabled account, and
 * a locked account given its RIGHT password. Prints median and p90 per reason; asserts nothing. The throttle is
 * switched off for the run (it would answer 429 before any of these is measured).
 * <pre>mvn -q package -DskipTests && mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.xinyu.bench.SignInTimingBench --db=h2 --samples=20</pre>
 */
public final class SignInTimingBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String RIGHT = "Timing-Bench-2026x";

    private SignInTimingBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = EndToEndBench.parse(args);
        int samples = Integer.parseInt(o.getOrDefault("samples", "30"));
        try (BenchServer server = BenchServer.startDemo(Path.of(o.getOrDefault("build-dir", "target")),
                Path.of(o.getOrDefault("project-dir", ".")), o.getOrDefault("db", "h2"), o.getOrDefault("pg", "127.0.0.1:5432"),
                Integer.parseInt(o.getOrDefault("port", "18993")),
                List.of("-Dxinyu.login.throttle.max-failures-per-address=0", "-Dxinyu.login.throttle.max-failures-per-account=0"))) {
            // accounts for wrong passwords: at most 4 failures each, so none of them locks (the lock comes at 5)
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < (samples + 3) / 4 + 1; i++) {
                fresh.add(account(server, "tb-ok-" + i));
            }
            String locked = account(server, "tb-locked");
            for (int i = 0; i < 6; i++) {
                status(server, locked, "Wrong-Guess-" + i + "-x");
            }
            String disabled = account(server, "tb-off");
            server.post("users/" + disabled + "/disable", server.admin, server.adminPassword, "{}");
            for (int i = 0; i < 5; i++) { // warm-up: JIT, connection, the dummy hash
                status(server, "tb-warm-" + i, "Wrong-Guess-x1");
            }
            System.out.printf("%-36s %8s %8s %8s%n", "refusal (401 each)", "median", "p90", "samples");
            report("wrong password, existing account", samples, i -> time(server, fresh.get(i / 4), "Wrong-Guess-" + i + "-x"));
            report("unknown user", samples, i -> time(server, "tb-nobody-" + i, "Wrong-Guess-" + i + "-x"));
            report("locked account, wrong password", samples, i -> time(server, locked, "Wrong-Guess-" + i + "-y"));
            report("locked account, right password", samples, i -> time(server, locked, RIGHT));
            report("disabled account", samples, i -> time(server, disabled, RIGHT));
        }
    }

    private interface Sample {
        long nanos(int i) throws Exception;
    }

    private static void report(String label, int samples, Sample sample) throws Exception {
        List<Long> ns = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            ns.add(sample.nanos(i));
        }
        Collections.sort(ns);
        System.out.printf("%-36s %6.1f ms %6.1f ms %8d%n", label, ns.get(ns.size() / 2) / 1e6,
                ns.get((int) Math.ceil(0.9 * ns.size()) - 1) / 1e6, samples);
    }

    private static String account(BenchServer server, String username) throws Exception {
        server.post("users", server.admin, server.adminPassword, "{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\",\"password\":\"" + RIGHT + "\",\"roles\":[\"AUDITOR\"]}");
        server.keepChosenPassword(username, RIGHT);
        return username;
    }

    private static long time(BenchServer server, String username, String password) throws Exception {
        long t0 = System.nanoTime();
        int status = status(server, username, password);
        long t = System.nanoTime() - t0;
        if (status != 401) {
            throw new IllegalStateException(username + " answered " + status);
        }
        return t;
    }

    private static int status(BenchServer server, String username, String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl + "api/v1/schools"))
                .header("Authorization", BenchServer.basic(username, password)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
