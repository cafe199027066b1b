package vn.quyentreem.portal.awards.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.content.ContentDirectory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Loads the sample award programmes in content/awards/*.md on start, once per file; what editors change stays. */
@ApplicationScoped
public class AwardContentLoader {

    @Inject
    ContentDirectory contentDirectory;

    @Inject
    AwardSetup setup;

    // a definition the setup refuses is skipped with its reason in the log, like any broken content file
    void onStart(@Observes @Priority(18) Startup startup) {
        contentDirectory.importOnce("awards", "award", "award programme", file -> {
            setup.importSample(Files.readString(file, StandardCharsets.UTF_8));
            return true;
        });
    }
}
