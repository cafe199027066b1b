package vn.quyentreem.portal.articles.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.articles.control.ArticleDraft;
import vn.quyentreem.portal.articles.control.EditorialWorkflow;
import vn.quyentreem.portal.publishing.control.Publication;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.media.boundary.Uploads;
import vn.quyentreem.portal.media.control.MediaLibrary;
import vn.quyentreem.portal.media.entity.MediaItem;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The article editor: Markdown on the left, the page as readers will see it on the right, and the workflow
 * steps the signed-in person may take. What was typed is kept when a step is refused.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    @Inject
    transient EditorialWorkflow workflow;

    @Inject
    transient MarkdownRenderer markdown;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient MediaLibrary media;

    private String id;
    private String title;
    private String summary;
    private String body;
    private String section;
    private String tags;
    private String coverImage;
    private String coverAlt;
    private String publishAt;
    private boolean confirmArchive;
    private String comment;
    private transient jakarta.servlet.http.Part newImage;
    private String newImageAlt;
    private String cursor;
    private Article article;
    private transient List<MediaItem> images;

    public void load() {
        if (id == null || id.isBlank()) {
            section = section == null ? "tinh-hinh-tre-em" : section;
            return;
        }
        try {
            article = workflow.find(id);
        } catch (PublishingRefusal e) {
            ErrorPages.notFound();
            return;
        }
        Account me = currentUser.account().orElseThrow();
        if (!Publication.isEditor(me) && !Publication.isOwner(article, me)) {
            ErrorPages.notFound();
            return;
        }
        title = article.getTitle();
        summary = article.getSummary();
        body = article.getBody();
        section = article.getSection();
        tags = String.join(", ", article.getTags());
        coverImage = article.getCoverImage();
        coverAlt = article.getCoverAlt();
    }

    public void save() {
        run(me -> article == null ? workflow.create(draft(), me) : workflow.update(article.getId(), draft(), me),
                "Đã lưu bài.");
        if (article != null && (id == null || id.isBlank())) {
            redirectToSelf();
        }
    }

    public void submit() {
        if (mayEdit() && save(false)) {
            run(me -> workflow.submit(article.getId(), me), "Đã gửi bài cho biên tập viên duyệt.");
        }
    }

    /** "Đăng ngay": published now, whatever the time field holds. */
    public void publish() {
        if (mayEdit() && !save(false)) {
            return;
        }
        run(me -> workflow.publish(article.getId(), null, me), "Đã đăng bài.");
    }

    /**
     * "Hẹn giờ đăng": needs a time. An empty field used to publish at once, which surprised the editor who meant to
     * schedule; now each button does one thing.
     */
    public void schedule() {
        java.time.Instant at;
        try {
            at = publishAt == null || publishAt.isBlank() ? null
                    : LocalDateTime.parse(publishAt).atZone(VietnameseDates.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            FacesMessages.problem("publishAt", "Thời điểm đăng không hợp lệ.", INPUTS);
            return;
        }
        if (at == null) {
            FacesMessages.problem("publishAt", "Hãy chọn ngày giờ đăng (giờ Việt Nam) trước khi hẹn giờ.", INPUTS);
            return;
        }
        if (mayEdit() && !save(false)) {
            return;
        }
        run(me -> workflow.publish(article.getId(), at, me), "Đã hẹn giờ đăng bài.");
    }

    public void unpublish() {
        run(me -> workflow.unpublish(article.getId(), me), "Đã gỡ bài khỏi trang công khai.");
    }

    /** Archiving takes a published article off the site: it asks for a tick first, with or without JavaScript. */
    public void archive() {
        if (!confirmArchive) {
            FacesMessages.problem("confirmArchive", "Hãy đánh dấu ô xác nhận trước khi lưu trữ: bài sẽ không còn trên trang công khai.", INPUTS);
            return;
        }
        run(me -> workflow.archive(article.getId(), me), "Đã lưu trữ bài.");
        confirmArchive = false;
    }

    /** Why the fields cannot be changed now, in the words of the workflow; null when they can. */
    public String getReadOnlyReason() {
        if (article == null || mayEdit()) {
            return null;
        }
        return switch (article.getStatus()) {
            case IN_REVIEW -> "Bài đang chờ biên tập viên duyệt, nên tạm thời không sửa được. Nếu cần sửa, hãy nhờ biên tập viên trả bài về bản nháp.";
            case SCHEDULED, PUBLISHED -> "Bài đã được hẹn giờ hoặc đã đăng; chỉ biên tập viên sửa được.";
            case ARCHIVED -> "Bài đã lưu trữ; biên tập viên có thể khôi phục từ lịch sử sửa đổi.";
            default -> "Bạn không có quyền sửa bài này.";
        };
    }

    public void returnToDraft() {
        run(me -> workflow.returnToDraft(article.getId(), comment, me), "Đã trả bài về cho tác giả.");
        comment = null;
    }

    /**
     * "Tải lên và chèn": the image goes to the library and its Markdown into the body where the cursor was (the
     * end without JavaScript). Nothing is saved yet, and what was typed comes back as it was.
     */
    public void uploadImage() {
        if (!mayEdit()) {
            return;
        }
        try {
            byte[] content = Uploads.image(newImage);
            if (content == null) {
                FacesMessages.problem("newImage", "Hãy chọn một tệp ảnh để tải lên.", INPUTS);
                return;
            }
            MediaItem item = media.upload(content, newImage.getSubmittedFileName(), newImageAlt,
                    currentUser.account().orElseThrow());
            body = BodyInsertion.at(body, cursor, item.getMarkdown());
            images = null;
            newImageAlt = null;
            FacesMessages.info("Đã tải ảnh lên thư viện và chèn vào nội dung. Bấm “Lưu” để giữ thay đổi.");
        } catch (MediaLibrary.Refused e) {
            FacesMessages.refused(e, FacesMessages.inputs("bai", "file", "anh-moi", "alt", "mo-ta-anh-moi"));
        }
    }

    /** Re-renders the page with the preview; the script on the page does the same live. */
    public void preview() {
        // nothing to do: the preview is rendered from the fields just submitted
    }

    public String getPreviewHtml() {
        return markdown.toHtml(body);
    }

    public boolean isCreating() {
        return article == null;
    }

    public boolean mayEdit() {
        return article == null || EditorialWorkflow.mayEdit(article, currentUser.account().orElseThrow());
    }

    public boolean maySubmit() {
        return article != null && article.getStatus() == PublicationStatus.DRAFT && mayEdit();
    }

    public boolean isEditor() {
        return currentUser.isEditor();
    }

    public boolean mayPublish() {
        return isEditor() && article != null && article.getStatus() != PublicationStatus.PUBLISHED
                && article.getStatus() != PublicationStatus.ARCHIVED;
    }

    public boolean mayUnpublish() {
        return isEditor() && article != null
                && (article.getStatus() == PublicationStatus.PUBLISHED || article.getStatus() == PublicationStatus.SCHEDULED);
    }

    public boolean mayReturn() {
        return isEditor() && article != null && (article.getStatus() == PublicationStatus.IN_REVIEW
                || article.getStatus() == PublicationStatus.SCHEDULED || article.getStatus() == PublicationStatus.UNPUBLISHED);
    }

    private boolean save(boolean announce) {
        return run(me -> workflow.update(article.getId(), draft(), me), announce ? "Đã lưu bài." : null);
    }

    private boolean run(Function<Account, Article> step, String done) {
        try {
            article = step.apply(currentUser.account().orElseThrow());
            if (done != null) {
                FacesMessages.info(done);
            }
            return true;
        } catch (PublishingRefusal e) {
            FacesMessages.refused(e, INPUTS);
            return false;
        }
    }

    /** The form's input for each field a refusal may name. */
    private static final Map<String, String> INPUTS = FacesMessages.inputs("bai", "title", "tieu-de", "section",
            "chuyen-muc", "summary", "tom-tat", "tags", "the", "body", "noi-dung-md", "coverImage", "anh-bia",
            "coverAlt", "mo-ta-anh", "comment", "ly-do", "publishAt", "hen-gio", "confirmArchive", "chac-luu-tru",
            "newImage", "anh-moi");

    private ArticleDraft draft() {
        String alt = coverAlt;
        if (coverImage != null && !coverImage.isBlank() && (alt == null || alt.isBlank())) {
            // the library's description is the default: an image there always has one
            alt = getImages().stream().filter(m -> m.getUrl().equals(coverImage)).map(MediaItem::getAlt)
                    .findFirst().orElse(null);
        }
        return new ArticleDraft(title, summary, body, section, ArticleDraft.tagsFromLine(tags), coverImage, alt);
    }

    public List<MediaItem> getImages() {
        if (images == null) {
            images = new java.util.ArrayList<>(media.latest(200));
            // a cover from the imported sample content is not in the library, but must stay selectable
            if (article != null && article.getCoverImage() != null
                    && images.stream().noneMatch(m -> m.getUrl().equals(article.getCoverImage()))) {
                images.add(0, new MediaItem(article.getCoverImage().substring("/media/".length()),
                        article.getCoverAlt(), 0, 0, 0, null));
            }
        }
        return images;
    }

    private void redirectToSelf() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/bien-tap/bai-viet.xhtml?id=" + article.getId() + "&moi=1");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }


    public Article getArticle() { return article; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getCoverImage() { return coverImage; }
    public void setCoverImage(String coverImage) { this.coverImage = coverImage; }
    public String getCoverAlt() { return coverAlt; }
    public void setCoverAlt(String coverAlt) { this.coverAlt = coverAlt; }
    public boolean isConfirmArchive() { return confirmArchive; }
    public void setConfirmArchive(boolean confirmArchive) { this.confirmArchive = confirmArchive; }
    public String getPublishAt() { return publishAt; }
    public void setPublishAt(String publishAt) { this.publishAt = publishAt; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public jakarta.servlet.http.Part getNewImage() { return newImage; }
    public void setNewImage(jakarta.servlet.http.Part newImage) { this.newImage = newImage; }
    public String getNewImageAlt() { return newImageAlt; }
    public void setNewImageAlt(String newImageAlt) { this.newImageAlt = newImageAlt; }
    public String getCursor() { return cursor; }
    public void setCursor(String cursor) { this.cursor = cursor; }
}
