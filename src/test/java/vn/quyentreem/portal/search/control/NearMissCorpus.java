package vn.quyentreem.portal.search.control;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.campaigns.control.CampaignFile;
import vn.quyentreem.portal.campaigns.control.CampaignWorkflow;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.articles.control.ArticleFile;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.library.control.TextExtraction;
import vn.quyentreem.portal.library.entity.LibraryDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the near-miss relevance test searches: the sample articles, campaigns and training documents, three of the
 * association's own plans as long training documents (a 50-page PDF, a PDF, a DOCX written in decomposed Unicode),
 * and, for every query, short notes made to be mistaken for the right answer: the same syllables in other tones
 * side by side, the exact syllables scattered through filler, and both again in NFD.
 */
final class NearMissCorpus {

    static final Path PLANS = Path.of("src/test/resources/search/plans");
    /** The five Vietnamese tone marks, as combining characters. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final List<String> FILLER = List.of("hôm", "qua", "chúng", "tôi", "ghé", "thăm", "buổi", "sáng",
            "ngoài", "sân", "nhiều", "bạn", "nhỏ", "chơi", "vui", "chiều", "trời", "xanh", "cô", "giáo", "kể",
            "chuyện", "bên", "cửa", "lớp", "mọi", "người", "cùng", "ngồi", "nghe", "tiếng", "chim", "hót");

    private NearMissCorpus() {
    }

    /** Every sample item of the project, as the portal indexes it. */
    static List<SearchDocument> sampleContent() throws Exception {
        List<SearchDocument> items = new ArrayList<>();
        for (Path file : files("content/articles", ".md")) {
            Article a = ArticleFile.toArticle(FrontMatterFile.parse(Files.readString(file)), Instant.parse("2025-06-01T00:00:00Z"));
            a.setId(a.getSlug());
            items.add(ArticleSearchDocuments.of(a));
        }
        for (Path file : files("content/campaigns", ".md")) {
            Campaign c = new Campaign();
            CampaignWorkflow.put(CampaignFile.toDraft(FrontMatterFile.parse(Files.readString(file))), c);
            c.setId(base(file));
            c.setSlug(base(file));
            items.add(CampaignSearchDocuments.of(c));
        }
        for (Path file : files("content/library", ".md")) {
            FrontMatterFile md = FrontMatterFile.parse(Files.readString(file));
            items.add(document(base(file), md.text("title"), md.text("summary"), md.text("topic"), md.text("audience"),
                    file.getFileName().toString(), Files.readAllBytes(file)));
        }
        return items;
    }

    /** The three plans: the 50-page PDF and the short PDF as committed, the DOCX written here in NFD. */
    static List<SearchDocument> plans() throws Exception {
        return List.of(
                document("ke-hoach-truyen-thong-2025", "Kế hoạch truyền thông năm 2025",
                        "Kế hoạch truyền thông của Hội, kèm phụ lục địa bàn.", "Truyền thông", "Cán bộ Hội",
                        "ke-hoach-truyen-thong-2025.pdf", Files.readAllBytes(PLANS.resolve("ke-hoach-truyen-thong-2025.pdf"))),
                document("thang-hanh-dong-phuong-nguyen-trai-2024", "Kế hoạch Tháng hành động vì trẻ em phường Nguyễn Trãi",
                        "Kế hoạch của một phường.", "Truyền thông", "Cán bộ Hội", "thang-hanh-dong-phuong-nguyen-trai-2024.pdf",
                        Files.readAllBytes(PLANS.resolve("thang-hanh-dong-phuong-nguyen-trai-2024.pdf"))),
                document("chuong-trinh-hoat-dong-bac-giang-2024", nfd("Chương trình hoạt động năm 2024 của Hội tỉnh Bắc Giang"),
                        nfd("Phụ lục nhiệm vụ của Hội cấp tỉnh."), "Truyền thông", "Cán bộ Hội",
                        "chuong-trinh-hoat-dong-bac-giang-2024.docx",
                        docx(nfd(Files.readString(PLANS.resolve("chuong-trinh-hoat-dong-bac-giang-2024.txt"))))));
    }

    /** The two near misses of one accented query, each also in NFD; ids end in -thanh, -roi and -nfd. */
    static List<SearchDocument> nearMisses(int n, String query) {
        String tones = otherTones(query);
        Set<String> own = Stream.of(query.split(" ")).map(NearMissCorpus::fold).collect(Collectors.toSet());
        List<String> filler = FILLER.stream().filter(w -> !own.contains(fold(w))).toList();
        StringBuilder scattered = new StringBuilder("Ghi chép đi thực tế.");
        int next = n;
        for (String syllable : query.split(" ")) {
            for (int i = 0; i < 12; i++) {
                scattered.append(' ').append(filler.get(next++ % filler.size()));
            }
            scattered.append(' ').append(syllable);
        }
        scattered.append('.');
        String side = "Ghi chép: " + tones + ", " + tones + ". Cả lớp nhắc lại: " + tones + ".";
        List<SearchDocument> notes = new ArrayList<>();
        for (boolean decomposed : new boolean[] {false, true}) {
            String suffix = decomposed ? "-nfd" : "";
            notes.add(note("ghi-chu-" + n + "-thanh" + suffix, "Ghi chú nhanh số " + n, side, decomposed));
            notes.add(note("ghi-chu-" + n + "-roi" + suffix, "Ghi chú rời số " + n, scattered.toString(), decomposed));
        }
        return notes;
    }

    /** The same letters in other tones, syllable by syllable ("mơ ước" → "mớ ưỡc", "đăng" → "dắng"). */
    static String otherTones(String phrase) {
        return Stream.of(phrase.split(" ")).map(NearMissCorpus::otherTone).collect(Collectors.joining(" "));
    }

    private static String otherTone(String syllable) {
        String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder();
        int tone = -1;
        int at = -1;
        for (char c : decomposed.toCharArray()) {
            int t = TONES.indexOf(c);
            if (t >= 0) {
                tone = t;
                at = bare.length();
            } else {
                bare.append(c);
            }
        }
        if (at < 0) {
            at = afterFirstVowel(bare);
        }
        if (at < 0) {
            return syllable; // digits: nothing to change
        }
        bare.insert(at, TONES.charAt((tone + 2) % TONES.length()));
        String changed = Normalizer.normalize(bare.toString(), Normalizer.Form.NFC);
        return changed.startsWith("đ") ? "d" + changed.substring(1) : changed;
    }

    private static int afterFirstVowel(CharSequence bare) {
        for (int i = 0; i < bare.length(); i++) {
            if (VOWELS.indexOf(Normalizer.normalize(String.valueOf(bare.charAt(i)), Normalizer.Form.NFC).charAt(0)) >= 0) {
                int end = i + 1;
                while (end < bare.length() && Character.getType(bare.charAt(end)) == Character.NON_SPACING_MARK) {
                    end++;
                }
                return end;
            }
        }
        return -1;
    }

    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(), Normalizer.Form.NFD).replace("đ", "d").replaceAll("\\p{Mn}", "");
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static SearchDocument note(String id, String title, String text, boolean decomposed) {
        return new SearchDocument(ArticleSearchDocuments.TYPE, id, decomposed ? nfd(title) : title, "",
                List.of(), decomposed ? nfd(text) : text, "tinh-hinh-tre-em", Instant.parse("2025-06-01T00:00:00Z"),
                "/bai-viet/" + id);
    }

    private static SearchDocument document(String id, String title, String summary, String topic, String audience,
                                           String fileName, byte[] content) throws TextExtraction.Refused {
        LibraryDocument d = new LibraryDocument();
        d.setId(id);
        d.setSlug(id);
        d.setTitle(title);
        d.setSummary(summary == null ? "" : summary);
        d.setTopic(topic);
        d.setAudience(audience);
        d.setYear(2025);
        d.setFileName(fileName);
        d.setText(TextExtraction.extract(content, fileName));
        return LibrarySearchDocuments.of(d);
    }

    /** A DOCX with one paragraph per line of the text. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line.replace('\t', ' '));
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The near-miss queries: query, the id of the item it must find first, a note. */
    static List<String[]> queries() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/search/near-misses.tsv"), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
    }

    private static List<Path> files(String dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.filter(f -> f.toString().endsWith(extension) && !f.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    private static String base(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }
}
