package vn.quyentreem.portal.contests.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.media.control.MediaFiles;
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

    @Inject
    MediaFiles media;

    void onStart(@Observes @Priority(18) Startup startup) {
        ContentDirectory.importEach(contentDirectory.root().resolve("contests"), "contest", this::importFile);
    }

    private boolean importFile(Path file) throws IOException, FrontMatterFile.Malformed {
        String key = "contest:" + file.getFileName().toString().replaceFirst("\\.md$", "");
        if (imports.findById(key).isPresent()) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        FrontMatterFile front = FrontMatterFile.parse(text);
        importImage(front.text("image"));
        String status = front.text("status");
        try {
            setup.importSample(text, status);
        } catch (ContestRefusal e) {
            throw new FrontMatterFile.Malformed(e.getMessage());
        }
        imports.save(new ContentImport(key, file.getFileName().toString(), Instant.now()));
        return true;
    }

    /**
     * A sample's picture ("/media/ngoi-nha-mo-uoc.jpg") comes with it in content/media: put in the library first, so
     * that the definition reads as one written on the desk.
     */
    private void importImage(String image) throws IOException {
        if (image != null && image.startsWith(MediaFiles.URL_PREFIX)) {
            String name = image.substring(MediaFiles.URL_PREFIX.length());
            Path source = contentDirectory.root().resolve("media").resolve(Path.of(name).getFileName().toString());
            if (media.find(name).isEmpty() && Files.isRegularFile(source)) {
                media.importImage(source);
            }
        }
    }
}
