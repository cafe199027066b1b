package vn.quyentreem.portal.campaigns.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import vn.quyentreem.portal.publishing.entity.Revision;

import java.time.Instant;

/** A saved state of a campaign's content, as JSON of its editable fields. Every save adds one; none is changed. */
@Entity("campaign_revisions")
public class CampaignRevision implements Revision {

    @Id
    private String id;
    @Column
    private String campaignId;
    @Column
    private int number;
    @Column
    private String content;
    @Column
    private Instant savedAt;
    @Column
    private String savedBy;
    @Column
    private String note;

    public CampaignRevision() {
    }

    public CampaignRevision(String id, String campaignId, int number, String content, Instant savedAt, String savedBy,
                            String note) {
        this.id = id;
        this.campaignId = campaignId;
        this.number = number;
        this.content = content;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.note = note;
    }

    public String getId() { return id; }
    public String getCampaignId() { return campaignId; }
    public int getNumber() { return number; }
    public String getContent() { return content; }
    public Instant getSavedAt() { return savedAt; }
    public String getSavedBy() { return savedBy; }
    public String getNote() { return note; }
}
