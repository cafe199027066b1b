package vn.quyentreem.portal.publishing.entity;

import java.time.Instant;

/** What the publishing workflow needs of a piece it releases: its state, its times and the editor's last word. */
public interface Publishable {

    String getId();

    /** How the audit log and the editors' mails name the piece (an article's title, a campaign's name). */
    String label();

    String getOwnerUsername();

    PublicationStatus getStatus();

    void setStatus(PublicationStatus status);

    Instant getPublishedAt();

    void setPublishedAt(Instant at);

    String getReturnComment();

    void setReturnComment(String comment);

    void setUpdatedAt(Instant at);
}
