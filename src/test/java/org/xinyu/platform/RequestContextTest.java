package org.xinyu.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestContextTest {

    @AfterEach
    void forget() {
        RequestContext.end();
    }

    @Test
    void background_work_runs_as_one_of_the_reserved_system_actors() {
        for (String actor : RequestContext.NON_ACCOUNT_ACTORS) {
            RequestContext.system(actor);
            assertEquals(actor, RequestContext.current().actor());
        }
    }

    @Test
    void a_system_actor_outside_the_reserved_names_is_refused_because_an_account_could_take_that_name() {
        assertThrows(IllegalArgumentException.class, () -> RequestContext.system("nightly-import"));
    }

    @Test
    void a_request_before_sign_in_and_work_outside_any_request_use_reserved_names() {
        RequestContext.begin(null, "127.0.0.1");
        assertEquals(true, RequestContext.NON_ACCOUNT_ACTORS.contains(RequestContext.current().actor()));
        RequestContext.end();
        assertEquals(true, RequestContext.NON_ACCOUNT_ACTORS.contains(RequestContext.current().actor()));
    }
}
