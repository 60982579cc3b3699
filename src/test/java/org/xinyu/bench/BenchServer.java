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
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * For the benchmarks (not a test): a fresh PostgreSQL database and the real Xinyu on Payara Micro on top of it, in
 * production mode (no demo data) with a bootstrap administrator and the scheduled sweep switched off, so the bench
 * decides when sweeps run. {@link #close()} stops the server and drops the database.
 */
final class BenchServer implements AutoCloseable {

    static final String ADMIN = "benchadmin";
    static final String PASSWORD = "Bench-Admin-2026x";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The demo accounts' password (a server started with demo data). */
    static final String DEMO_PASSWORD = "Xinyu-Demo-2026";

    final String jdbcUrl;
    final String baseUrl;
    /** "postgres" or "h2". */
    final String db;
    final String jdbcUser;
    final String jdbcPassword;
    final String admin;
    final String adminPassword;
    final Path log;
    private final String pgHost;
    private final String database;
    private final PayaraProcess payara;

    private BenchServer(String pgHost, String database, PayaraProcess payara) {
        this("postgres", "jdbc:postgresql://" + pgHost + "/" + database, "postgres", "x", ADMIN, PASSWORD, null, pgHost, database, payara);
    }

    private BenchServer(String db, String jdbcUrl, String jdbcUser, String jdbcPassword, String admin, String adminPassword, Path log,
                        String pgHost, String database, PayaraProcess payara) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
        this.admin = admin;
        this.adminPassword = adminPassword;
        this.log = log;
        this.pgHost = pgHost;
        this.database = database;
        this.payara = payara;
        this.baseUrl = payara.baseUrl();
    }

    /**
     * Xinyu with the demo district, as {@code mvn -Prun} runs it: on a fresh H2 file (opened with AUTO_SERVER, so that
     * the bench can read it with JDBC beside the server) or on a fresh PostgreSQL database; {@code jvmArgs} go to the
     * server's JVM. The scheduled sweep is off.
     */
    static BenchServer startDemo(Path build, Path project, String db, String pgHost, int port, List<String> jvmArgs) throws Exception {
        return startDemo(build, project, db, pgHost, port, jvmArgs, false);
    }

    /** As above; {@code logStatements} has PostgreSQL log every statement of this database (to count them). */
    static BenchServer startDemo(Path build, Path project, String db, String pgHost, int port, List<String> jvmArgs,
                                 boolean logStatements) throws Exception {
        String name = "xinyu_bench_" + System.currentTimeMillis();
        Path run = build.resolve("bench-" + db + "-" + name).toAbsolutePath();
        Files.createDirectories(run);
        PayaraProcess.Database database;
        String url;
        if (db.equals("postgres")) {
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + pgHost + "/postgres", "postgres", "x");
                 Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE " + name);
                if (logStatements) {
                    st.execute("ALTER DATABASE " + name + " SET log_statement = 'all'");
                }
            }
            url = "jdbc:postgresql://" + pgHost + "/" + name;
            database = PayaraProcess.Database.postgres(url, "postgres", "unused");
        } else {
            PayaraProcess.Database h2 = PayaraProcess.Database.h2(run.resolve("data"));
            // as PayaraProcess opens H2, but with AUTO_SERVER (which H2 refuses together with DB_CLOSE_ON_EXIT=FALSE)
            database = new PayaraProcess.Database(h2.dataSourceClass(), h2.url().replace(";DB_CLOSE_ON_EXIT=FALSE", "") + ";AUTO_SERVER=TRUE",
                    h2.user(), h2.password());
            url = "jdbc:h2:file:" + run.resolve("data").resolve("xinyu") + ";AUTO_SERVER=TRUE";
        }
        Path log = run.resolve("server.log");
        System.out.printf("Booting Xinyu with the demo district on %s (%s) ...%n", db, run);
        PayaraProcess payara = PayaraProcess.start(build, project, port, run, database,
                Map.of("XINYU_DEMO", "true", "XINYU_SWEEP_INTERVAL_MINUTES", "10000"), jvmArgs, log.toFile(), Duration.ofMinutes(6));
        System.out.printf("ready after %.1f s%n", payara.bootTime().toMillis() / 1000.0);
        return db.equals("postgres")
                ? new BenchServer(db, url, "postgres", "x", "admin", DEMO_PASSWORD, log, pgHost, name, payara)
                : new BenchServer(db, url, "xinyu", "xinyu", "admin", DEMO_PASSWORD, log, null, null, payara);
    }

    Connection jdbc() throws java.sql.SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

    /** The server's process id. */
    long pid() {
        return payara.pid();
    }

    /** The PostgreSQL database's name (null on H2). */
    String pgDatabase() {
        return database;
    }

    static BenchServer start(Path build, Path project, String pgHost, int port) throws Exception {
        String db = "xinyu_bench_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + pgHost + "/postgres", "postgres", "x");
             Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        }
        // not reWriteBatchedInserts: its row counts break EclipseLink's batch checks
        String url = "jdbc:postgresql://" + pgHost + "/" + db;
        Path run = build.resolve("bench-" + db);
        Files.createDirectories(run);
        System.out.printf("Booting Xinyu on PostgreSQL database %s ...%n", db);
        PayaraProcess payara = PayaraProcess.start(build, project, port, run,
                PayaraProcess.Database.postgres(url, "postgres", "unused"),
                Map.of("XINYU_DEMO", "false", "XINYU_BOOTSTRAP_ADMIN", ADMIN, "XINYU_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD,
                        "XINYU_SWEEP_INTERVAL_MINUTES", "10000", "XINYU_NOTES_KEY", Base64.getEncoder().encodeToString(new byte[32])),
                new File(run.resolve("server.log").toString()), Duration.ofMinutes(5));
        System.out.printf("ready after %.1f s%n", payara.bootTime().toMillis() / 1000.0);
        return new BenchServer(pgHost, db, payara);
    }

    /** POSTs JSON to {@code api/v1/<path>} as the given account; fails unless 2xx; returns the body. */
    String post(String path, String user, String password, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "api/v1/" + path))
                .header("Authorization", basic(user, password)).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** Creates an account of one role scoped to one school, with the bench password. */
    void createAccount(String username, String role, String schoolCode) throws Exception {
        post("users", ADMIN, PASSWORD, "{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"schoolCode\":\"" + schoolCode + "\"}");
        keepChosenPassword(username, PASSWORD);
    }

    /** A new account must replace its administrator-chosen password at first sign-in: change it, and back. */
    void keepChosenPassword(String username, String password) throws Exception {
        String interim = password + "-Interim-9";
        post("users/me/password", username, password, "{\"currentPassword\":\"" + password + "\",\"newPassword\":\"" + interim + "\"}");
        post("users/me/password", username, interim, "{\"currentPassword\":\"" + interim + "\",\"newPassword\":\"" + password + "\"}");
    }

    /** Runs a full sweep and prints how long it took. */
    String sweep(String label, int students) throws Exception {
        long t0 = System.nanoTime();
        String result = post("system/sweep", ADMIN, PASSWORD, "{}");
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: %d students in %.1f s = %.0f students/s  %s%n", label, students, s, students / s, result);
        return result;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpClient http() {
        return HTTP;
    }

    @Override
    public void close() throws Exception {
        payara.stop();
        if (database == null) {
            return;
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + pgHost + "/postgres", "postgres", "x");
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
