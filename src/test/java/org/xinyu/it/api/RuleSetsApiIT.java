package org.xinyu.it.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** api.md, "Rules": the rule administrator reads the versions and one version's files, parameters and scenarios. */
class RuleSetsApiIT {

    @Test
    void the_rule_administrator_lists_the_versions_and_version_1_is_the_shipped_policy_and_active() {
        Api.Reply list = Api.as("rules").get("/api/v1/rulesets");
        assertEquals(200, list.status(), list::toString);
        List<JsonObject> versions = list.array().stream().map(JsonValue::asJsonObject).toList();
        JsonObject first = versions.stream().filter(v -> !v.isNull("version") && v.getInt("version") == 1).findFirst().orElseThrow();
        assertEquals(1, versions.stream().filter(v -> v.getBoolean("active")).count(), "exactly one active version: " + versions);
        assertTrue(first.getString("publishedBy").equals("system"), first.toString());
        assertTrue(first.getString("reason").contains("policy.md"), first.toString());
        assertTrue(first.getString("publishedAt").endsWith("+08:00"), "times in the school's zone: " + first);
    }

    @Test
    void one_version_shows_its_drl_files_its_parameters_with_their_meaning_and_its_scenarios() {
        Api.Reply reply = Api.as("rules").get("/api/v1/rulesets/1");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject detail = reply.json();
        assertEquals(1, detail.getJsonObject("ruleSet").getInt("version"));
        JsonObject bands = detail.getJsonArray("files").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("path").equals("priority/bands.drl")).findFirst().orElseThrow();
        assertTrue(bands.getString("text").contains("rule \"bands: a PHQ total at or above the severe cut-off is SEVERE\""));
        JsonObject validity = detail.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("screening.validity.days")).findFirst().orElseThrow();
        assertEquals("365", validity.getString("value"));
        assertTrue(validity.getString("meaning").contains("365"), validity.toString());
        assertTrue(detail.getJsonArray("scenarios").stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getString("path").equals("scenarios/acceptance.json") && s.getString("text").contains("\"given\"")),
                "the acceptance scenarios come with the version");
    }

    @Test
    void an_unknown_version_is_404_problem_json_and_other_roles_may_not_read_rule_sets() {
        Api.Reply missing = Api.as("rules").get("/api/v1/rulesets/9999");
        assertEquals(404, missing.status(), missing::toString);
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        for (String role : List.of("admin", "counsellor", "teacher", "auditor")) {
            Api.Reply denied = Api.as(role).get("/api/v1/rulesets");
            assertEquals(403, denied.status(), () -> role + ": " + denied);
        }
    }
}
