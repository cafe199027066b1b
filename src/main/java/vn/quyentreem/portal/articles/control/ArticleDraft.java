package vn.quyentreem.portal.articles.control;

import vn.quyentreem.portal.articles.entity.Section;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/** What an author writes: the editable content of an article, checked before anything is saved. */
public record ArticleDraft(String title, String summary, String body, String section, List<String> tags,
                           String coverImage, String coverAlt) {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_BODY = 200_000;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 60;

    /** The draft with blanks trimmed and tags cleaned, or an INVALID exception naming the first problem. */
    public ArticleDraft checked() {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw PublishingRefusal.invalid("title", "Tiêu đề không được để trống");
        }
        if (t.length() > MAX_TITLE) {
            throw PublishingRefusal.invalid("title", "Tiêu đề dài quá " + MAX_TITLE + " ký tự");
        }
        if (section == null || Section.byCode(section.strip()).isEmpty()) {
            throw PublishingRefusal.invalid("section", "Hãy chọn một chuyên mục hợp lệ");
        }
        String s = summary == null ? "" : summary.strip();
        if (s.length() > MAX_SUMMARY) {
            throw PublishingRefusal.invalid("summary", "Tóm tắt dài quá " + MAX_SUMMARY + " ký tự");
        }
        String b = body == null ? "" : body;
        if (b.length() > MAX_BODY) {
            throw PublishingRefusal.invalid("body", "Nội dung dài quá " + MAX_BODY + " ký tự");
        }
        List<String> given = tags == null ? List.of() : tags;
        // limits before work: a list of a million tags is refused by its length, not compared pair by pair
        if (given.size() > MAX_TAGS * 3) {
            throw PublishingRefusal.invalid("tags", "Tối đa " + MAX_TAGS + " thẻ cho một bài");
        }
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String tag : given) {
            String name = tag == null ? "" : tag.strip();
            if (name.length() > MAX_TAG) {
                throw PublishingRefusal.invalid("tags", "Thẻ dài quá " + MAX_TAG + " ký tự");
            }
            String slug = Slugs.of(name);
            if (!slug.isEmpty()) {
                bySlug.putIfAbsent(slug, name);
            }
        }
        List<String> cleanTags = new ArrayList<>(bySlug.values());
        if (cleanTags.size() > MAX_TAGS) {
            throw PublishingRefusal.invalid("tags", "Tối đa " + MAX_TAGS + " thẻ cho một bài");
        }
        String image = coverImage == null || coverImage.isBlank() ? null : coverImage.strip();
        String alt = coverAlt == null || coverAlt.isBlank() ? null : coverAlt.strip();
        if (image != null && alt == null) {
            throw PublishingRefusal.invalid("coverAlt", "Ảnh bìa cần có lời mô tả (alt) cho người đọc khiếm thị");
        }
        if (image != null && !image.matches("/media/[a-z0-9-]+\\.(jpg|png|webp)")) {
            throw PublishingRefusal.invalid("coverImage", "Ảnh bìa phải là một ảnh trong thư viện ảnh của cổng");
        }
        return new ArticleDraft(t, s, b, section.strip(), cleanTags, image, alt);
    }

    /** Tags typed as one line, separated by commas. */
    public static List<String> tagsFromLine(String line) {
        return line == null ? List.of() : List.of(line.split(","));
    }
}
