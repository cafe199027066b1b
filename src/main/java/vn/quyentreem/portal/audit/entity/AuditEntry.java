package vn.quyentreem.portal.audit.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import vn.quyentreem.portal.platform.Redaction;

import java.time.Instant;
import java.util.UUID;

/** Who did what to which item, and when. Entries are only ever added. */
@Entity("audit_log")
public class AuditEntry {

    @Id
    private String id;
    @Column
    private Instant at;
    @Column
    private String actor;
    @Column
    private String action;
    @Column
    private String itemType;
    @Column
    private String itemId;
    @Column
    private String itemTitle;
    @Column
    private String detail;

    public AuditEntry() {
    }

    public AuditEntry(String actor, String action, String itemType, String itemId, String itemTitle, String detail) {
        this.id = UUID.randomUUID().toString();
        this.at = Instant.now();
        this.actor = actor;
        this.action = action;
        this.itemType = itemType;
        this.itemId = itemId;
        this.itemTitle = itemTitle;
        this.detail = detail;
    }

    public String getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getItemType() { return itemType; }
    public String getItemId() { return itemId; }
    public String getItemTitle() { return itemTitle; }
    public String getDetail() { return detail; }

    /** The entry with text replaced in its title and detail; false if it held none of it. */
    public boolean erase(String text, String replacement) {
        String title = Redaction.replaced(itemTitle, java.util.List.of(text), replacement);
        String details = Redaction.replaced(detail, java.util.List.of(text), replacement);
        boolean found = title != itemTitle || details != detail;
        itemTitle = title;
        detail = details;
        return found;
    }
}
