package vn.quyentreem.portal.content;

import vn.quyentreem.portal.platform.VietnameseDates;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Reads the keys of a definition's front matter (a contest, an award programme) and collects every problem, in
 * Vietnamese, instead of stopping at the first: an editor then fixes them all in one go.
 */
public class DefinitionReader {

    private final List<String> errors;

    public DefinitionReader() {
        this(new ArrayList<>());
    }

    private DefinitionReader(List<String> errors) {
        this.errors = errors;
    }

    public List<String> errors() {
        return errors;
    }

    public void problem(String message) {
        errors.add(message);
    }

    public String required(Map<?, ?> meta, String key, int max) {
        String value = optional(meta, key, max);
        if (value == null) {
            errors.add("Thiếu «" + key + "»");
        }
        return value;
    }

    public String optional(Map<?, ?> meta, String key, int max) {
        String value = text(meta.get(key));
        if (value != null && value.length() > max) {
            errors.add("«" + key + "» dài quá " + max + " ký tự");
        }
        return value == null || value.isEmpty() ? null : value;
    }

    public List<String> strings(Map<?, ?> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return new ArrayList<>();
        }
        if (!(value instanceof Collection<?> c)) {
            errors.add("«" + key + "» phải là một danh sách");
            return new ArrayList<>();
        }
        List<String> out = new ArrayList<>();
        c.forEach(v -> out.add(text(v)));
        return out;
    }

    public List<Map<?, ?>> maps(Map<?, ?> meta, String key) {
        List<Map<?, ?>> out = new ArrayList<>();
        Object value = meta.get(key);
        if (value == null) {
            return out;
        }
        if (!(value instanceof Collection<?> c)) {
            errors.add("«" + key + "» phải là một danh sách");
            return out;
        }
        for (Object row : c) {
            if (row instanceof Map<?, ?> m) {
                out.add(m);
            } else {
                errors.add("Mỗi dòng của «" + key + "» phải là các cặp khóa: giá trị");
            }
        }
        return out;
    }

    /** A time written "2027-03-01 08:00" (seconds optional), in Vietnam. */
    public Instant time(Map<?, ?> meta, String key, String label, boolean required) {
        Object value = meta.get(key);
        if (value == null) {
            if (required) {
                errors.add("Thiếu mốc thời gian «" + label + "»");
            }
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant(); // SnakeYAML read an unquoted timestamp
        }
        try {
            return VietnameseDates.parseLocal(value.toString());
        } catch (DateTimeParseException e) {
            errors.add("Mốc «" + label + "» phải viết dạng \"2027-03-01 08:00\" (giờ Việt Nam): " + value);
            return null;
        }
    }

    /** [min, max] ages, 3 to 30. */
    public int[] ages(Object value, String key) {
        if (value instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number a && l.get(1) instanceof Number b
                && a.intValue() >= 3 && a.intValue() <= b.intValue() && b.intValue() <= 30) {
            return new int[] {a.intValue(), b.intValue()};
        }
        errors.add("«" + key + "» phải là [tuổi nhỏ nhất, tuổi lớn nhất], từ 3 đến 30 tuổi");
        return new int[] {0, 0};
    }

    public static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
