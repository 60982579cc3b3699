package org.xinyu.platform;

import java.util.Set;
import java.util.UUID;

/**
 * Who is asking, from where, under which request id: set once per request by the security filter and
 * read by the audit trail and the error handlers. Thread-bound because a request runs on one thread.
 */
public final class RequestContext {

    public record Info(String requestId, String actor, String clientAddress) {
    }

    /** The actor of a request before sign-in. */
    public static final String ANONYMOUS = "anonymous";

    /** The actor of start-up work and of anything outside a request. */
    public static final String SYSTEM = "system";

    /**
     * The actors of the audit trail that are not accounts: requests before sign-in, start-up and background work.
     * No account may take one of these names, or an auditor could not tell its actions from the system's.
     */
    public static final Set<String> NON_ACCOUNT_ACTORS = Set.of(ANONYMOUS, SYSTEM, "sweep", "demo-loader");

    private static final ThreadLocal<Info> CURRENT = new ThreadLocal<>();

    private RequestContext() {
    }

    public static void begin(String requestId, String clientAddress) {
        CURRENT.set(new Info(requestId == null ? newRequestId() : requestId, ANONYMOUS, clientAddress));
    }

    public static void actor(String actor) {
        Info info = current();
        CURRENT.set(new Info(info.requestId(), actor, info.clientAddress()));
    }

    public static Info current() {
        Info info = CURRENT.get();
        return info != null ? info : new Info(newRequestId(), SYSTEM, null);
    }

    /** Runs background work (sweep, demo loading) as a named system actor, one of {@link #NON_ACCOUNT_ACTORS}. */
    public static void system(String actor) {
        if (!NON_ACCOUNT_ACTORS.contains(actor)) {
            throw new IllegalArgumentException("not a reserved system actor: " + actor + " (add it to NON_ACCOUNT_ACTORS)");
        }
        CURRENT.set(new Info(newRequestId(), actor, null));
    }

    /** Carries the caller's context onto another thread (the sweep's page workers); {@link #end()} there after. */
    public static void adopt(Info info) {
        CURRENT.set(info);
    }

    public static void end() {
        CURRENT.remove();
    }

    public static String newRequestId() {
        return UUID.randomUUID().toString().substring(0, 13);
    }
}
