package org.xinyu.rules.engine;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xinyu.casework.EscalationLevel;
import org.xinyu.casework.FollowUpType;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.OwnerRole;
import org.xinyu.casework.Priority;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.rules.engine.fact.FamilyCircumstance;
import org.xinyu.rules.engine.fact.HomeVisit;
import org.xinyu.rules.engine.fact.Observation;
import org.xinyu.rules.engine.fact.OpenFollowUp;
import org.xinyu.rules.engine.fact.OpenReferral;
import org.xinyu.rules.engine.fact.RiskAssessment;
import org.xinyu.rules.engine.fact.ScreeningResult;
import org.xinyu.rules.engine.fact.Semester;
import org.xinyu.rules.engine.fact.Student;
import org.xinyu.screening.Band;
import org.xinyu.student.Circumstance;

/**
 * A scenario: given facts at a point in time, the outcome the rule set must produce. Scenario files
 * are JSON: {@code {"defaults": {"now": ..., "given": {...}}, "scenarios": [{"name", "now", "given",
 * "expect"}, ...]}}; a scenario's {@code given} keys replace the defaults' keys of the same name.
 * Every time field accepts an ISO instant with offset ({@code 2026-10-15T09:00:00+08:00}) or an
 * ISO duration relative to {@code now} ({@code -P3D}, {@code PT72H}); every date field an ISO date or
 * a period relative to today ({@code -P30D}). See {@code rules/scenarios/README.md}.
 */
public final class Scenario {

    private final String file;
    private final String name;
    private final Instant now;
    private final StudentFacts facts;
    private final Expectation expected;

    public Scenario(String file, String name, Instant now, StudentFacts facts, Expectation expected) {
        this.file = file;
        this.name = Objects.requireNonNull(name, "name");
        this.now = Objects.requireNonNull(now, "now");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    public String file() { return file; }
    public String name() { return name; }
    public Instant now() { return now; }
    public StudentFacts facts() { return facts; }
    public Expectation expected() { return expected; }

    @Override
    public String toString() {
        return name;
    }

    /** What a scenario expects; null fields (and lists) are not checked, except priority which is required. */
    public record Expectation(Priority priority, Integer riskFactors, Instant priorityReachedAt,
                              List<ExpectedFollowUp> followUps, ExpectedHomeVisit homeVisit,
                              List<ExpectedEscalation> escalations, List<String> reasonKeys, List<String> absentReasonKeys) {
    }

    /** An expected follow-up; {@code dueAt} is absolute (parsed from an offset from now); owner and referral are checked when given. */
    public record ExpectedFollowUp(FollowUpType type, Instant dueAt, String dueText, OwnerRole owner, Long referralId) {
    }

    /** Expected home-visit requirement; null fields are not checked. */
    public record ExpectedHomeVisit(Integer intervalDays, Boolean perSemester, Boolean remoteCounts,
                                    Boolean absentParentContactRequired, Boolean absentParentContactSatisfied,
                                    LocalDate lastVisitOn, LocalDate nextDueBy, boolean nextDueByGiven, Boolean overdue) {
    }

    public record ExpectedEscalation(long followUpId, EscalationLevel level) {
    }

    /** Parses a scenario file. */
    public static List<Scenario> parse(String file, String json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        }
        JsonObject defaults = root.containsKey("defaults") ? root.getJsonObject("defaults") : JsonValue.EMPTY_JSON_OBJECT;
        List<Scenario> out = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("scenarios")) {
            JsonObject s = v.asJsonObject();
            String name = s.getString("name");
            try {
                out.add(parseOne(file, name, defaults, s));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": scenario '" + name + "': " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Scenario parseOne(String file, String name, JsonObject defaults, JsonObject s) {
        String nowText = s.containsKey("now") ? s.getString("now") : defaults.getString("now");
        Instant now = OffsetDateTime.parse(nowText).toInstant();
        Times t = new Times(now);
        JsonObjectBuilder merged = Json.createObjectBuilder(defaults.containsKey("given") ? defaults.getJsonObject("given") : JsonValue.EMPTY_JSON_OBJECT);
        if (s.containsKey("given")) {
            for (Map.Entry<String, JsonValue> e : s.getJsonObject("given").entrySet()) {
                merged.add(e.getKey(), e.getValue());
            }
        }
        JsonObject g = merged.build();
        StudentFacts facts = parseFacts(g, t);
        return new Scenario(file, name, now, facts, parseExpectation(s.getJsonObject("expect"), t));
    }

    private static StudentFacts parseFacts(JsonObject g, Times t) {
        JsonObject st = g.getJsonObject("student");
        Student student = new Student(st.getJsonNumber("id") == null ? 1 : st.getJsonNumber("id").longValue(),
                st.containsKey("schoolId") ? st.getJsonNumber("schoolId").longValue() : 1,
                st.getInt("grade"),
                st.containsKey("classId") ? st.getJsonNumber("classId").longValue() : 1);
        JsonObject sem = g.getJsonObject("semester");
        StudentFacts.Builder b = StudentFacts.builder(student, new Semester(t.date(sem.getString("start")), t.date(sem.getString("end"))));
        for (JsonValue v : array(g, "circumstances")) {
            if (v instanceof JsonString) {
                b.circumstance(new FamilyCircumstance(Circumstance.valueOf(((JsonString) v).getString()), t.today));
            } else {
                JsonObject c = v.asJsonObject();
                b.circumstance(new FamilyCircumstance(Circumstance.valueOf(c.getString("type")),
                        c.containsKey("recordedOn") ? t.date(c.getString("recordedOn")) : t.today));
            }
        }
        long nextId = 1;
        for (JsonValue v : array(g, "screenings")) {
            JsonObject o = v.asJsonObject();
            LocalDate on = t.date(o.getString("on"));
            b.screening(new ScreeningResult(o.containsKey("id") ? o.getJsonNumber("id").longValue() : nextId++,
                    o.getString("instrument"), on,
                    o.containsKey("recordedAt") ? t.time(o.getString("recordedAt")) : t.defaultRecordedAt(on),
                    o.getInt("total", 0), Band.valueOf(o.getString("band", "NONE")),
                    o.containsKey("item9") && !o.isNull("item9") ? o.getInt("item9") : null,
                    o.getBoolean("critical", false), o.getBoolean("valid", true)));
        }
        for (JsonValue v : array(g, "observations")) {
            JsonObject o = v.asJsonObject();
            LocalDate on = t.date(o.getString("on"));
            b.observation(new Observation(o.containsKey("id") ? o.getJsonNumber("id").longValue() : nextId++,
                    ObservationCategory.valueOf(o.getString("category")), o.getInt("severity"), on,
                    o.containsKey("recordedAt") ? t.time(o.getString("recordedAt")) : t.defaultRecordedAt(on)));
        }
        if (g.containsKey("case") && !g.isNull("case")) {
            JsonObject c = g.getJsonObject("case");
            b.caseState(Priority.valueOf(c.getString("priority")), t.time(c.getString("reachedAt")));
            if (c.containsKey("assessment")) {
                JsonObject a = c.getJsonObject("assessment");
                b.latestAssessment(new RiskAssessment(Priority.valueOf(a.getString("conclusion")), t.time(a.getString("at"))));
            }
        }
        for (JsonValue v : array(g, "openFollowUps")) {
            JsonObject o = v.asJsonObject();
            b.openFollowUp(new OpenFollowUp(o.getJsonNumber("id").longValue(), FollowUpType.valueOf(o.getString("type")),
                    t.time(o.getString("dueAt")),
                    o.containsKey("escalation") && !o.isNull("escalation") ? EscalationLevel.valueOf(o.getString("escalation")) : null,
                    o.containsKey("referralId") && !o.isNull("referralId") ? o.getJsonNumber("referralId").longValue() : null));
        }
        if (g.containsKey("completed")) {
            for (Map.Entry<String, JsonValue> e : g.getJsonObject("completed").entrySet()) {
                b.lastCompletion(FollowUpType.valueOf(e.getKey()), t.time(((JsonString) e.getValue()).getString()));
            }
        }
        for (JsonValue v : array(g, "referrals")) {
            JsonObject o = v.asJsonObject();
            b.openReferral(new OpenReferral(o.getJsonNumber("id").longValue(), t.time(o.getString("openedAt")),
                    o.containsKey("lastFeedbackAt") && !o.isNull("lastFeedbackAt") ? t.time(o.getString("lastFeedbackAt")) : null));
        }
        for (JsonValue v : array(g, "homeVisits")) {
            JsonObject o = v.asJsonObject();
            b.homeVisit(new HomeVisit(t.date(o.getString("on")), HomeVisitMode.valueOf(o.getString("mode")),
                    o.getBoolean("absentParent", false)));
        }
        return b.build();
    }

    private static Expectation parseExpectation(JsonObject e, Times t) {
        List<ExpectedFollowUp> followUps = null;
        if (e.containsKey("followUps")) {
            followUps = new ArrayList<>();
            for (JsonValue v : e.getJsonArray("followUps")) {
                JsonObject o = v.asJsonObject();
                String due = o.getString("due");
                followUps.add(new ExpectedFollowUp(FollowUpType.valueOf(o.getString("type")), t.time(due), due,
                        o.containsKey("owner") ? OwnerRole.valueOf(o.getString("owner")) : null,
                        o.containsKey("referralId") ? o.getJsonNumber("referralId").longValue() : null));
            }
        }
        ExpectedHomeVisit hv = null;
        if (e.containsKey("homeVisit")) {
            JsonObject o = e.getJsonObject("homeVisit");
            hv = new ExpectedHomeVisit(
                    o.containsKey("intervalDays") ? o.getInt("intervalDays") : null,
                    o.containsKey("perSemester") ? o.getBoolean("perSemester") : null,
                    o.containsKey("remoteCounts") ? o.getBoolean("remoteCounts") : null,
                    o.containsKey("absentParentContactRequired") ? o.getBoolean("absentParentContactRequired") : null,
                    o.containsKey("absentParentContactSatisfied") ? o.getBoolean("absentParentContactSatisfied") : null,
                    o.containsKey("lastVisitOn") && !o.isNull("lastVisitOn") ? t.date(o.getString("lastVisitOn")) : null,
                    o.containsKey("nextDueBy") && !o.isNull("nextDueBy") ? t.date(o.getString("nextDueBy")) : null,
                    o.containsKey("nextDueBy"),
                    o.containsKey("overdue") ? o.getBoolean("overdue") : null);
        }
        List<ExpectedEscalation> escalations = null;
        if (e.containsKey("escalations")) {
            escalations = new ArrayList<>();
            for (JsonValue v : e.getJsonArray("escalations")) {
                JsonObject o = v.asJsonObject();
                escalations.add(new ExpectedEscalation(o.getJsonNumber("followUpId").longValue(), EscalationLevel.valueOf(o.getString("level"))));
            }
        }
        return new Expectation(Priority.valueOf(e.getString("priority")),
                e.containsKey("riskFactors") ? e.getInt("riskFactors") : null,
                e.containsKey("priorityReachedAt") ? t.time(e.getString("priorityReachedAt")) : null,
                followUps, hv, escalations, strings(e, "reasons"), strings(e, "noReasons"));
    }

    private static List<String> strings(JsonObject o, String key) {
        if (!o.containsKey(key)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonValue v : o.getJsonArray(key)) {
            out.add(((JsonString) v).getString());
        }
        return out;
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getJsonArray(key) : JsonValue.EMPTY_JSON_ARRAY;
    }

    /** Resolves absolute and now-relative times and dates. */
    private static final class Times {
        final Instant now;
        final LocalDate today;

        Times(Instant now) {
            this.now = now;
            this.today = LocalDate.ofInstant(now, CompiledRuleSet.SCHOOL_ZONE);
        }

        Instant time(String s) {
            if (isRelative(s)) {
                return now.plus(Duration.parse(s));
            }
            return OffsetDateTime.parse(s).toInstant();
        }

        LocalDate date(String s) {
            if (isRelative(s)) {
                return today.plus(Period.parse(s));
            }
            return LocalDate.parse(s);
        }

        /** A fact dated today or earlier is recorded at 08:00 that day, or now if that is earlier. */
        Instant defaultRecordedAt(LocalDate day) {
            Instant at = day.atTime(LocalTime.of(8, 0)).atZone(CompiledRuleSet.SCHOOL_ZONE).toInstant();
            return at.isAfter(now) ? now : at;
        }

        private static boolean isRelative(String s) {
            return s.startsWith("P") || s.startsWith("-P");
        }
    }
}
