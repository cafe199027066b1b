package vn.quyentreem.portal.markdown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonmark.node.Image;
import vn.quyentreem.portal.media.control.MediaFiles;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.List;

/**
 * The only place that turns Markdown into HTML. Authors' raw HTML is escaped, never passed through,
 * and links or images may only use http, https or mailto (or be relative), so no Markdown can run script.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), AutolinkExtension.create(), HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        this(null);
    }

    /**
     * With the media files, a body image from the library gets its smaller renditions (srcset), so a phone loads
     * the 480-pixel copy, and loads it only when it is scrolled to.
     */
    @Inject
    public MarkdownRenderer(MediaFiles media) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")));
        if (media != null) {
            builder.attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Image image && image.getDestination().startsWith(MediaFiles.URL_PREFIX)) {
                    String srcset = media.srcset(image.getDestination(), MediaFiles.MAX_WIDTH);
                    if (srcset != null && srcset.contains(",")) {
                        attributes.put("srcset", srcset);
                        attributes.put("sizes", "(min-width: 48rem) 46rem, 100vw");
                    }
                    attributes.put("loading", "lazy");
                    attributes.put("decoding", "async");
                }
            });
        }
        renderer = builder.build();
    }

    private static final Parser PLAIN_PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /** The words of a Markdown text without its markup, for search and snippets. */
    public static String plainText(String markdown) {
        return markdown == null ? "" : PLAIN.render(PLAIN_PARSER.parse(markdown));
    }

    public String toHtml(String markdown) {
        return markdown == null ? "" : renderer.render(parser.parse(markdown));
    }
}
