package vn.quyentreem.portal.club.entity;

/**
 * A member was admitted, changed what the public may see, lapsed or renewed. Pages that show members (the
 * directory, credits under stories, the sitemap) must not keep showing what was withdrawn.
 */
public record ClubChanged(String memberId) {
}
