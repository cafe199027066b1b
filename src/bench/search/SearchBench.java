// Search benchmark helper (a measurement, not a test): see README.md beside this file.
//
// Run as a single-file program against the project's classes and runtime classpath:
//   java -cp target/classes:<runtime deps> src/bench/search/SearchBench.java <mode> ...
// Modes:
//   index   <dataDir> [count=100000] [seed=20240604]   generate Vietnamese documents, index them with SearchIndex
//                                                      into <dataDir>/index (FSDirectory), commit(0), print docs/s
//   queries <file> [count=200] [seed=7]                write the query set, one query a line (UTF-8)
//   raw     <dataDir> <queriesFile> [passes=10] [warmupPasses=3]
//                                                      time the queries in-process on the same index, 1 thread:
//                                                      "lucene" = IndexSearcher + SearchIndex.rank (the portal's two-pass
//                                                      ranking: score, then newer), stored fields of the top 10;
//                                                      "full"   = SearchIndex.search(q, null, null, null, 1, 10), the
//                                                      exact call the API makes (adds highlighting + facet counts).
//                                                      Takes the index's write lock (SearchIndex opens an IndexWriter):
//                                                      never run it while a portal has the index open.
// Machine-readable lines start with "RESULT " (key=value pairs), for run.sh.

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.quyentreem.portal.search.control.SearchDocument;
import vn.quyentreem.portal.search.control.SearchFields;
import vn.quyentreem.portal.search.control.SearchIndex;
import vn.quyentreem.portal.search.control.SearchQuery;
import vn.quyentreem.portal.search.control.SearchResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

public class SearchBench {

    static final List<String> SECTIONS = List.of("ket-qua-hoat-dong", "luat-chinh-sach", "tinh-hinh-tre-em",
            "vu-viec-bai-hoc", "gop-y-van-ban", "giam-sat-quyen-tre-em", "mo-hinh-dia-phuong");

    /** Topic words and phrases, most frequent first (picked with a skew, so posting lists vary in length). */
    static final String[] TOPIC = (
            "trẻ em|quyền|bảo vệ|gia đình|trường học|học sinh|giáo dục|chăm sóc|xã hội|cộng đồng|"
          + "chính quyền|địa phương|hội|cán bộ|phụ huynh|giáo viên|nhà trường|an toàn|sức khỏe|dinh dưỡng|"
          + "xâm hại|bạo lực|bạo lực học đường|xâm hại tình dục|lao động trẻ em|tảo hôn|đuối nước|tai nạn thương tích|"
          + "trẻ em mồ côi|trẻ em khuyết tật|trẻ em dân tộc thiểu số|trẻ em lang thang|trẻ em vùng cao|trẻ sơ sinh|"
          + "vị thành niên|người chưa thành niên|quyền tham gia|quyền được học tập|quyền được vui chơi|quyền riêng tư|"
          + "ý kiến|tiếng nói|diễn đàn trẻ em|hội đồng trẻ em|câu lạc bộ|kỹ năng sống|kỹ năng sơ cứu|bơi an toàn|"
          + "phòng chống|phòng ngừa|can thiệp|hỗ trợ|tư vấn|tâm lý|trợ giúp pháp lý|tổng đài 111|đường dây nóng|"
          + "chính sách|pháp luật|văn bản|dự thảo|nghị định|thông tư|quyết định|chỉ thị|kế hoạch|chương trình|"
          + "Luật Trẻ em|Luật Giáo dục|Bộ luật Hình sự|Bộ luật Dân sự|Luật Hôn nhân và gia đình|Luật Phòng chống bạo lực gia đình|"
          + "Công ước về quyền trẻ em|Liên Hợp Quốc|UNICEF|Quốc hội|Chính phủ|Bộ Lao động|Bộ Giáo dục và Đào tạo|Bộ Y tế|"
          + "Ủy ban nhân dân|Sở Giáo dục|Công an|Tòa án|Viện kiểm sát|Mặt trận Tổ quốc|Đoàn Thanh niên|Hội Liên hiệp Phụ nữ|"
          + "Tháng hành động vì trẻ em|Tết Trung thu|ngày Quốc tế Thiếu nhi|mùa hè an toàn|chiến dịch|phong trào|"
          + "giám sát|kiểm tra|đánh giá|báo cáo|số liệu|khảo sát|thống kê|kết quả|hoạt động|mô hình|"
          + "kinh nghiệm|bài học|vụ việc|khuyến nghị|kiến nghị|góp ý|đề xuất|sửa đổi|bổ sung|thực hiện|"
          + "tập huấn|hội thảo|tọa đàm|truyền thông|tuyên truyền|nâng cao nhận thức|học bổng|sách vở|quần áo|xe đạp|"
          + "bữa ăn|sữa học đường|bán trú|nội trú|điểm trường|lớp học|thư viện|sân chơi|nhà văn hóa|trạm y tế|"
          + "tiêm chủng|suy dinh dưỡng|thấp còi|béo phì|sức khỏe tâm thần|trầm cảm|mạng xã hội|an toàn trên mạng|internet|điện thoại|"
          + "nghèo|cận nghèo|hộ gia đình|cha mẹ|ông bà|người giám hộ|con nuôi|nhận nuôi|chăm sóc thay thế|cơ sở trợ giúp xã hội|"
          + "tình nguyện viên|nhà hảo tâm|doanh nghiệp|tổ chức phi chính phủ|quỹ bảo trợ trẻ em|ngân sách|nguồn lực|phối hợp|liên ngành|mạng lưới"
    ).split("\\|");

    static final String[] PLACES = (
            "Hà Nội|Thành phố Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế|Hà Giang|Cao Bằng|Lào Cai|Điện Biên|Lai Châu|Sơn La|"
          + "Yên Bái|Tuyên Quang|Lạng Sơn|Quảng Ninh|Bắc Giang|Bắc Ninh|Thái Nguyên|Phú Thọ|Vĩnh Phúc|Hưng Yên|Hải Dương|"
          + "Thái Bình|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Quảng Nam|Quảng Ngãi|Bình Định|"
          + "Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|"
          + "Bình Dương|Đồng Nai|Bà Rịa Vũng Tàu|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|"
          + "Kiên Giang|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau|Mường Tè|Mèo Vạc|Đồng Văn|Sa Pa|Bắc Hà|Tây Bắc|Tây Nguyên|"
          + "đồng bằng sông Cửu Long|miền núi|vùng sâu vùng xa|biên giới|hải đảo|nông thôn|thành thị|xã|huyện|tỉnh|thôn|bản"
    ).split("\\|");

    static final String[] FUNCTION = (
            "của|và|cho|với|trong|tại|về|được|các|những|một|đã|đang|sẽ|không|có|là|để|từ|theo|"
          + "khi|nhằm|nhiều|năm|tháng|người|em|đến|trên|dưới|sau|trước|cùng|mới|đều|vẫn|còn|cần|phải|"
          + "rất|hơn|nhất|này|đó|như|vì|nên|nhưng|hay|hoặc|mọi|mỗi|từng|cũng|chưa|vừa|lại|thêm"
    ).split("\\|");

    static final String[] VERBS = (
            "tổ chức|triển khai|ban hành|thông qua|tiếp nhận|xử lý|phát hiện|ngăn chặn|hướng dẫn|trao tặng|"
          + "khai giảng|tham gia|lắng nghe|chia sẻ|đề nghị|yêu cầu|bảo đảm|tăng cường|mở rộng|nhân rộng|"
          + "duy trì|cải thiện|rà soát|đối thoại|vận động|kêu gọi|ủng hộ|khen thưởng|phát động|ký kết"
    ).split("\\|");

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "index" -> index(Path.of(arg(args, 1, null)), Integer.parseInt(arg(args, 2, "100000")),
                    Long.parseLong(arg(args, 3, "20240604")));
            case "queries" -> queries(Path.of(arg(args, 1, null)), Integer.parseInt(arg(args, 2, "200")),
                    Long.parseLong(arg(args, 3, "7")));
            case "raw" -> raw(Path.of(arg(args, 1, null)), Path.of(arg(args, 2, null)),
                    Integer.parseInt(arg(args, 3, "10")), Integer.parseInt(arg(args, 4, "3")));
            default -> usage();
        }
    }

    static String arg(String[] args, int i, String def) {
        if (i < args.length) {
            return args[i];
        }
        if (def == null) {
            usage();
        }
        return def;
    }

    static void usage() {
        System.err.println("usage: SearchBench index <dataDir> [count] [seed] | queries <file> [count] [seed]"
                + " | raw <dataDir> <queriesFile> [passes] [warmupPasses]");
        System.exit(64);
    }

    // ------------------------------------------------------------------------------------------ generator

    /** Skewed pick: low indexes (the common words) come up far more often than the tail. */
    static String pick(Random r, String[] words) {
        double x = r.nextDouble();
        return words[(int) (words.length * x * x)];
    }

    static String uniform(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    static String word(Random r) {
        int k = r.nextInt(100);
        if (k < 34) {
            return uniform(r, FUNCTION);
        } else if (k < 44) {
            return uniform(r, VERBS);
        } else if (k < 54) {
            return uniform(r, PLACES);
        }
        return pick(r, TOPIC);
    }

    /** Appends words until about `syllables` syllables, in sentences of 8-18 syllables. */
    static String text(Random r, int syllables) {
        StringBuilder sb = new StringBuilder(syllables * 6);
        int total = 0;
        while (total < syllables) {
            int sentence = 8 + r.nextInt(11);
            int n = 0;
            boolean first = true;
            while (n < sentence && total < syllables) {
                String w = word(r);
                if (first) {
                    w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    first = false;
                } else {
                    sb.append(' ');
                }
                sb.append(w);
                int s = syllables(w);
                n += s;
                total += s;
            }
            sb.append(r.nextInt(8) == 0 ? "; " : ". ");
        }
        return sb.toString().strip();
    }

    static int syllables(String w) {
        int n = 1;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    static String title(Random r) {
        int target = 6 + r.nextInt(9); // 6-14 syllables
        StringBuilder sb = new StringBuilder();
        int n = 0;
        // titles lean on topic words and places
        while (n < target) {
            int k = r.nextInt(10);
            String w = k < 5 ? pick(r, TOPIC) : k < 7 ? uniform(r, PLACES) : k < 8 ? uniform(r, VERBS) : uniform(r, FUNCTION);
            if (n + syllables(w) > 14) {
                w = uniform(r, FUNCTION);
            }
            sb.append(n == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
            n += syllables(w);
        }
        return sb.toString();
    }

    static final long FROM = LocalDate.of(2015, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    static final long TO = LocalDate.of(2026, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();

    static SearchDocument document(Random r, int i) {
        String title = title(r);
        String summary = text(r, 25 + r.nextInt(11));
        String body = text(r, 150 + r.nextInt(251));
        List<String> tags = List.of(pick(r, TOPIC), uniform(r, PLACES));
        String section = SECTIONS.get(r.nextInt(SECTIONS.size()));
        long published = FROM + (long) (r.nextDouble() * (TO - FROM));
        String id = "bench-" + i;
        return new SearchDocument("article", id, title, summary, tags, body, section,
                java.time.Instant.ofEpochMilli(published), "/bai-viet/" + id);
    }

    static void index(Path dataDir, int count, long seed) throws IOException {
        Path dir = dataDir.resolve("index");
        if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
            throw new IllegalStateException(dir + " is not empty: give a fresh data directory");
        }
        Files.createDirectories(dir);
        Random r = new Random(seed);

        long t0 = System.nanoTime();
        List<SearchDocument> docs = new ArrayList<>(count);
        long chars = 0;
        for (int i = 0; i < count; i++) {
            SearchDocument d = document(r, i);
            chars += d.title().length() + d.summary().length() + d.body().length();
            docs.add(d);
        }
        long t1 = System.nanoTime();
        try (Directory directory = FSDirectory.open(dir); SearchIndex index = new SearchIndex(directory)) {
            for (SearchDocument d : docs) {
                index.upsert(d);
            }
            index.commit(0);
            long t2 = System.nanoTime();
            int indexed = index.count();
            double gen = (t1 - t0) / 1e9;
            double idx = (t2 - t1) / 1e9;
            System.out.printf(Locale.ROOT, "generated %d documents (%.1f MB of text, %.0f chars/doc) in %.2f s%n",
                    count, chars * 2 / 1e6, (double) chars / count, gen);
            System.out.printf(Locale.ROOT, "indexed %d documents (upsert + commit(0), 1 thread) in %.2f s: %.0f docs/s;"
                    + " generation + indexing %.2f s: %.0f docs/s%n", indexed, idx, count / idx, gen + idx, count / (gen + idx));
            System.out.printf(Locale.ROOT, "RESULT index count=%d gen_s=%.3f index_s=%.3f index_docs_s=%.1f total_docs_s=%.1f"
                    + " index_mb=%.1f%n", indexed, gen, idx, count / idx, count / (gen + idx), size(dir) / 1e6);
        }
    }

    static long size(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    // ------------------------------------------------------------------------------------------ queries

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    static void queries(Path file, int count, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            int want = 1 + r.nextInt(4); // 1-4 syllables
            StringBuilder q = new StringBuilder();
            int n = 0;
            int guard = 0;
            while (n < want && guard++ < 50) {
                int k = r.nextInt(10);
                String w = k < 6 ? pick(r, TOPIC) : k < 8 ? uniform(r, PLACES) : k < 9 ? uniform(r, VERBS) : uniform(r, FUNCTION);
                if (n + syllables(w) > want) {
                    continue;
                }
                q.append(n == 0 ? "" : " ").append(w);
                n += syllables(w);
            }
            String text = q.toString().toLowerCase(Locale.ROOT);
            if (out.size() % 2 == 1) {
                text = fold(text); // every other query typed without diacritics
            }
            out.add(text);
        }
        Files.write(file, out, StandardCharsets.UTF_8);
        System.out.println("wrote " + out.size() + " queries to " + file);
    }

    // ------------------------------------------------------------------------------------------ raw harness

    interface Call {
        long run(String q) throws IOException;
    }

    /** Like the portal's managed executor: threads for the slices of one search. */
    static final java.util.concurrent.ExecutorService SLICES = java.util.concurrent.Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "slices");
                t.setDaemon(true);
                return t;
            });

    static void raw(Path dataDir, Path queriesFile, int passes, int warmup) throws IOException {
        List<String> queries = Files.readAllLines(queriesFile, StandardCharsets.UTF_8).stream()
                .filter(s -> !s.isBlank()).toList();
        Path dir = dataDir.resolve("index");

        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = SearchIndex.searcher(reader, SLICES); // sliced as the portal's
            System.out.printf(Locale.ROOT, "index %s: %d documents, %d segments; %d queries, %d warm-up + %d measured passes%n",
                    dir, reader.numDocs(), reader.leaves().size(), queries.size(), warmup, passes);
            measure("lucene", queries, passes, warmup, q -> {
                Query matching = SearchQuery.matching(q);
                if (matching == null) {
                    return 0;
                }
                long sink = 0;
                ScoreDoc[] top = SearchIndex.rank(searcher, q, matching, f -> f, 10);
                if (top.length == 0 && SearchQuery.relaxed(q) != null) { // as the portal does: forgive a stray word
                    top = SearchIndex.rank(searcher, q, SearchQuery.relaxed(q), f -> f, 10);
                }
                for (ScoreDoc sd : top) {
                    Document d = searcher.storedFields().document(sd.doc);
                    sink += d.get(SearchFields.ID).length() + d.get(SearchFields.TITLE).length() + d.get(SearchFields.URL).length()
                            + d.getField(SearchFields.PUBLISHED).numericValue().longValue();
                }
                return sink;
            });
        }
        // the API's own call; SearchIndex takes the write lock, so this runs with no portal on the index
        try (Directory directory = FSDirectory.open(dir); SearchIndex index = new SearchIndex(directory, SLICES)) {
            measure("full", queries, passes, warmup, q -> {
                SearchResult res = index.search(q, null, null, null, 1, 10);
                return res.total() + res.hits().size();
            });
        }
    }

    static void measure(String name, List<String> queries, int passes, int warmup, Call call) throws IOException {
        long sink = 0;
        long zero = 0;
        // at least `warmup` passes, then more until a pass's median stops falling by 3% (the portal settles by the
        // same rule in run.sh), at most 30
        int warmed = 0;
        double previous = Double.MAX_VALUE;
        while (warmed < 30) {
            long[] pass = new long[queries.size()];
            for (int qi = 0; qi < pass.length; qi++) {
                long s = System.nanoTime();
                sink += call.run(queries.get(qi));
                pass[qi] = System.nanoTime() - s;
            }
            warmed++;
            Arrays.sort(pass);
            double median = pct(pass, 50);
            boolean falling = median < 0.97 * previous;
            previous = median;
            if (warmed >= warmup && !falling) {
                break;
            }
        }
        long[] nanos = new long[passes * queries.size()];
        long[][] perQuery = new long[queries.size()][passes];
        int k = 0;
        long t0 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (int qi = 0; qi < queries.size(); qi++) {
                String q = queries.get(qi);
                long s = System.nanoTime();
                long v = call.run(q);
                nanos[k++] = System.nanoTime() - s;
                perQuery[qi][p] = nanos[k - 1];
                sink += v;
                if (p == 0 && v == 0) {
                    zero++;
                }
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-6s 1 thread, %d calls: p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms  mean %.3f ms"
                        + "  (%.0f calls/s; %d queries matched nothing)%n",
                name, nanos.length, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6,
                Arrays.stream(nanos).average().orElse(0) / 1e6, nanos.length / wall, zero);
        System.out.printf(Locale.ROOT, "RESULT raw name=%s calls=%d warmup=%d p50=%.3f p95=%.3f p99=%.3f max=%.3f rps=%.1f sink=%d%n",
                name, nanos.length, warmed, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6,
                nanos.length / wall, sink % 10);
        // the slowest queries (median over the passes), to see what costs
        Integer[] order = new Integer[queries.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            Arrays.sort(perQuery[i]);
        }
        Arrays.sort(order, (a, b) -> Long.compare(perQuery[b][passes / 2], perQuery[a][passes / 2]));
        StringBuilder slow = new StringBuilder();
        for (int i = 0; i < Math.min(5, order.length); i++) {
            slow.append(String.format(Locale.ROOT, "  \"%s\" %.1f ms", queries.get(order[i]), perQuery[order[i]][passes / 2] / 1e6));
        }
        System.out.println(name + " slowest (median):" + slow);
    }

    /** Nearest-rank percentile, in ms. */
    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
