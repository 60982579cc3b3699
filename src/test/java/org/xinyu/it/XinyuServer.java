package org.xinyu.it;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.xinyu.launch.PayaraProcess;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The one Xinyu server shared by every integration test of a run (booting Payara Micro takes 20-30 s).
 * Failsafe runs the suite twice: {@code xinyu.it.db=h2} on a fresh H2 file, {@code xinyu.it.db=postgres}
 * on a fresh database of the PostgreSQL server at 127.0.0.1:5432. Without PostgreSQL the second run is
 * skipped, loudly, unless {@code xinyu.require.postgres=true} (CI) turns the skip into a failure.
 */
public final class XinyuServer {

    public static final String DEMO_PASSWORD = "Xinyu-Demo-2026";
    /**
     * The database password of this run: distinctive, so that a test can look for it in the server's log (PostgreSQL
     * on 127.0.0.1 trusts the connection and ignores it; H2 creates the fresh file with it).
     */
    private static final String DATABASE_PASSWORD = "Db-Secret-" + Long.toString(System.nanoTime(), 36);

    private static PayaraProcess server;
    private static String postgresDatabase;
    private static String db;
    private static Path logFile;

    private XinyuServer() {
    }

    public static synchronized String baseUrl() {
        if (server == null) {
            boot();
        }
        return server.baseUrl();
    }

    /** The running server's log file ({@code <runDir>/server.log}): for tests that check what is logged. */
    public static Path logFile() {
        baseUrl();
        return logFile;
    }

    /** The password the server was given for its database, as an operator would set XINYU_DB_PASSWORD. */
    public static String databasePassword() {
        return DATABASE_PASSWORD;
    }

    public static String database() {
        baseUrl();
        return db;
    }

    public static synchronized Connection jdbc() throws SQLException {
        baseUrl();
        if ("postgres".equals(db)) {
            return DriverManager.getConnection(pgUrl(postgresDatabase), pgUser(), "unused");
        }
        throw new IllegalStateException("direct JDBC is only available on PostgreSQL (H2 is held by the server)");
    }

    private static void boot() {
        db = System.getProperty("xinyu.it.db", "h2");
        Path build = Path.of(System.getProperty("xinyu.build.dir", "target"));
        Path project = Path.of(System.getProperty("xinyu.project.dir", "."));
        Path runDir = build.resolve("it-" + db + "-" + System.currentTimeMillis());
        PayaraProcess.Database database;
        if ("postgres".equals(db)) {
            database = createPostgresDatabase();
        } else {
            database = PayaraProcess.Database.h2(runDir.resolve("data"), DATABASE_PASSWORD);
        }
        try {
            Files.createDirectories(runDir);
            File log = runDir.resolve("server.log").toFile();
            logFile = log.toPath();
            server = PayaraProcess.start(build, project, freePort(), runDir, database,
                    Map.of("XINYU_DEMO", "true", "XINYU_CLOCK_MOVABLE", "true"), log, Duration.ofMinutes(4));
            System.out.printf("[xinyu-it] Xinyu on %s (%s) ready after %d ms; log %s%n", server.baseUrl(), db,
                    server.bootTime().toMillis(), log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(XinyuServer::shutdown));
    }

    private static void shutdown() {
        if (server != null) {
            server.stop();
        }
        if (postgresDatabase != null) {
            try (Connection admin = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "unused");
                 Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
            } catch (SQLException ignored) {
                // a leftover test database is harmless
            }
        }
    }

    private static PayaraProcess.Database createPostgresDatabase() {
        String name = "xinyu_it_" + System.currentTimeMillis();
        try (Connection admin = DriverManager.getConnection(pgUrl("postgres"), pgUser(), "unused");
             Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL at " + pgUrl("postgres") + " is not reachable (" + e.getMessage() + ")";
            if (Boolean.getBoolean("xinyu.require.postgres")) {
                Assertions.fail(message + " and xinyu.require.postgres=true: the PostgreSQL integration run must not be skipped");
            }
            System.out.println("[xinyu-it] SKIPPED: " + message + "; the PostgreSQL integration run is skipped");
            Assumptions.abort(message);
        }
        postgresDatabase = name;
        return PayaraProcess.Database.postgres(pgUrl(name), pgUser(), DATABASE_PASSWORD);
    }

    private static String pgUrl(String database) {
        String host = System.getProperty("xinyu.it.pg.host", System.getenv().getOrDefault("XINYU_IT_PG_HOST", "127.0.0.1:5432"));
        return "jdbc:postgresql://" + host + "/" + database;
    }

    private static String pgUser() {
        return System.getProperty("xinyu.it.pg.user", System.getenv().getOrDefault("XINYU_IT_PG_USER", "postgres"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
