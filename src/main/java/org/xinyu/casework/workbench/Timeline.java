package org.xinyu.casework.workbench;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.xinyu.audit.AuditAction;
import org.xinyu.casework.CaseHistory.Entry;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.OptionalTranslation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case's whole timeline (CaseHistory), oldest first: facts, evaluations, changes, accesses, every one in words.
 * An evaluation reads as one sentence (the level from → to and why, follow-ups asked for or no longer asked for, a
 * changed home-visit interval, what triggered it); a click on the row opens the full list of the rules that fired.
 */
class Timeline extends Grid<Entry> {

    static final Set<String> KINDS = Set.of("SCREENING", "OBSERVATION", "HOME_VISIT", "ASSESSMENT", "REFERRAL",
            "FOLLOW_UP_CREATED", "FOLLOW_UP_DUE_CHANGED", "FOLLOW_UP_COMPLETED", "ESCALATION", "EVALUATION", "AUDIT");

    /** Sentences of the evaluation rows, which depend on the evaluation before them. */
    private final Map<Entry, String> evaluations = new IdentityHashMap<>();

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
        addColumn(e -> evaluations.containsKey(e) ? evaluations.get(e) : describe(e)).setHeader(getTranslation("timeline.what")).setFlexGrow(1);
        addColumn(Timeline::actor).setHeader(getTranslation("timeline.actor")).setAutoWidth(true).setFlexGrow(0);
        setItemDetailsRenderer(new ComponentRenderer<>(Timeline::firedRules));
        setDetailsVisibleOnClick(true);
    }

    void show(List<Entry> entries) {
        evaluations.clear();
        JsonObject previous = null;
        for (Entry e : entries) {
            if ("EVALUATION".equals(e.kind())) {
                JsonObject outcome = e.details().get("outcome") instanceof JsonObject o ? o : null;
                try {
                    evaluations.put(e, evaluation(e.details(), outcome, previous));
                } catch (RuntimeException unexpectedShape) {
                    evaluations.put(e, e.summary());
                }
                previous = outcome;
            }
        }
        setItems(entries);
    }

    /** Who: the person's display name, the rules or the system in words, else the stored name. */
    static String actor(Entry e) {
        if (e.actorName() != null) {
            return e.actorName();
        }
        return e.actor() == null ? "" : OptionalTranslation.of("actor." + e.actor(), e.actor());
    }

    /** The entry in the reader's language where its details allow, else the service's summary. */
    static String describe(Entry e) {
        Map<String, Object> d = e.details();
        try {
            return switch (e.kind()) {
                case "SCREENING" -> Labels.t("timeline.screening", instrument(d.get("instrument")), d.get("totalScore"),
                        Labels.t("band." + d.get("band")), day(d.get("administeredOn")));
                case "OBSERVATION" -> Labels.t("timeline.observation", Labels.t("observation.category." + d.get("category")),
                        d.get("severity"), day(d.get("observedOn")));
                case "HOME_VISIT" -> Labels.t("timeline.homeVisit", Labels.t("visit.mode." + d.get("mode")), day(d.get("visitedOn")),
                        Boolean.TRUE.equals(d.get("contactedAbsentParent")) ? Labels.t("common.yes") : Labels.t("common.no"));
                case "ASSESSMENT" -> Labels.t("timeline.assessment", Labels.t("priority." + d.get("conclusion")));
                case "REFERRAL" -> Labels.t("timeline.referral", e.summary(), Labels.t("referral.status." + d.get("status")));
                case "FOLLOW_UP_CREATED" -> Labels.t("timeline.followUpCreatedDue", Labels.t("followup.type." + d.get("type")),
                        Labels.t("owner." + d.get("ownerRole")), due(d.get("dueAt")), rule(d.get("rule")));
                case "FOLLOW_UP_DUE_CHANGED" -> Labels.t("timeline.followUpDueChanged", Labels.t("followup.type." + d.get("type")),
                        due(d.get("dueBefore")), due(d.get("dueAt")), rule(d.get("rule")));
                case "FOLLOW_UP_COMPLETED" -> d.containsKey("dueAt")
                        ? Labels.t("timeline.followUpCompletedDue", Labels.t("followup.type." + d.get("type")), due(d.get("dueAt")))
                        : Labels.t("timeline.followUpCompleted", Labels.t("followup.type." + e.summary()));
                case "ESCALATION" -> d.containsKey("type")
                        ? Labels.t("timeline.escalationOf", Labels.t("followup.type." + d.get("type")), Labels.t("escalation." + d.get("level")), due(d.get("dueAt")))
                        : Labels.t("timeline.escalation", Labels.t("escalation." + d.get("level")));
                case "EVALUATION" -> evaluation(d, d.get("outcome") instanceof JsonObject o ? o : null, null);
                case "AUDIT" -> Labels.t("timeline.audit", AuditAction.describe(String.valueOf(d.get("action")), OptionalTranslation::orNull),
                        Labels.t("outcome." + d.get("outcome")), target(String.valueOf(d.get("target"))));
                default -> e.summary();
            };
        } catch (RuntimeException unexpectedShape) {
            return e.summary();
        }
    }

    /**
     * One sentence: the level (from → to) and the reasons for it, the follow-ups this evaluation asks for that the one
     * before did not and those it no longer asks for, a changed home-visit interval, and what triggered it.
     */
    static String evaluation(Map<String, Object> d, JsonObject outcome, JsonObject previous) {
        String priority = String.valueOf(d.get("priority"));
        Object before = d.get("previousPriority");
        StringBuilder s = new StringBuilder(before == null || before.equals(priority)
                ? Labels.t("timeline.evaluationSame", Labels.t("priority." + priority))
                : Labels.t("timeline.evaluationChanged", Labels.t("priority." + before), Labels.t("priority." + priority)));
        if (outcome != null) {
            if (!"NONE".equals(priority) && outcome.get("reasons") instanceof JsonArray reasons) {
                List<String> because = new ArrayList<>();
                List<JsonValue> atLevel = reasons.stream().filter(r -> r instanceof JsonObject o && priority.equals(o.getString("level", "")))
                        .toList();
                for (Reasons.Reason r : Reasons.parse((atLevel.isEmpty() ? reasons : jsonArray(atLevel)).toString())) {
                    because.add(r.text());
                }
                if (!because.isEmpty()) {
                    s.append(Labels.t("timeline.evaluationBecause", String.join("；", because)));
                }
            }
            Set<String> now = followUpTypes(outcome);
            Set<String> then = previous == null ? Set.of() : followUpTypes(previous);
            Set<String> added = new LinkedHashSet<>(now);
            added.removeAll(then);
            Set<String> gone = new LinkedHashSet<>(then);
            gone.removeAll(now);
            if (!added.isEmpty()) {
                s.append(Labels.t("timeline.evaluationFollowUpsAdded", types(added)));
            }
            if (!gone.isEmpty()) {
                s.append(Labels.t("timeline.evaluationFollowUpsClosed", types(gone)));
            }
            Integer interval = interval(outcome);
            Integer intervalBefore = previous == null ? null : interval(previous);
            if (previous != null && !Objects.equals(interval, intervalBefore)) {
                s.append(Labels.t("timeline.evaluationVisit", days(intervalBefore), days(interval)));
            }
        }
        String trigger = EvaluationTrigger.of(String.valueOf(d.get("trigger"))).map(t -> Labels.t(t.key()))
                .orElse(String.valueOf(d.get("trigger")));
        s.append(Labels.t("timeline.evaluationTrigger", trigger, d.get("ruleSetVersion")));
        return s.toString();
    }

    private static JsonArray jsonArray(List<JsonValue> values) {
        var builder = jakarta.json.Json.createArrayBuilder();
        values.forEach(builder::add);
        return builder.build();
    }

    private static Set<String> followUpTypes(JsonObject outcome) {
        Set<String> types = new LinkedHashSet<>();
        if (outcome.get("followUps") instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonObject o && o.get("type") instanceof JsonString t) {
                    types.add(t.getString());
                }
            }
        }
        return types;
    }

    private static String types(Set<String> types) {
        return types.stream().map(t -> Labels.t("followup.type." + t)).collect(Collectors.joining("、"));
    }

    private static Integer interval(JsonObject outcome) {
        return outcome.get("homeVisit") instanceof JsonObject hv && hv.get("intervalDays") instanceof JsonNumber n ? n.intValue() : null;
    }

    private static String days(Integer days) {
        return days == null ? Labels.t("timeline.noInterval") : Labels.t("timeline.days", days);
    }

    /** The rules that fired in an evaluation, each with how often: the list behind the sentence, one click away. */
    static Div firedRules(Entry e) {
        Div box = new Div();
        box.addClassName("fired-rules");
        if (!"EVALUATION".equals(e.kind()) || !(e.details().get("firedRules") instanceof JsonArray rules) || rules.isEmpty()) {
            return box;
        }
        String priority = String.valueOf(e.details().get("priority"));
        UnorderedList list = new UnorderedList();
        for (JsonValue v : rules) {
            String rule = v instanceof JsonObject o ? o.getString("rule", "") : v instanceof JsonString s ? s.getString() : v.toString();
            if (overruled(rule, priority)) {
                continue;
            }
            int count = v instanceof JsonObject o && o.get("count") instanceof JsonNumber n ? n.intValue() : 1;
            list.add(new ListItem(count > 1 ? Labels.t("timeline.firedRuleTimes", RuleNames.display(rule), count) : RuleNames.display(rule)));
        }
        box.add(new Span(Labels.t("timeline.firedRules")), list);
        return box;
    }

    /** "priority: NONE when no rule reaches a level" and the like fire on the way and were overruled by the level decided. */
    static boolean overruled(String rule, String priority) {
        String r = rule.toLowerCase(Locale.ROOT);
        if (r.startsWith("priority: none when")) {
            return !"NONE".equals(priority);
        }
        if (r.startsWith("priority: ") && r.endsWith(" is the highest level reached")) {
            return !r.equals("priority: " + priority.toLowerCase(Locale.ROOT) + " is the highest level reached");
        }
        return false;
    }

    private static String rule(Object rule) {
        return rule == null ? "" : RuleNames.display(rule.toString());
    }

    private static String instrument(Object code) {
        return org.xinyu.screening.StandardInstruments.find(String.valueOf(code)).map(org.xinyu.screening.Instrument::name)
                .orElse(String.valueOf(code));
    }

    private static String day(Object isoDay) {
        try {
            return Formats.date(java.time.LocalDate.parse(String.valueOf(isoDay)), com.vaadin.flow.component.UI.getCurrent().getLocale());
        } catch (RuntimeException e) {
            return String.valueOf(isoDay);
        }
    }

    private static String due(Object isoTime) {
        if (isoTime == null) {
            return "";
        }
        try {
            return Formats.dateTime(OffsetDateTime.parse(String.valueOf(isoTime)), com.vaadin.flow.component.UI.getCurrent().getLocale());
        } catch (RuntimeException e) {
            return String.valueOf(isoTime);
        }
    }

    /** CASE:42 as 个案 #42. */
    private static String target(String target) {
        int colon = target.indexOf(':');
        if (colon < 0) {
            return target;
        }
        String type = OptionalTranslation.orNull("audit.subjectType." + target.substring(0, colon));
        String id = target.substring(colon + 1);
        return type == null ? target : Labels.t("audit.subjectLine", type, "null".equals(id) ? "" : "#" + id).trim();
    }
}
