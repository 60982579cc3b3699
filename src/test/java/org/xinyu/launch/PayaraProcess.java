package org.xinyu.launch;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts Xinyu's WAR on Payara Micro as a child process, the way production runs it: the server-level pool
 * from deployment/post-boot-commands.asadmin, the JDBC drivers on the server classpath, settings as
 * environment variables. Used by {@code mvn -Prun} and by the integration tests.
 */
public final class PayaraProcess {

    public record Database(String dataSourceClass, String url, String user, String password) {

        public static Database h2(Path dataDir) {
            return h2(dataDir, "xinyu");
        }

        /** An H2 file database created with this password (on first use; an existing file keeps its own). */
        public static Database h2(Path dataDir, String password) {
            Path file = dataDir.toAbsolutePath().normalize().resolve("xinyu");
            return new Database("org.h2.jdbcx.JdbcDataSource", "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
                    "xinyu", password);
        }

        public static Database postgres(String url, String user, String password) {
            return new Database("org.postgresql.ds.PGSimpleDataSource", url, user, password);
        }
    }

    private final Process process;
    private final int port;
    private final Duration bootTime;

    private PayaraProcess(Process process, int port, Duration bootTime) {
        this.process = process;
        this.port = port;
        this.bootTime = bootTime;
    }

    public static PayaraProcess start(Path buildDir, Path projectDir, int port, Path runDir, Database db,
                                      Map<String, String> settings, File log, Duration timeout) throws IOException {
        return start(buildDir, projectDir, port, runDir, db, settings, List.of(), log, timeout);
    }

    /** As above, with extra JVM options for the server (benchmarks: e.g. SQL logging to count statements). */
    public static PayaraProcess start(Path buildDir, Path projectDir, int port, Path runDir, Database db,
                                      Map<String, String> settings, List<String> jvmArgs, File log, Duration timeout) throws IOException {
        Path payaraJar = buildDir.resolve("payara/payara-micro.jar");
        Path war = buildDir.resolve("ROOT.war");
        for (Path required : List.of(payaraJar, war)) {
            if (!Files.exists(required)) {
                throw new IllegalStateException(required + " is missing: run 'mvn package' first");
            }
        }
        Files.createDirectories(runDir);
        // Payara keeps its domain.xml (with the pool created by the post-boot commands) in its root directory
        // and reuses it: a fresh root per start makes the database settings of this start the ones in force.
        Path payaraRoot = runDir.resolve("payara-root");
        deleteRecursively(payaraRoot);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8"));
        command.addAll(jvmArgs);
        command.addAll(List.of(
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--port", Integer.toString(port),
                "--nocluster",
                "--rootdir", payaraRoot.toString(),
                "--addlibs", buildDir.resolve("payara/lib").toString(),
                "--postbootcommandfile", projectDir.resolve("deployment/post-boot-commands.asadmin").toString(),
                // what is logged: no secret, no start-up chatter, one ready line (see the file)
                "--logproperties", projectDir.resolve("deployment/logging.properties").toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("XINYU_DB_DATASOURCE", db.dataSourceClass());
        env.put("XINYU_DB_URL", db.url());
        env.put("XINYU_DB_USER", db.user());
        env.put("XINYU_DB_PASSWORD", db.password());
        // the confidential-notes key lives beside the data, never in the database
        env.putIfAbsent("XINYU_NOTES_KEY_FILE", runDir.toAbsolutePath().resolve("notes.key").toString());
        env.putAll(settings);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(log);
        }
        Instant started = Instant.now();
        Process process = builder.start();
        PayaraProcess payara = new PayaraProcess(process, port, Duration.ZERO);
        payara.awaitReady(timeout);
        return new PayaraProcess(process, port, Duration.between(started, Instant.now()));
    }

    /** Ready means the application's own readiness check answers UP, never Payara's "ready" log line. */
    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue() + " before Xinyu was ready");
            }
            if (healthUp()) {
                return;
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("Xinyu was not ready within " + timeout);
    }

    private boolean healthUp() {
        try {
            HttpURLConnection health = (HttpURLConnection) URI.create(baseUrl() + "health/ready").toURL().openConnection();
            health.setConnectTimeout(1000);
            health.setReadTimeout(5000);
            int status = health.getResponseCode();
            // the application's own readiness: its API answers (401 without credentials) once deployed
            HttpURLConnection api = (HttpURLConnection) URI.create(baseUrl() + "api/v1/schools").toURL().openConnection();
            api.setConnectTimeout(1000);
            api.setReadTimeout(5000);
            return status == 200 && api.getResponseCode() == 401;
        } catch (IOException e) {
            return false;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** The server's operating-system process id (benchmarks read its CPU time from /proc). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public Duration bootTime() {
        return bootTime;
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static Map<String, String> parseArgs(String[] args) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                parsed.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return parsed;
    }
}
