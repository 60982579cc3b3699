package org.xinyu.it.security;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.it.XinyuServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tampering with the stored trail behind the application's back. Only on PostgreSQL: on H2 the running server
 * holds the database file exclusively, so a test cannot reach a row. Every change is undone before the test ends,
 * so the shared server's chain stays valid for the other tests.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditTamperIT {

    @BeforeEach
    void onPostgresOnly() {
        assumeTrue("postgres".equals(XinyuServer.database()),
                "H2: the server holds the database file, so the test cannot open it to tamper with a row");
    }

    private static long newestAuditQuery(Connection c) throws SQLException {
        Fixtures.audit("size=1"); // makes sure there is an AUDIT_QUERY entry with a detail
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(id) FROM audit_entry WHERE action = 'AUDIT_QUERY'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_recent_entry() throws SQLException {
        try (Connection c = XinyuServer.jdbc()) {
            long id = newestAuditQuery(c);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                SQLException update = assertThrows(SQLException.class,
                        () -> st.executeUpdate("UPDATE audit_entry SET detail = 'nothing to see' WHERE id = " + id));
                assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            } finally {
                c.rollback();
            }
            try (Statement st = c.createStatement()) {
                SQLException delete = assertThrows(SQLException.class,
                        () -> st.executeUpdate("DELETE FROM audit_entry WHERE id = " + id));
                assertTrue(delete.getMessage().contains("younger than 180 days"), delete.getMessage());
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void a_changed_entry_is_named_by_the_chain_check() throws SQLException {
        try (Connection c = XinyuServer.jdbc()) {
            long id = newestAuditQuery(c);
            String original;
            try (PreparedStatement read = c.prepareStatement("SELECT detail FROM audit_entry WHERE id = ?")) {
                read.setLong(1, id);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    original = rs.getString(1);
                }
            }
            try (Statement st = c.createStatement()) {
                // a superuser can switch triggers off for its session: what the chain is there to catch
                st.execute("SET session_replication_role = replica");
                setDetail(c, id, "nothing to see here");
                try {
                    JsonObject broken = Fixtures.AUDITOR.get("/api/v1/audit/verify").json();
                    assertFalse(broken.getBoolean("valid"), broken.toString());
                    assertEquals(id, broken.getJsonNumber("firstBroken").longValue(), broken.toString());
                } finally {
                    setDetail(c, id, original);
                    st.execute("SET session_replication_role = origin");
                }
            }
            JsonObject repaired = Fixtures.AUDITOR.get("/api/v1/audit/verify").json();
            assertTrue(repaired.getBoolean("valid"), repaired.toString());
        }
    }

    private static void setDetail(Connection c, long id, String detail) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE audit_entry SET detail = ? WHERE id = ?")) {
            update.setString(1, detail);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
