package vn.quyentreem.portal.articles.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import vn.quyentreem.portal.articles.entity.ArticleRevision;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line comparison of two revisions: title, summary and body, as an editor reads it. */
public final class RevisionDiff {

    /** One line of the comparison; kind is "same", "added" or "removed". The text is plain, never HTML. */
    public record Line(String kind, String text) {
        public String getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }
    }

    private RevisionDiff() {
    }

    public static List<Line> between(ArticleRevision older, ArticleRevision newer) {
        return lines(text(older), text(newer));
    }

    public static List<Line> lines(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                out.add(new Line("same", before.get(position)));
            }
            delta.getSource().getLines().forEach(l -> out.add(new Line("removed", l)));
            delta.getTarget().getLines().forEach(l -> out.add(new Line("added", l)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            out.add(new Line("same", before.get(position)));
        }
        return out;
    }

    private static List<String> text(ArticleRevision r) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + r.getTitle());
        lines.add("Chuyên mục: " + r.getSection() + " · Thẻ: " + String.join(", ", r.getTags()));
        lines.add("Tóm tắt: " + (r.getSummary() == null ? "" : r.getSummary()));
        lines.add("");
        lines.addAll((r.getBody() == null ? "" : r.getBody()).lines().toList());
        return lines;
    }
}
