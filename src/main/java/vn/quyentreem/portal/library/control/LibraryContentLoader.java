package vn.quyentreem.portal.library.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.quyentreem.portal.content.ContentDirectory;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.platform.Slugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads content/library on start: Markdown documents with front matter, and PDF/DOCX/PPTX files with a .yml
 * sidecar. Like articles, each slug is taken in once; a bad file is skipped with a log line naming it.
 */
@ApplicationScoped
public class LibraryContentLoader {

    private static final Logger LOG = Logger.getLogger(LibraryContentLoader.class.getName());

    @Inject
    ContentDirectory contentDirectory;

    @Inject
    Library library;

    void onStart(@Observes @Priority(12) Startup startup) {
        Path dir = contentDirectory.root().resolve("library");
        List<Path> files = ContentDirectory.files(dir, name -> TextExtraction.EXTENSIONS.contains(TextExtraction.extension(name)));
        int added = 0;
        for (Path file : files) {
            added += importFile(file) ? 1 : 0;
        }
        LOG.info("Library: " + added + " new document(s) imported from " + dir);
    }

    private boolean importFile(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] content = Files.readAllBytes(file);
            Map<String, Object> meta;
            if (name.endsWith(".md")) {
                meta = FrontMatterFile.parse(new String(content, StandardCharsets.UTF_8)).meta();
            } else {
                Path sidecar = file.resolveSibling(name.replaceFirst("\\.[^.]+$", ".yml"));
                if (!Files.exists(sidecar)) {
                    LOG.warning("Skipped library file " + file + ": no .yml sidecar with its details");
                    return false;
                }
                meta = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(sidecar));
            }
            DocumentDetails details = new DocumentDetails(text(meta, "title"), text(meta, "summary"), text(meta, "topic"),
                    text(meta, "audience"), text(meta, "year"), text(meta, "source"),
                    Boolean.parseBoolean(text(meta, "membersOnly")));
            if (details.title() == null || library.hasSlug(Slugs.of(details.title()))) {
                return false;
            }
            library.add(content, name, details, false, "nội dung mẫu");
            return true;
        } catch (IOException | FrontMatterFile.Malformed | RuntimeException e) {
            LOG.warning("Skipped library file " + file + ": " + e.getMessage());
            return false;
        }
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta == null ? null : meta.get(key);
        return value == null ? null : value.toString().strip();
    }
}
