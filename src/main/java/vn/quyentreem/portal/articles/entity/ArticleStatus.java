package vn.quyentreem.portal.articles.entity;

/** Where an article is in the editorial workflow; only PUBLISHED is ever shown to readers. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED, ARCHIVED
}
