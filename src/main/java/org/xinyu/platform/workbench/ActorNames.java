package org.xinyu.platform.workbench;

import java.util.function.BiFunction;
import org.xinyu.platform.RequestContext;

/**
 * How the workbench names who did something: an account by its username; the system's own actors of the audit trail
 * ({@link RequestContext#NON_ACCOUNT_ACTORS}, which no account may be named) in the reader's language, followed by
 * the stored name, which is what the audit log's actor filter searches for.
 */
public final class ActorNames {

    private ActorNames() {
    }

    /** Call with the view's {@code this::getTranslation}. */
    public static String of(String actor, BiFunction<String, Object[], String> translate) {
        if (actor == null || !RequestContext.NON_ACCOUNT_ACTORS.contains(actor)) {
            return actor;
        }
        return translate.apply("actor.named", new Object[] {translate.apply(key(actor), new Object[0]), actor});
    }

    static String key(String actor) {
        return "actor." + actor;
    }
}
