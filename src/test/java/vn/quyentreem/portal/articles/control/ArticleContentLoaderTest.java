package vn.quyentreem.portal.articles.control;

import jakarta.enterprise.event.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.ArticleChanged;
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.content.ContentImport;
import vn.quyentreem.portal.content.ContentImports;
import vn.quyentreem.portal.media.control.MediaFiles;
import vn.quyentreem.portal.store.DataDirectory;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleContentLoaderTest {

    @TempDir
    Path content;
    @TempDir
    Path data;

    private final InMemoryRepository<Article> articles = new InMemoryRepository<>(Article::getId);
    private final InMemoryRepository<ContentImport> imports = new InMemoryRepository<>(ContentImport::getSlug);
    private final List<ArticleChanged> events = new ArrayList<>();
    private ArticleContentLoader loader;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() throws IOException {
        Files.createDirectories(content.resolve("articles"));
        Files.createDirectories(content.resolve("media"));
        loader = new ArticleContentLoader();
        loader.articles = articles.as(Articles.class);
        loader.imports = imports.as(ContentImports.class);
        loader.media = new MediaFiles(DataDirectory.at(data));
        loader.changes = (Event<ArticleChanged>) Proxy.newProxyInstance(Event.class.getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fire")) {
                        events.add((ArticleChanged) args[0]);
                    }
                    return null;
                });
    }

    @Test
    void importsEachSlugOnceAndNeverOverwritesEdits() throws IOException {
        write("mot.md", article("Bài thứ nhất", "ket-qua-hoat-dong"));
        write("hai.md", article("Bài thứ hai", "luat-chinh-sach"));
        assertEquals(2, loader.load(content));
        assertEquals(2, events.size(), "each import is announced to the derived views");

        Article edited = articles.as(Articles.class).findBySlug("bai-thu-nhat").orElseThrow();
        edited.setTitle("Tiêu đề do biên tập viên sửa");
        articles.rows.remove(articles.as(Articles.class).findBySlug("bai-thu-hai").orElseThrow().getId());

        assertEquals(0, loader.load(content), "a second start imports nothing again");
        assertEquals("Tiêu đề do biên tập viên sửa",
                articles.as(Articles.class).findBySlug("bai-thu-nhat").orElseThrow().getTitle());
        assertTrue(articles.as(Articles.class).findBySlug("bai-thu-hai").isEmpty(), "a deleted article stays deleted");
    }

    @Test
    void aSlugThePortalAlreadyHasIsLeftAlone() throws IOException {
        Article own = new Article();
        own.setId("own");
        own.setSlug("bai-thu-nhat");
        own.setTitle("Bài của cổng");
        articles.rows.put("own", own);
        write("mot.md", article("Bài thứ nhất", "ket-qua-hoat-dong"));
        assertEquals(0, loader.load(content));
        assertEquals("Bài của cổng", articles.rows.get("own").getTitle());
        assertEquals(1, articles.rows.size());
    }

    @Test
    void brokenFilesAreSkippedAndTheRestLoads() throws IOException {
        write("a-hong.md", "---\ntitle: \"không đóng\nsection: [\n---\nthân bài\n");
        write("b-thieu-chuyen-muc.md", "---\ntitle: Không có chuyên mục\n---\nthân bài\n");
        write("c-khong-co-phan-dau.md", "Chỉ có thân bài\n");
        write("d-tot.md", article("Bài tốt", "tinh-hinh-tre-em"));
        write("ghi-chu.txt", "không phải Markdown");
        assertEquals(1, loader.load(content));
        assertEquals("bai-tot", articles.rows.values().iterator().next().getSlug());
    }

    @Test
    void coversAreReEncodedIntoTheDataDirectory() throws IOException {
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", content.resolve("media/anh-bia.png").toFile());
        write("mot.md", article("Bài có ảnh", "ket-qua-hoat-dong")
                .replace("section:", "cover: anh-bia.png\ncoverAlt: \"Trẻ em vui chơi\"\nsection:"));
        loader.load(content);
        Article article = articles.rows.values().iterator().next();
        assertEquals("/media/anh-bia.jpg", article.getCoverImage());
        BufferedImage stored = ImageIO.read(data.resolve("media/anh-bia.jpg").toFile());
        assertNotNull(stored);
        assertEquals(40, stored.getWidth());
    }

    @Test
    void aMissingContentFolderLoadsNothing() {
        assertEquals(0, loader.load(content.resolve("khong-co")));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(content.resolve("articles").resolve(name), text);
    }

    private static String article(String title, String section) {
        return "---\ntitle: \"" + title + "\"\nsection: " + section + "\ntags: [\"Thẻ A\"]\n"
                + "publishedAt: \"2025-05-28T08:30:00+07:00\"\n---\nNội dung **bài**.\n";
    }
}
