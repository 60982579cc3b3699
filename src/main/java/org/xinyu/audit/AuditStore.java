package org.xinyu.audit;

import org.xinyu.platform.persistence.XinyuDatabase;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * Appends entries to the chain with plain JDBC on the transaction's own connection. The chain's tip (audit_head)
 * is locked for the append, so entries get gapless ids in one order across every instance. A transaction that
 * appends again reuses the tip it left (it still holds the lock) instead of reading the head once more.
 *
 * <p>The connection is the persistence context's ({@code em.unwrap(Connection.class)}), on which EclipseLink
 * runs the transaction's own work: the entries commit or roll back with it, and the lock is held until it ends.
 * A connection taken from the DataSource here was found to run in autocommit even inside a JTA transaction
 * (each statement its own database transaction): entries outlived a rolled-back action, and two transactions
 * read the same tip and gave two entries one id (seen when sweep pages ran side by side on PostgreSQL).
 */
@ApplicationScoped
public class AuditStore {

    @Inject
    @XinyuDatabase
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    EntityManager em;

    /** Appends inside the running transaction: the entries commit with its work or not at all. */
    public void append(List<AuditRecord> records) {
        try {
            if (em == null) { // outside a container (unit tests): a connection of the test's own
                try (Connection connection = dataSource.getConnection()) {
                    append(connection, records);
                }
                return;
            }
            Connection transactional = em.unwrap(Connection.class); // EclipseLink's, not to be closed here
            if (transactional == null) {
                throw new IllegalStateException("an audit entry is appended only inside a transaction");
            }
            append(transactional, records);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be written; the action is refused.", e);
        }
    }

    /** Appends in a transaction of its own: for denials and failed logins, whose own work rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendIndependently(List<AuditRecord> records) {
        append(records);
    }

    /** The chain's tip as this transaction left it; while the transaction lives it holds the head's lock. */
    private record Tip(long lastId, String lastHash) {
    }

    private void append(Connection connection, List<AuditRecord> records) throws SQLException {
        boolean inTransaction = registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE; // null outside a container
        Tip tip = inTransaction ? (Tip) registry.getResource(Tip.class) : null;
        if (tip == null) { // the first append of this transaction takes the lock
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = lock.executeQuery()) {
                rs.next();
                tip = new Tip(rs.getLong(1), rs.getString(2));
            }
        }
        long lastId = tip.lastId();
        String lastHash = tip.lastHash();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_entry (id, at, actor, action, target_type, target_id, outcome, client_address, "
                        + "request_id, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (AuditRecord r : records) {
                long id = ++lastId;
                String hash = HashChain.link(lastHash, r.canonical(id));
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(r.at()));
                insert.setString(3, r.actor());
                insert.setString(4, r.action());
                insert.setString(5, r.targetType());
                insert.setString(6, r.targetId());
                insert.setString(7, r.outcome().name());
                insert.setString(8, r.clientAddress());
                insert.setString(9, r.requestId());
                insert.setString(10, r.detail());
                insert.setString(11, lastHash);
                insert.setString(12, hash);
                insert.addBatch();
                lastHash = hash;
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, lastId);
            update.setString(2, lastHash);
            update.executeUpdate();
        }
        if (inTransaction) {
            registry.putResource(Tip.class, new Tip(lastId, lastHash));
        }
    }
}
