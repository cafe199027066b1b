package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.contests.entity.Contest;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestDefinitionTest {

    @Test
    void readsEveryPartOfADefinition() {
        Contest c = ContestDefinition.read(ContestSamples.definition());
        assertEquals("ngoi-nha-mo-uoc-2027", c.getSlug());
        assertEquals(2, c.getCategories().size());
        assertEquals(10, c.getCategories().get(0).getMaxAge());
        // Vietnam is UTC+7: 08:00 on 1 March is 01:00 UTC
        assertEquals(Instant.parse("2027-03-01T01:00:00Z"), c.getTimeline().getEntriesOpen());
        assertEquals(Instant.parse("2027-06-25T13:00:30Z"), c.getTimeline().getVotingClose(), "seconds are kept");
        assertEquals(2, c.getRubric().getCriteria().size());
        assertEquals(60, c.getRubric().getCriteria().get(0).getWeight());
        assertTrue(c.getVoting().isDaily());
        assertEquals(30, c.getVoting().getPublicWeight());
        assertTrue(c.getFields().get(0).isRequired());
        assertTrue(c.getRules().contains("cha mẹ đồng ý"));
        assertTrue(c.getDescription().contains("ngôi nhà em mơ ước"));
    }

    @Test
    void theSampleEditionsRead() throws Exception {
        Contest open = ContestDefinition.read(java.nio.file.Files.readString(java.nio.file.Path.of("content/contests/ngoi-nha-mo-uoc-2027.md")));
        assertEquals("ngoi-nha-mo-uoc-2027", open.getSlug());
        assertTrue(open.getResults().isEmpty());
        Contest done = ContestDefinition.read(java.nio.file.Files.readString(java.nio.file.Path.of("content/contests/truong-hoc-hanh-phuc-2026.md")));
        assertEquals(9, done.getResults().size());
        // each winner's score is 60 % jury + 40 % of 100 × votes ÷ the most votes in the category
        for (var w : done.getResults()) {
            long most = done.getResults().stream().filter(o -> o.getCategory().equals(w.getCategory()))
                    .mapToLong(o -> o.getVotes()).max().orElseThrow();
            assertEquals(0.6 * w.getJury() + 0.4 * 100.0 * w.getVotes() / most, w.getScore(), 0.051, w.getTitle());
        }
    }

    @Test
    void aPictureIsALibraryImageWithItsDescription() throws Exception {
        Contest open = ContestDefinition.read(java.nio.file.Files.readString(java.nio.file.Path.of("content/contests/ngoi-nha-mo-uoc-2027.md")));
        assertEquals("/media/ngoi-nha-mo-uoc.jpg", open.getImage());
        assertTrue(open.getImageAlt().startsWith("Tranh minh họa"));
        String elsewhere = ContestSamples.definition().replace("ages: [6, 15]", "ages: [6, 15]\nimage: \"https://tracker.example/a.jpg\"\nimageAlt: \"Ảnh\"");
        assertTrue(assertThrows(ContestRefusal.class, () -> ContestDefinition.read(elsewhere)).getMessage().contains("«image»"));
        String undescribed = ContestSamples.definition().replace("ages: [6, 15]", "ages: [6, 15]\nimage: \"/media/nha.jpg\"");
        assertTrue(assertThrows(ContestRefusal.class, () -> ContestDefinition.read(undescribed)).getMessage().contains("«imageAlt»"));
    }

    @Test
    void emptyValuesAreNamedNotAServerError() {
        // "~" is YAML's null: a set's contains(null) throws, which answered 500
        String empty = ContestSamples.definition().replace("types: [image]", "types: [image, ~]");
        ContestRefusal e = assertThrows(ContestRefusal.class, () -> ContestDefinition.read(empty));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("Loại tệp chỉ là image hoặc pdf"), e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = ContestSamples.definition()
                .replace("ages: [6, 15]", "ages: [15, 6]")
                .replace("\"2027-05-31 23:59\"", "\"31/05/2027\"")
                .replace("juryWeight: 70", "juryWeight: 80")
                .replace("key: \"title\"", "key: \"ten\"");
        ContestRefusal e = assertThrows(ContestRefusal.class, () -> ContestDefinition.read(broken));
        assertEquals(400, e.status());
        for (String says : new String[] {"«ages»", "timeline.entriesClose", "cộng lại bằng 100", "«title»"}) {
            assertTrue(e.getMessage().contains(says), says + " in " + e.getMessage());
        }
    }

    @Test
    void refusesDatesOutOfOrderAndMissingFrontMatter() {
        String late = ContestSamples.definition("2027-03-01 08:00", "2027-02-01 08:00", "2027-06-15 17:00",
                "2027-06-16 08:00", "2027-06-25 20:00", "2027-06-30 09:00");
        assertTrue(assertThrows(ContestRefusal.class, () -> ContestDefinition.read(late)).getMessage().contains("theo thứ tự"));
        assertTrue(assertThrows(ContestRefusal.class, () -> ContestDefinition.read("chỉ có chữ")).getMessage().contains("YAML"));
        assertTrue(assertThrows(ContestRefusal.class, () -> ContestDefinition.read(" ")).getMessage().contains("trống"));
    }

    @Test
    void theNextEditionIsAYearLaterAndReadsBack() {
        Contest last = ContestDefinition.read(ContestSamples.definition());
        Contest next = ContestDefinition.read(ContestClone.nextEdition(last));
        assertEquals("2028", next.getEdition());
        assertEquals("ngoi-nha-mo-uoc-2028", next.getSlug());
        assertEquals(Instant.parse("2028-03-01T01:00:00Z"), next.getTimeline().getEntriesOpen());
        assertEquals(last.getRules().strip(), next.getRules().strip());
        assertEquals(last.getCategories().size(), next.getCategories().size());
        assertEquals("Mới, riêng", next.getRubric().getCriteria().get(0).getDescription());
        assertTrue(next.getResults().isEmpty());
    }
}
