package vn.quyentreem.portal.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the portal keeps everything it owns: the store file, the search index and uploaded files.
 * PORTAL_DATA_DIR, or data/ in the directory the portal was launched from — never under target/.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "portal.launch.dir")
    Optional<String> launchDirectory;

    /** A data directory at a fixed place, for tools and tests that run without the container. */
    public static DataDirectory at(Path root) {
        DataDirectory directory = new DataDirectory();
        directory.configured = Optional.of(root.toString());
        directory.launchDirectory = Optional.empty();
        return directory;
    }

    public Path root() {
        Path root = configured.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(launchDirectory.filter(s -> !s.isBlank())
                        .orElse(System.getProperty("user.dir"))).resolve("data"));
        return root.toAbsolutePath().normalize();
    }

    /** A sub-directory of the data directory, created when missing. */
    public Path resolve(String name) {
        Path dir = root().resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        return dir;
    }
}
