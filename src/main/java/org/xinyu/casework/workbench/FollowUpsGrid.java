package org.xinyu.casework.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.xinyu.casework.CaseView.FollowUpView;
import org.xinyu.platform.workbench.Formats;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * 个案档案's follow-ups: type, owner, due (overdue marked), status and escalation, completion, note; a complete
 * button where the service says the caller may complete it ({@link FollowUpView#mayComplete()}).
 */
class FollowUpsGrid extends Grid<FollowUpView> {

    FollowUpsGrid(List<FollowUpView> followUps, Clock clock, Consumer<FollowUpView> onComplete) {
        setId("followup-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(f -> Labels.of("followup.type", f.followUp().type())).setHeader(getTranslation("followup.type")).setAutoWidth(true);
        addColumn(f -> Labels.of("owner", f.followUp().ownerRole())).setHeader(getTranslation("followup.owner")).setAutoWidth(true);
        addComponentColumn(f -> {
            Div due = new Div(new Span(Formats.dateTime(f.followUp().dueAt(), getLocale())));
            if (f.followUp().isOpen() && f.followUp().dueAt().isBefore(clock.instant())) {
                due.add(Labels.overdueBadge());
            }
            return due;
        }).setHeader(getTranslation("followup.due")).setAutoWidth(true);
        addColumn(f -> Labels.of("followup.status", f.followUp().status())
                + (f.followUp().escalationLevel() == null ? "" : " · " + Labels.of("escalation", f.followUp().escalationLevel())))
                .setHeader(getTranslation("followup.status")).setAutoWidth(true);
        addColumn(f -> f.followUp().completedAt() == null ? ""
                : Formats.dateTime(f.followUp().completedAt(), getLocale()) + " · " + f.followUp().completedBy())
                .setHeader(getTranslation("followup.completed")).setAutoWidth(true);
        addColumn(f -> f.note() == null ? "" : f.note()).setHeader(getTranslation("followup.note"));
        addComponentColumn(f -> {
            if (!f.mayComplete()) {
                return new Span();
            }
            Button complete = new Button(getTranslation("followup.complete"), e -> onComplete.accept(f));
            complete.addClassName("complete-followup");
            complete.getElement().setAttribute("data-followup-type", f.followUp().type().name());
            return complete;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        setItems(followUps);
    }
}
