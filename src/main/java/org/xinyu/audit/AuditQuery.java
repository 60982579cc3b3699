package org.xinyu.audit;

import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.MaxLength;
import org.xinyu.platform.problem.ProblemException;

import java.time.Instant;
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
public record AuditQuery(Instant from, Instant to, @MaxLength(64) String actor, @MaxLength(32) String subjectType,
                         @MaxLength(64) String subjectId, @MaxLength(100) String subjectAny, @MaxLength(64) String action,
                         Long actorAccountId) {

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

    /**
     * Parses the request parameters (the API's query string); anything malformed is a 400 naming every bad field,
     * each with its code.
     */
    public static AuditQuery parse(String from, String to, String actor, String subject, String action) {
        List<FieldError> errors = new ArrayList<>();
        TimeBound fromBound = TimeBound.parse(from, "from", errors).orElse(null);
        TimeBound toBound = TimeBound.parse(to, "to", errors).orElse(null);
        return of(fromBound, toBound, actor, subject, action, errors);
    }

    /**
     * The query from typed bounds (a view's date pickers) and the texts as typed: blank is none, text is trimmed;
     * anything malformed is a 400 naming every bad field, each with its code.
     */
    public static AuditQuery of(TimeBound from, TimeBound to, String actor, String subject, String action) {
        return of(from, to, actor, subject, action, new ArrayList<>());
    }

    private static AuditQuery of(TimeBound from, TimeBound to, String actor, String subject, String action, List<FieldError> errors) {
        Instant fromInstant = from == null ? null : from.from();
        Instant toInstant = to == null ? null : to.until();
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            errors.add(FieldError.of("to", "audit.toNotAfterFrom", "must be after from"));
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
                    errors.add(FieldError.of("subject", "audit.subjectType", "the record type before ':' must be letters, e.g. CASE:42"));
                }
                if (id.isEmpty()) {
                    id = null;
                } else if (id.length() > 64) {
                    errors.add(FieldError.of("subject", "audit.subjectIdTooLong", "the record id after ':' must be at most 64 characters", 64));
                }
                if (type == null && id == null) {
                    errors.add(FieldError.of("subject", "audit.subjectEmpty", "give a record type, an id or both, e.g. CASE:42"));
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
            errors.add(FieldError.tooLong(field, max));
            return null;
        }
        return trimmed;
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
