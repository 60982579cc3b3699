package org.xinyu.casework.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import com.vaadin.flow.component.UI;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.xinyu.casework.Priority;
import org.xinyu.observation.ObservationCategory;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.screening.Band;
import org.xinyu.screening.Instrument;
import org.xinyu.screening.StandardInstruments;
import org.xinyu.student.Circumstance;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Why a case has its warning level: the stored reasons (rule, message key, arguments, English text), in words. */
final class Reasons {

    /** The message keys the shipped rules use; any other key shows the rule's own English text. */
    static final Set<String> KNOWN = Set.of("reason.observation", "reason.observation.concerning", "reason.observation.concerning.many",
            "reason.observation.redFlag", "reason.other.critical", "reason.phq.item9.crisis", "reason.phq.item9.high",
            "reason.result.mild", "reason.result.mild.riskFactors", "reason.result.moderate", "reason.result.moderate.riskFactors",
            "reason.result.severe", "reason.riskFactors", "reason.riskFactors.many", "reason.safety.assessmentFloor",
            "reason.safety.reviewedObservation", "reason.safety.reviewedResult", "reason.safety.sticky");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Set<String> CATEGORIES = Stream.of(ObservationCategory.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> PRIORITIES = Stream.of(Priority.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> CIRCUMSTANCES = Stream.of(Circumstance.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> BANDS = Stream.of(Band.values()).map(Enum::name).collect(Collectors.toSet());

    record Reason(String rule, String key, String text) {
    }

    private Reasons() {
    }

    /**
     * A case's reasons, parsed from its stored JSON, as the list the case page and the printed summary show: each
     * reason's text with the rule that gave it; or a sentence saying there are none.
     */
    static Component view(String reasonsJson, Component translator) {
        List<Reason> reasons = parse(reasonsJson);
        if (reasons.isEmpty()) {
            return new Paragraph(translator.getTranslation("case.noReasons"));
        }
        UnorderedList list = new UnorderedList();
        for (Reason r : reasons) {
            Span rule = new Span(translator.getTranslation("case.rule", RuleNames.display(r.rule())));
            rule.addClassName("rule-name");
            ListItem item = new ListItem(new Span(r.text()), rule);
            item.addClassName("reason");
            list.add(item);
        }
        return list;
    }

    static List<Reason> parse(String json) {
        List<Reason> reasons = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return reasons;
        }
        JsonArray array;
        try (var reader = Json.createReader(new StringReader(json))) {
            array = reader.readArray();
        }
        UI ui = UI.getCurrent();
        for (JsonValue v : array) {
            JsonObject o = v.asJsonObject();
            String key = o.getString("key", "");
            String english = o.getString("text", "");
            String text = english;
            if (KNOWN.contains(key)) {
                Object[] args = o.containsKey("args") ? o.getJsonArray("args").stream().map(Reasons::arg).toArray() : new Object[0];
                text = ui.getTranslation(key, args);
            }
            Reason reason = new Reason(o.getString("rule", ""), key, text);
            // the same sentence given by two rules (e.g. "3 项风险因素" for two levels) is read once, by the first
            if (reasons.stream().noneMatch(r -> r.text().equals(reason.text()))) {
                reasons.add(reason);
            }
        }
        return reasons;
    }

    private static Object arg(JsonValue v) {
        if (v instanceof JsonString s) {
            String value = s.getString();
            if (CATEGORIES.contains(value)) {
                return Labels.t("observation.category." + value);
            }
            if (PRIORITIES.contains(value)) {
                return Labels.t("priority." + value);
            }
            if (BANDS.contains(value)) {
                return Labels.t("band." + value);
            }
            Optional<String> instrument = StandardInstruments.find(value).map(Instrument::name);
            if (instrument.isPresent()) { // PHQ9 as PHQ-9, as the screening list writes it
                return instrument.get();
            }
            if (DAY.matcher(value).matches()) { // a day as the rest of the page writes it: 2026年11月30日
                try {
                    return Formats.date(LocalDate.parse(value), UI.getCurrent().getLocale());
                } catch (DateTimeParseException e) {
                    return value;
                }
            }
            if ("true".equals(value) || "false".equals(value)) {
                return Labels.t("true".equals(value) ? "common.yes" : "common.no");
            }
            if (INSTANT.matcher(value).matches()) { // a moment (UTC) as Beijing time, like every time in the workbench
                try {
                    return Formats.dateTime(Instant.parse(value), UI.getCurrent().getLocale());
                } catch (DateTimeParseException e) {
                    return value;
                }
            }
            if ("[]".equals(value)) {
                return Labels.t("common.none");
            }
            if (value.startsWith("[") && value.endsWith("]")) { // a set of family circumstances, e.g. [LEFT_BEHIND, POOR]
                List<String> names = List.of(value.substring(1, value.length() - 1).split(",\\s*"));
                if (CIRCUMSTANCES.containsAll(names)) {
                    return names.stream().map(n -> Labels.t("circumstance." + n)).collect(Collectors.joining("、"));
                }
            }
            return value;
        }
        if (v instanceof JsonNumber n) {
            return n.isIntegral() ? String.valueOf(n.longValue()) : n.toString();
        }
        if (v == JsonValue.TRUE) {
            return Labels.t("common.yes");
        }
        if (v == JsonValue.FALSE) {
            return Labels.t("common.no");
        }
        return String.valueOf(v);
    }
}
