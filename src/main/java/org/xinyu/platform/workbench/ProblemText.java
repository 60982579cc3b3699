package org.xinyu.platform.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The one way the workbench puts a service's problem into the reader's words: by its stable code, as the bundle's
 * {@code problem.<code>} with the code's arguments (a {@code notFound} first as {@code problem.notFound.<what>}).
 * A service's English message is never matched here; a problem whose code has no translation is shown in English
 * to an English reader, and to anyone else as the general sentence of its status ({@code error.detail.<status>}).
 */
public final class ProblemText {

    /** The statuses with a sentence of their own ({@code error.detail.<status>}); any other: {@code error.detail.other}. */
    private static final Set<Integer> KNOWN_STATUSES = Set.of(400, 401, 403, 404, 409);
    /**
     * The codes a problem gets from its status alone (a service that gave it no code of its own): its field errors
     * or its status say more.
     */
    private static final Set<String> STATUS_CODES = Set.of("invalid", "conflict", "forbidden", "unauthorized", "problem");

    private final BiFunction<String, Object[], Optional<String>> bundle;
    private final boolean english;
    private final Map<String, String> keysByCode;

    /**
     * {@code bundle}: a key's text with its arguments in the reader's language, empty when the bundle has none;
     * {@code keysByCode}: a view's own wording for a code (e.g. the administrator's "the username" for
     * {@code password.containsUsername}), tried before {@code problem.<code>}.
     */
    public ProblemText(BiFunction<String, Object[], Optional<String>> bundle, Locale reader, Map<String, String> keysByCode) {
        this.bundle = bundle;
        this.english = reader != null && "en".equals(reader.getLanguage());
        this.keysByCode = Map.copyOf(keysByCode);
    }

    /** The texts of the UI a component is attached to (or the current UI). */
    public static ProblemText of(Component component) {
        return of(component, Map.of());
    }

    public static ProblemText of(Component component, Map<String, String> keysByCode) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        Locale locale = ui == null ? null : ui.getLocale();
        return new ProblemText((key, args) -> Optional.ofNullable(
                OptionalTranslation.orElse(component.getTranslation(key, args), key, null)), locale, keysByCode);
    }

    public static ProblemText of(UI ui) {
        return new ProblemText((key, args) -> Optional.ofNullable(
                OptionalTranslation.orElse(ui.getTranslation(key, args), key, null)), ui.getLocale(), Map.of());
    }

    /** A field error's text by its code, if the bundle has one. */
    public Optional<String> known(FieldError error) {
        // a status's own code (invalid, conflict…) says nothing about the field: its words are the fallback's
        return STATUS_CODES.contains(error.code()) ? Optional.empty() : byCode(error.code(), error.args());
    }

    /** A field error's text: by its code; else its English message to an English reader, else "not valid". */
    public String field(FieldError error) {
        return known(error).orElseGet(() -> english ? error.message() : text("problem.invalid", List.of()).orElse(error.message()));
    }

    /**
     * A problem's detail in the reader's words: by its code; a problem that has only its status's code by its field
     * errors when each has a translation; else English to an English reader, else the status's general sentence.
     */
    public String detail(ProblemException p) {
        Optional<String> text = STATUS_CODES.contains(p.code()) ? Optional.empty() : byCode(p.code(), p.args());
        if (text.isPresent()) {
            return text.get();
        }
        if (!p.errors().isEmpty()) {
            List<String> fields = new ArrayList<>();
            for (FieldError e : p.errors()) {
                known(e).ifPresent(fields::add);
            }
            if (fields.size() == p.errors().size()) {
                return String.join("；", fields);
            }
        }
        if (english) {
            return ErrorText.english(p);
        }
        String general = "error.detail." + (KNOWN_STATUSES.contains(p.status()) ? p.status() : "other");
        return text(general, List.of()).orElse(general);
    }

    /**
     * Shows a service's refusal on the fields it names ({@code fields}: the service's field name → the form's
     * field), in the reader's words; true when it named at least one of them (else the caller shows it otherwise).
     */
    public boolean showOn(ProblemException problem, Map<String, ? extends HasValidation> fields) {
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        for (FieldError error : problem.errors()) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                messages.merge(field, field(error), (x, y) -> x + " " + y);
            }
        }
        messages.forEach((field, text) -> {
            field.setErrorMessage(text);
            field.setInvalid(true);
        });
        return !messages.isEmpty();
    }

    /**
     * A form's answer to a service's refusal: on the fields it names, in the reader's words (with the form's own
     * {@code wording} for some codes), else as the workbench's usual error message.
     */
    public static void showOn(Component form, ProblemException problem, Map<String, ? extends HasValidation> fields,
                              Map<String, String> wording) {
        if (!of(form, wording).showOn(problem, fields)) {
            WorkbenchErrorHandler.show(UI.getCurrent(), problem);
        }
    }

    private Optional<String> byCode(String code, List<Object> args) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (keysByCode.containsKey(code)) {
            Optional<String> own = text(keysByCode.get(code), args);
            if (own.isPresent()) {
                return own;
            }
        }
        if ("notFound".equals(code) && !args.isEmpty()) {
            Optional<String> what = text("problem.notFound." + args.get(0), List.of());
            if (what.isPresent()) {
                return what;
            }
        }
        return text("problem." + code, args);
    }

    private Optional<String> text(String key, List<Object> args) {
        return bundle.apply(key, args.toArray());
    }
}
