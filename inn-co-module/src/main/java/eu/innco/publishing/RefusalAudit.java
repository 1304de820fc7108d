package eu.innco.publishing;

import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.util.List;

/** Writes every refusal of the access policy to the audit log, in its own commit (the refused work never had one). */
public final class RefusalAudit implements AccessPolicy.RefusalListener {
    private final AuditLog audit;

    public RefusalAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void refused(Actor actor, Action action, Ownership item, String detail) {
        audit.recordNow(AuditEntry.of(actor.username(), "permission-refused", "", item.itemId(), "", List.of(), null, detail));
    }
}
