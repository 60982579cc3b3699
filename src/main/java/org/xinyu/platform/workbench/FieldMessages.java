package org.xinyu.platform.workbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words for a field error an application service reported (its messages are written for API clients, in
 * English): the generic messages of {@code Validation} and the messages a view knows (exact text → key) get a
 * translation; a message that already is a translation key (e.g. the password policy's {@code password.tooShort})
 * is translated as such; anything else is shown as the service wrote it.
 */
public final class FieldMessages {

    /** A translation key and its arguments. */
    public record Text(String key, List<Object> args) {
    }

    private static final Pattern TOO_LONG = Pattern.compile("must be at most (\\d+) characters");
    private static final Pattern RANGE = Pattern.compile("must be between (-?\\d+) and (-?\\d+)");

    private FieldMessages() {
    }

    /** The translation for a message, if there is one. */
    public static Optional<Text> known(String message, Map<String, String> exact, List<String> keyPrefixes) {
        if (message == null) {
            return Optional.empty();
        }
        if (exact.containsKey(message)) {
            return Optional.of(new Text(exact.get(message), List.of()));
        }
        if (keyPrefixes.stream().anyMatch(message::startsWith) && message.matches("[a-zA-Z][\\w.]*")) {
            return Optional.of(new Text(message, List.of()));
        }
        if ("is required".equals(message)) {
            return Optional.of(new Text("validation.required", List.of()));
        }
        Matcher m = TOO_LONG.matcher(message);
        if (m.matches()) {
            return Optional.of(new Text("validation.tooLong", List.of(Integer.valueOf(m.group(1)))));
        }
        m = RANGE.matcher(message);
        if (m.matches()) {
            return Optional.of(new Text("validation.range", List.of(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)))));
        }
        return Optional.empty();
    }

    /** The message in the caller's words: translated when known, else as written. */
    public static String translate(String message, Map<String, String> exact, List<String> keyPrefixes,
                                   BiFunction<String, Object[], String> translator) {
        return known(message, exact, keyPrefixes).map(t -> translator.apply(t.key(), t.args().toArray()))
                .orElse(message == null ? "" : message);
    }
}
