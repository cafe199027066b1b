package vn.quyentreem.portal.campaigns.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignChanged;
import vn.quyentreem.portal.campaigns.entity.CampaignRevision;
import vn.quyentreem.portal.campaigns.entity.CampaignRevisions;
import vn.quyentreem.portal.campaigns.entity.Campaigns;
import vn.quyentreem.portal.content.ContentDirectory;
import vn.quyentreem.portal.content.ContentImport;
import vn.quyentreem.portal.content.ContentImports;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.media.control.MediaFiles;
import vn.quyentreem.portal.platform.Slugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Loads content/campaigns/*.md on start. Like articles, each slug is taken in once and never again, so what
 * editors change in the portal stays; a broken file is skipped with a log line naming it and the reason.
 */
@ApplicationScoped
public class CampaignContentLoader {

    private static final Logger LOG = Logger.getLogger(CampaignContentLoader.class.getName());

    @Inject
    ContentDirectory contentDirectory;

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignRevisions revisions;

    @Inject
    ContentImports imports;

    @Inject
    MediaFiles media;

    @Inject
    Event<CampaignChanged> changes;

    void onStart(@Observes @Priority(14) Startup startup) {
        load(contentDirectory.root());
    }

    public int load(Path root) {
        return ContentDirectory.importEach(root.resolve("campaigns"), "campaign", file -> importFile(root, file));
    }

    private boolean importFile(Path root, Path file) throws IOException, FrontMatterFile.Malformed {
        FrontMatterFile source = FrontMatterFile.parse(Files.readString(file, StandardCharsets.UTF_8));
        CampaignDraft draft = CampaignFile.toDraft(source);
        String slug = source.text("slug") == null ? Slugs.of(draft.name()) : source.text("slug");
        String key = "campaign:" + slug; // import keys are shared with articles
        if (imports.findById(key).isPresent()) {
            return false;
        }
        imports.save(new ContentImport(key, file.getFileName().toString(), Instant.now()));
        if (campaigns.existsBySlug(slug)) {
            return false; // the portal's own campaign with this slug wins
        }
        Instant now = Instant.now();
        Campaign c = new Campaign();
        c.setId(UUID.randomUUID().toString());
        c.setSlug(slug);
        CampaignWorkflow.put(draft, c);
        banner(root, file, source, c);
        boolean draftOnly = "draft".equalsIgnoreCase(source.text("status"));
        c.setStatus(draftOnly ? PublicationStatus.DRAFT : PublicationStatus.PUBLISHED);
        c.setPublishedAt(draftOnly ? null : source.publishedAt(now));
        c.setCreatedAt(now);
        c.setUpdatedAt(now);
        campaigns.insert(c);
        revisions.insert(new CampaignRevision(UUID.randomUUID().toString(), c.getId(), 1,
                CampaignSnapshots.toJson(CampaignWorkflow.content(c)), now, "nội dung mẫu", "Nhập từ " + file.getFileName()));
        changes.fire(new CampaignChanged(c.getId()));
        return true;
    }

    /** A banner is used only with its alt text, like article covers. */
    private void banner(Path root, Path file, FrontMatterFile source, Campaign c) {
        String banner = source.text("banner");
        String alt = source.text("bannerAlt");
        if (banner == null || alt == null || alt.isBlank()) {
            return;
        }
        try {
            c.setBannerImage(media.importImage(root.resolve("media").resolve(Path.of(banner).getFileName().toString())));
            c.setBannerAlt(alt);
        } catch (IOException | RuntimeException e) {
            LOG.warning("Campaign file " + file + ": banner " + banner + " not used (" + e.getMessage() + ")");
        }
    }
}
