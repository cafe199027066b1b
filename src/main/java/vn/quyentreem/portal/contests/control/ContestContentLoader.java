package vn.quyentreem.portal.contests.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.content.ContentDirectory;
import vn.quyentreem.portal.content.ContentImport;
import vn.quyentreem.portal.content.ContentImports;
import vn.quyentreem.portal.content.FrontMatterFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Loads the sample contests in content/contests/*.md on start, once per file; what editors change stays. */
@ApplicationScoped
public class ContestContentLoader {

    @Inject
    ContentDirectory contentDirectory;

    @Inject
    ContentImports imports;

    @Inject
    ContestSetup setup;

    void onStart(@Observes @Priority(18) Startup startup) {
        ContentDirectory.importEach(contentDirectory.root().resolve("contests"), "contest", this::importFile);
    }

    private boolean importFile(Path file) throws IOException, FrontMatterFile.Malformed {
        String key = "contest:" + file.getFileName().toString().replaceFirst("\\.md$", "");
        if (imports.findById(key).isPresent()) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String status = FrontMatterFile.parse(text).text("status");
        try {
            setup.importSample(text, status);
        } catch (ContestRefusal e) {
            throw new FrontMatterFile.Malformed(e.getMessage());
        }
        imports.save(new ContentImport(key, file.getFileName().toString(), Instant.now()));
        return true;
    }
}
