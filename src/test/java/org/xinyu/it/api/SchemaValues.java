package org.xinyu.it.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes JSON values from the document's schemas: valid ones (every required member, some optional ones, values
 * inside enum, min/max, length and pattern), and invalid ones that break exactly one rule of the schema, so that the
 * fuzz knows which answers must be 4xx.
 */
final class SchemaValues {

    /** Known good values for a named member (school codes, usernames, ids of the fuzz's own records). */
    interface Hints extends Function<String, List<JsonValue>> {
    }

    /** An invalid value and the rule it breaks. */
    record Broken(JsonValue value, String rule) {
    }

    private final OpenAPI api;
    private final Random random;
    private final Hints hints;

    SchemaValues(OpenAPI api, Random random, Hints hints) {
        this.api = api;
        this.random = random;
        this.hints = hints;
    }

    Schema<?> resolve(Schema<?> schema) {
        Schema<?> s = schema;
        while (s != null && s.get$ref() != null) {
            s = api.getComponents().getSchemas().get(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1));
        }
        return s;
    }

    /** Properties of an object schema, allOf merged. */
    Map<String, Schema> properties(Schema<?> schema) {
        Schema<?> s = resolve(schema);
        Map<String, Schema> all = new LinkedHashMap<>();
        if (s.getAllOf() != null) {
            for (Schema<?> part : s.getAllOf()) {
                all.putAll(properties(part));
            }
        }
        if (s.getProperties() != null) {
            all.putAll(s.getProperties());
        }
        return all;
    }

    Set<String> required(Schema<?> schema) {
        Schema<?> s = resolve(schema);
        Set<String> all = new LinkedHashSet<>();
        if (s.getAllOf() != null) {
            for (Schema<?> part : s.getAllOf()) {
                all.addAll(required(part));
            }
        }
        if (s.getRequired() != null) {
            all.addAll(s.getRequired());
        }
        return all;
    }

    static String type(Schema<?> s) {
        if (s.getType() != null) {
            return s.getType();
        }
        return s.getTypes() == null || s.getTypes().isEmpty() ? (s.getProperties() != null ? "object" : "string") : s.getTypes().iterator().next();
    }

    JsonValue valid(String name, Schema<?> schema) {
        Schema<?> s = resolve(schema);
        List<JsonValue> hinted = name == null ? List.of() : hints.apply(name);
        if (!hinted.isEmpty() && random.nextInt(4) != 0) {
            return hinted.get(random.nextInt(hinted.size()));
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return Json.createValue(String.valueOf(s.getEnum().get(random.nextInt(s.getEnum().size()))));
        }
        switch (type(s)) {
            case "integer": {
                long min = s.getMinimum() != null ? s.getMinimum().longValue() : 0;
                long max = s.getMaximum() != null ? s.getMaximum().longValue() : Math.max(min, 1000);
                long[] picks = {min, max, min + (long) (random.nextDouble() * (max - min))};
                return Json.createValue(picks[random.nextInt(picks.length)]);
            }
            case "number":
                return Json.createValue(random.nextInt(100));
            case "boolean":
                return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case "array": {
                int min = s.getMinItems() == null ? 0 : s.getMinItems();
                int max = s.getMaxItems() == null ? Math.max(min, 3) : s.getMaxItems();
                int n = min + random.nextInt(max - min + 1);
                JsonArrayBuilder array = Json.createArrayBuilder();
                Set<String> seen = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    JsonValue item = valid(null, s.getItems());
                    if (resolve(s.getItems()).getEnum() == null || seen.add(item.toString())) {
                        array.add(item);
                    }
                }
                return array.build();
            }
            case "object": {
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> required = required(s);
                properties(s).forEach((property, propertySchema) -> {
                    if (required.contains(property) || random.nextBoolean()) {
                        object.add(property, valid(property, propertySchema));
                    }
                });
                return object.build();
            }
            default:
                return Json.createValue(string(s));
        }
    }

    String string(Schema<?> s) {
        if ("date".equals(s.getFormat())) {
            return LocalDate.now().minusDays(random.nextInt(300)).toString();
        }
        if ("date-time".equals(s.getFormat())) {
            return "2026-11-29T08:30:00+08:00";
        }
        if (s.getPattern() != null) {
            int max = s.getMaxLength() == null ? 12 : Math.min(12, s.getMaxLength());
            int min = s.getMinLength() == null ? 1 : s.getMinLength();
            StringBuilder b = new StringBuilder(s.getPattern().contains("[a-z0-9]") ? "fz" : "FZ");
            String alphabet = s.getPattern().contains("A-Z") ? "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" : "abcdefghijkmnopqrstuvwxyz0123456789";
            int length = Math.max(min, 6 + random.nextInt(Math.max(1, max - 5)));
            while (b.length() < length) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return b.toString();
        }
        String[] words = {"测试", "随访记录", "Note", "家访 顺利", "需要关注", "ok"};
        String text = words[random.nextInt(words.length)];
        if (s.getMaxLength() != null && text.length() > s.getMaxLength()) {
            text = text.substring(0, s.getMaxLength());
        }
        return text;
    }

    /** A value of the schema with one rule broken; null when the schema has no rule a value could break. */
    Broken invalid(Schema<?> schema) {
        Schema<?> s = resolve(schema);
        List<Broken> options = new ArrayList<>();
        String type = type(s);
        if (!Boolean.TRUE.equals(s.getNullable())) {
            options.add(new Broken(JsonValue.NULL, "null where a value is required"));
        }
        switch (type) {
            case "integer" -> {
                options.add(new Broken(Json.createValue("x" + random.nextInt(9)), "text for an integer"));
                options.add(new Broken(Json.createValue(new BigDecimal("1.5")), "a fraction for an integer"));
                options.add(new Broken(Json.createValue(String.valueOf(1 + random.nextInt(9))), "a number in a string for an integer"));
                options.add(new Broken(JsonValue.TRUE, "a boolean for an integer"));
                if (s.getMinimum() != null) {
                    options.add(new Broken(Json.createValue(s.getMinimum().longValue() - 1), "below the minimum"));
                }
                if (s.getMaximum() != null) {
                    options.add(new Broken(Json.createValue(s.getMaximum().longValue() + 1), "above the maximum"));
                }
                options.add(new Broken(Json.createValue(new BigDecimal("99999999999999999999")), "beyond a 64-bit integer"));
            }
            case "boolean" -> {
                options.add(new Broken(Json.createValue("yes"), "text for a boolean"));
                options.add(new Broken(Json.createValue(1), "a number for a boolean"));
            }
            case "array" -> {
                options.add(new Broken(Json.createValue("x"), "text for an array"));
                options.add(new Broken(Json.createObjectBuilder().build(), "an object for an array"));
                Broken item = invalid(s.getItems());
                if (item != null) {
                    options.add(new Broken(Json.createArrayBuilder().add(item.value()).build(), "an array item with " + item.rule()));
                }
                if (s.getMinItems() != null && s.getMinItems() > 0) {
                    options.add(new Broken(Json.createArrayBuilder().build(), "fewer items than the minimum"));
                }
            }
            case "object" -> {
                options.add(new Broken(Json.createValue("x"), "text for an object"));
                options.add(new Broken(Json.createArrayBuilder().build(), "an array for an object"));
                Set<String> required = required(s);
                Map<String, Schema> properties = properties(s);
                for (String property : required) {
                    JsonObjectBuilder without = Json.createObjectBuilder(valid(null, s).asJsonObject());
                    without.remove(property);
                    options.add(new Broken(without.build(), "without the required " + property));
                }
                for (Map.Entry<String, Schema> property : properties.entrySet()) {
                    Broken inner = invalid(property.getValue());
                    if (inner != null && !(inner.value() == JsonValue.NULL && !required.contains(property.getKey()))) {
                        JsonObjectBuilder with = Json.createObjectBuilder(valid(null, s).asJsonObject());
                        with.add(property.getKey(), inner.value());
                        options.add(new Broken(with.build(), property.getKey() + ": " + inner.rule()));
                    }
                }
            }
            default -> {
                options.add(new Broken(Json.createValue(7), "a number for a string"));
                if (s.getEnum() != null) {
                    options.add(new Broken(Json.createValue("NOT_" + s.getEnum().get(0)), "a value outside the enum"));
                }
                if (s.getMaxLength() != null) {
                    options.add(new Broken(Json.createValue("字".repeat(s.getMaxLength() + 1)), "longer than the maximum length"));
                }
                if (s.getMinLength() != null && s.getMinLength() > 0) {
                    options.add(new Broken(Json.createValue(""), "shorter than the minimum length"));
                }
                if ("date".equals(s.getFormat())) {
                    options.add(new Broken(Json.createValue("2026-13-45"), "not a date"));
                    options.add(new Broken(Json.createValue("29/11/2026"), "not an ISO date"));
                }
                if (s.getPattern() != null) {
                    options.add(new Broken(Json.createValue("bad value!"), "not matching the pattern"));
                }
            }
        }
        return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }
}
