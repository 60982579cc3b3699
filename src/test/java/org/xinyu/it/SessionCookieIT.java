package org.xinyu.it;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench's session cookie is HttpOnly and SameSite=Strict (docs/security.md). Servlet 6's cookie-config
 * attribute in web.xml is skipped by Payara's descriptor reader (it logged AS-DEPLOYMENT-00015 and sent no
 * SameSite), so payara-web.xml sets it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SessionCookieIT {

    @Test
    void the_session_cookie_is_http_only_and_same_site_strict() throws Exception {
        HttpResponse<Void> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(XinyuServer.baseUrl())).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, page.statusCode());
        List<String> session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertEquals(1, session.size(), page.headers().allValues("Set-Cookie").toString());
        String cookie = session.get(0).toLowerCase(Locale.ROOT);
        assertTrue(cookie.contains("; httponly"), cookie);
        assertTrue(cookie.contains("; samesite=strict"), cookie);
    }
}
