package org.xinyu.security;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Shiro's view of Xinyu's accounts. The {@link Authenticator} does the checking (Argon2id, lockout, audit),
 * so by the time this realm answers, the credentials have been verified.
 */
public class XinyuRealm extends AuthorizingRealm {

    private final Authenticator authenticator;

    public XinyuRealm(Authenticator authenticator) {
        this.authenticator = authenticator;
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthenticationCachingEnabled(false);
        setAuthorizationCachingEnabled(false);
        setName("xinyu");
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        UsernamePasswordToken up = (UsernamePasswordToken) token;
        AccountPrincipal principal = authenticator.authenticate(up.getUsername(), up.getPassword())
                .orElseThrow(() -> new AuthenticationException("Invalid credentials"));
        return new SimpleAuthenticationInfo(principal, up.getPassword(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        AccountPrincipal principal = principals.oneByType(AccountPrincipal.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (principal != null) {
            principal.roles().forEach(role -> info.addRole(role.name()));
            for (Permission permission : Permission.values()) {
                if (principal.may(permission)) {
                    info.addStringPermission(permission.name());
                }
            }
        }
        return info;
    }
}
