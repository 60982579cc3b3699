package org.xinyu.it.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;
import org.xinyu.it.XinyuServer;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A schema-driven fuzz of the whole API (issue 12 §4, Acceptance): requests are generated from the server's own
 * /openapi document — valid ones, and ones that break exactly one rule of a schema — and sent by fresh accounts of
 * each role (administrator, counsellor, head teacher, auditor, rule administrator) and now and then without
 * credentials, so that authorisation paths are fuzzed too. Every answer is checked with swagger-request-validator:
 * no 5xx, its status documented for that operation and its body matching the documented schema; a request that
 * breaks the schema must not succeed.
 *
 * <p>Bounded and repeatable: at most {@code xinyu.fuzz.requests} requests (default 1500) and
 * {@code xinyu.fuzz.seconds} seconds (default 75); the seed ({@code xinyu.fuzz.seed}) is printed and fixed by
 * default. It touches only what it created: its own school, class, students, case and accounts (the accounts it
 * disables or resets are its own victims, never an account it or another test signs in with), never moves the
 * clock, and sends no wrong password (no lockout, no rate limit for the other tests).
 */
class ApiFuzzIT {

    private static final long SEED = Long.getLong("xinyu.fuzz.seed", 20261204L);
    private static final int MAX_REQUESTS = Integer.getInteger("xinyu.fuzz.requests", 1500);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("xinyu.fuzz.seconds", 75));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Caller(String role, String username, String password) {
        String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final List<Caller> CALLERS = new ArrayList<>();
    private static final Map<String, List<JsonValue>> HINTS = new LinkedHashMap<>();
    private static String schoolCode;

    @BeforeAll
    static void its_own_school_class_students_case_and_accounts() {
        String suffix = Fixtures.uniqueNo().substring(1, 9).toLowerCase();
        schoolCode = "FZ-" + suffix.toUpperCase();
        Api admin = Api.as("admin");
        created(admin.post("/api/v1/schools", Json.createObjectBuilder().add("code", schoolCode).add("name", "模糊测试学校")
                .add("district", "华阴市").add("stage", "JUNIOR").build()));
        long classId = id(created(admin.post("/api/v1/schools/" + schoolCode + "/classes",
                Json.createObjectBuilder().add("grade", 7).add("classNo", 1).build())));
        long otherClass = id(created(admin.post("/api/v1/schools/" + schoolCode + "/classes",
                Json.createObjectBuilder().add("grade", 8).add("classNo", 1).build())));
        String firstPassword = "Fz#" + suffix + "-Start-42";
        Map<String, JsonObject> accounts = new LinkedHashMap<>();
        accounts.put("SYSTEM_ADMIN", user("fz" + suffix + "-admin", firstPassword, "SYSTEM_ADMIN", null, null));
        accounts.put("COUNSELOR", user("fz" + suffix + "-counsellor", firstPassword, "COUNSELOR", schoolCode, null));
        accounts.put("HEAD_TEACHER", user("fz" + suffix + "-teacher", firstPassword, "HEAD_TEACHER", schoolCode, classId));
        accounts.put("AUDITOR", user("fz" + suffix + "-auditor", firstPassword, "AUDITOR", null, null));
        accounts.put("RULE_ADMIN", user("fz" + suffix + "-rules", firstPassword, "RULE_ADMIN", null, null));
        for (Map.Entry<String, JsonObject> account : accounts.entrySet()) {
            String username = account.getValue().getString("username");
            String password = "Fz#" + suffix + "-Own-" + account.getKey().length() + "x9";
            // a first password chosen by the administrator may have to be changed before anything else
            Api.Reply changed = Api.as(username, firstPassword).post("/api/v1/users/me/password", Json.createObjectBuilder()
                    .add("currentPassword", firstPassword).add("newPassword", password).build());
            assertEquals(204, changed.status(), changed::toString);
            CALLERS.add(new Caller(account.getKey(), username, password));
        }
        List<JsonValue> victims = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            victims.add(Json.createValue(user("fz" + suffix + "-victim" + i, firstPassword, "COUNSELOR", schoolCode, null).getString("username")));
        }
        List<JsonValue> students = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            students.add(Json.createValue(id(created(admin.post("/api/v1/students", Json.createObjectBuilder()
                    .add("studentNo", Fixtures.uniqueNo()).add("name", "模糊学生" + i).add("gender", i % 2 == 0 ? "F" : "M")
                    .add("birthDate", LocalDate.now().minusYears(13).toString()).add("schoolCode", schoolCode)
                    .add("grade", 7).add("classNo", 1).add("circumstances", Json.createArrayBuilder().add("LEFT_BEHIND")).build())))));
        }
        Api counsellor = Api.as(CALLERS.get(1).username(), CALLERS.get(1).password());
        long student = ((jakarta.json.JsonNumber) students.get(0)).longValue();
        created(counsellor.post("/api/v1/students/" + student + "/screenings", Json.createObjectBuilder().add("instrument", "PHQ9")
                .add("administeredOn", LocalDate.now().toString())
                .add("answers", Json.createArrayBuilder().add(3).add(3).add(3).add(3).add(3).add(3).add(2).add(0).add(0)).build()));
        Api.Reply theCase = counsellor.get("/api/v1/students/" + student + "/case");
        assertEquals(200, theCase.status(), theCase::toString);
        long caseId = id(theCase.json());
        JsonObject referred = created(counsellor.post("/api/v1/cases/" + caseId + "/referrals", Json.createObjectBuilder()
                .add("institution", "华阴市精神卫生中心").add("reason", "模糊测试").add("parentConsent", true).build()));
        List<JsonValue> followUps = new ArrayList<>();
        referred.getJsonArray("followUps").forEach(f -> followUps.add(f.asJsonObject().get("id")));
        List<JsonValue> referrals = new ArrayList<>();
        referred.getJsonArray("referrals").forEach(r -> referrals.add(r.asJsonObject().get("id")));

        JsonValue nobody = Json.createValue(999_999_999L);
        // its own records most of the time (to reach validation and the rules), now and then one that is not there
        HINTS.put("id", with(with(students, students.toArray(JsonValue[]::new)), nobody, Json.createValue(0)));
        HINTS.put("caseId", List.of(Json.createValue(caseId), Json.createValue(caseId), Json.createValue(caseId), nobody));
        HINTS.put("followUpId", with(with(followUps, followUps.toArray(JsonValue[]::new)), nobody));
        HINTS.put("referralId", with(with(referrals, referrals.toArray(JsonValue[]::new)), nobody));
        HINTS.put("birthDate", List.of(Json.createValue(LocalDate.now().minusYears(13).toString()),
                Json.createValue(LocalDate.now().minusYears(14).minusDays(100).toString())));
        HINTS.put("instrument", List.of(Json.createValue("PHQ9"), Json.createValue("PHQA")));
        HINTS.put("answers", List.of(Json.createArrayBuilder().add(1).add(2).add(0).add(3).add(1).add(0).add(2).add(1).add(0).build(),
                Json.createArrayBuilder().add(3).add(3).add(3).add(3).add(3).add(3).add(3).add(3).add(2).build()));
        HINTS.put("classId", List.of(Json.createValue(classId), Json.createValue(otherClass), nobody));
        HINTS.put("classIds", List.of(Json.createArrayBuilder().add(classId).build()));
        // a school code no request can create ('_' is outside the code pattern): other tests rely on unknown codes
        HINTS.put("code", List.of(Json.createValue(schoolCode), Json.createValue("no_such_school_" + suffix)));
        HINTS.put("schoolCode", List.of(Json.createValue(schoolCode)));
        HINTS.put("username", with(victims, Json.createValue("fz-nobody-" + suffix)));
        HINTS.put("headTeacher", List.of(Json.createValue(CALLERS.get(2).username()), JsonValue.NULL));
        HINTS.put("grade", List.of(Json.createValue(7), Json.createValue(8)));
        HINTS.put("classNo", List.of(Json.createValue(1)));
        HINTS.put("version", List.of(Json.createValue(0), Json.createValue(1), Json.createValue(2)));
        HINTS.put("password", List.of(Json.createValue("Fz#" + suffix + "-New-User-7")));
        // a new password the policy refuses: the call stops at validation and never checks the current password,
        // so no failed sign-in is counted against the fuzz's own accounts
        HINTS.put("newPassword", List.of(Json.createValue("short")));
        HINTS.put("temporaryPassword", List.of(Json.createValue("Fz#" + suffix + "-Temp-Pass-7")));
        // the clock is shared by every test of the run: the fuzz sends only durations the server must refuse
        HINTS.put("by", List.of(Json.createValue("-P1D"), Json.createValue("P-2D"), Json.createValue("yesterday"), Json.createValue("")));
        System.out.printf("[fuzz] fixtures: school %s, students %s, case %d, accounts %s%n", schoolCode, students, caseId,
                CALLERS.stream().map(Caller::username).toList());
    }

    private static List<JsonValue> with(List<JsonValue> values, JsonValue... more) {
        List<JsonValue> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }

    private static JsonObject user(String username, String password, String role, String school, Long classId) {
        var body = Json.createObjectBuilder().add("username", username).add("displayName", "模糊 " + role).add("password", password)
                .add("roles", Json.createArrayBuilder().add(role));
        if (school != null) {
            body.add("schoolCode", school);
        }
        if (classId != null) {
            body.add("classIds", Json.createArrayBuilder().add(classId));
        }
        return created(Api.as("admin").post("/api/v1/users", body.build()));
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** One generated request. */
    private record Call(String method, String template, String path, Map<String, String> query, Caller caller,
                        String body, String broken) {

        String curl() {
            StringBuilder b = new StringBuilder("curl -i -X ").append(method);
            if (caller != null) {
                b.append(" -u '").append(caller.username()).append(":").append(caller.password()).append("'");
            }
            if (body != null) {
                b.append(" -H 'Content-Type: application/json' -d '").append(body.replace("'", "'\\''")).append("'");
            }
            return b.append(" 'http://localhost:8080").append(path).append(queryString(query)).append("'").toString();
        }
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        query.forEach((k, v) -> b.append(b.length() == 0 ? "?" : "&").append(k).append("=").append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    @Test
    void a_schema_driven_fuzz_of_every_operation_finds_no_5xx_and_no_undocumented_answer() {
        OpenApiDocument doc = OpenApiDocument.get();
        Random random = new Random(SEED);
        SchemaValues values = new SchemaValues(doc.api, random, name -> HINTS.getOrDefault(name, List.of()));
        List<Map.Entry<String, Operation>> operations = new ArrayList<>();
        Map<String, String> templates = new LinkedHashMap<>();
        for (Map.Entry<String, PathItem> path : doc.api.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, op) -> {
                String key = method.name() + " " + path.getKey();
                operations.add(Map.entry(key, op));
                templates.put(key, path.getKey());
            });
        }
        System.out.printf("[fuzz] seed %d (-Dxinyu.fuzz.seed=%d repeats this run), %d operations, at most %d requests in %d s%n",
                SEED, SEED, operations.size(), MAX_REQUESTS, BUDGET.toSeconds());
        long deadline = System.nanoTime() + BUDGET.toNanos();
        List<String> findings = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int sent = 0;
        int sweeps = 0;
        Map<String, List<Caller>> allowed = new LinkedHashMap<>();
        while (sent < MAX_REQUESTS && System.nanoTime() < deadline) {
            Map.Entry<String, Operation> entry = operations.get(sent % operations.size());
            String key = entry.getKey();
            String method = key.substring(0, key.indexOf(' '));
            Operation op = entry.getValue();
            // mostly a role that the operation has let in before (to reach validation and the records), sometimes any
            List<Caller> admitted = allowed.getOrDefault(key, List.of());
            Caller caller = random.nextInt(50) == 0 ? null
                    : !admitted.isEmpty() && random.nextInt(4) != 0 ? admitted.get(random.nextInt(admitted.size()))
                    : CALLERS.get(random.nextInt(CALLERS.size()));
            if (key.equals("POST /api/v1/system/sweep") && caller != null && caller.role().equals("SYSTEM_ADMIN") && sweeps++ > 0) {
                caller = CALLERS.get(1); // one real sweep is enough: it re-evaluates every student of the run
            }
            Call call = generate(method, templates.get(key), op, caller, values, random);
            sent++;
            HttpResponse<String> reply = send(call);
            statuses.merge(key + " " + reply.statusCode(), 1, Integer::sum);
            if (caller != null && reply.statusCode() != 401 && reply.statusCode() != 403
                    && !allowed.computeIfAbsent(key, k -> new ArrayList<>()).contains(caller)) {
                allowed.get(key).add(caller);
            }
            List<String> problems = new ArrayList<>();
            if (reply.statusCode() >= 500) {
                problems.add("answered " + reply.statusCode());
            }
            List<String> messages = doc.checkResponse(method, call.path(), reply);
            if (!messages.isEmpty()) {
                problems.add("answer not as documented: " + messages);
            }
            if (call.broken() != null && reply.statusCode() / 100 == 2 && caller != null) {
                problems.add("accepted a request that breaks the schema (" + call.broken() + ")");
            }
            if (!problems.isEmpty()) {
                findings.add(key + " as " + (caller == null ? "anonymous" : caller.role()) + ": " + String.join("; ", problems)
                        + "\n    → " + reply.statusCode() + " " + head(reply.body()) + "\n    " + call.curl());
            }
        }
        System.out.printf("[fuzz] %d requests in %.1f s, %d findings; answers per operation and status:%n", sent,
                (System.nanoTime() - deadline + BUDGET.toNanos()) / 1e9, findings.size());
        statuses.forEach((k, n) -> System.out.printf("[fuzz]   %-70s %5d%n", k, n));
        findings.forEach(f -> System.out.println("[fuzz] FINDING " + f));
        assertTrue(sent >= operations.size(), "every operation was tried at least once: " + sent);
        assertTrue(findings.isEmpty(), findings.size() + " findings (seed " + SEED + "):\n" + String.join("\n", findings.subList(0, Math.min(25, findings.size()))));
    }

    @Test
    void a_query_flag_that_is_neither_true_nor_false_is_a_400_naming_it() {
        Caller counsellor = CALLERS.get(1);
        for (String value : List.of("yes", "1", "FALSE ")) {
            Api.Reply reply = Api.as(counsellor.username(), counsellor.password()).get("/api/v1/cases?overdue=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            assertEquals(400, reply.status(), value + ": " + reply);
            assertEquals("overdue", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply::toString);
        }
        Api.Reply ok = Api.as(counsellor.username(), counsellor.password()).get("/api/v1/cases?overdue=true");
        assertEquals(200, ok.status(), ok::toString);
    }

    private static Call generate(String method, String template, Operation op, Caller caller, SchemaValues values, Random random) {
        String path = template;
        Map<String, String> query = new LinkedHashMap<>();
        String broken = null;
        List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
        for (Parameter declared : parameters) {
            Parameter p = resolve(values, declared);
            Schema<?> schema = values.resolve(p.getSchema());
            if ("path".equals(p.getIn())) {
                JsonValue v = values.valid(p.getName(), schema);
                if ("integer".equals(SchemaValues.type(schema)) && random.nextInt(12) == 0) {
                    v = Json.createValue(random.nextBoolean() ? "abc" : "1.5");
                    broken = p.getName() + ": not a whole number in the path";
                }
                path = path.replace("{" + p.getName() + "}", URLEncoder.encode(text(v), StandardCharsets.UTF_8).replace("+", "%20"));
            } else if ("query".equals(p.getIn()) && random.nextInt(3) == 0) {
                if (random.nextInt(5) == 0) {
                    SchemaValues.Broken b = values.invalid(schema);
                    // in a query every value is text: a number where text belongs, or a number written as a string where
                    // an integer belongs (size="12" is sent as size=12), breaks nothing
                    boolean text = b != null && (b.rule().equals("a number for a string")
                            || b.rule().equals("a number in a string for an integer"));
                    if (b != null && b.value() != JsonValue.NULL && !text) {
                        query.put(p.getName(), text(b.value()));
                        broken = "query " + p.getName() + ": " + b.rule();
                    }
                } else if ("page".equals(p.getName()) && random.nextInt(8) == 0) {
                    // past the bound, where page*size once overflowed (page=2147483647&size=500 → 500, page=8589935 → a
                    // wrapped offset): a 400 naming page
                    query.put("page", String.valueOf(List.of(100_001, 8_589_935, Integer.MAX_VALUE).get(random.nextInt(3))));
                    broken = "query page: beyond the maximum";
                } else {
                    query.put(p.getName(), text(values.valid(p.getName(), schema)));
                }
            }
        }
        String body = null;
        if (op.getRequestBody() != null) {
            var media = op.getRequestBody().getContent().get("application/json");
            Schema<?> schema = media.getSchema();
            int mode = random.nextInt(10);
            if (mode < 5) {
                body = values.valid(null, schema).toString();
            } else if (mode < 9) {
                SchemaValues.Broken b = values.invalid(schema);
                body = b.value().toString();
                broken = b.rule();
            } else {
                String[] odd = {"", "{", "{\"a\":", "[1,2", "nul", "\"text\""};
                body = odd[random.nextInt(odd.length)];
                broken = "not a JSON object: " + body;
            }
        }
        return new Call(method, template, path, query, caller, body, broken);
    }

    private static Parameter resolve(SchemaValues values, Parameter p) {
        if (p.get$ref() == null) {
            return p;
        }
        String name = p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1);
        return OpenApiDocument.get().api.getComponents().getParameters().get(name);
    }

    private static String text(JsonValue v) {
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }

    private static HttpResponse<String> send(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(XinyuServer.baseUrl().replaceAll("/$", "") + call.path()
                        + queryString(call.query()))).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (call.caller() != null) {
            request.header("Authorization", call.caller().authorization());
        }
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body()));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(call.curl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String head(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.substring(0, Math.min(300, oneLine.length()));
    }
}
