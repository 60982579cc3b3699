package org.xinyu.rules.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.xinyu.platform.workbench.ActorNames;
import org.xinyu.platform.workbench.Formats;
import org.xinyu.platform.workbench.NavItem;
import org.xinyu.platform.workbench.OptionalTranslation;
import org.xinyu.rules.ParameterTable.Parameter;
import org.xinyu.rules.RuleSetService;
import org.xinyu.rules.RuleSetService.RuleFile;
import org.xinyu.rules.RuleSetService.RuleSetDetail;
import org.xinyu.rules.RuleSetService.ScenarioFailure;
import org.xinyu.rules.RuleSetService.ScenarioRun;
import org.xinyu.rules.RuleSetSeeder;
import org.xinyu.rules.RuleSetSummary;
import org.xinyu.security.Permission;
import org.xinyu.security.Permits;
import org.xinyu.security.workbench.MainLayout;

import java.util.List;

/**
 * 规则集: the rule-set versions held in the database (which one is active, who published it when and why); a
 * selected version shows its DRL files (read-only text), its parameters as a table with what each means, and runs
 * its scenarios with the passed and failed counts and each failure's name and mismatches.
 *
 * <p>Built to grow: the detail panel has a toolbar ({@link #toolbar}) where editing a draft, validation, the impact
 * preview, approval and publication will add their buttons, and tabs ({@link #tabs}) where a draft's editable files
 * and parameters will replace the read-only ones. None of those exist yet.
 */
@Route(value = "rules", layout = MainLayout.class)
@Permits(Permission.RULES_READ)
@NavItem(key = "nav.rules", order = 90, icon = "COGS")
@Dependent
public class RuleSetsView extends VerticalLayout implements HasDynamicTitle {

    private final RuleSetService service;
    private final Grid<RuleSetSummary> versions = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final H3 detailTitle = new H3();
    private final Paragraph meta = new Paragraph();
    private final FlexLayout toolbar = new FlexLayout();
    private final Div scenarioResult = new Div();
    private final Grid<ScenarioFailure> failures = new Grid<>();
    private final TabSheet tabs = new TabSheet();
    private final Grid<RuleFile> files = new Grid<>();
    private final Pre fileContent = new Pre();
    private final Grid<Parameter> parameters = new Grid<>();
    private RuleSetSummary selected;

    @Inject
    public RuleSetsView(RuleSetService service) {
        this.service = service;
        addClassName("rules-view");
        setWidthFull();
        add(new H2(getTranslation("rules.title")));

        versions.setId("rule-sets");
        versions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        versions.setAllRowsVisible(true);
        versions.addColumn(this::versionLabel).setHeader(getTranslation("rules.version")).setAutoWidth(true).setFlexGrow(0);
        versions.addComponentColumn(this::statusBadge).setHeader(getTranslation("rules.status")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(r -> r.basedOn() == null ? "" : getTranslation("rules.versionLabel", r.basedOn()))
                .setHeader(getTranslation("rules.basedOn")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(this::reasonText).setHeader(getTranslation("rules.reason")).setFlexGrow(1);
        versions.addColumn(r -> actor(r.publishedBy() != null ? r.publishedBy() : r.createdBy()))
                .setHeader(getTranslation("rules.by")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(r -> Formats.dateTime(r.publishedAt() != null ? r.publishedAt() : r.createdAt(), getLocale()))
                .setHeader(getTranslation("rules.at")).setAutoWidth(true).setFlexGrow(0);
        versions.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        List<RuleSetSummary> all = service.ruleSets();
        versions.setItems(all);
        add(versions);

        detailTitle.setId("rule-set-title");
        meta.setId("rule-set-meta");
        meta.addClassName("muted");
        Button run = new Button(getTranslation("rules.runScenarios"), VaadinIcon.PLAY.create());
        run.setId("run-scenarios");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setDisableOnClick(true); // a run takes a few seconds: no second click meanwhile
        run.addClickListener(e -> {
            try {
                runScenarios();
            } finally {
                run.setEnabled(true);
            }
        });
        toolbar.add(run);
        toolbar.addClassName("rules-toolbar");

        scenarioResult.setId("scenario-result");
        scenarioResult.addClassName("verify-result");
        scenarioResult.getElement().setAttribute("aria-live", "polite");
        failures.setId("scenario-failures");
        failures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        failures.setAllRowsVisible(true);
        failures.addColumn(ScenarioFailure::file).setHeader(getTranslation("rules.scenarioFile")).setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(ScenarioFailure::name).setHeader(getTranslation("rules.scenario")).setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(ScenarioFailure::message).setHeader(getTranslation("rules.failure")).setFlexGrow(1);
        failures.setVisible(false);

        tabs.setWidthFull();
        tabs.setId("rule-set-tabs");
        tabs.add(getTranslation("rules.tab.files"), filesPanel());
        tabs.add(getTranslation("rules.tab.parameters"), parametersPanel());

        FlexLayout header = new FlexLayout(detailTitle);
        header.addClassName("case-header");
        detail.setPadding(false);
        detail.add(header, meta, toolbar, scenarioResult, failures, tabs);
        detail.setVisible(false);
        add(detail);

        all.stream().filter(RuleSetSummary::active).findFirst().or(() -> all.stream().findFirst()).ifPresent(versions::select);
    }

    private Component filesPanel() {
        files.setId("rule-files");
        files.addThemeVariants(GridVariant.LUMO_COMPACT);
        files.setWidth("min(360px, 100%)");
        files.setHeight("480px");
        files.addColumn(RuleFile::path).setHeader(getTranslation("rules.file"));
        files.asSingleSelect().addValueChangeListener(e -> fileContent.setText(e.getValue() == null ? "" : e.getValue().content()));
        fileContent.setId("rule-file-content");
        fileContent.addClassName("code-block");
        fileContent.getElement().setAttribute("tabindex", "0");
        fileContent.getElement().setAttribute("aria-label", getTranslation("rules.fileContent"));
        FlexLayout panel = new FlexLayout(files, fileContent);
        panel.addClassName("rule-files-panel");
        panel.setWidthFull();
        return panel;
    }

    private Component parametersPanel() {
        parameters.setId("rule-parameters");
        parameters.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        parameters.setAllRowsVisible(true);
        parameters.addColumn(Parameter::name).setHeader(getTranslation("rules.parameter")).setWidth("22rem").setFlexGrow(0);
        parameters.addColumn(Parameter::value).setHeader(getTranslation("rules.value")).setWidth("10rem").setFlexGrow(0);
        parameters.addColumn(this::meaning).setHeader(getTranslation("rules.meaning")).setFlexGrow(1);
        Paragraph note = new Paragraph(getTranslation("rules.parametersNote"));
        note.addClassName("muted");
        VerticalLayout panel = new VerticalLayout(note, parameters);
        panel.setPadding(false);
        return panel;
    }

    /** A shipped parameter's meaning in the reader's language; any other parameter's comment in parameters.properties. */
    private String meaning(Parameter p) {
        return OptionalTranslation.of(meaningKey(p.name()), p.description());
    }

    static String meaningKey(String parameter) {
        return "rules.param." + parameter;
    }

    private void show(RuleSetSummary summary) {
        selected = summary;
        RuleSetDetail d = service.detail(summary.id());
        detailTitle.setText(getTranslation("rules.detailTitle", versionLabel(summary)));
        meta.setText(metaText(summary, d));
        scenarioResult.removeAll();
        failures.setItems(List.of());
        failures.setVisible(false);
        files.setItems(d.files());
        if (!d.files().isEmpty()) {
            files.select(d.files().get(0));
        } else {
            fileContent.setText("");
        }
        parameters.setItems(d.parameters());
        detail.setVisible(true);
    }

    private String metaText(RuleSetSummary s, RuleSetDetail d) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(getTranslation("rules.created", actor(s.createdBy()), Formats.dateTime(s.createdAt(), getLocale())));
        if (s.approvedBy() != null) {
            parts.add(getTranslation("rules.approved", actor(s.approvedBy()), Formats.dateTime(s.approvedAt(), getLocale())));
        }
        if (s.publishedBy() != null) {
            parts.add(getTranslation("rules.published", actor(s.publishedBy()), Formats.dateTime(s.publishedAt(), getLocale())));
        }
        parts.add(getTranslation("rules.contents", d.files().size(), d.parameters().size(), d.scenarios().size()));
        return String.join(" ", parts);
    }

    private void runScenarios() {
        if (selected == null) {
            return;
        }
        ScenarioRun run = service.runScenarios(selected.id());
        scenarioResult.removeAll();
        scenarioResult.getElement().setAttribute("data-passed", String.valueOf(run.passed()));
        scenarioResult.getElement().setAttribute("data-failed", String.valueOf(run.failed()));
        scenarioResult.getElement().setAttribute("data-all-passed", String.valueOf(run.allPassed()));
        Span verdict = new Span(getTranslation(!run.errors().isEmpty() ? "rules.doesNotCompile"
                : run.allPassed() ? "rules.allPassed" : "rules.someFailed"));
        verdict.addClassNames("badge", run.allPassed() ? "chain-valid" : "chain-broken");
        Span counts = new Span(getTranslation("rules.counts", run.passed(), run.failed()));
        counts.setId("scenario-counts");
        scenarioResult.add(verdict, counts);
        run.errors().forEach(error -> scenarioResult.add(new Span(error.toString())));
        failures.setItems(run.failures());
        failures.setVisible(!run.failures().isEmpty());
    }

    private String actor(String name) {
        return ActorNames.of(name, this::getTranslation);
    }

    /** An administrator's reason as written; the seeded version's stored English reason in the user's language. */
    private String reasonText(RuleSetSummary r) {
        boolean seeded = RuleSetSeeder.SEEDER.equals(r.createdBy()) && RuleSetSeeder.SHIPPED_REASON.equals(r.reason());
        return seeded ? getTranslation("rules.shippedReason") : r.reason();
    }

    private String versionLabel(RuleSetSummary r) {
        return r.version() == null ? getTranslation("rules.draftLabel", r.id()) : getTranslation("rules.versionLabel", r.version());
    }

    private Component statusBadge(RuleSetSummary r) {
        Span badge = new Span(getTranslation("rules.status." + r.status().name()));
        badge.addClassNames("badge", "ruleset-" + r.status().name().toLowerCase());
        badge.getElement().setAttribute("data-status", r.status().name());
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.title");
    }
}
