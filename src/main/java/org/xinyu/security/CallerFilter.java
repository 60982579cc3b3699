package org.xinyu.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.servlet.AdviceFilter;
import org.xinyu.platform.RequestContext;

/** Names the authenticated caller in the request context, for the audit trail and the logs. */
public class CallerFilter extends AdviceFilter {

    @Override
    protected boolean preHandle(ServletRequest request, ServletResponse response) {
        Subject subject = SecurityUtils.getSubject();
        if (subject.getPrincipal() instanceof AccountPrincipal principal) {
            RequestContext.actor(principal.username());
        }
        return true;
    }
}
