package vn.quyentreem.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Stream;
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

    /**
     * The files of one content folder whose names pass the filter, in name order; none when the folder is missing
     * or cannot be read (logged). A folder's README.md describes the format and is never content.
     */
    public static List<Path> files(Path dir, Predicate<String> names) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !p.getFileName().toString().equals("README.md"))
                    .filter(p -> names.test(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            Logger.getLogger(ContentDirectory.class.getName()).warning("Cannot list " + dir + ": " + e);
            return List.of();
        }
    }

    public Path root() {
        return contentDir.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(projectDir.orElse(System.getProperty("user.dir")), "content"));
    }
}
