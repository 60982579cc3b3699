package org.xinyu.security;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SessionRegistryTest {

    /** Just enough of an HTTP session: attributes and invalidation. */
    static final class FakeSession {
        final Map<String, Object> attributes = new HashMap<>();
        boolean invalid;
        final HttpSession session = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setAttribute" -> {
                        check();
                        attributes.put((String) args[0], args[1]);
                        yield null;
                    }
                    case "getAttribute" -> {
                        check();
                        yield attributes.get((String) args[0]);
                    }
                    case "invalidate" -> {
                        check();
                        invalid = true;
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });

        private void check() {
            if (invalid) {
                throw new IllegalStateException("invalidated");
            }
        }
    }

    private final SessionRegistry registry = new SessionRegistry();

    @Test
    void ending_a_users_sessions_invalidates_all_of_them_and_no_one_elses() {
        FakeSession a1 = new FakeSession();
        FakeSession a2 = new FakeSession();
        FakeSession b = new FakeSession();
        registry.register("wang", a1.session);
        registry.register("wang", a2.session);
        registry.register("li", b.session);
        assertEquals(2, registry.endSessions("wang"));
        assertTrue(a1.invalid);
        assertTrue(a2.invalid);
        assertFalse(b.invalid);
        assertEquals(0, registry.sessionsOf("wang"));
        assertEquals(1, registry.sessionsOf("li"));
    }

    @Test
    void a_session_that_ended_on_its_own_is_forgotten() {
        FakeSession s = new FakeSession();
        registry.register("wang", s.session);
        registry.ended(s.session);
        assertEquals(0, registry.sessionsOf("wang"));
        assertEquals(0, registry.endSessions("wang"));
        assertFalse(s.invalid);
    }

    @Test
    void a_session_already_invalidated_elsewhere_does_not_break_the_others() {
        FakeSession gone = new FakeSession();
        FakeSession live = new FakeSession();
        registry.register("wang", gone.session);
        registry.register("wang", live.session);
        gone.invalid = true;
        assertEquals(1, registry.endSessions("wang"));
        assertTrue(live.invalid);
    }
}
