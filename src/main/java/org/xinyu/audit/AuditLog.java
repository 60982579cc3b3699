package org.xinyu.audit;

import org.xinyu.platform.persistence.XinyuDatabase;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The trail as the auditor reads it: a paged search and the chain check. Knows no caller: the feature that
 * exposes it checks the permission and audits the read (see org.xinyu.auditing).
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @Inject
    @XinyuDatabase
    DataSource dataSource;

    @Inject
    EntityManager em;

    /**
     * Every entry about the subjects, oldest first, read on the running transaction's connection (as
     * {@link AuditStore} writes on it): a history sees what its own transaction has appended, as it did when it read
     * the table through the persistence context. Outside a container (no persistence context), on a connection of
     * its own.
     */
    public List<AuditEntry> about(List<AuditReader.Subject> subjects) {
        try {
            if (em == null) {
                try (Connection connection = dataSource.getConnection()) {
                    return AuditReader.about(connection, subjects);
                }
            }
            return AuditReader.about(em.unwrap(Connection.class), subjects); // the transaction's, not to be closed here
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read", e);
        }
    }

    public AuditReader.Found search(AuditQuery query, int offset, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return AuditReader.search(connection, query, offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read", e);
        }
    }

    public ChainVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            ChainVerification result = AuditReader.verify(connection, AuditReader.VERIFY_BATCH, Clock.systemUTC());
            if (!result.valid()) {
                LOG.severe("The audit chain is broken at entry " + result.firstBroken() + " (" + result.entries() + " entries read)");
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read", e);
        }
    }
}
