package vn.quyentreem.portal.club.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.content.FrontMatterFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClubContentLoaderTest {

    @Test
    void everySampleMemberIsAValidProfileWithAFictionalAddress() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("content", "club", "members"))) {
            files = list.filter(f -> f.toString().endsWith(".md")).toList();
        }
        assertTrue(files.size() >= 4, "a directory worth looking at");
        for (Path file : files) {
            FrontMatterFile source = FrontMatterFile.parse(Files.readString(file, StandardCharsets.UTF_8));
            @SuppressWarnings("unchecked")
            ProfileInput.Checked checked = new ProfileInput(source.text("fullName"), source.text("outlet"),
                    source.text("position"), source.text("pressCard"), String.join(",", (List<String>) source.meta().get("topics")),
                    source.text("province"), source.text("email"), source.text("phone"), source.body().strip(),
                    (List<String>) source.meta().get("public")).check();
            assertTrue(checked.ok(), file + ": " + checked.problems());
            assertTrue(checked.profile().getEmail().endsWith("@example.org"), file + ": sample people get sample addresses");
            ClubContentLoader.joinedOn(source.meta().get("joinedOn"));
        }
    }

    @Test
    void joiningDaysAreReadQuotedOrNot() {
        assertEquals(LocalDate.of(2026, 3, 15), ClubContentLoader.joinedOn("2026-03-15"));
        assertEquals(LocalDate.of(2026, 3, 15), ClubContentLoader.joinedOn(Date.from(java.time.Instant.parse("2026-03-15T00:00:00Z"))));
    }
}
