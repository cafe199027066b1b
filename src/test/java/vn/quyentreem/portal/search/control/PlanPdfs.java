package vn.quyentreem.portal.search.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the two plan PDFs of {@link NearMissCorpus} from their text: run by hand when the texts change, with a
 * TrueType font that has the Vietnamese letters (the files are committed, so the tests need no font). After
 * {@code mvn test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath)
 * vn.quyentreem.portal.search.control.PlanPdfs /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}. The communication plan becomes a 50-page document: its text in
 * two halves with a long appendix of communes between and after, as such plans are, so that a phrase of the second
 * half lies on page 30 or later.
 */
public final class PlanPdfs {

    private static final int LINES_PER_PAGE = 48;
    private static final int CHARS_PER_LINE = 95;

    private PlanPdfs() {
    }

    public static void main(String[] args) throws IOException {
        Path font = Path.of(args[0]);
        List<String> plan = Files.readAllLines(NearMissCorpus.PLANS.resolve("ke-hoach-truyen-thong-2025.txt"));
        int half = plan.size() / 2;
        List<String> lines = new ArrayList<>(wrap(plan.subList(0, half)));
        lines.addAll(appendix("Phụ lục 1. Địa bàn triển khai", 28 * LINES_PER_PAGE, 1));
        lines.addAll(wrap(plan.subList(half, plan.size())));
        lines.addAll(appendix("Phụ lục 2. Kinh phí theo địa bàn", 50 * LINES_PER_PAGE - lines.size(), 2));
        write(font, lines, NearMissCorpus.PLANS.resolve("ke-hoach-truyen-thong-2025.pdf"));
        write(font, wrap(Files.readAllLines(NearMissCorpus.PLANS.resolve("thang-hanh-dong-phuong-nguyen-trai-2024.txt"))),
                NearMissCorpus.PLANS.resolve("thang-hanh-dong-phuong-nguyen-trai-2024.pdf"));
    }

    /** Rows of communes and figures, words of their own that none of the queries uses. */
    private static List<String> appendix(String heading, int count, long seed) {
        String[] names = {"Nà Lạn", "Khuổi Pá", "Tân Sơn", "Lũng Cú", "Nậm Mạ", "Phiêng Luông", "Bản Khoang", "Pác Ngòi"};
        Random random = new Random(seed);
        List<String> rows = new ArrayList<>(List.of(heading));
        while (rows.size() < count) {
            rows.add("Thôn " + names[random.nextInt(names.length)] + ", xã " + names[random.nextInt(names.length)] + ": "
                    + (20 + random.nextInt(80)) + " hộ gia đình, " + (5 + random.nextInt(60)) + " cháu dưới 16 tuổi, kinh phí "
                    + (3 + random.nextInt(40)) + " triệu đồng.");
        }
        return rows;
    }

    private static List<String> wrap(List<String> text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text) {
            String rest = paragraph.replace('\t', ' ').replace("**", "").strip();
            while (rest.length() > CHARS_PER_LINE) {
                int cut = rest.lastIndexOf(' ', CHARS_PER_LINE);
                cut = cut <= 0 ? CHARS_PER_LINE : cut;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).strip();
            }
            lines.add(rest);
        }
        return lines;
    }

    private static void write(Path font, List<String> lines, Path target) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font type = PDType0Font.load(pdf, font.toFile());
            for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                    text.beginText();
                    text.setFont(type, 10);
                    text.setLeading(15);
                    text.newLineAtOffset(50, 790);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
                        text.showText(line);
                        text.newLine();
                    }
                    text.endText();
                }
            }
            pdf.save(target.toFile());
        }
    }
}
