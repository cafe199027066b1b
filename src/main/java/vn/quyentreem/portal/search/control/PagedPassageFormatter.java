package vn.quyentreem.portal.search.control;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import vn.quyentreem.portal.library.control.TextExtraction;

import java.util.regex.Pattern;

/**
 * Marks the matches of a snippet, and for a PDF says which page each passage comes from. A PDF's text is indexed with a
 * form feed at the start of each page (see TextExtraction), so the page of a passage is the number of form feeds
 * before it; text with none (articles, other documents, a document's summary) has no page.
 */
final class PagedPassageFormatter extends PassageFormatter {

    static final char PAGE_BREAK = TextExtraction.PAGE_BREAK;
    private static final Pattern ADJACENT = Pattern.compile("</mark>([ \\t]+)<mark>");

    /** A hit's highlighted text, and the PDF page its best passage is on (null when it has no pages). */
    record Snippet(String html, Integer page) {
    }

    private final DefaultPassageFormatter marks = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        Integer best = null;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (Passage passage : passages) {
            // the page of its first match: a passage may begin at the foot of one page and run onto the next
            int page = pageAt(content, passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : passage.getStartOffset());
            if (html.length() > 0) {
                html.append(" … ");
            }
            if (page > 0) {
                html.append("<span class=\"page-no\">Trang ").append(page).append(":</span> ");
                // the passages come in the order of the text; the hit's page is that of the one that matched best
                if (passage.getScore() > bestScore) {
                    best = page;
                    bestScore = passage.getScore();
                }
            }
            // words matched side by side read as one mark: "<mark>Tổng đài 111</mark>"
            html.append(ADJACENT.matcher(marks.format(new Passage[] {passage}, content).strip()).replaceAll("$1"));
        }
        return new Snippet(html.toString().replace(PAGE_BREAK, ' '), best);
    }

    private static int pageAt(String content, int offset) {
        int page = 0;
        for (int i = 0; i < offset && i < content.length(); i++) {
            if (content.charAt(i) == PAGE_BREAK) {
                page++;
            }
        }
        return page;
    }
}
