package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.security.Access;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.Permission;
import org.xinyu.security.Role;
import org.xinyu.security.Scope;
import org.xinyu.security.UseCase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Open follow-ups escalated to the caller's level, within scope, earliest due first: grade leaders see those
 * escalated to the grade, school leaders and counsellors every escalated one. A read model over follow-ups, case
 * files and students (for the name).
 */
@ApplicationScoped
public class EscalationQueue {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Clock clock;

    public record EscalationItem(long followUpId, long caseId, long studentId, String studentName, int grade, Priority priority,
                                 FollowUpType type, OwnerRole ownerRole, Instant dueAt, EscalationLevel level) {
    }

    @Transactional
    @UseCase(permission = Permission.ESCALATION_READ, audit = AuditAction.ESCALATIONS_READ, target = "CASE")
    public List<EscalationItem> escalations() {
        AccountPrincipal caller = access.caller();
        Scope scope = access.scope();
        Map<String, Object> params = new HashMap<>();
        String where = CaseQueue.where(CaseQueue.QueueFilter.open(), scope, clock.instant(), params);
        String level = caller.has(Role.SCHOOL_LEADER) || caller.has(Role.COUNSELOR)
                ? " and f.escalationLevel is not null" : " and f.gradeEscalatedAt is not null";
        TypedQuery<Object[]> q = em.createQuery("select f, c.id, s.id, s.name, c.grade, c.priority from FollowUp f, CaseFile c, Student s "
                + "where f.caseId = c.id and s.id = c.studentId and f.status = :fopen" + level + where
                + " order by f.dueAt", Object[].class).setMaxResults(500);
        q.setParameter("fopen", FollowUpStatus.OPEN);
        params.forEach(q::setParameter);
        List<EscalationItem> result = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            FollowUp f = (FollowUp) r[0];
            result.add(new EscalationItem(f.id(), (Long) r[1], (Long) r[2], (String) r[3], (Integer) r[4], (Priority) r[5], f.type(),
                    f.ownerRole(), f.dueAt(), f.escalationLevel()));
        }
        AuditNote.detail(result.size() + " escalations");
        return result;
    }
}
