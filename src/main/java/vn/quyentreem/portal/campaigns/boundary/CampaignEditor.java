package vn.quyentreem.portal.campaigns.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.campaigns.control.ActivityPlan;
import vn.quyentreem.portal.campaigns.control.CampaignDraft;
import vn.quyentreem.portal.campaigns.control.CampaignWorkflow;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.ActivityStatus;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.library.control.Library;
import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.media.control.MediaLibrary;
import vn.quyentreem.portal.media.entity.MediaItem;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The campaign editor: every part of a campaign in one form — period, slogans, hotlines, the activity plan as
 * rows (typed, or pasted from a document), linked news and materials — and the workflow steps. What was typed
 * is kept when a step is refused.
 */
@Named
@ViewScoped
public class CampaignEditor implements Serializable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    transient CampaignWorkflow workflow;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient MarkdownRenderer markdown;

    @Inject
    transient MediaLibrary media;

    @Inject
    transient Articles articles;

    @Inject
    transient Library library;

    private String id;
    private String name;
    private String year;
    private String theme;
    private String startsOn;
    private String endsOn;
    private String messages;
    private String body;
    private String bannerImage;
    private String bannerAlt;
    private String hotlines = CampaignDraft.DEFAULT_HOTLINE;
    private List<Activity> activities = new ArrayList<>();
    private List<String> articleSlugs = new ArrayList<>();
    private String tag;
    private List<String> documentSlugs = new ArrayList<>();
    private String pasted;
    private List<String> pasteProblems = List.of();
    private String publishAt;
    private String comment;
    private Campaign campaign;

    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
            return;
        }
        if (id == null || id.isBlank()) {
            year = Integer.toString(LocalDate.now(VietnameseDates.ZONE).getYear());
            return;
        }
        try {
            campaign = workflow.find(id);
        } catch (PublishingRefusal e) {
            ErrorPages.notFound();
            return;
        }
        fill(CampaignWorkflow.content(campaign));
    }

    private void fill(CampaignDraft d) {
        name = d.name();
        year = d.year() == null ? null : d.year().toString();
        theme = d.theme();
        startsOn = d.startsOn() == null ? null : d.startsOn().format(DATE);
        endsOn = d.endsOn() == null ? null : d.endsOn().format(DATE);
        messages = String.join("\n", d.messages());
        body = d.body();
        bannerImage = d.bannerImage();
        bannerAlt = d.bannerAlt();
        hotlines = String.join(", ", d.hotlines());
        activities = new ArrayList<>(d.activities().stream().map(Activity::copy).toList());
        articleSlugs = new ArrayList<>(d.articleSlugs());
        tag = d.tag();
        documentSlugs = new ArrayList<>(d.documentSlugs());
    }

    public void save() {
        boolean creating = campaign == null;
        if (run(me -> creating ? workflow.create(draft(), me) : workflow.update(campaign.getId(), draft(), me),
                "Đã lưu chiến dịch.") && creating) {
            redirect("/bien-tap/chien-dich-sua.xhtml?id=" + campaign.getId() + "&moi=1");
        }
    }

    public void submit() {
        if (saveQuietly()) {
            run(me -> workflow.submit(campaign.getId(), me), "Đã gửi chiến dịch cho biên tập viên khác duyệt.");
        }
    }

    public void publish() {
        Instant at;
        try {
            at = publishAt == null || publishAt.isBlank() ? null
                    : LocalDateTime.parse(publishAt).atZone(VietnameseDates.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            FacesMessages.error("Thời điểm đăng không hợp lệ.");
            return;
        }
        if (saveQuietly()) {
            run(me -> workflow.publish(campaign.getId(), at, me),
                    at == null ? "Đã đăng chiến dịch." : "Đã hẹn giờ đăng chiến dịch.");
        }
    }

    public void unpublish() {
        run(me -> workflow.unpublish(campaign.getId(), me), "Đã gỡ chiến dịch khỏi trang công khai.");
    }

    public void archive() {
        run(me -> workflow.archive(campaign.getId(), me), "Đã lưu trữ chiến dịch.");
    }

    public void returnToDraft() {
        run(me -> workflow.returnToDraft(campaign.getId(), comment, me), "Đã trả chiến dịch về bản nháp.");
        comment = null;
    }

    public void cloneForNextYear() {
        try {
            Campaign copy = workflow.cloneForNextYear(campaign.getId(), currentUser.account().orElseThrow());
            redirect("/bien-tap/chien-dich-sua.xhtml?id=" + copy.getId() + "&nhan-ban=1");
        } catch (PublishingRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    /** Reads the pasted table into rows added at the end of the plan; rows that do not fit are listed. */
    public void readPlan() {
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            FacesMessages.error("Hãy ghi năm của chiến dịch trước khi dán kế hoạch: thời gian như «Quý 2» được hiểu theo năm đó.");
            return;
        }
        ActivityPlan.Parsed parsed = ActivityPlan.parse(pasted, y);
        activities.addAll(parsed.rows());
        pasteProblems = parsed.problems().stream().map(ActivityPlan.Problem::message).toList();
        if (!parsed.rows().isEmpty()) {
            FacesMessages.info("Đã thêm " + parsed.rows().size() + " dòng kế hoạch. Bấm «Lưu» để giữ lại.");
        }
        if (pasteProblems.isEmpty()) {
            pasted = null;
        } else {
            FacesMessages.error(pasteProblems.size() + " dòng chưa đọc được; xem danh sách dưới ô dán, sửa rồi dán lại các dòng đó.");
        }
    }

    public void addRow() {
        activities.add(CampaignDraft.emptyRow());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < activities.size()) {
            activities.remove(index);
        }
    }

    public void preview() {
        // the preview below the body is rendered from the fields just submitted
    }

    public String getPreviewHtml() {
        return markdown.toHtml(body);
    }

    public List<ActivityStatus> getActivityStatuses() {
        return Arrays.asList(ActivityStatus.values());
    }

    public List<Article> getPublishedArticles() {
        return articles.findByStatusOrderByPublishedAtDesc(PublicationStatus.PUBLISHED.name());
    }

    public List<LibraryDocument> getPublishedDocuments() {
        return library.published(null, null, null);
    }

    public List<MediaItem> getImages() {
        List<MediaItem> images = new ArrayList<>(media.latest(200));
        if (bannerImage != null && images.stream().noneMatch(m -> m.getUrl().equals(bannerImage))) {
            images.add(0, new MediaItem(bannerImage.substring("/media/".length()), bannerAlt, 0, 0, 0, null));
        }
        return images;
    }

    public boolean isCreating() {
        return campaign == null;
    }

    public boolean mayEdit() {
        return campaign == null || campaign.getStatus() != PublicationStatus.ARCHIVED;
    }

    public boolean maySubmit() {
        return campaign != null && campaign.getStatus() == PublicationStatus.DRAFT;
    }

    public boolean mayPublish() {
        return campaign != null && campaign.getStatus() != PublicationStatus.PUBLISHED
                && campaign.getStatus() != PublicationStatus.ARCHIVED;
    }

    public boolean mayUnpublish() {
        return campaign != null && (campaign.getStatus() == PublicationStatus.PUBLISHED
                || campaign.getStatus() == PublicationStatus.SCHEDULED);
    }

    public boolean mayReturn() {
        return campaign != null && (campaign.getStatus() == PublicationStatus.IN_REVIEW
                || campaign.getStatus() == PublicationStatus.SCHEDULED || campaign.getStatus() == PublicationStatus.UNPUBLISHED);
    }

    private boolean saveQuietly() {
        return mayEdit() && run(me -> workflow.update(campaign.getId(), draft(), me), null);
    }

    private boolean run(Function<Account, Campaign> step, String done) {
        try {
            campaign = step.apply(currentUser.account().orElseThrow());
            if (done != null) {
                FacesMessages.info(done);
            }
            return true;
        } catch (PublishingRefusal e) {
            FacesMessages.error(e.getMessage());
            return false;
        }
    }

    private CampaignDraft draft() {
        Integer y;
        try {
            y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw PublishingRefusal.invalid("Năm «" + year + "» không hợp lệ");
        }
        String alt = bannerAlt;
        if (bannerImage != null && !bannerImage.isBlank() && (alt == null || alt.isBlank())) {
            // the media library's description is the default: an image there always has one
            alt = getImages().stream().filter(m -> m.getUrl().equals(bannerImage)).map(MediaItem::getAlt)
                    .findFirst().orElse(null);
        }
        return new CampaignDraft(name, y, theme, CampaignDraft.date(startsOn, "Ngày bắt đầu"),
                CampaignDraft.date(endsOn, "Ngày kết thúc"), CampaignDraft.splitLines(messages), body, bannerImage, alt,
                Arrays.stream(hotlines == null ? new String[0] : hotlines.split("[,;\\n]")).toList(), activities,
                articleSlugs, tag, documentSlugs);
    }

    private static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }



    public Campaign getCampaign() { return campaign; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getMessages() { return messages; }
    public void setMessages(String messages) { this.messages = messages; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getBannerImage() { return bannerImage; }
    public void setBannerImage(String bannerImage) { this.bannerImage = bannerImage; }
    public String getBannerAlt() { return bannerAlt; }
    public void setBannerAlt(String bannerAlt) { this.bannerAlt = bannerAlt; }
    public String getHotlines() { return hotlines; }
    public void setHotlines(String hotlines) { this.hotlines = hotlines; }
    public List<Activity> getActivities() { return activities; }
    /**
     * A list box sends what is chosen in the order of its options, not in the campaign's order: what stays chosen
     * keeps its place, what is new comes after, so a save that changed nothing changes nothing.
     */
    static List<String> keepingOrder(List<String> before, List<String> chosen) {
        if (chosen == null) {
            return new ArrayList<>();
        }
        List<String> kept = new ArrayList<>(before == null ? List.of() : before);
        kept.retainAll(chosen);
        chosen.stream().filter(slug -> !kept.contains(slug)).forEach(kept::add);
        return kept;
    }

    public List<String> getArticleSlugs() { return articleSlugs; }
    public void setArticleSlugs(List<String> chosen) { this.articleSlugs = keepingOrder(articleSlugs, chosen); }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public List<String> getDocumentSlugs() { return documentSlugs; }
    public void setDocumentSlugs(List<String> chosen) { this.documentSlugs = keepingOrder(documentSlugs, chosen); }
    public String getPasted() { return pasted; }
    public void setPasted(String pasted) { this.pasted = pasted; }
    public List<String> getPasteProblems() { return pasteProblems; }
    public String getPublishAt() { return publishAt; }
    public void setPublishAt(String publishAt) { this.publishAt = publishAt; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
