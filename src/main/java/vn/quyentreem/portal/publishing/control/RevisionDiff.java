package vn.quyentreem.portal.publishing.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two revisions' texts compared line by line, and word by word inside a changed line, as an editor reads it.
 * Every text is plain, never HTML: the page escapes it.
 */
public final class RevisionDiff {

    /** A word-level piece of a line; kind is "same", "ins" (inserted) or "del" (deleted). */
    public record Segment(String kind, String text) implements Serializable {
        public String getKind() { return kind; }
        public String getText() { return text; }
    }

    /** One line; kind is "same", "added", "removed" or "changed" (a line edited in place, with ins and del pieces). */
    public record Line(String kind, List<Segment> segments) implements Serializable {

        static Line of(String kind, String segmentKind, String text) {
            return new Line(kind, List.of(new Segment(segmentKind, text)));
        }

        public String getKind() { return kind; }
        public List<Segment> getSegments() { return segments; }

        /** The line as it reads before ("del" and "same" pieces) or after ("ins" and "same"). */
        public String text(boolean after) {
            StringBuilder out = new StringBuilder();
            segments.stream().filter(s -> s.kind.equals("same") || s.kind.equals(after ? "ins" : "del"))
                    .forEach(s -> out.append(s.text));
            return out.toString();
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|.", Pattern.DOTALL);

    private RevisionDiff() {
    }

    public static List<Line> lines(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                out.add(Line.of("same", "same", before.get(position)));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = Math.min(removed.size(), added.size());
            for (int i = 0; i < paired; i++) {
                out.addAll(changed(removed.get(i), added.get(i)));
            }
            removed.subList(paired, removed.size()).forEach(l -> out.add(Line.of("removed", "del", l)));
            added.subList(paired, added.size()).forEach(l -> out.add(Line.of("added", "ins", l)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            out.add(Line.of("same", "same", before.get(position)));
        }
        return out;
    }

    /** A line edited in place; one that shares no word with its replacement reads better as removed, then added. */
    static List<Line> changed(String before, String after) {
        List<Segment> words = words(before, after);
        boolean sharesAWord = words.stream().anyMatch(s -> s.kind.equals("same") && WORD.matcher(s.text).find());
        if (!sharesAWord) {
            return List.of(Line.of("removed", "del", before), Line.of("added", "ins", after));
        }
        return List.of(new Line("changed", words));
    }

    /** The words of one line against another: unchanged pieces, then for each change what was deleted and inserted. */
    static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Chunk> chunks = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            if (position < delta.getSource().getPosition()) {
                chunks.add(Chunk.same(String.join("", a.subList(position, delta.getSource().getPosition()))));
            }
            chunks.add(new Chunk(null, String.join("", delta.getSource().getLines()),
                    String.join("", delta.getTarget().getLines())));
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        if (position < a.size()) {
            chunks.add(Chunk.same(String.join("", a.subList(position, a.size()))));
        }
        List<Segment> out = new ArrayList<>();
        for (Chunk c : joinAcrossSpaces(chunks)) {
            if (c.same != null) {
                out.add(new Segment("same", c.same));
            } else {
                if (!c.deleted.isEmpty()) {
                    out.add(new Segment("del", c.deleted));
                }
                if (!c.inserted.isEmpty()) {
                    out.add(new Segment("ins", c.inserted));
                }
            }
        }
        return out;
    }

    /** "a b c" to "a x y c" reads as one change of "b" to "x y", not as changes split at every space. */
    private static List<Chunk> joinAcrossSpaces(List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            int last = out.size() - 1;
            if (c.same == null && last >= 1 && out.get(last).same != null && out.get(last).same.isBlank()
                    && out.get(last - 1).same == null && out.get(last - 1).joins(c)) {
                String space = out.remove(last).same;
                Chunk before = out.remove(last - 1);
                out.add(new Chunk(null, before.deleted + space + c.deleted, before.inserted + space + c.inserted));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Either an unchanged run ("same") or one change: what was deleted and what was inserted there. */
    private record Chunk(String same, String deleted, String inserted) {
        static Chunk same(String text) {
            return new Chunk(text, null, null);
        }

        /** Two changes join across a space only when both replace words, so the space stays on both sides. */
        boolean joins(Chunk next) {
            return !deleted.isEmpty() && !next.deleted.isEmpty() && !inserted.isEmpty() && !next.inserted.isEmpty();
        }
    }
}
