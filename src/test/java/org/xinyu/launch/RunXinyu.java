package org.xinyu.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@code mvn -Prun} runs: Xinyu on Payara Micro at http://localhost:8080 with an H2 database under
 * ./data and demo mode on. Settings given as environment variables (XINYU_DB_URL, ...) win, so the same
 * command can run against PostgreSQL.
 */
public final class RunXinyu {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = PayaraProcess.parseArgs(args);
        Path buildDir = Path.of(options.get("build-dir"));
        Path projectDir = Path.of(options.get("project-dir"));
        int port = Integer.parseInt(options.getOrDefault("port", "8080"));
        Path dataDir = Path.of(options.getOrDefault("data-dir", "data")).toAbsolutePath().normalize();

        PayaraProcess.Database db = System.getenv("XINYU_DB_URL") != null
                ? new PayaraProcess.Database(envOr("XINYU_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource"),
                System.getenv("XINYU_DB_URL"), envOr("XINYU_DB_USER", "xinyu"), envOr("XINYU_DB_PASSWORD", "xinyu"))
                : PayaraProcess.Database.h2(dataDir);
        Map<String, String> settings = new HashMap<>();
        settings.put("XINYU_DEMO", envOr("XINYU_DEMO", "true"));
        settings.put("XINYU_CLOCK_MOVABLE", envOr("XINYU_CLOCK_MOVABLE", "false"));
        System.out.println("Starting Xinyu on http://localhost:" + port + "/ (data: " + (System.getenv("XINYU_DB_URL") != null ? db.url() : dataDir) + ") ...");
        PayaraProcess payara = PayaraProcess.start(buildDir, projectDir, port, dataDir, db, settings, null, Duration.ofMinutes(5));
        // the server has logged "Xinyu is ready"; this line adds where (the server does not know its address)
        System.out.printf("%nOpen %s (answered after %.1f s). Workbench: %s  API: %sapi/v1  Health: %shealth  OpenAPI: %sopenapi%n"
                        + "Demo accounts (password Xinyu-Demo-2026): admin, counsellor, teacher, gradelead, leader, rules, rules2, auditor. Ctrl-C stops.%n",
                payara.baseUrl(), payara.bootTime().toMillis() / 1000.0, payara.baseUrl(), payara.baseUrl(), payara.baseUrl(), payara.baseUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(payara::stop));
        System.exit(payara.waitFor());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
