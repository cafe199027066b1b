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

    /**
     * Replaces a text (a child's work title, a name) in the log entries of one item, where the law asks that it be
     * erased. The entries themselves, who did what and when, stay.
     */
    public void erase(String itemId, String text, String replacement) {
        for (AuditEntry entry : entries.findByItemIdOrderByAtDesc(itemId)) {
            if (entry.erase(text, replacement)) {
                entries.save(entry);
            }
        }
    }

    public void record(String actor, String action, String itemType, String itemId, String itemTitle, String detail) {
        entries.insert(new AuditEntry(actor, action, itemType, itemId, itemTitle, detail));
    }
}
