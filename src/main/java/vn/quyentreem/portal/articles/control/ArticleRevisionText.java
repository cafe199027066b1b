package vn.quyentreem.portal.articles.control;

import vn.quyentreem.portal.articles.entity.ArticleRevision;
import vn.quyentreem.portal.articles.entity.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Everything an article's revision holds, as lines of plain text, the way an editor compares two revisions. */
public final class ArticleRevisionText {

    private ArticleRevisionText() {
    }

    public static List<String> lines(ArticleRevision r) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + r.getTitle());
        lines.add("Chuyên mục: " + Section.byCode(r.getSection()).map(Section::getTitle).orElse(Objects.toString(r.getSection(), "—"))
                + " · Thẻ: " + String.join(", ", r.getTags()));
        lines.add("Tóm tắt: " + Objects.toString(r.getSummary(), ""));
        lines.add("Ảnh bìa: " + (r.getCoverImage() == null ? "—" : r.getCoverImage() + " (" + Objects.toString(r.getCoverAlt(), "") + ")"));
        lines.add("");
        lines.addAll(Objects.toString(r.getBody(), "").lines().toList());
        return lines;
    }
}
