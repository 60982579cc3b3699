package org.xinyu.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry's stored detail in the reader's words. Details are stored as the services wrote them (in English, for
 * the API and the chain); this knows their shapes and gives each a translation key under {@code audit.detail.}.
 * A group marked with a key prefix (e.g. {@code observation.category.}) is itself translated. A detail of no known
 * shape is shown as stored.
 */
public final class AuditDetails {

    /** One known shape: the pattern, its key, and per group the key prefix to translate it with (or null). */
    private record Shape(Pattern pattern, String key, String... prefixes) {
    }

    private static final List<Shape> SHAPES = new ArrayList<>();

    private static void shape(String regex, String key, String... prefixes) {
        SHAPES.add(new Shape(Pattern.compile(regex), "audit.detail." + key, prefixes));
    }

    private static final Map<String, String> EXACT = Map.ofEntries(
            Map.entry("workbench", "workbench"),
            Map.entry("printed summary", "printedSummary"),
            Map.entry("owned by the counsellor", "ownedByCounsellor"),
            Map.entry("seeded from the shipped rules", "seeded"),
            Map.entry("class outside the caller's scope", "classOutOfScope"),
            Map.entry("role lacks permission", "roleLacksPermission"),
            Map.entry("unknown user", "unknownUser"),
            Map.entry("account disabled", "accountDisabled"),
            Map.entry("account locked", "accountLocked"),
            Map.entry("wrong password", "wrongPassword"),
            Map.entry("too many failed logins", "tooManyFailures"),
            Map.entry("change required at first sign-in", "changeAtFirstSignIn"),
            Map.entry("change required at next use", "changeAtNextUse"),
            Map.entry("current password wrong", "currentPasswordWrong"),
            Map.entry("by the account holder", "byHolder"),
            Map.entry("temporary password, change required at next sign-in", "temporaryPassword"),
            Map.entry("outside the caller's scope", "outOfScope"),
            Map.entry("password expired; only changing it is allowed", "passwordExpired"),
            Map.entry("first system administrator", "firstAdministrator"),
            Map.entry("absolute session lifetime reached", "sessionLifetime"),
            Map.entry("account no longer exists", "accountGone"),
            Map.entry("sessions revoked", "sessionsRevoked"));

    static {
        shape("category=([A-Z_]+)", "category", "observation.category.");
        shape("instrument=(.+)", "instrument", "instrument.");
        shape("page (\\d+), (\\d+) cases", "casesPage", null, null);
        shape("page (\\d+), (\\d+) students", "studentsPage", null, null);
        shape("case (\\d+), ([A-Z_]+)", "caseFollowUp", null, "followup.type.");
        shape("case (\\d+)", "case", (String) null);
        shape("conclusion ([A-Z_]+)", "conclusion", "priority.");
        shape("mode ([A-Z_]+)", "mode", "visit.mode.");
        shape("referral (\\d+) -> ([A-Z_]+)", "referralStatus", null, "referral.status.");
        shape("referral (\\d+)", "referral", (String) null);
        shape("(\\d+) escalations", "escalations", (String) null);
        shape("(\\d+) open head-teacher follow-ups", "followUps", (String) null);
        shape("(\\d+) classes", "classes", (String) null);
        shape("from (\\S+) to (\\S+)", "headTeacher", null, null);
        shape("does not compile: (\\d+) errors", "doesNotCompile", (String) null);
        shape("passed (\\d+), failed (\\d+)", "scenarios", null, null);
        shape("(\\d+) students, (\\d+) changed", "sweep", null, null);
        shape("valid=(true|false) entries=(\\d+) firstBroken=(\\S+) millis=(\\d+)", "verify", "audit.detail.valid.", null, null, null);
        shape("(.*) page=(\\d+) size=(\\d+) found=(\\d+)", "query", null, null, null, null);
        shape("priority ([A-Z_]+)", "priority", "priority.");
        shape("([A-Z_]+) -> ([A-Z_]+)", "priorityChange", "priority.", "priority.");
        shape("roles=\\[(.*)]", "roles", (String) null);
        shape("now \\[(.*)]", "circumstances", (String) null);
        shape("(.*)page (\\d+), (\\d+) students of (\\d+)", "studentList", null, null, null, null);
        shape("P(?:T)?[0-9DHMS.T]+", "clock");
    }

    private AuditDetails() {
    }

    /** {@code translate} answers null for a key the bundle does not have. */
    public static String describe(String detail, BiFunction<String, Object[], String> translate) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        String exact = EXACT.get(detail);
        if (exact != null) {
            String text = translate.apply("audit.detail." + exact, new Object[0]);
            return text == null ? detail : text;
        }
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(detail);
            if (!m.matches()) {
                continue;
            }
            Object[] args = new Object[m.groupCount() + 1];
            args[0] = detail;
            for (int g = 1; g <= m.groupCount(); g++) {
                String value = m.group(g);
                String prefix = g - 1 < shape.prefixes().length ? shape.prefixes()[g - 1] : null;
                args[g] = prefix == null ? number(value) : translated(prefix, value, translate);
            }
            // the page numbers stored count from 0; people count from 1
            if (shape.key().endsWith("Page") || shape.key().endsWith("studentList") || shape.key().endsWith(".query")) {
                int pageGroup = shape.key().endsWith("Page") ? 1 : 2;
                if (args[pageGroup] instanceof Long n) {
                    args[pageGroup] = n + 1;
                }
            }
            if (shape.key().endsWith(".circumstances") || shape.key().endsWith(".roles")) {
                args[1] = list((String) m.group(1), shape.key().endsWith(".roles") ? "role." : "circumstance.", translate);
            }
            if (shape.key().endsWith(".studentList")) {
                args[1] = studentFilter(m.group(1), translate);
            }
            if (shape.key().endsWith(".verify") && "null".equals(m.group(3))) {
                args[3] = translated("audit.detail.", "none", translate);
            }
            if (shape.key().endsWith(".query")) {
                args[1] = query(m.group(1).trim(), translate);
            }
            String text = translate.apply(shape.key(), args.length == 1 ? new Object[] {detail} : slice(args));
            return text == null ? detail : text;
        }
        return detail;
    }

    /** An audit search as {@code AuditQuery.describe()} stored it: each part named in words, an action by its name. */
    private static String query(String described, BiFunction<String, Object[], String> translate) {
        if (described.isEmpty() || "all".equals(described)) {
            String all = translate.apply("audit.detail.queryAll", new Object[0]);
            return all == null ? described : all;
        }
        List<String> parts = new ArrayList<>();
        for (String part : described.split(" ")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                parts.add(part);
                continue;
            }
            String name = part.substring(0, eq);
            String value = part.substring(eq + 1);
            if ("action".equals(name)) {
                value = AuditAction.describe(value, translate);
            } else if ("subject".equals(name)) {
                value = subject(value, translate);
            }
            String label = translate.apply("audit.detail.query." + name, new Object[0]);
            String joined = translate.apply("audit.detail.queryPart", new Object[] {label == null ? name : label, value});
            parts.add(joined == null ? part : joined);
        }
        String separator = translate.apply("audit.detail.querySeparator", new Object[0]);
        return String.join(separator == null ? ", " : separator, parts);
    }

    /** CASE:42 as 个案 #42, STUDENT: as 学生 (every one). */
    static String subject(String value, BiFunction<String, Object[], String> translate) {
        int colon = value.indexOf(':');
        String type = colon < 0 ? null : translate.apply("audit.subjectType." + value.substring(0, colon), new Object[0]);
        if (type == null) {
            return value;
        }
        String id = value.substring(colon + 1);
        String line = translate.apply("audit.subjectLine", new Object[] {type, id.isEmpty() ? "" : "#" + id});
        return line == null ? value : line.trim();
    }

    /** The student list's filter as StudentService wrote it ("school X, grade 8, class 3, searched by name or number, "). */
    private static String studentFilter(String described, BiFunction<String, Object[], String> translate) {
        List<String> parts = new ArrayList<>();
        for (String part : described.split(",\\s*")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String text;
            if (p.startsWith("school ")) {
                text = translate.apply("audit.detail.filter.school", new Object[] {p.substring(7)});
            } else if (p.startsWith("grade ")) {
                text = translate.apply("audit.detail.filter.grade", new Object[] {p.substring(6)});
            } else if (p.startsWith("class ")) {
                text = translate.apply("audit.detail.filter.class", new Object[] {p.substring(6)});
            } else if (p.startsWith("searched")) {
                text = translate.apply("audit.detail.filter.searched", new Object[0]);
            } else {
                text = null;
            }
            parts.add(text == null ? p : text);
        }
        String separator = translate.apply("audit.detail.querySeparator", new Object[0]);
        return String.join(separator == null ? ", " : separator, parts);
    }

    private static Object[] slice(Object[] args) {
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return rest;
    }

    private static Object number(String value) {
        if (value != null && value.matches("\\d{1,18}")) {
            return Long.valueOf(value);
        }
        return value;
    }

    private static String translated(String prefix, String value, BiFunction<String, Object[], String> translate) {
        String text = translate.apply(prefix + value, new Object[0]);
        return text == null ? value : text;
    }

    private static String list(String values, String prefix, BiFunction<String, Object[], String> translate) {
        if (values.isBlank()) {
            return translate.apply("audit.detail.none", new Object[0]) == null ? "" : translate.apply("audit.detail.none", new Object[0]);
        }
        List<String> words = new ArrayList<>();
        for (String v : values.split(",\\s*")) {
            words.add(translated(prefix, v.trim(), translate));
        }
        return String.join("、", words);
    }
}
