package vn.quyentreem.portal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

    @Inject
    ContentImports imports;

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

    /** Takes one content file into the store; true when it added something. */
    @FunctionalInterface
    public interface FileImport {
        boolean importFile(Path file) throws IOException, FrontMatterFile.Malformed;
    }

    /**
     * Imports each Markdown file of the folder. A broken file is skipped with a log line naming it and the reason,
     * so one mistake never keeps the rest out. Returns how many files added something.
     */
    public static int importEach(Path dir, String what, FileImport importer) {
        Logger log = Logger.getLogger(ContentDirectory.class.getName());
        int added = 0;
        for (Path file : files(dir, name -> name.endsWith(".md"))) {
            try {
                added += importer.importFile(file) ? 1 : 0;
            } catch (FrontMatterFile.Malformed | IOException | RuntimeException e) {
                log.warning("Skipped " + what + " file " + file + ": " + e.getMessage());
            }
        }
        log.info("Content: " + added + " new " + what + "(s) imported from " + dir);
        return added;
    }

    /**
     * Imports each new Markdown file of a folder below the content root once. Its import is recorded under
     * "{kind}:{file name}", so a later start never imports it again and what editors changed or deleted in the portal
     * stays as they left it. The importer says whether the file added something; a file it refuses (it throws) is
     * skipped with a log line and tried again at the next start.
     */
    public int importOnce(String folder, String kind, String what, FileImport importer) {
        return importEach(root().resolve(folder), what, file -> {
            String key = kind + ":" + file.getFileName().toString().replaceFirst("\\.md$", "");
            if (imports.findById(key).isPresent()) {
                return false;
            }
            boolean added = importer.importFile(file);
            imports.save(new ContentImport(key, file.getFileName().toString(), Instant.now()));
            return added;
        });
    }

    public Path root() {
        return contentDir.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(projectDir.orElse(System.getProperty("user.dir")), "content"));
    }
}
