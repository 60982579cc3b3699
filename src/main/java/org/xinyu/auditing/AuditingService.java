package org.xinyu.auditing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditEntry;
import org.xinyu.audit.AuditLog;
import org.xinyu.audit.AuditNote;
import org.xinyu.audit.AuditQuery;
import org.xinyu.audit.AuditReader;
import org.xinyu.audit.ChainVerification;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.security.AccountStore;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;

/**
 * The auditor's work: searching the trail and checking its chain. Only the auditor may (AUDIT_READ), and
 * every search and check is itself audited (AUDIT_QUERY, AUDIT_VERIFY), so reading the trail leaves a trace.
 * Lives apart from the audit package, which knows no caller and no permission.
 */
@ApplicationScoped
public class AuditingService {

    @Inject
    AuditLog log;

    @Inject
    AccountStore accounts;

    @UseCase(permission = Permission.AUDIT_READ, audit = AuditAction.AUDIT_QUERY, target = "AUDIT")
    public Page<AuditEntry> search(AuditQuery asked, PageRequest page) {
        AuditQuery query = asked;
        if (query.actor() != null && query.actorAccountId() == null) {
            // an account's entries include those written about it before sign-in (failed sign-ins)
            query = accounts.byUsername(asked.actor()).map(a -> asked.withActorAccount(a.id())).orElse(asked);
        }
        AuditReader.Found found = log.search(query, page.offset(), page.size());
        AuditNote.detail(query.describe() + " page=" + page.page() + " size=" + page.size() + " found=" + found.total());
        return new Page<>(found.items(), found.total(), page.page(), page.size());
    }

    @UseCase(permission = Permission.AUDIT_READ, audit = AuditAction.AUDIT_VERIFY, target = "AUDIT")
    public ChainVerification verify() {
        ChainVerification result = log.verify();
        AuditNote.detail("valid=" + result.valid() + " entries=" + result.entries() + " firstBroken=" + result.firstBroken()
                + " millis=" + result.millis());
        return result;
    }
}
