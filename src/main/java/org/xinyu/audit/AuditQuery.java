package org.xinyu.audit;

import org.xinyu.platform.Zones;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an auditor asks the trail for. Every part is optional:
 * <ul>
 *   <li>{@code from} (inclusive) and {@code to} (exclusive) are ISO-8601 instants ({@code 2026-11-29T08:30:00Z},
 *       {@code 2026-11-29T08:30:00+08:00}) or dates; a date is a whole day in Beijing time, so
 *       {@code to=2026-11-29} includes that day;</li>
 *   <li>{@code actor} and {@code action} match exactly;</li>
 *   <li>{@code subject} is {@code TYPE:id} (e.g. {@code CASE:42}), {@code TYPE:} (every record of a type) or a
 *       bare value, which matches a record id or a record type.</li>
 * </ul>
 */
public record AuditQuery(Instant from, Instant to, String actor, String subjectType, String subjectId,
                         String subjectAny, String action, Long actorAccountId) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null, null);

    public AuditQuery(Instant from, Instant to, String actor, String subjectType, String subjectId, String subjectAny, String action) {
        this(from, to, actor, subjectType, subjectId, subjectAny, action, null);
    }

    /**
     * The same query, where the actor names this account: it then also finds the entries written before sign-in
     * about the account (failed sign-ins written before issue 12 were recorded as {@code anonymous} with the
     * account's id as target).
     */
    public AuditQuery withActorAccount(long accountId) {
        return new AuditQuery(from, to, actor, subjectType, subjectId, subjectAny, action, accountId);
    }

    /** Parses the request parameters; anything malformed is a 400 naming every bad field. */
    public static AuditQuery parse(String from, String to, String actor, String subject, String action) {
        List<FieldError> errors = new ArrayList<>();
        Instant fromInstant = time(from, "from", false, errors);
        Instant toInstant = time(to, "to", true, errors);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        String actorValue = text(actor, "actor", 64, errors);
        String actionValue = text(action, "action", 64, errors);
        String type = null;
        String id = null;
        String any = null;
        String subjectValue = text(subject, "subject", 100, errors);
        if (subjectValue != null) {
            int colon = subjectValue.indexOf(':');
            if (colon < 0) {
                any = subjectValue;
            } else {
                type = subjectValue.substring(0, colon).trim().toUpperCase(Locale.ROOT);
                id = subjectValue.substring(colon + 1).trim();
                if (type.isEmpty()) {
                    type = null;
                } else if (!type.matches("[A-Z_]{1,32}")) {
                    errors.add(new FieldError("subject", "the record type before ':' must be letters, e.g. CASE:42"));
                }
                if (id.isEmpty()) {
                    id = null;
                } else if (id.length() > 64) {
                    errors.add(new FieldError("subject", "the record id after ':' must be at most 64 characters"));
                }
                if (type == null && id == null) {
                    errors.add(new FieldError("subject", "give a record type, an id or both, e.g. CASE:42"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new AuditQuery(fromInstant, toInstant, actorValue, type, id, any, actionValue);
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        return trimmed;
    }

    private static Instant time(String value, String field, boolean endOfDay, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(Zones.SCHOOL).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO-8601 date (2026-11-29) or instant with offset (2026-11-29T08:30:00+08:00)"));
            return null;
        }
    }

    /** The query in words, for the audit entry that records it. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        append(s, "from", from);
        append(s, "to", to);
        append(s, "actor", actor);
        append(s, "action", action);
        append(s, "subject", subjectAny != null ? subjectAny
                : subjectType == null && subjectId == null ? null : (subjectType == null ? "" : subjectType) + ":" + (subjectId == null ? "" : subjectId));
        return s.isEmpty() ? "all" : s.toString();
    }

    private static void append(StringBuilder s, String name, Object value) {
        if (value != null) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(name).append('=').append(value);
        }
    }
}
