package org.xinyu.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Rule sets in the database. */
@ApplicationScoped
public class RuleSets {

    @PersistenceContext(unitName = "xinyu")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleSetRecord> active() {
        return em.createQuery("select r from RuleSetRecord r where r.status = :s", RuleSetRecord.class)
                .setParameter("s", RuleSetStatus.ACTIVE).getResultList().stream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Integer> activeVersion() {
        return em.createQuery("select r.version from RuleSetRecord r where r.status = :s", Integer.class)
                .setParameter("s", RuleSetStatus.ACTIVE).getResultList().stream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleSetRecord> version(int version) {
        return em.createQuery("select r from RuleSetRecord r where r.version = :v", RuleSetRecord.class)
                .setParameter("v", version).getResultList().stream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSetRecord> published() {
        return em.createQuery("select r from RuleSetRecord r where r.version is not null order by r.version desc", RuleSetRecord.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleSetRecord> byId(long id) {
        return Optional.ofNullable(em.find(RuleSetRecord.class, id));
    }

    public void store(RuleSetRecord record) {
        em.persist(record);
    }

    public long count() {
        return em.createQuery("select count(r) from RuleSetRecord r", Long.class).getSingleResult();
    }
}
