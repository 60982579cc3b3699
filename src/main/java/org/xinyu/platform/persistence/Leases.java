package org.xinyu.platform.persistence;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Once-per-cluster work: a named lease row in the database. Whoever holds an unexpired lease runs the work;
 * a crashed holder's lease simply expires. Works on one instance and on many, and survives restarts.
 */
@ApplicationScoped
public class Leases {

    @Inject
    @XinyuDatabase
    DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(String name, String holder, Instant now, Duration ttl) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE lease SET holder = ?, expires_at = ? WHERE name = ? AND (holder = ? OR expires_at < ?)")) {
                update.setString(1, holder);
                update.setTimestamp(2, Timestamp.from(now.plus(ttl)));
                update.setString(3, name);
                update.setString(4, holder);
                update.setTimestamp(5, Timestamp.from(now));
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM lease WHERE name = ?")) {
                exists.setString(1, name);
                if (exists.executeQuery().next()) {
                    return false;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO lease (name, holder, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, holder);
                insert.setTimestamp(3, Timestamp.from(now.plus(ttl)));
                insert.executeUpdate();
                return true;
            }
        } catch (SQLException e) {
            // another instance inserted the row first: it holds the lease
            return false;
        }
    }
}
