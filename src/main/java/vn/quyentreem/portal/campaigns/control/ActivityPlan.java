package vn.quyentreem.portal.campaigns.control;

import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.ActivityStatus;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static vn.quyentreem.portal.campaigns.entity.ActivityStatus.DONE;
import static vn.quyentreem.portal.campaigns.entity.ActivityStatus.IN_PROGRESS;
import static vn.quyentreem.portal.campaigns.entity.ActivityStatus.PLANNED;
import static vn.quyentreem.portal.campaigns.entity.ActivityStatus.POSTPONED;

/**
 * Reads an activity plan pasted from a Word or Excel table (one row a line, cells split by Tab) into plan rows.
 * Plans are written by people, not programs, so every row that does not fit gets its own Vietnamese message naming
 * the line and what was typed, and the rows that do fit are kept: the editor fixes a few lines, not the whole table.
 */
public final class ActivityPlan {

    /** line: 1-based line of the pasted text; 0 for a problem with the paste as a whole. */
    public record Problem(int line, String message) {}
    public record Parsed(List<Activity> rows, List<Problem> problems) {}
    public record Period(LocalDate startsOn, LocalDate endsOn, String label) {}

    private enum Field { NUMBER, ACTIVITY, TIME, LEAD, PARTNERS, FUNDING, STATUS }

    /** Header names, folded; words may follow them, as in "Kinh phí (triệu đồng)" or "Thời gian thực hiện". */
    private static final Map<String, Field> HEADERS = Map.ofEntries(
            entry("stt", Field.NUMBER), entry("tt", Field.NUMBER), entry("so tt", Field.NUMBER),
            entry("noi dung", Field.ACTIVITY), entry("hoat dong", Field.ACTIVITY), entry("cong viec", Field.ACTIVITY),
            entry("thoi gian", Field.TIME),
            entry("thuc hien", Field.LEAD), entry("chu tri", Field.LEAD), entry("don vi chu tri", Field.LEAD),
            entry("nguoi phu trach", Field.LEAD),
            entry("phoi hop", Field.PARTNERS), entry("don vi phoi hop", Field.PARTNERS),
            entry("kinh phi", Field.FUNDING), entry("nguon kinh phi", Field.FUNDING),
            entry("trang thai", Field.STATUS), entry("tinh trang", Field.STATUS));

    private static final Field[] NUMBERED = Field.values();
    private static final Field[] UNNUMBERED = Arrays.copyOfRange(NUMBERED, 1, NUMBERED.length);

    private static final Map<String, ActivityStatus> STATUSES = Map.ofEntries(
            entry("ke hoach", PLANNED), entry("chua thuc hien", PLANNED), entry("du kien", PLANNED),
            entry("dang thuc hien", IN_PROGRESS), entry("dang trien khai", IN_PROGRESS),
            entry("da hoan thanh", DONE), entry("hoan thanh", DONE), entry("da thuc hien", DONE), entry("xong", DONE),
            entry("tam hoan", POSTPONED), entry("hoan", POSTPONED), entry("dung", POSTPONED));

    private static final String TIME_HINT =
            "Hãy ghi như «Tháng 3», «Tháng 3-6», «Quý 2», «Cả năm» hoặc «15/05/2026 - 30/06/2026».";

    // Matched against the folded, tidied time (see period): "thang 3-6", "quy ii+iii", "15/5-30/6/2026".
    private static final Pattern MONTHS = Pattern.compile("(?:thang|t) ?(\\d{1,2}(?:[-+,]\\d{1,2})*)");
    private static final Pattern QUARTERS = Pattern.compile("quy ?([0-9ivx]+(?:[-+,][0-9ivx]+)*)");
    private static final Pattern DATES =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?:-(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?)?");
    private static final Pattern HALF_YEAR = Pattern.compile("6 thang (dau|cuoi)(?: nam)?");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv");

    private ActivityPlan() {
    }

    public static Parsed parse(String pasted, int year) {
        List<Activity> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Field[] columns = null;
        Row open = null;          // the row being read: the continuation rows below it still add to it
        boolean dropping = false; // the row above was refused, so its continuation rows go with it, unreported
        String[] lines = pasted == null ? new String[0] : pasted.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            List<String> cells = cells(lines[i]);
            if (cells.isEmpty()) {
                continue;
            }
            Field[] header = header(cells);
            if (header != null) {
                // A header may come again when two tables are pasted together; it starts a new table.
                if (!has(header, Field.ACTIVITY) || !has(header, Field.TIME)) {
                    return new Parsed(List.of(), List.of(new Problem(line, "Dòng " + line + ": dòng tiêu đề "
                            + quote(typed(cells)) + " thiếu cột NỘI DUNG hoặc THỜI GIAN.")));
                }
                finish(open, year, rows, problems);
                open = null;
                dropping = false;
                columns = header;
                continue;
            }
            if (columns == null && cells.get(0).isEmpty()) {
                // A leading row with an empty first cell continues nothing, whichever the layout; the layout is
                // told by the first row that starts with something.
                problems.add(leftover(line, cells));
                continue;
            }
            if (columns == null) {
                columns = cells.get(0).matches("\\d+\\.?") ? NUMBERED : UNNUMBERED;
            }
            if (cells.size() > columns.length) {
                // Which row this line belongs to cannot be told, so it ends the open row and refuses itself.
                finish(open, year, rows, problems);
                open = null;
                dropping = true;
                problems.add(new Problem(line, "Dòng " + line + ": có " + cells.size() + " cột, bảng chỉ có "
                        + columns.length + " cột — có thể một ô chứa dấu Tab."));
                continue;
            }
            Map<Field, String> values = new EnumMap<>(Field.class);
            for (int c = 0; c < cells.size(); c++) {
                if (columns[c] != null && !cells.get(c).isEmpty()) {
                    values.put(columns[c], cells.get(c));
                }
            }
            boolean numbered = has(columns, Field.NUMBER);
            boolean continuation = numbered ? !values.containsKey(Field.NUMBER)
                    : !values.containsKey(Field.ACTIVITY) && !values.containsKey(Field.TIME);
            if (!continuation) {
                finish(open, year, rows, problems);
                open = new Row(line, values, typed(cells));
                dropping = false;
            } else if (open != null) {
                for (Map.Entry<Field, String> more : values.entrySet()) {
                    open.values().merge(more.getKey(), more.getValue(), (a, b) -> join(more.getKey(), a, b));
                }
            } else if (!dropping) {
                problems.add(leftover(line, cells));
            }
        }
        finish(open, year, rows, problems);
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "Chưa có dòng nào để đọc."));
        }
        return new Parsed(List.copyOf(rows), List.copyOf(problems));
    }

    /** The dates a time as written stands for in the campaign's year; null when it cannot be read. */
    public static Period period(String time, int year) {
        if (time == null || time.isBlank()) {
            return null;
        }
        String label = tidy(Normalizer.normalize(time, Normalizer.Form.NFC));
        String t = fold(label)
                .replaceAll(" ?(?:[-\\u2010-\\u2015\\u2212]|\\bden\\b) ?", "-") // every dash and "đến" is one range mark
                .replaceAll(" ?\\bva\\b ?", "+")                         // "Tháng 9 và 10"
                .replaceAll(" ?([+,/]) ?", "$1")
                .replaceAll("^(?:tu )?(?:ngay )?", "")                   // "Từ ngày 15/5 đến ngày 30/6"
                .replaceAll("([-+,])(?:thang|quy|ngay|t) ?(?=[0-9ivx])", "$1"); // "Tháng 3 - Tháng 6" = "Tháng 3-6"
        Matcher m;
        if (t.matches("ca nam|quanh nam|thuong xuyen")) {
            return months(year, 1, 12, label);
        } else if ((m = HALF_YEAR.matcher(t)).matches()) {
            return m.group(1).equals("dau") ? months(year, 1, 6, label) : months(year, 7, 12, label);
        } else if ((m = MONTHS.matcher(t)).matches()) {
            int[] span = span(m.group(1), 12);
            return span == null ? null : months(year, span[0], span[1], label);
        } else if ((m = QUARTERS.matcher(t)).matches()) {
            int[] span = span(m.group(1), 4);
            return span == null ? null : months(year, span[0] * 3 - 2, span[1] * 3, label);
        } else if ((m = DATES.matcher(t)).matches()) {
            // A year written on one end holds for the other: "15/5 - 30/6/2026" is all in 2026.
            String startYear = m.group(3) != null ? m.group(3) : m.group(6);
            String endYear = m.group(6) != null ? m.group(6) : m.group(3);
            LocalDate start = date(m.group(1), m.group(2), startYear, year);
            LocalDate end = m.group(4) == null ? start : date(m.group(4), m.group(5), endYear, year);
            return start == null || end == null || end.isBefore(start) ? null : new Period(start, end, label);
        }
        return null;
    }

    /** The status a label stands for: PLANNED when blank, null when unknown. */
    public static ActivityStatus status(String label) {
        if (label == null || label.isBlank()) {
            return PLANNED;
        }
        String folded = fold(label).replace('_', ' ');
        return STATUSES.getOrDefault(folded, Arrays.stream(ActivityStatus.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(folded))
                .findFirst().orElse(null));
    }

    /** A row as typed, with its continuation rows added, read into an Activity only once it is complete. */
    private record Row(int line, Map<Field, String> values, String typed) {}

    private static void finish(Row row, int year, List<Activity> rows, List<Problem> problems) {
        if (row == null) {
            return;
        }
        Map<Field, String> v = row.values();
        String at = "Dòng " + row.line() + ": ";
        int before = problems.size();
        String activity = v.get(Field.ACTIVITY);
        String time = v.get(Field.TIME);
        Period period = time == null ? null : period(time, year);
        if (activity == null) {
            problems.add(new Problem(row.line(), at + "chưa có nội dung hoạt động trong " + quote(row.typed()) + "."));
        } else if (time == null) {
            problems.add(new Problem(row.line(), at + "hoạt động " + quote(activity) + " chưa ghi thời gian. " + TIME_HINT));
        }
        if (time != null && period == null) {
            problems.add(new Problem(row.line(), at + "chưa hiểu thời gian " + quote(time) + ". " + TIME_HINT));
        }
        ActivityStatus status = status(v.get(Field.STATUS));
        if (status == null) {
            problems.add(new Problem(row.line(), at + "chưa hiểu trạng thái " + quote(v.get(Field.STATUS))
                    + ". Hãy ghi một trong: " + Arrays.stream(ActivityStatus.values())
                    .map(s -> "«" + s.getLabel() + "»").collect(Collectors.joining(", ")) + "."));
        }
        if (problems.size() == before) {
            rows.add(new Activity(activity, period.label(), period.startsOn().toString(), period.endsOn().toString(),
                    v.get(Field.LEAD), v.get(Field.PARTNERS), v.get(Field.FUNDING), status));
        }
    }

    private static Problem leftover(int line, List<String> cells) {
        return new Problem(line, "Dòng " + line + ": " + quote(typed(cells))
                + " trông như phần viết tiếp của dòng trên, nhưng phía trên chưa có hoạt động nào.");
    }

    /** Names and units are lists, so a piece carried to the next line is one more item; other text just runs on. */
    private static String join(Field field, String before, String more) {
        boolean list = field == Field.LEAD || field == Field.PARTNERS || field == Field.FUNDING;
        if (!list || before.endsWith(",")) {
            return before + " " + more;
        }
        return more.startsWith(",") ? before + more : before + ", " + more;
    }

    /** Columns by header names, or null when the cells do not read as a header (fewer than two known names). */
    private static Field[] header(List<String> cells) {
        // A row such as "5 | Công việc văn phòng | Quý 1 | Phối hợp các ban" has names in it too, but a header
        // is neither numbered nor dated.
        if (cells.get(0).matches("\\d+\\.?") || cells.stream().anyMatch(c -> period(c, 2000) != null)) {
            return null;
        }
        Field[] columns = new Field[cells.size()];
        int known = 0;
        for (int c = 0; c < cells.size(); c++) {
            String name = fold(cells.get(c).replaceAll("[^\\p{L}\\p{N}]+", " "));
            Field field = HEADERS.entrySet().stream()
                    .filter(e -> name.equals(e.getKey()) || name.startsWith(e.getKey() + " "))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (field != null && !has(columns, field)) { // a second column of the same field is ignored
                columns[c] = field;
                known++;
            }
        }
        return known >= 2 ? columns : null;
    }

    /** The first and last of a list such as "3-6", "9+10", "5,6" or "ii+iii", each within 1..max; else null. */
    private static int[] span(String list, int max) {
        String[] items = list.split("[-+,]");
        int[] span = new int[] {number(items[0]), number(items[items.length - 1])};
        for (String item : items) {
            int n = number(item);
            if (n < 1 || n > max) {
                return null;
            }
        }
        return span;
    }

    private static int number(String item) {
        return item.matches("\\d+") ? Integer.parseInt(item) : ROMAN.indexOf(item) + 1;
    }

    private static Period months(int year, int first, int last, String label) {
        if (last < first) {
            return null;
        }
        return new Period(YearMonth.of(year, first).atDay(1), YearMonth.of(year, last).atEndOfMonth(), label);
    }

    private static LocalDate date(String day, String month, String year, int campaignYear) {
        try {
            return LocalDate.of(year == null ? campaignYear : Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A line's cells, tidied, without the empty cells a table leaves at the end of a row. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : Normalizer.normalize(line, Normalizer.Form.NFC).split("\t", -1)) {
            cells.add(tidy(cell));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** One space between words; Word pastes no-break spaces, which strip() alone would keep. */
    private static String tidy(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+", " ").strip();
    }

    /** Lower case without diacritics, so "QUÝ II", "Quy ii" and an NFD "Quý II" read alike. */
    private static String fold(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return tidy(bare.toLowerCase(Locale.ROOT));
    }

    /** The non-empty cells of a line, to quote it in a message. */
    private static String typed(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).collect(Collectors.joining(" | "));
    }

    private static boolean has(Field[] columns, Field field) {
        return Arrays.asList(columns).contains(field);
    }

    /** What was typed, in « », cut short so one long cell does not hide the message. */
    private static String quote(String typed) {
        return "«" + (typed.length() > 80 ? typed.substring(0, 79) + "…" : typed) + "»";
    }
}
