package org.xinyu.casework.workbench;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.xinyu.casework.CaseHistory.Entry;
import org.xinyu.platform.workbench.Formats;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A case's whole timeline (CaseHistory), oldest first: facts, evaluations with rule-set version, changes, accesses. */
class Timeline extends Grid<Entry> {

    static final Set<String> KINDS = Set.of("SCREENING", "OBSERVATION", "HOME_VISIT", "ASSESSMENT", "REFERRAL",
            "FOLLOW_UP_CREATED", "FOLLOW_UP_COMPLETED", "ESCALATION", "EVALUATION", "AUDIT");

    Timeline() {
        addClassName("timeline");
        setId("timeline");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("timeline.at")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(e -> {
            Span kind = new Span(KINDS.contains(e.kind()) ? getTranslation("timeline.kind." + e.kind()) : e.kind());
            kind.addClassNames("badge", "kind-" + e.kind().toLowerCase().replace('_', '-'));
            return kind;
        }).setHeader(getTranslation("timeline.kind")).setAutoWidth(true).setFlexGrow(0);
        addColumn(Timeline::describe).setHeader(getTranslation("timeline.what")).setFlexGrow(1);
        addColumn(Entry::actor).setHeader(getTranslation("timeline.actor")).setAutoWidth(true).setFlexGrow(0);
    }

    void show(List<Entry> entries) {
        setItems(entries);
    }

    /** The entry in the reader's language where its details allow, else the service's summary. */
    static String describe(Entry e) {
        Map<String, Object> d = e.details();
        try {
            return switch (e.kind()) {
                case "SCREENING" -> Labels.t("timeline.screening", d.get("instrument"), d.get("totalScore"),
                        Labels.t("band." + d.get("band")), d.get("administeredOn"));
                case "OBSERVATION" -> Labels.t("timeline.observation", Labels.t("observation.category." + d.get("category")),
                        d.get("severity"), d.get("observedOn"));
                case "HOME_VISIT" -> Labels.t("timeline.homeVisit", Labels.t("visit.mode." + d.get("mode")), d.get("visitedOn"),
                        Boolean.TRUE.equals(d.get("contactedAbsentParent")) ? Labels.t("common.yes") : Labels.t("common.no"));
                case "ASSESSMENT" -> Labels.t("timeline.assessment", Labels.t("priority." + d.get("conclusion")));
                case "REFERRAL" -> Labels.t("timeline.referral", e.summary(), Labels.t("referral.status." + d.get("status")));
                case "FOLLOW_UP_CREATED" -> Labels.t("timeline.followUpCreated", Labels.t("followup.type." + d.get("type")),
                        Labels.t("owner." + d.get("ownerRole")), rule(d.get("rule")));
                case "FOLLOW_UP_COMPLETED" -> Labels.t("timeline.followUpCompleted", Labels.t("followup.type." + e.summary()));
                case "ESCALATION" -> Labels.t("timeline.escalation", Labels.t("escalation." + d.get("level")));
                case "EVALUATION" -> evaluation(d);
                case "AUDIT" -> Labels.t("timeline.audit", d.get("action"), Labels.t("outcome." + d.get("outcome")), d.get("target"));
                default -> e.summary();
            };
        } catch (RuntimeException unexpectedShape) {
            return e.summary();
        }
    }

    private static String evaluation(Map<String, Object> d) {
        String priority = Labels.t("priority." + d.get("priority"));
        Object previous = d.get("previousPriority");
        String change = previous == null || previous.equals(d.get("priority")) ? priority
                : Labels.t("priority." + previous) + " → " + priority;
        String fired = "";
        if (d.get("firedRules") instanceof JsonArray rules && !rules.isEmpty()) {
            fired = rules.stream().map(Timeline::text).collect(Collectors.joining("; "));
        }
        return Labels.t("timeline.evaluation", change, d.get("ruleSetVersion"), String.valueOf(d.get("trigger")), fired);
    }

    private static String rule(Object rule) {
        return rule == null ? "" : RuleNames.display(rule.toString());
    }

    private static String text(JsonValue v) {
        if (v instanceof JsonString s) {
            return RuleNames.display(s.getString());
        }
        if (v instanceof JsonObject o && o.containsKey("rule")) {
            return RuleNames.display(o.getString("rule", ""));
        }
        return v.toString();
    }
}
