package org.xinyu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the trail with plain JDBC on a connection it is given: the auditor's paged search and the chain check.
 * Dialect-neutral SQL (H2 and PostgreSQL).
 */
public final class AuditReader {

    /** Rows per round trip when checking the chain: memory stays flat whatever the trail's length. */
    public static final int VERIFY_BATCH = 5_000;

    private static final String COLUMNS = "id, at, actor, action, target_type, target_id, outcome, client_address, "
            + "request_id, detail, prev_hash, hash";

    private AuditReader() {
    }

    public record Found(List<AuditEntry> items, long total) {
    }

    /** One page of entries matching the query, newest first, with the number of all matching entries. */
    public static Found search(Connection connection, AuditQuery query, int offset, int limit) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry" + where)) {
            bind(count, parameters);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<AuditEntry> items = new ArrayList<>();
        if (total > offset) {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry" + where
                    + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                bind(select, parameters);
                select.setInt(parameters.size() + 1, offset);
                select.setInt(parameters.size() + 2, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(entry(rs));
                    }
                }
            }
        }
        return new Found(items, total);
    }

    /** A record entries can be about, as the trail stores it: its type and id ({@code CASE}, {@code 42}). */
    public record Subject(String type, String id) {
    }

    /**
     * Every entry about any of the subjects, in the order they were written: a record's part of its history (a case's
     * and its student's accesses and changes). Not paged: one record's entries.
     */
    public static List<AuditEntry> about(Connection connection, List<Subject> subjects) throws SQLException {
        if (subjects.isEmpty()) {
            return List.of();
        }
        String where = String.join(" OR ", java.util.Collections.nCopies(subjects.size(), "(target_type = ? AND target_id = ?)"));
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE " + where
                + " ORDER BY id")) {
            int i = 0;
            for (Subject subject : subjects) {
                select.setString(++i, subject.type());
                select.setString(++i, subject.id());
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
        }
        return entries;
    }

    private static String where(AuditQuery q, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (q.from() != null) {
            conditions.add("at >= ?");
            parameters.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            conditions.add("at < ?");
            parameters.add(Timestamp.from(q.to()));
        }
        if (q.actor() != null && q.actorAccountId() != null) {
            conditions.add("(actor = ? OR (actor = ? AND target_type = 'ACCOUNT' AND target_id = ?))");
            parameters.add(q.actor());
            parameters.add(org.xinyu.platform.RequestContext.ANONYMOUS);
            parameters.add(Long.toString(q.actorAccountId()));
        } else if (q.actor() != null) {
            conditions.add("actor = ?");
            parameters.add(q.actor());
        }
        if (q.action() != null) {
            conditions.add("action = ?");
            parameters.add(q.action());
        }
        if (q.subjectType() != null) {
            conditions.add("target_type = ?");
            parameters.add(q.subjectType());
        }
        if (q.subjectId() != null) {
            conditions.add("target_id = ?");
            parameters.add(q.subjectId());
        }
        if (q.subjectAny() != null) {
            conditions.add("(target_id = ? OR target_type = ?)");
            parameters.add(q.subjectAny());
            parameters.add(q.subjectAny().toUpperCase(java.util.Locale.ROOT));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12));
    }

    /**
     * Recomputes the SHA-256 chain in id order, {@link #VERIFY_BATCH} rows at a time (keyset paging on the
     * primary key), up to the tip recorded in audit_head when the check began. An entry is broken when its
     * hash is not the hash of its predecessor's hash and its own content, when its prev_hash is not its
     * predecessor's hash, or when its id is missing (then the missing id is named). Entries before the first
     * kept one may have been purged after the retention period: the first kept entry anchors the chain.
     */
    public static ChainVerification verify(Connection connection, int batch, Clock clock) throws SQLException {
        long started = clock.millis();
        long headId;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_head is missing");
            }
            headId = rs.getLong(1);
            headHash = rs.getString(2);
        }
        long entries = 0;
        Long firstBroken = null;
        Long firstId = null;
        long lastId = 0;
        String previousHash = null;
        try (PreparedStatement page = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM audit_entry WHERE id > ? AND id <= ? ORDER BY id FETCH FIRST ? ROWS ONLY")) {
            page.setFetchSize(batch);
            long cursor = 0;
            while (true) {
                page.setLong(1, cursor);
                page.setLong(2, headId);
                page.setInt(3, batch);
                int read = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        entries++;
                        AuditEntry e = entry(rs);
                        if (firstId == null) {
                            firstId = e.id();
                            previousHash = e.id() == 1 ? HashChain.GENESIS : e.prevHash();
                        } else if (firstBroken == null && e.id() != lastId + 1) {
                            firstBroken = lastId + 1;
                        }
                        if (firstBroken == null && !(previousHash.equals(e.prevHash()) && e.hash() != null
                                && e.hash().equals(recompute(previousHash, e)))) {
                            firstBroken = e.id();
                        }
                        previousHash = e.hash();
                        lastId = e.id();
                        cursor = e.id();
                    }
                }
                if (read < batch) {
                    break;
                }
            }
        }
        if (firstBroken == null) {
            if (lastId != headId) {
                firstBroken = lastId + 1; // the newest entries are gone
            } else if (headId > 0 && !headHash.equals(previousHash)) {
                firstBroken = headId;
            }
        }
        return new ChainVerification(firstBroken == null, entries, firstBroken, firstId, headId == 0 ? null : headId,
                clock.millis() - started);
    }

    private static String recompute(String previousHash, AuditEntry e) {
        AuditRecord.Outcome outcome;
        try {
            outcome = AuditRecord.Outcome.valueOf(e.outcome());
        } catch (IllegalArgumentException | NullPointerException ex) {
            return null;
        }
        AuditRecord record = new AuditRecord(e.at(), e.actor(), e.action(), e.targetType(), e.targetId(), outcome,
                e.clientAddress(), e.requestId(), e.detail());
        return HashChain.link(previousHash, record.canonical(e.id()));
    }
}
