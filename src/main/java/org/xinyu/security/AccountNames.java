package org.xinyu.security;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff names for showing who did something (李心怡, not {@code counsellor}): the display names of accounts by
 * username or by id, one query for a whole page. Only staff names, which every colleague sees on the screens they
 * share; no other account data.
 */
@ApplicationScoped
public class AccountNames {

    /** An account as a page shows it: who it is and the name it signs in with. */
    public record Name(long id, String username, String displayName) {
    }

    @Inject
    EntityManager em;

    /** Display names by username; a username without an account (system actors, deleted accounts) is absent. */
    public Map<String, String> byUsernames(Collection<String> usernames) {
        Set<String> wanted = usernames.stream().filter(u -> u != null && !u.isBlank()).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery("select a.username, a.displayName from UserAccount a where a.username in :u", Object[].class)
                .setParameter("u", wanted).getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    /** Accounts by id. */
    public Map<Long, Name> byIds(Collection<Long> ids) {
        Map<Long, Name> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createQuery("select a.id, a.username, a.displayName from UserAccount a where a.id in :ids", Object[].class)
                .setParameter("ids", Set.copyOf(ids)).getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            names.put(id, new Name(id, (String) row[1], (String) row[2]));
        }
        return names;
    }
}
