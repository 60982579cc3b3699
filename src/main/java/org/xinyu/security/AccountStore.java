package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Accounts by username or id. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "xinyu")
    EntityManager em;

    public Optional<UserAccount> byUsername(String username) {
        List<UserAccount> found = em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultList();
        return found.stream().findFirst();
    }

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public void store(UserAccount account) {
        em.persist(account);
    }

    public long count() {
        return em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult();
    }

    public List<UserAccount> page(int page, int size) {
        return em.createQuery("select a from UserAccount a order by a.username", UserAccount.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
