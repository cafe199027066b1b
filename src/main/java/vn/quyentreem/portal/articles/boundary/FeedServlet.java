package vn.quyentreem.portal.articles.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.articles.control.PublishedArticles;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.Section;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.SiteSettings;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** /feed.xml: an Atom feed of the newest published articles, with their full HTML. */
@WebServlet("/feed.xml")
public class FeedServlet extends HttpServlet {

    static final int ENTRIES = 30;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    PublishedArticles published;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    SiteSettings site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Article> articles = published.latest(1, ENTRIES).getItems();
        Instant updated = articles.stream().map(a -> a.getUpdatedAt() == null ? a.getPublishedAt() : a.getUpdatedAt())
                .max(Instant::compareTo).orElse(Instant.EPOCH);
        response.setContentType("application/atom+xml;charset=UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "vi");
            text(xml, "title", site.getName());
            text(xml, "subtitle", site.getDescription());
            text(xml, "id", site.url("/"));
            text(xml, "updated", updated.toString());
            link(xml, "self", site.url("/feed.xml"), "application/atom+xml");
            link(xml, "alternate", site.url("/"), "text/html");
            for (Article article : articles) {
                entry(xml, article);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void entry(XMLStreamWriter xml, Article article) throws XMLStreamException {
        String url = site.url(PublicPath.ARTICLE.of(article.getSlug()));
        xml.writeStartElement("entry");
        text(xml, "title", article.getTitle());
        text(xml, "id", url);
        link(xml, "alternate", url, "text/html");
        text(xml, "published", article.getPublishedAt().toString());
        Instant updated = article.getUpdatedAt() == null ? article.getPublishedAt() : article.getUpdatedAt();
        text(xml, "updated", updated.toString());
        xml.writeStartElement("author");
        text(xml, "name", article.getAuthor());
        xml.writeEndElement();
        Section.byCode(article.getSection()).ifPresent(s -> category(xml, s.getTitle()));
        text(xml, "summary", article.getSummary());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(markdown.toHtml(article.getBody()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void category(XMLStreamWriter xml, String term) {
        try {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", term);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }
}
