package vn.quyentreem.portal.publishing.entity;

/** Where a piece (an article, a campaign) is in the publishing workflow; only PUBLISHED is ever shown to readers. */
public enum PublicationStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED, ARCHIVED
}
