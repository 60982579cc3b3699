package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workbench's HTTP sessions by username, so that disabling an account ends its sessions at once. The
 * workbench registers a session at sign-in ({@link #register}); {@link SessionEndListener} forgets it when it
 * ends. Sessions live in this instance's memory, so this ends only the sessions this instance holds; the others
 * of a cluster learn of the change from the database ({@link SessionRevocationFilter}).
 */
@ApplicationScoped
public class SessionRegistry {

    static final String USERNAME_ATTRIBUTE = SessionRegistry.class.getName() + ".username";

    private final Map<String, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    /**
     * Call right after a successful sign-in (and after the session id has been changed): registers the session and
     * records when it signed in (the moment {@link SessionLifetimeFilter} and {@link SessionRevocationFilter} count from).
     */
    public void register(String username, HttpSession session, Instant signedInAt) {
        session.setAttribute(SessionLifetimeFilter.STARTED, signedInAt);
        register(username, session);
    }

    void register(String username, HttpSession session) {
        session.setAttribute(USERNAME_ATTRIBUTE, username);
        sessions.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /**
     * Ends the account's workbench sessions everywhere: at once those this instance holds, and, through the revocation
     * moment stored on the account (committed with the caller's transaction), those of every other instance at their
     * next recheck ({@link SessionRevocationFilter}). Answers how many this instance ended.
     */
    public int endSessions(UserAccount account, Instant at) {
        account.revokeSessions(at);
        return endSessions(account.username());
    }

    /** Ends every session of this user that this instance holds, now; answers how many were ended. */
    int endSessions(String username) {
        Set<HttpSession> held = sessions.remove(username);
        if (held == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : held) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // it ended on its own meanwhile
            }
        }
        return ended;
    }

    public int sessionsOf(String username) {
        Set<HttpSession> held = sessions.get(username);
        return held == null ? 0 : held.size();
    }

    /** Called when a session ends for any reason (sign-out, time-out, invalidation). */
    void ended(HttpSession session) {
        Object username;
        try {
            username = session.getAttribute(USERNAME_ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            username = null;
        }
        if (username instanceof String name) {
            sessions.computeIfPresent(name, (u, set) -> {
                set.remove(session);
                return set.isEmpty() ? null : set;
            });
        } else {
            sessions.values().forEach(set -> set.remove(session));
            sessions.values().removeIf(Set::isEmpty);
        }
    }
}
