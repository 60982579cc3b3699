package org.xinyu.security;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Accounts by username or id. */
@ApplicationScoped
public class AccountStore {

    @Inject
    EntityManager em;

    /** Which accounts a search asks for: text in the username or name, a role, a school (each optional). */
    public record Criteria(String text, Role role, Long schoolId) {
        public static final Criteria ALL = new Criteria(null, null, null);
    }

    /** With its roles, grades and classes in the same query: every API call authenticates through here. */
    public Optional<UserAccount> byUsername(String username) {
        List<UserAccount> found = em.createQuery("select distinct a from UserAccount a left join fetch a.roles "
                        + "left join fetch a.grades left join fetch a.classIds where a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultList();
        return found.stream().findFirst();
    }

    /** Whether the account is enabled and when its sessions were last revoked: one row, two columns, for every recheck. */
    public Optional<SessionStanding> sessionStanding(long accountId) {
        List<Object[]> rows = em.createQuery("select a.enabled, a.sessionsRevokedAt from UserAccount a where a.id = :id", Object[].class)
                .setParameter("id", accountId).getResultList();
        return rows.stream().findFirst().map(r -> new SessionStanding((Boolean) r[0], (Instant) r[1]));
    }

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public List<UserAccount> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from UserAccount a where a.id in :ids", UserAccount.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    public void store(UserAccount account) {
        em.persist(account);
    }

    public long count() {
        return count(Criteria.ALL);
    }

    public List<UserAccount> page(int page, int size) {
        return search(Criteria.ALL, page * size, size);
    }

    /** The accounts matching the criteria, by username. */
    public List<UserAccount> search(Criteria criteria, int offset, int size) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<UserAccount> q = em.createQuery("select a from UserAccount a" + where(criteria, params)
                + " order by a.username", UserAccount.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count(Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(a) from UserAccount a" + where(criteria, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The enabled accounts of a school holding a role, by name. */
    public List<UserAccount> enabledWithRole(Role role, long schoolId) {
        return em.createQuery("select a from UserAccount a where a.enabled = true and a.schoolId = :school and a.id in "
                        + "(select b.id from UserAccount b join b.roles r where r = :role) order by a.displayName, a.username",
                        UserAccount.class)
                .setParameter("school", schoolId).setParameter("role", role).getResultList();
    }

    private static String where(Criteria criteria, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (criteria.text() != null && !criteria.text().isBlank()) {
            String text = criteria.text().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            where.append(" and (lower(a.username) like :text escape '!' or lower(a.displayName) like :text escape '!')");
            params.put("text", "%" + text + "%");
        }
        if (criteria.role() != null) {
            where.append(" and a.id in (select b.id from UserAccount b join b.roles r where r = :role)");
            params.put("role", criteria.role());
        }
        if (criteria.schoolId() != null) {
            where.append(" and a.schoolId = :school");
            params.put("school", criteria.schoolId());
        }
        return where.toString();
    }
}
