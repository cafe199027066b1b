package vn.quyentreem.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/** Where the sample content lives: PORTAL_CONTENT_DIR, or content/ beside the project's pom. */
@ApplicationScoped
public class ContentDirectory {

    @Inject
    @ConfigProperty(name = "portal.content.dir")
    Optional<String> contentDir;

    @Inject
    @ConfigProperty(name = "portal.project.dir")
    Optional<String> projectDir;

    public Path root() {
        return contentDir.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(projectDir.orElse(System.getProperty("user.dir")), "content"));
    }
}
