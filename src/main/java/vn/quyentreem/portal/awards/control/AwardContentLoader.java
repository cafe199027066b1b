package vn.quyentreem.portal.awards.control;

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

/** Loads the sample award programmes in content/awards/*.md on start, once per file; what editors change stays. */
@ApplicationScoped
public class AwardContentLoader {

    @Inject
    ContentDirectory contentDirectory;

    @Inject
    ContentImports imports;

    @Inject
    AwardSetup setup;

    void onStart(@Observes @Priority(18) Startup startup) {
        ContentDirectory.importEach(contentDirectory.root().resolve("awards"), "award programme", this::importFile);
    }

    private boolean importFile(Path file) throws IOException, FrontMatterFile.Malformed {
        String key = "award:" + file.getFileName().toString().replaceFirst("\\.md$", "");
        if (imports.findById(key).isPresent()) {
            return false;
        }
        try {
            setup.importSample(Files.readString(file, StandardCharsets.UTF_8));
        } catch (AwardRefusal e) {
            throw new FrontMatterFile.Malformed(e.getMessage());
        }
        imports.save(new ContentImport(key, file.getFileName().toString(), Instant.now()));
        return true;
    }
}
