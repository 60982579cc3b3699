package org.xinyu.security;

import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.xinyu.platform.RequestContext;

import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The reserved actors that call use cases without a request: start-up and the demo loader. (The scheduled sweep is
 * the rules' evaluator, not a use case: it runs under {@code RequestContext.system("sweep")}.) Work done as one
 * of them goes through the same use cases, permission checks and audit as a person's, under the actor's reserved
 * name (one of {@link RequestContext#NON_ACCOUNT_ACTORS}, which no account may take) and the roles it needs.
 */
public enum SystemActor {
    /** Start-up: creating the first administrator. */
    SYSTEM(RequestContext.SYSTEM, Set.of(Role.SYSTEM_ADMIN)),
    /** Demo mode: writes the demo district as its administrators, counsellors and head teachers would. */
    DEMO_LOADER("demo-loader", Set.of(Role.SYSTEM_ADMIN, Role.COUNSELOR, Role.HEAD_TEACHER));

    /** Subjects for system work only; requests use the web security manager. */
    private static final SecurityManager SUBJECTS = new DefaultSecurityManager();

    private final String actorName;
    private final Set<Role> roles;

    SystemActor(String actorName, Set<Role> roles) {
        this.actorName = actorName;
        this.roles = roles;
    }

    public String actorName() {
        return actorName;
    }

    /** Whether {@code caller} is this actor: account id 0 (no account) under the actor's reserved name. */
    public boolean isCaller(AccountPrincipal caller) {
        return caller.accountId() == 0 && actorName.equals(caller.username());
    }

    /** The actor as a caller: account id 0 (no account), every school in scope (its roles include SYSTEM_ADMIN). */
    public AccountPrincipal principal() {
        return new AccountPrincipal(0, actorName, actorName, roles, null, Set.of(), Set.of());
    }

    /** Does {@code work} as this actor on this thread; the thread's previous caller and request context come back after. */
    public <T> T call(Callable<T> work) {
        return as(principal(), actorName, work);
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Does {@code work} as the given caller (the demo's staff replaying their semester), recorded in the audit trail
     * under {@code actor}.
     */
    public static <T> T as(AccountPrincipal caller, String actor, Callable<T> work) {
        RequestContext.Info before = RequestContext.current();
        Subject subject = new Subject.Builder(SUBJECTS).principals(new SimplePrincipalCollection(caller, "system"))
                .authenticated(true).sessionCreationEnabled(false).buildSubject();
        RequestContext.adopt(new RequestContext.Info(before.requestId(), actor, before.clientAddress()));
        try {
            return subject.associateWith(work).call(); // not execute(): that wraps a refusal in ExecutionException
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            RequestContext.adopt(before);
        }
    }
}
