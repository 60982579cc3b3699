package org.xinyu.platform.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.shared.Registration;

/**
 * What a form or dialog fires when its user saves: the value it holds, typed (a service's command, a note, a
 * choice). The view listens, calls its service and hands a refusal back to the form. A component offers it as
 * {@code Registration addSaveListener(ComponentEventListener<SaveEvent<Command>> l) { return SaveEvent.listen(this, l); }}.
 */
public final class SaveEvent<T> extends ComponentEvent<Component> {

    private final T value;

    private SaveEvent(Component source, T value) {
        super(source, false);
        this.value = value;
    }

    public T value() {
        return value;
    }

    /** Fires the event from {@code source} with its value. */
    public static <T> void fire(Component source, T value) {
        ComponentUtil.fireEvent(source, new SaveEvent<>(source, value));
    }

    /** Listens to {@code source}'s save events; the source's own method types the value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Registration listen(Component source, ComponentEventListener<SaveEvent<T>> listener) {
        return ComponentUtil.addListener(source, SaveEvent.class, (ComponentEventListener) listener);
    }
}
