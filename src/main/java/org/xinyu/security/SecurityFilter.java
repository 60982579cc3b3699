package org.xinyu.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.filter.session.NoSessionCreationFilter;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.AbstractShiroFilter;
import org.apache.shiro.web.session.mgt.ServletContainerSessionManager;

/**
 * Apache Shiro for the whole application (declared in web.xml after the request-context filter).
 * /api/** is stateless HTTP Basic; /metrics too, for system administrators only; everything else (the workbench) passes, and Vaadin's before-enter
 * guard decides. Shiro's global invalid-request filter (blocking ;, backslashes, non-ASCII and
 * encoded-path tricks) runs before every chain.
 */
public class SecurityFilter extends AbstractShiroFilter {

    @Override
    public void init() throws Exception {
        Authenticator authenticator = CDI.current().select(Authenticator.class).get();
        DefaultWebSecurityManager securityManager = new DefaultWebSecurityManager(new XinyuRealm(authenticator));
        securityManager.setRememberMeManager(null);
        securityManager.setSessionManager(new ServletContainerSessionManager());
        setSecurityManager(securityManager);

        DefaultFilterChainManager chains = new DefaultFilterChainManager(getFilterConfig());
        chains.addFilter("apiBasic", new ApiBasicAuthFilter());
        chains.addFilter("caller", new CallerFilter());
        chains.addFilter("stateless", new NoSessionCreationFilter());
        chains.addFilter("lifetime", new SessionLifetimeFilter());
        chains.addFilter("revocation", new SessionRevocationFilter());
        chains.addFilter("metricsAdmin", new MetricsAccessFilter());
        chains.createChain("/api/**", "stateless, apiBasic, caller");
        chains.createChain("/metrics", "stateless, apiBasic, caller, metricsAdmin");
        chains.createChain("/metrics/**", "stateless, apiBasic, caller, metricsAdmin");
        chains.createChain("/**", "lifetime, revocation, caller");
        PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
        resolver.setFilterChainManager(chains);
        setFilterChainResolver(resolver);
    }
}
