package org.xinyu.audit;

import db.migration.V10__audit_append_only;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.audit.AuditRecord.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit tables of V2 with the append-only guard of V10 on an in-memory H2, written by the real
 * {@link AuditStore} and read by {@link AuditReader}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditTrailDatabaseTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private JdbcDataSource dataSource;
    private Connection keepAlive;
    private AuditStore store;

    @BeforeEach
    void createSchema() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        keepAlive = dataSource.getConnection();
        try (Statement st = keepAlive.createStatement()) {
            for (String sql : migration("db/migration/V2__audit.sql").split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            for (String sql : V10__audit_append_only.h2()) {
                st.execute(sql);
            }
        }
        store = new AuditStore();
        store.dataSource = dataSource;
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Statement st = keepAlive.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    private static String migration(String resource) throws IOException {
        try (InputStream in = AuditTrailDatabaseTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        }
    }

    private void write(int count, Instant at, String actor, String action, String type, String id) {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(new AuditRecord(at, actor, action, type, id, Outcome.SUCCESS, "127.0.0.1", "req-" + i, "entry " + i));
        }
        store.append(records);
    }

    private ChainVerification verify(int batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuditReader.verify(c, batch, Clock.systemUTC());
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Test
    void an_untouched_chain_verifies_whatever_the_batch_size() throws SQLException {
        write(50, NOW, "counsellor", "STUDENT_READ", "STUDENT", "7");
        for (int batch : new int[] {1, 7, 50, 5000}) {
            ChainVerification v = verify(batch);
            assertTrue(v.valid(), "batch " + batch);
            assertEquals(50, v.entries());
            assertNull(v.firstBroken());
            assertEquals(1L, v.firstId());
            assertEquals(50L, v.lastId());
        }
    }

    @Test
    void an_empty_trail_is_valid_with_no_entries() throws SQLException {
        ChainVerification v = verify(10);
        assertTrue(v.valid());
        assertEquals(0, v.entries());
        assertNull(v.lastId());
    }

    @Test
    void the_database_refuses_to_change_an_entry_while_the_chain_tip_still_moves() throws SQLException {
        write(3, NOW, "admin", "SCHOOL_CREATE", "SCHOOL", "1");
        SQLException e = assertThrows(SQLException.class, () -> execute("UPDATE audit_entry SET detail = 'nothing happened' WHERE id = 2"));
        assertTrue(e.getMessage().contains(V10__audit_append_only.REFUSED), e.getMessage());
        write(2, NOW, "admin", "SCHOOL_CREATE", "SCHOOL", "2"); // AuditStore's own UPDATE of audit_head still works
        assertTrue(verify(100).valid());
        assertEquals(5, verify(100).entries());
    }

    @Test
    void the_database_refuses_to_delete_an_entry_younger_than_180_days() throws SQLException {
        write(1, NOW.minus(Duration.ofDays(179)), "admin", "SCHOOL_CREATE", "SCHOOL", "1");
        SQLException e = assertThrows(SQLException.class, () -> execute("DELETE FROM audit_entry WHERE id = 1"));
        assertTrue(e.getMessage().contains("younger than 180 days"), e.getMessage());
        assertThrows(SQLException.class, () -> execute("DELETE FROM audit_entry"));
        assertEquals(1, verify(10).entries());
    }

    @Test
    void entries_older_than_180_days_may_be_purged_and_the_rest_still_verifies() throws SQLException {
        write(3, NOW.minus(Duration.ofDays(400)), "admin", "SCHOOL_CREATE", "SCHOOL", "1");
        write(4, NOW, "admin", "SCHOOL_CREATE", "SCHOOL", "2");
        execute("DELETE FROM audit_entry WHERE id <= 3");
        ChainVerification v = verify(2);
        assertTrue(v.valid());
        assertEquals(4, v.entries());
        assertEquals(4L, v.firstId());
    }

    @Test
    void a_changed_entry_is_named_as_the_first_broken_one() throws SQLException {
        write(20, NOW, "counsellor", "STUDENT_READ", "STUDENT", "7");
        execute("DROP TRIGGER audit_entry_append_only"); // what only a database administrator could do
        execute("UPDATE audit_entry SET actor = 'teacher' WHERE id = 12");
        ChainVerification v = verify(5);
        assertFalse(v.valid());
        assertEquals(12L, v.firstBroken());
        assertEquals(20, v.entries());
    }

    @Test
    void a_rehashed_entry_is_caught_by_its_successor() throws SQLException {
        write(10, NOW, "counsellor", "STUDENT_READ", "STUDENT", "7");
        execute("DROP TRIGGER audit_entry_append_only");
        execute("UPDATE audit_entry SET outcome = 'DENIED', hash = '" + "f".repeat(64) + "' WHERE id = 4");
        assertEquals(4L, verify(3).firstBroken());
        execute("UPDATE audit_entry SET hash = (SELECT prev_hash FROM audit_entry WHERE id = 5) WHERE id = 4");
        // now entry 4's hash matches entry 5's prev_hash but not its own content
        assertEquals(4L, verify(3).firstBroken());
    }

    @Test
    void a_deleted_entry_in_the_middle_or_at_the_end_is_named_by_its_id() throws SQLException {
        write(10, NOW, "counsellor", "STUDENT_READ", "STUDENT", "7");
        execute("DROP TRIGGER audit_entry_append_only");
        execute("DELETE FROM audit_entry WHERE id = 10");
        assertEquals(10L, verify(4).firstBroken());
        execute("DELETE FROM audit_entry WHERE id = 6");
        assertEquals(6L, verify(4).firstBroken());
    }

    @Test
    void the_search_filters_by_actor_action_subject_and_time_newest_first_with_the_total() throws SQLException {
        write(3, NOW.minus(Duration.ofDays(2)), "counsellor", "STUDENT_READ", "STUDENT", "42");
        write(2, NOW, "counsellor", "CASE_READ", "CASE", "42");
        write(4, NOW, "teacher", "STUDENT_READ", "STUDENT", "43");
        try (Connection c = dataSource.getConnection()) {
            AuditReader.Found all = AuditReader.search(c, AuditQuery.ALL, 0, 5);
            assertEquals(9, all.total());
            assertEquals(List.of(9L, 8L, 7L, 6L, 5L), all.items().stream().map(AuditEntry::id).toList());
            assertEquals(List.of(4L, 3L), AuditReader.search(c, AuditQuery.ALL, 5, 2).items().stream().map(AuditEntry::id).toList());
            assertEquals(0, AuditReader.search(c, AuditQuery.ALL, 100, 5).items().size());

            assertEquals(5, AuditReader.search(c, AuditQuery.parse(null, null, "counsellor", null, null), 0, 50).total());
            assertEquals(7, AuditReader.search(c, AuditQuery.parse(null, null, null, null, "STUDENT_READ"), 0, 50).total());
            assertEquals(2, AuditReader.search(c, AuditQuery.parse(null, null, null, "CASE:42", null), 0, 50).total());
            assertEquals(3, AuditReader.search(c, AuditQuery.parse(null, null, null, "STUDENT:42", null), 0, 50).total());
            assertEquals(5, AuditReader.search(c, AuditQuery.parse(null, null, null, "42", null), 0, 50).total());
            assertEquals(7, AuditReader.search(c, AuditQuery.parse(null, null, null, "STUDENT:", null), 0, 50).total());
            assertEquals(2, AuditReader.search(c, AuditQuery.parse(null, null, null, "case", null), 0, 50).total());
            String yesterday = NOW.minus(Duration.ofDays(1)).toString();
            assertEquals(6, AuditReader.search(c, AuditQuery.parse(yesterday, null, null, null, null), 0, 50).total());
            assertEquals(3, AuditReader.search(c, AuditQuery.parse(null, yesterday, null, null, null), 0, 50).total());

            AuditEntry newest = AuditReader.search(c, AuditQuery.parse(null, null, "teacher", null, null), 0, 1).items().get(0);
            assertEquals("STUDENT", newest.targetType());
            assertEquals("43", newest.targetId());
            assertEquals("SUCCESS", newest.outcome());
            assertEquals(NOW, newest.at());
            assertEquals(64, newest.hash().length());
        }
    }

    @Test
    void checking_a_long_chain_streams_it_in_batches() throws SQLException {
        int n = 20_000;
        for (int i = 0; i < n / 1000; i++) {
            write(1000, NOW, "counsellor", "STUDENT_READ", "STUDENT", Integer.toString(i));
        }
        ChainVerification v = verify(AuditReader.VERIFY_BATCH);
        assertTrue(v.valid());
        assertEquals(n, v.entries());
        System.out.printf("[audit] verified %d entries in %d ms (H2 in memory)%n", n, v.millis());
    }

    @Test
    void searching_by_an_account_finds_the_failed_sign_ins_written_before_sign_in_about_it() throws SQLException {
        write(1, NOW, "anonymous", "LOGIN", "ACCOUNT", "974"); // as failed sign-ins were stored before issue 12
        write(1, NOW, "teacher", "LOGIN", "ACCOUNT", "974"); // as they are stored now
        write(1, NOW, "anonymous", "LOGIN", "ACCOUNT", "975"); // another account's
        write(1, NOW, "teacher", "CASE_READ", "CASE", "42");
        AuditQuery byActor = AuditQuery.parse(null, null, "teacher", null, null);
        try (Connection c = dataSource.getConnection()) {
            assertEquals(2, AuditReader.search(c, byActor, 0, 50).total(), "without the account: only what teacher did signed in");
            AuditReader.Found found = AuditReader.search(c, byActor.withActorAccount(974), 0, 50);
            assertEquals(3, found.total(), "with the account: also the anonymous attempts against it");
            assertTrue(found.items().stream().noneMatch(e -> "975".equals(e.targetId())));
        }
    }

    @Test
    void a_records_entries_are_read_back_oldest_first_and_only_about_the_records_asked_for() throws SQLException {
        write(1, NOW, "counsellor", "CASE_READ", "CASE", "42");
        write(1, NOW, "counsellor", "STUDENT_READ", "STUDENT", "7");
        write(1, NOW, "counsellor", "CASE_READ", "CASE", "7");
        write(1, NOW, "teacher", "HOME_VISIT_RECORD", "STUDENT", "42");
        write(1, NOW, "counsellor", "CASE_HISTORY_READ", "CASE", "42");
        try (Connection c = dataSource.getConnection()) {
            List<AuditEntry> about = AuditReader.about(c, List.of(new AuditReader.Subject("CASE", "42"),
                    new AuditReader.Subject("STUDENT", "7")));
            assertEquals(List.of("CASE_READ", "STUDENT_READ", "CASE_HISTORY_READ"), about.stream().map(AuditEntry::action).toList());
            assertEquals(List.of("CASE:42", "STUDENT:7", "CASE:42"), about.stream().map(e -> e.targetType() + ":" + e.targetId()).toList());
            assertTrue(AuditReader.about(c, List.of()).isEmpty());
        }
    }
}
