package vn.quyentreem.portal.articles.entity;

/** Something people should hear about: a piece was submitted, published or sent back to its author. */
public record EditorialEvent(Kind kind, String articleId, String title, String slug, String ownerUsername,
                             String actor, String comment) {

    public enum Kind { SUBMITTED, PUBLISHED, SCHEDULED, RETURNED }
}
