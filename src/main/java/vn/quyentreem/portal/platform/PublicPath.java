package vn.quyentreem.portal.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The public addresses of what a reader can open, and the view that renders each, in one table: pages, feed,
 * sitemap, search results, mails and API answers link through {@link #of}, and site/PrettyUrlFilter serves them.
 */
public enum PublicPath {
    ARTICLE("bai-viet", "/article.xhtml?slug="),
    SECTION("chuyen-muc", "/section.xhtml?code="),
    TAG("the", "/tag.xhtml?slug="),
    DOCUMENT("tai-lieu", "/document.xhtml?slug="),
    CAMPAIGN("chien-dich", "/campaign.xhtml?slug="),
    MEMBER("hoi-vien", "/member.xhtml?slug="),
    EVENT("su-kien", "/club-event.xhtml?slug="),
    CONTEST("cuoc-thi", "/contest.xhtml?slug="),
    /** An entry by its code, written in lower case ("/bai-du-thi/nnmu-2027-0001"). */
    ENTRY("bai-du-thi", "/contest-entry.xhtml?code="),
    AWARD("giai-thuong", "/award.xhtml?slug=");

    /** A contest's own pages below its address, and the views that render them. */
    public static final String GALLERY = "binh-chon";
    public static final String RESULTS = "ket-qua";

    private final String prefix;
    private final String view;

    PublicPath(String prefix, String view) {
        this.prefix = prefix;
        this.view = view;
    }

    public String of(String key) {
        return "/" + prefix + "/" + (this == ENTRY ? key.toLowerCase(Locale.ROOT) : key);
    }

    /** The view (with its query up to the key) that renders /{prefix}/{key}. */
    public String view() {
        return view;
    }

    public boolean is(String firstSegment) {
        return prefix.equals(firstSegment);
    }

    public static Optional<PublicPath> byPrefix(String firstSegment) {
        return Arrays.stream(values()).filter(p -> p.is(firstSegment)).findFirst();
    }

    public static String gallery(String contestSlug) {
        return CONTEST.of(contestSlug) + "/" + GALLERY;
    }

    public static String results(String contestSlug) {
        return CONTEST.of(contestSlug) + "/" + RESULTS;
    }

    public static String awardYear(String slug, int year) {
        return AWARD.of(slug) + "/" + year;
    }
}
