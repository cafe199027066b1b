package vn.quyentreem.portal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.audit.entity.AuditEntries;
import vn.quyentreem.portal.audit.entity.AuditEntry;

/** Appends to the audit log. Every state change of editorial content goes through here. */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditEntries entries;

    public void record(String actor, String action, String itemType, String itemId, String itemTitle, String detail) {
        entries.insert(new AuditEntry(actor, action, itemType, itemId, itemTitle, detail));
    }
}
