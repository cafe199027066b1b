package vn.quyentreem.portal.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

import static vn.quyentreem.portal.platform.VietnameseDates.ZONE;

/** A Markdown file that opens with YAML front matter between two "---" lines. */
public record FrontMatterFile(Map<String, Object> meta, String body) {

    /** Thrown for a file whose front matter is missing or not a YAML mapping. */
    public static class Malformed extends Exception {
        public Malformed(String message) {
            super(message);
        }
    }

    public static FrontMatterFile parse(String text) throws Malformed {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith("---\n")) {
            throw new Malformed("không có phần đầu YAML (front matter) mở bằng ---");
        }
        int end = normalized.indexOf("\n---", 3);
        if (end < 0) {
            throw new Malformed("phần đầu YAML không có dòng --- đóng");
        }
        String yaml = normalized.substring(4, end + 1);
        int bodyStart = normalized.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);
        Object parsed;
        try {
            // SafeConstructor: front matter may only build plain maps, lists and scalars
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            // YAMLException, and what SnakeYAML throws for a standard tag it cannot build (!!int abc)
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // the line, counted in the whole file as an editor sees it (the opening --- is line 1), is what finds it:
            // where the broken part begins (an unclosed "[" is noticed only at the end), else where it was noticed
            String where = "";
            if (e instanceof MarkedYAMLException marked) {
                Mark mark = marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
                where = mark == null ? "" : " ở dòng " + (mark.getLine() + 2);
            }
            throw new Malformed("YAML lỗi" + where + ": " + reason.lines().findFirst().orElse(""));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new Malformed("phần đầu YAML không phải là danh sách khóa: giá trị");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) map;
        return new FrontMatterFile(meta, body.strip() + "\n");
    }

    public String text(String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString().strip();
    }

    /**
     * The "publishedAt" of the front matter, {@code now} when there is none: an ISO-8601 time with offset, a day
     * (its midnight in Vietnam), or the Date SnakeYAML made of an unquoted timestamp.
     */
    public Instant publishedAt(Instant now) throws Malformed {
        Object value = meta.get("publishedAt");
        if (value == null) {
            return now;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = value.toString().strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZONE).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Malformed("ngày đăng (publishedAt) không hợp lệ: " + text);
        }
    }
}
