package vn.quyentreem.portal.campaigns.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.content.FrontMatterFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample campaigns in content/campaigns import whole, and a broken file says why. */
class CampaignFileTest {

    private static final Path CONTENT = Path.of(System.getProperty("user.dir"), "content");

    @Test
    void everySampleCampaignReads() throws Exception {
        List<CampaignDraft> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.list(CONTENT.resolve("campaigns"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).sorted().toList()) {
                drafts.add(CampaignFile.toDraft(FrontMatterFile.parse(Files.readString(file, StandardCharsets.UTF_8))));
            }
        }
        assertTrue(drafts.stream().anyMatch(d -> d.year() == 2026 && d.name().startsWith("Tháng hành động")),
                "this year's Action Month");
        assertTrue(drafts.stream().anyMatch(d -> d.year() == 2025 && d.name().startsWith("Tháng hành động")),
                "last year's Action Month");
        for (CampaignDraft d : drafts) {
            assertFalse(d.messages().isEmpty(), d.name());
            assertFalse(d.activities().isEmpty(), d.name());
            assertTrue(d.hotlines().contains("111"), d.name());
            d.activities().forEach(a -> assertTrue(a.getStartsOn() != null && a.getEndsOn() != null, a.getActivity()));
            for (String slug : d.articleSlugs()) {
                assertTrue(Files.exists(CONTENT.resolve("articles").resolve(slug + ".md")), d.name() + ": " + slug);
            }
        }
    }

    @Test
    void aBrokenFileSaysWhy() {
        String noTheme = "---\nname: \"Chiến dịch thử\"\nyear: 2026\nstartsOn: \"2026-06-01\"\nendsOn: \"2026-06-30\"\n---\nNội dung\n";
        assertEquals("Hãy ghi chủ đề của chiến dịch", assertThrows(FrontMatterFile.Malformed.class,
                () -> CampaignFile.toDraft(FrontMatterFile.parse(noTheme))).getMessage());
        String badStatus = "---\nname: \"A\"\nyear: 2026\ntheme: \"B\"\nstartsOn: 2026-06-01\nendsOn: 2026-06-30\n"
                + "activities:\n  - activity: \"Hội thảo\"\n    time: \"Quý 2\"\n    status: \"Sắp xong\"\n---\n";
        assertTrue(assertThrows(FrontMatterFile.Malformed.class,
                () -> CampaignFile.toDraft(FrontMatterFile.parse(badStatus))).getMessage().contains("Sắp xong"));
    }

    @Test
    void unquotedDatesAreReadToo() throws IOException, FrontMatterFile.Malformed {
        String text = "---\nname: \"A\"\nyear: 2026\ntheme: \"B\"\nstartsOn: 2026-06-01\nendsOn: 30/06/2026\n---\n";
        CampaignDraft d = CampaignFile.toDraft(FrontMatterFile.parse(text));
        assertEquals("2026-06-01", d.startsOn().toString());
        assertEquals("2026-06-30", d.endsOn().toString());
    }
}
