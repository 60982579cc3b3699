package org.xinyu.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.EvaluationTrigger;
import org.xinyu.security.Permission;
import org.xinyu.security.UseCase;

/**
 * The system administrator runs the time-based sweep now instead of waiting for its interval. No transaction of its
 * own: the sweep commits page by page; its audit entry follows once every page is done.
 */
@ApplicationScoped
public class SweepNow {

    @Inject
    Sweep sweep;

    @UseCase(permission = Permission.SWEEP_RUN, audit = AuditAction.SWEEP_RUN, target = "SYSTEM")
    public Sweep.Result run() {
        Sweep.Result result = sweep.runAll(EvaluationTrigger.SWEEP);
        AuditNote.target("sweep");
        AuditNote.detail(result.students() + " students, " + result.changed() + " changed");
        return result;
    }
}
