package vn.quyentreem.portal.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sample content is imported once per file, whatever the feature; a refused file is tried again next start. */
class ContentDirectoryTest {

    private final InMemoryRepository<ContentImport> rows = new InMemoryRepository<>(ContentImport::getSlug);
    private final ContentDirectory directory = new ContentDirectory();
    private final List<String> seen = new ArrayList<>();

    @TempDir
    Path root;

    @BeforeEach
    void wire() throws Exception {
        directory.contentDir = Optional.of(root.toString());
        directory.projectDir = Optional.empty();
        directory.imports = rows.as(ContentImports.class);
        Files.createDirectories(root.resolve("awards"));
        Files.writeString(root.resolve("awards/giai-a.md"), "---\nname: A\n---\n");
        Files.writeString(root.resolve("awards/giai-b.md"), "---\nname: B\n---\n");
        Files.writeString(root.resolve("awards/README.md"), "the format");
        Files.writeString(root.resolve("awards/ghi-chu.txt"), "not content");
    }

    @Test
    void eachFileIsImportedOnceAndARefusedOneAgainAtTheNextStart() {
        int added = directory.importOnce("awards", "award", "award programme", file -> {
            seen.add(file.getFileName().toString());
            if (file.getFileName().toString().equals("giai-b.md")) {
                throw new IllegalArgumentException("thiếu hạng mục");
            }
            return true;
        });
        assertEquals(1, added);
        assertEquals(List.of("giai-a.md", "giai-b.md"), seen, "in name order; no README, only Markdown");
        assertEquals(List.of("award:giai-a"), rows.rows.keySet().stream().toList(), "the refused file is not recorded");

        seen.clear();
        assertEquals(1, directory.importOnce("awards", "award", "award programme", file -> {
            seen.add(file.getFileName().toString());
            return true;
        }));
        assertEquals(List.of("giai-b.md"), seen, "a later start never imports a file again, and retries a refused one");
        assertEquals(0, directory.importOnce("awards", "award", "award programme", file -> true));
        assertEquals(0, directory.importOnce("khong-co", "award", "award programme", file -> true), "no folder, nothing");
    }
}
