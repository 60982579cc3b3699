package org.xinyu.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Appends entries to the chain with plain JDBC on the shared pool. The chain's tip (audit_head) is locked
 * for the append, so entries get gapless ids in one order across every instance. A transaction that appends
 * again reuses the tip it left (it still holds the lock) instead of reading the head once more.
 */
@ApplicationScoped
public class AuditStore {

    @Resource(lookup = "jdbc/xinyu")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** Appends inside whatever transaction is running (the caller's, at commit time). */
    public void append(List<AuditRecord> records) {
        try (Connection connection = dataSource.getConnection()) {
            append(connection, records);
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
