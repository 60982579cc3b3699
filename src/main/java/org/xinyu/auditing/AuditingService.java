package org.xinyu.auditing;

import org.xinyu.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.audit.AuditEntry;
import org.xinyu.audit.AuditLog;
import org.xinyu.audit.AuditQuery;
import org.xinyu.audit.AuditReader;
import org.xinyu.audit.AuditTrail;
import org.xinyu.audit.ChainVerification;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.security.Access;
import org.xinyu.security.AccountStore;
import org.xinyu.security.Permission;

/**
 * The auditor's work: searching the trail and checking its chain. Only the auditor may (AUDIT_READ), and
 * every search and check is itself audited (AUDIT_QUERY, AUDIT_VERIFY), so reading the trail leaves a trace.
 * Lives apart from the audit package, which knows no caller and no permission.
 */
@ApplicationScoped
public class AuditingService {

    @Inject
    Access access;

    @Inject
    AuditLog log;

    @Inject
    AuditTrail audit;

    @Inject
    AccountStore accounts;

    public Page<AuditEntry> search(AuditQuery asked, PageRequest page) {
        AuditQuery query = asked;
        access.require(Permission.AUDIT_READ);
        if (query.actor() != null && query.actorAccountId() == null) {
            // an account's entries include those written about it before sign-in (failed sign-ins)
            query = accounts.byUsername(asked.actor()).map(a -> asked.withActorAccount(a.id())).orElse(asked);
        }
        AuditReader.Found found = log.search(query, page.offset(), page.size());
        audit.success(AuditAction.AUDIT_QUERY, "AUDIT", null, query.describe() + " page=" + page.page() + " size=" + page.size()
                + " found=" + found.total());
        return new Page<>(found.items(), found.total(), page.page(), page.size());
    }

    public ChainVerification verify() {
        access.require(Permission.AUDIT_READ);
        ChainVerification result = log.verify();
        audit.success(AuditAction.AUDIT_VERIFY, "AUDIT", null, "valid=" + result.valid() + " entries=" + result.entries()
                + " firstBroken=" + result.firstBroken() + " millis=" + result.millis());
        return result;
    }
}
