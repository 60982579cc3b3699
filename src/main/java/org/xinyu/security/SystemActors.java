package org.xinyu.security;

/** Whether a caller is one of the reserved actors: account id 0 (no account) under the actor's reserved name. */
public final class SystemActors {

    private SystemActors() {
    }

    public static boolean is(AccountPrincipal caller, SystemActor actor) {
        return caller.accountId() == 0 && actor.actorName().equals(caller.username());
    }
}
