package vn.quyentreem.portal.platform;

import java.util.Locale;

/**
 * The public address of everything a reader can open, written once: pages, feeds, search results, mails and API
 * answers link through here, and site/PrettyUrlFilter serves the same prefixes.
 */
public final class PublicPaths {

    public static final String ARTICLE = "bai-viet";
    public static final String SECTION = "chuyen-muc";
    public static final String TAG = "the";
    public static final String DOCUMENT = "tai-lieu";
    public static final String CAMPAIGN = "chien-dich";
    public static final String MEMBER = "hoi-vien";
    public static final String EVENT = "su-kien";
    public static final String CONTEST = "cuoc-thi";
    public static final String ENTRY = "bai-du-thi";
    public static final String AWARD = "giai-thuong";
    public static final String GALLERY = "binh-chon";
    public static final String RESULTS = "ket-qua";

    private PublicPaths() {
    }

    public static String article(String slug) {
        return "/" + ARTICLE + "/" + slug;
    }

    public static String section(String code) {
        return "/" + SECTION + "/" + code;
    }

    public static String tag(String slug) {
        return "/" + TAG + "/" + slug;
    }

    public static String document(String slug) {
        return "/" + DOCUMENT + "/" + slug;
    }

    public static String campaign(String slug) {
        return "/" + CAMPAIGN + "/" + slug;
    }

    public static String member(String slug) {
        return "/" + MEMBER + "/" + slug;
    }

    public static String event(String slug) {
        return "/" + EVENT + "/" + slug;
    }

    public static String contest(String slug) {
        return "/" + CONTEST + "/" + slug;
    }

    public static String gallery(String contestSlug) {
        return contest(contestSlug) + "/" + GALLERY;
    }

    public static String results(String contestSlug) {
        return contest(contestSlug) + "/" + RESULTS;
    }

    /** An entry by its code, in lower case as typed in a link ("/bai-du-thi/nnmu-2027-0001"). */
    public static String entry(String code) {
        return "/" + ENTRY + "/" + code.toLowerCase(Locale.ROOT);
    }

    public static String award(String slug) {
        return "/" + AWARD + "/" + slug;
    }

    public static String awardYear(String slug, int year) {
        return award(slug) + "/" + year;
    }
}
