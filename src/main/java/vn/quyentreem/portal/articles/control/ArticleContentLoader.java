package vn.quyentreem.portal.articles.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.ArticleChanged;
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.content.ContentDirectory;
import vn.quyentreem.portal.content.ContentImport;
import vn.quyentreem.portal.content.ContentImports;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.media.control.MediaFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Loads content/articles/*.md on start. Each slug is imported once: a later start never re-imports it,
 * so what editors changed (or deleted) in the portal stays as they left it.
 */
@ApplicationScoped
public class ArticleContentLoader {

    private static final Logger LOG = Logger.getLogger(ArticleContentLoader.class.getName());

    @Inject
    ContentDirectory contentDirectory;

    @Inject
    Articles articles;

    @Inject
    ContentImports imports;

    @Inject
    MediaFiles media;

    @Inject
    Event<ArticleChanged> changes;

    void onStart(@Observes @Priority(10) Startup startup) {
        load(contentDirectory.root());
    }

    /** Imports what is new under root; returns how many articles were added. */
    public int load(Path root) {
        Path dir = root.resolve("articles");
        if (!Files.isDirectory(dir)) {
            LOG.warning("No sample content: " + dir + " does not exist");
            return 0;
        }
        List<Path> files = ContentDirectory.files(dir, name -> name.endsWith(".md"));
        int added = 0;
        for (Path file : files) {
            if (importFile(root, file)) {
                added++;
            }
        }
        LOG.info("Content: " + added + " new article(s) imported from " + dir + " (" + files.size() + " file(s))");
        return added;
    }

    private boolean importFile(Path root, Path file) {
        FrontMatterFile source;
        Article article;
        try {
            source = FrontMatterFile.parse(Files.readString(file, StandardCharsets.UTF_8));
            article = ArticleFile.toArticle(source, Instant.now());
        } catch (FrontMatterFile.Malformed e) {
            LOG.warning("Skipped content file " + file + ": " + e.getMessage());
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.warning("Skipped content file " + file + ": cannot read it (" + e + ")");
            return false;
        }
        if (imports.findById(article.getSlug()).isPresent()) {
            return false;
        }
        if (articles.existsBySlug(article.getSlug())) {
            // the portal already has this slug of its own: it wins, and the file is remembered as seen
            imports.save(new ContentImport(article.getSlug(), file.getFileName().toString(), Instant.now()));
            return false;
        }
        attachCover(root, file, source, article);
        article.setId(UUID.randomUUID().toString());
        articles.insert(article);
        imports.save(new ContentImport(article.getSlug(), file.getFileName().toString(), Instant.now()));
        changes.fire(new ArticleChanged(article.getId(), article.getSlug(),
                article.isPublished() ? ArticleChanged.Kind.PUBLISHED : ArticleChanged.Kind.SAVED));
        return true;
    }

    /** A cover is used only with its alt text: an image readers cannot have described is left out. */
    private void attachCover(Path root, Path file, FrontMatterFile source, Article article) {
        String cover = source.text("cover");
        if (cover == null || article.getCoverAlt() == null || article.getCoverAlt().isBlank()) {
            return;
        }
        try {
            Path image = root.resolve("media").resolve(Path.of(cover).getFileName().toString());
            article.setCoverImage(media.importImage(image));
        } catch (IOException | RuntimeException e) {
            LOG.warning("Content file " + file + ": cover image " + cover + " not used (" + e.getMessage() + ")");
        }
    }
}
