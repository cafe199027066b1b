package vn.quyentreem.portal.contests.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.media.control.MediaFiles;
import vn.quyentreem.portal.content.ContentDirectory;
import vn.quyentreem.portal.content.FrontMatterFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the sample contests in content/contests/*.md on start, once per file; what editors change stays. */
@ApplicationScoped
public class ContestContentLoader {

    @Inject
    ContentDirectory contentDirectory;

    @Inject
    ContestSetup setup;

    @Inject
    MediaFiles media;

    void onStart(@Observes @Priority(18) Startup startup) {
        contentDirectory.importOnce("contests", "contest", "contest", this::importFile);
    }

    private boolean importFile(Path file) throws IOException, FrontMatterFile.Malformed {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        FrontMatterFile front = FrontMatterFile.parse(text);
        importImage(front.text("image"));
        String status = front.text("status");
        setup.importSample(text, status); // refused: skipped with its reason in the log, like a broken file
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
