package org.xinyu.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.casework.workbench.ShippedRuleNames;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;
import org.xinyu.it.XinyuServer;
import org.xinyu.it.workbench.Browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student with years of history (issue 12): 2,000 observations, 100 screenings and 300 home visits, most of them
 * older than any window of the rules. Every write is stored and evaluated (the evaluation row once outgrew a 20,000
 * character column, and every later write about the student answered 500); the case, its history and the printed
 * summary show what the rules decided, and each evaluation stores exactly the facts inside the rule set's windows,
 * not the student's whole history.
 */
class ManyFactsIT {

    private static final ZoneId SCHOOL = ZoneId.of("Asia/Shanghai");
    private static final String[] CATEGORIES = {"LOW_MOOD", "ANXIETY", "WITHDRAWAL", "CONFLICT", "ABSENCE", "SLEEP_APPETITE",
            "SUICIDE_TALK", "ACADEMIC_DECLINE"};
    private static final String[] CALM = {"LOW_MOOD", "ANXIETY", "WITHDRAWAL", "CONFLICT", "ABSENCE", "SLEEP_APPETITE"};
    private enum Mode { IN_PERSON, PHONE, VIDEO, WECHAT }

    private final Api counsellor = Api.as("counsellor");

    @Test
    void a_student_with_thousands_of_facts_is_written_evaluated_and_shown_with_what_the_rules_saw() throws Exception {
        LocalDate today = LocalDate.ofInstant(Instant.parse(Api.as("admin").get("/api/v1/system/clock").json().getString("now")), SCHOOL);
        long student = Fixtures.student(9, 1, "LEFT_BEHIND").getJsonNumber("id").longValue();
        String base = "/api/v1/students/" + student;

        // old facts first: outside every window of the shipped rules (observations 60 days, screenings 365 days);
        // an old PHQ-9 with item 9 = 3 or a suicide-talk observation would make the student CRISIS if the rules saw it
        List<Supplier<Api.Reply>> old = new ArrayList<>();
        Map<Long, LocalDate> observed = new HashMap<>();
        List<LocalDate> oldObservationDays = new ArrayList<>();
        for (int i = 0; i < 1940; i++) {
            oldObservationDays.add(today.minusDays(61 + i));
        }
        for (int i = 0; i < oldObservationDays.size(); i++) {
            LocalDate day = oldObservationDays.get(i);
            String category = CATEGORIES[i % CATEGORIES.length];
            int severity = 1 + i % 3;
            old.add(() -> observation(base, category, severity, day));
        }
        for (int i = 0; i < 95; i++) {
            LocalDate day = today.minusDays(370 + 20L * i);
            old.add(i % 2 == 0 ? () -> screening(base, "PHQ9", day, 3, 3, 3, 3, 3, 3, 3, 3, 3)
                    : () -> screening(base, "GAD7", day, 3, 3, 3, 3, 3, 3, 3));
        }
        for (int i = 0; i < 300; i++) {
            LocalDate day = today.minusDays(1 + 7L * i);
            Mode mode = Mode.values()[i % 4];
            boolean absentParent = i % 5 == 0;
            old.add(() -> visit(base, day, mode, absentParent));
        }
        Set<Long> screeningsInWindow = new HashSet<>();
        Map<Long, Object[]> visits = new HashMap<>(); // id -> {day, mode}
        for (Api.Reply r : run(old)) {
            JsonObject body = r.json();
            long id = body.getJsonNumber("id").longValue();
            if (body.containsKey("category")) {
                observed.put(id, LocalDate.parse(body.getString("observedOn")));
            } else if (body.containsKey("mode")) {
                visits.put(id, new Object[] {LocalDate.parse(body.getString("visitedOn")), Mode.valueOf(body.getString("mode"))});
            }
        }

        // then the facts inside the windows: 5 screenings in the last 365 days (the latest PHQ-9, total 12, is moderate:
        // with two risk factors, left behind and the graduating grade, the student is HIGH) and 60 observations in
        // the last 60 days, three of them concerning in the last 30
        List<Supplier<Api.Reply>> recent = new ArrayList<>();
        recent.add(() -> screening(base, "PHQ9", today.minusDays(300), 1, 1, 1, 1, 1, 0, 0, 0, 0));
        recent.add(() -> screening(base, "GAD7", today.minusDays(200), 1, 1, 1, 1, 1, 1, 0));
        recent.add(() -> screening(base, "PHQA", today.minusDays(100), 1, 1, 1, 1, 1, 0, 0, 0, 0));
        recent.add(() -> screening(base, "GAD7", today.minusDays(50), 2, 2, 1, 1, 1, 1, 1));
        recent.add(() -> screening(base, "PHQ9", today.minusDays(10), 2, 2, 1, 1, 2, 1, 1, 2, 0));
        for (int i = 0; i < 60; i++) {
            LocalDate day = today.minusDays(i);
            int severity = i >= 1 && i <= 3 ? 2 : 1;
            String category = CALM[i % CALM.length];
            recent.add(() -> observation(base, category, severity, day));
        }
        for (Api.Reply r : run(recent)) {
            JsonObject body = r.json();
            long id = body.getJsonNumber("id").longValue();
            if (body.containsKey("category")) {
                observed.put(id, LocalDate.parse(body.getString("observedOn")));
            } else {
                screeningsInWindow.add(id);
            }
        }

        // one more fact about the student: stored and evaluated like the first
        Api.Reply last = observation(base, "FAMILY_EVENT", 1, today);
        assertEquals(201, last.status(), last::toString);
        observed.put(last.json().getJsonNumber("id").longValue(), today);
        assertEquals(2001, observed.size());

        JsonObject c = Fixtures.caseOf(student);
        assertEquals("HIGH", c.getString("priority"), "the old crisis-level facts lie outside every window: " + c.getJsonArray("reasons"));
        List<JsonObject> reasons = c.getJsonArray("reasons").stream().map(JsonValue::asJsonObject).toList();
        Set<Long> observationsInWindow = observed.entrySet().stream().filter(e -> !e.getValue().isBefore(today.minusDays(60)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals(61, observationsInWindow.size());
        assertEquals(61, reasons.stream().filter(r -> r.getString("rule").equals("LOW: an observation in the longer window")).count(),
                "one reason for each observation of the last 60 days");
        assertTrue(reasons.stream().anyMatch(r -> r.getString("rule").equals("HIGH: a moderate or severe result with enough risk factors")
                && r.getJsonArray("args").getString(1).equals(today.minusDays(10).toString())), "the latest PHQ-9 counts");
        assertTrue(reasons.stream().anyMatch(r -> r.getString("rule").equals("HIGH: several concerning observations in the recent window")));
        JsonObject homeVisit = c.getJsonObject("homeVisit");
        assertEquals(14, homeVisit.getInt("intervalDays"));
        assertEquals(today.minusDays(1).toString(), homeVisit.getString("lastVisitOn"), "the latest visit in person");

        // the history: every fact, and each evaluation with exactly the facts inside the windows
        List<JsonObject> history = counsellor.get("/api/v1/cases/" + c.getJsonNumber("id").longValue() + "/history").array().stream()
                .map(JsonValue::asJsonObject).toList();
        Map<String, Long> kinds = history.stream().collect(Collectors.groupingBy(e -> e.getString("kind"), Collectors.counting()));
        assertEquals(2001, kinds.get("OBSERVATION"));
        assertEquals(100, kinds.get("SCREENING"));
        assertEquals(300, kinds.get("HOME_VISIT"));
        assertTrue(kinds.get("EVALUATION") >= 2401, "every write was evaluated and stored: " + kinds);
        JsonObject evaluation = history.stream().filter(e -> e.getString("kind").equals("EVALUATION")).reduce((a, b) -> b).orElseThrow()
                .getJsonObject("details");
        assertEquals("HIGH", evaluation.getString("priority"));
        JsonObject facts = evaluation.getJsonObject("facts");
        JsonObject read = facts.getJsonObject("read");
        assertEquals(today.minusDays(60).toString(), read.getString("observationsSince"));
        assertEquals(today.minusDays(365).toString(), read.getString("screeningsSince"));
        assertEquals(observationsInWindow, ids(facts, "observations"), "the observations the rules saw: those of the last 60 days");
        assertEquals(screeningsInWindow, ids(facts, "screenings"), "the screenings the rules saw: those of the last 365 days");
        LocalDate visitsFrom = LocalDate.parse(read.getString("homeVisitsFrom"));
        assertFalse(visitsFrom.isAfter(today));
        Map<Mode, LocalDate> latestBefore = new EnumMap<>(Mode.class);
        visits.values().stream().filter(v -> ((LocalDate) v[0]).isBefore(visitsFrom))
                .forEach(v -> latestBefore.merge((Mode) v[1], (LocalDate) v[0], (a, b) -> a.isAfter(b) ? a : b));
        Set<String> expectedVisits = visits.values().stream()
                .filter(v -> !((LocalDate) v[0]).isBefore(visitsFrom) || v[0].equals(latestBefore.get((Mode) v[1])))
                .map(v -> v[0] + " " + v[1]).collect(Collectors.toSet());
        Set<String> seenVisits = facts.getJsonArray("homeVisits").stream().map(v -> ((jakarta.json.JsonString) v).getString())
                .map(v -> v.replace(" absent-parent", "")).collect(Collectors.toSet());
        assertEquals(expectedVisits, seenVisits, "the visits the rules saw: this semester's, and before it the latest of each mode");
        assertTrue(seenVisits.size() <= visits.size() / 2, "not the whole history of visits: " + seenVisits.size());
        List<JsonObject> fired = evaluation.getJsonArray("firedRules").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(fired.size(), fired.stream().map(f -> f.getString("rule")).distinct().count(), "each rule once, with its count");
        assertEquals(61, fired.stream().filter(f -> f.getString("rule").equals("LOW: an observation in the longer window"))
                .findFirst().orElseThrow().getInt("count"));
        assertEquals(reasons.size(), evaluation.getJsonObject("outcome").getJsonArray("reasons").size());

        // the printed summary shows the decision with every reason's rule
        try (Browser browser = Browser.open()) {
            browser.login("counsellor", XinyuServer.DEMO_PASSWORD);
            browser.go("/case/" + c.getJsonNumber("id").longValue() + "/summary");
            browser.find("#case-summary");
            String priority = browser.find("#summary-priority").getText();
            assertTrue(priority.contains("橙色（高）"), priority);
            for (String rule : reasons.stream().map(r -> r.getString("rule")).collect(Collectors.toSet())) {
                assertTrue(priority.contains("规则：" + ShippedRuleNames.inChinese(rule)), "the summary has the rule " + rule);
            }
            String screenings = browser.find("#summary-screenings").getText();
            assertTrue(screenings.contains("PHQ9") && screenings.contains("12"), screenings);
        }
    }

    private static Set<Long> ids(JsonObject facts, String kind) {
        return facts.getJsonArray(kind).stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private Api.Reply observation(String base, String category, int severity, LocalDate day) {
        return counsellor.post(base + "/observations", Json.createObjectBuilder().add("category", category).add("severity", severity)
                .add("observedOn", day.toString()).build());
    }

    private Api.Reply screening(String base, String instrument, LocalDate day, int... answers) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int answer : answers) {
            a.add(answer);
        }
        return counsellor.post(base + "/screenings", Json.createObjectBuilder().add("instrument", instrument)
                .add("administeredOn", day.toString()).add("answers", a).build());
    }

    private Api.Reply visit(String base, LocalDate day, Mode mode, boolean absentParent) {
        return counsellor.post(base + "/home-visits", Json.createObjectBuilder().add("visitedOn", day.toString()).add("mode", mode.name())
                .add("contactedAbsentParent", absentParent).build());
    }

    /** Sends the writes from four clients (writes about one student are evaluated one at a time); each must answer 201. */
    private static List<Api.Reply> run(List<Supplier<Api.Reply>> writes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Supplier<Api.Reply> w : writes) {
                futures.add(pool.submit(w::get));
            }
            List<Api.Reply> replies = new ArrayList<>();
            Map<Integer, Integer> statuses = new HashMap<>();
            Api.Reply firstFailure = null;
            for (Future<Api.Reply> f : futures) {
                Api.Reply r = f.get();
                statuses.merge(r.status(), 1, Integer::sum);
                if (r.status() != 201 && firstFailure == null) {
                    firstFailure = r;
                }
                replies.add(r);
            }
            Api.Reply failure = firstFailure;
            assertEquals(Map.of(201, writes.size()), statuses, () -> "every write is stored; first failure: " + failure);
            return replies;
        } finally {
            pool.shutdown();
        }
    }
}
