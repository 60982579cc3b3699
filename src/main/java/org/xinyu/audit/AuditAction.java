package org.xinyu.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an audit entry records. The stored value is the constant's name, exactly the string written before this
 * enum existed, so old entries read as before (and the hash chain, which covers the stored string, is unchanged).
 * Each action has a translation key {@code audit.action.NAME} (zh-CN and English). A denial by permission is stored
 * under the permission's name (in the workbench) or {@code "API " + permission} (REST): {@link #describe} names those
 * too, by the permission's key {@code permission.NAME} when the bundle has it.
 */
public enum AuditAction {
    ACCOUNT_BOOTSTRAP, ACCOUNT_CREATE, ACCOUNT_DISABLE, ACCOUNT_ENABLE, ACCOUNT_LOCKED,
    ASSESSMENT_RECORD, AUDIT_QUERY, AUDIT_VERIFY,
    CASE_CLOSE, CASE_HISTORY_READ, CASE_OPEN, CASE_PRIORITY, CASE_QUEUE_READ, CASE_READ,
    CIRCUMSTANCES_UPDATE, CLASS_CREATE, CLASS_HEAD_TEACHER, CLOCK_MOVE,
    DASHBOARD_READ, ESCALATE_GRADE_LEADER, ESCALATE_SCHOOL_LEADERSHIP, ESCALATIONS_READ,
    FOLLOW_UPS_READ, FOLLOW_UP_COMPLETE, HOME_VISIT_RECORD,
    LOGIN, LOGIN_THROTTLED, LOGOUT, OBSERVATION_RECORD,
    PASSWORD_CHANGE, PASSWORD_EXPIRE, PASSWORD_EXPIRED, PASSWORD_RESET,
    READ_OUT_OF_SCOPE, REFERRAL_CREATE, REFERRAL_UPDATE, ROSTER_READ,
    RULESET_PUBLISH, RULESET_TEST, SCHOOL_CREATE, SCREENING_RECORD,
    SESSION_EXPIRED, SESSION_REVOKED,
    STUDENT_CREATE, STUDENT_HISTORY_READ, STUDENT_LIST_READ, STUDENT_READ,
    SWEEP_RUN, WORKBENCH_ROUTE;

    private static final Map<String, AuditAction> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditAction::code, Function.identity()));

    /** The value stored in {@code audit_entry.action}. */
    public String code() {
        return name();
    }

    public String key() {
        return "audit.action." + name();
    }

    public static Optional<AuditAction> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /**
     * A stored action in words: a known action by its key; a denial stored under a permission's name by
     * {@code audit.action.denied} with the permission's words; anything else (an entry written by a later version)
     * as stored. {@code translate} answers null when the bundle has no such key.
     */
    public static String describe(String code, BiFunction<String, Object[], String> translate) {
        if (code == null) {
            return "";
        }
        Optional<AuditAction> known = of(code);
        if (known.isPresent()) {
            String text = translate.apply(known.get().key(), new Object[0]);
            return text == null ? code : text;
        }
        String permission = code.startsWith("API ") ? code.substring(4) : code;
        String words = translate.apply("permission." + permission, new Object[0]);
        if (words != null) {
            String text = translate.apply(code.startsWith("API ") ? "audit.action.apiDenied" : "audit.action.denied", new Object[] {words});
            return text == null ? code : text;
        }
        return code;
    }
}
