package org.xinyu.security;

import jakarta.servlet.ServletRequest;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.WebUtils;

/**
 * What the sign-in of the current HTTP request read from the account, kept on the request itself (so it
 * ends with the request): an API call with HTTP Basic signs in on every call, and the password-expiry check
 * that follows need not read the account a second time. A call on a session signed in earlier finds
 * nothing here and reads the account.
 */
final class SignInOfThisRequest {

    private static final String PASSWORD_EXPIRED = SignInOfThisRequest.class.getName() + ".passwordExpired.";

    private SignInOfThisRequest() {
    }

    /** Records, for the account that just signed in on this request, whether its password has expired. */
    static void remember(long accountId, boolean passwordExpired) {
        ServletRequest request = currentRequest();
        if (request != null) {
            request.setAttribute(PASSWORD_EXPIRED + accountId, passwordExpired);
        }
    }

    /** Whether the account's password had expired at its sign-in on this request; null if it did not sign in on it. */
    static Boolean passwordExpired(ServletRequest request, long accountId) {
        return request == null ? null : (Boolean) request.getAttribute(PASSWORD_EXPIRED + accountId);
    }

    private static ServletRequest currentRequest() {
        try {
            Subject subject = SecurityUtils.getSubject();
            return WebUtils.isWeb(subject) ? WebUtils.getRequest(subject) : null;
        } catch (UnavailableSecurityManagerException | IllegalStateException e) {
            return null; // not inside a web request (a test, a background job)
        }
    }
}
