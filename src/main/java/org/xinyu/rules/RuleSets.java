package org.xinyu.rules;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Rule sets in the database. */
@ApplicationScoped
public class RuleSets {

    @Inject
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

    /** Every rule set held, without its files: drafts first (newest first), then the published versions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSetSummary> summaries() {
        return em.createQuery("select r.id, r.version, r.status, r.basedOn, r.reason, r.createdBy, r.createdAt, r.approvedBy, "
                        + "r.approvedAt, r.publishedBy, r.publishedAt from RuleSetRecord r", Object[].class).getResultList().stream()
                .map(r -> new RuleSetSummary((Long) r[0], (Integer) r[1], (RuleSetStatus) r[2], (Integer) r[3], (String) r[4],
                        (String) r[5], (java.time.Instant) r[6], (String) r[7], (java.time.Instant) r[8], (String) r[9],
                        (java.time.Instant) r[10]))
                .sorted(java.util.Comparator.comparing((RuleSetSummary r) -> r.version() != null)
                        .thenComparing(RuleSetSummary::version, java.util.Comparator.nullsFirst(java.util.Comparator.reverseOrder()))
                        .thenComparing(RuleSetSummary::createdAt, java.util.Comparator.reverseOrder()))
                .toList();
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
