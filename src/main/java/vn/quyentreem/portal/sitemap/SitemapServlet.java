package vn.quyentreem.portal.sitemap;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.articles.control.PublishedArticles;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.Section;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.campaigns.control.PublishedCampaigns;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.club.control.DirectoryEntry;
import vn.quyentreem.portal.club.control.MemberDirectory;
import vn.quyentreem.portal.contests.control.ContestGallery;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.library.control.Library;
import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.SiteSettings;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** /sitemap.xml: the home page, every section, published article, tag in use, campaign, contest, shortlisted entry, award announcement and library document. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    PublishedArticles published;

    @Inject
    SiteSettings site;

    @Inject
    Library library;

    @Inject
    PublishedCampaigns campaigns;

    @Inject
    MemberDirectory directory;

    @Inject
    Contests contests;

    @Inject
    ContestGallery gallery;

    @Inject
    AwardProgrammes awards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Article> articles = published.all();
        response.setContentType("application/xml;charset=UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            url(xml, "/", null);
            for (Section section : Section.values()) {
                url(xml, PublicPath.SECTION.of(section.getCode()), null);
            }
            Set<String> tags = new LinkedHashSet<>();
            for (Article article : articles) {
                String modified = article.getUpdatedAt() == null ? null : article.getUpdatedAt().toString();
                url(xml, PublicPath.ARTICLE.of(article.getSlug()), modified);
                tags.addAll(article.getTagSlugs());
            }
            for (String tag : tags) {
                url(xml, PublicPath.TAG.of(tag), null);
            }
            url(xml, "/chien-dich", null);
            for (Campaign campaign : campaigns.all(Instant.now())) {
                url(xml, PublicPath.CAMPAIGN.of(campaign.getSlug()), campaign.getUpdatedAt() == null ? null
                        : campaign.getUpdatedAt().toString());
            }
            url(xml, "/cau-lac-bo", null);
            url(xml, "/cau-lac-bo/hoi-vien", null);
            for (DirectoryEntry member : directory.listed(null, null)) {
                url(xml, member.url(), null);
            }
            url(xml, "/cuoc-thi", null);
            Instant now = Instant.now();
            for (Contest contest : contests.findByStatus(Contest.PUBLISHED)) {
                url(xml, PublicPath.CONTEST.of(contest.getSlug()), null);
                if (contest.resultsPublic(now)) {
                    url(xml, PublicPath.results(contest.getSlug()), null);
                }
                List<ContestEntry> shown = gallery.of(contest);
                for (ContestEntry entry : shown) {
                    url(xml, PublicPath.ENTRY.of(entry.getCode()), null);
                }
                if (!shown.isEmpty()) {
                    url(xml, PublicPath.gallery(contest.getSlug()), null);
                }
            }
            url(xml, "/giai-thuong", null);
            for (AwardProgramme programme : awards.findAll().toList()) {
                url(xml, PublicPath.AWARD.of(programme.getSlug()), null);
                for (AwardCycle cycle : programme.getCycles()) {
                    if (cycle.isAnnouncedAt(now)) {
                        url(xml, PublicPath.awardYear(programme.getSlug(), cycle.getYear()), null);
                    }
                }
            }
            url(xml, "/thu-vien", null);
            for (LibraryDocument document : library.published(null, null, null)) {
                url(xml, PublicPath.DOCUMENT.of(document.getSlug()), null);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void url(XMLStreamWriter xml, String path, String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", site.url(path));
        if (lastModified != null) {
            element(xml, "lastmod", lastModified);
        }
        xml.writeEndElement();
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
