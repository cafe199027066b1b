package vn.quyentreem.portal.search.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the durable change log that feeds the search index: "this item changed, look again". The
 * index remembers the last sequence it applied, so after a crash, or on another node, it catches up from here.
 */
@Entity("search_changes")
public class IndexChange {

    @Id
    private String id;
    @Column
    private long sequence;
    @Column
    private String itemType;
    @Column
    private String itemId;
    @Column
    private Instant at;

    public IndexChange() {
    }

    public IndexChange(long sequence, String itemType, String itemId) {
        this.id = UUID.randomUUID().toString();
        this.sequence = sequence;
        this.itemType = itemType;
        this.itemId = itemId;
        this.at = Instant.now();
    }

    public long getSequence() { return sequence; }
    public String getItemType() { return itemType; }
    public String getItemId() { return itemId; }
    public Instant getAt() { return at; }
}
