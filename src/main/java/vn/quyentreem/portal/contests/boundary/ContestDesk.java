package vn.quyentreem.portal.contests.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.contests.control.ContestRefusal;
import vn.quyentreem.portal.contests.control.ContestSetup;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Editors' contest pages: /bien-tap/cuoc-thi.xhtml lists contests and starts a new one (blank, or the next edition
 * of one); /bien-tap/cuoc-thi-sua.xhtml?slug=… edits a definition and publishes.
 */
@Named
@ViewScoped
public class ContestDesk implements Serializable {

    static final String TEMPLATE = """
            ---
            name: "Tên cuộc thi"
            edition: "2027"
            organiser: "Tạp chí Trẻ em – Hội Bảo vệ quyền trẻ em Việt Nam"
            ages: [6, 15]
            provinces: []
            categories:
              - {code: "tranh-6-10", name: "Tranh vẽ, 6–10 tuổi", ages: [6, 10], form: "tranh vẽ"}
              - {code: "bai-viet-11-15", name: "Bài viết, 11–15 tuổi", ages: [11, 15], form: "bài viết"}
            timeline:
              entriesOpen: "2027-03-01 08:00"
              entriesClose: "2027-05-31 23:59"
              judgingEnds: "2027-06-15 17:00"
              votingOpen: "2027-06-16 08:00"
              votingClose: "2027-06-25 20:00"
              results: "2027-06-30 09:00"
            fields:
              - {key: "title", label: "Tên tác phẩm", type: text, required: true, max: 150}
              - {key: "gioi-thieu", label: "Lời giới thiệu tác phẩm", type: textarea, required: true, max: 3000}
            files: {types: [image, pdf], min: 1, max: 3, maxMB: 10}
            rubric:
              scale: 10
              criteria:
                - {name: "Ý tưởng", weight: 40}
                - {name: "Thể hiện", weight: 30}
                - {name: "Thông điệp", weight: 30}
            voting: {enabled: true, who: email, period: day, juryWeight: 70, publicWeight: 30}
            prizes: ["Giải Nhất", "Giải Nhì", "Giải Ba"]
            rules: |
              1. Thể lệ, viết bằng Markdown.
            ---
            ## Giới thiệu

            Vì sao cuộc thi được tổ chức, ai tham gia, làm gì.
            """;

    @Inject
    transient ContestSetup setup;

    @Inject
    transient CurrentUser currentUser;

    private String slug;
    private String definition;
    private Contest contest;

    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
            return;
        }
        if (definition != null) {
            return;
        }
        if (slug != null && !slug.isBlank()) {
            contest = setup.bySlug(slug).orElse(null);
            if (contest == null) {
                ErrorPages.notFound();
                return;
            }
            definition = contest.getDefinition();
        } else {
            definition = TEMPLATE;
        }
    }

    public List<Contest> getContests() {
        return setup.all();
    }

    public String phase(Contest c) {
        return (c.isPublished() ? "" : "Bản nháp · ") + ContestPhase.of(c, Instant.now()).getLabel();
    }

    public void create() {
        try {
            Contest created = setup.create(definition, currentUser.account().orElse(null));
            redirect("/bien-tap/cuoc-thi-sua.xhtml?slug=" + created.getSlug() + "&moi=1");
        } catch (ContestRefusal e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    public void save() {
        try {
            contest = setup.update(slug, definition, currentUser.account().orElse(null));
            FacesMessages.info("Đã lưu cuộc thi");
        } catch (ContestRefusal e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    public void publish(boolean published) {
        try {
            contest = setup.publish(slug, published, currentUser.account().orElse(null));
            FacesMessages.info(published ? "Đã công bố cuộc thi tại /cuoc-thi/" + slug : "Đã ẩn cuộc thi khỏi trang công khai");
        } catch (ContestRefusal e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    /** Fills the form with the next edition of a contest, for the editor to check before creating it. */
    public void nextEdition(String from) {
        try {
            definition = setup.nextEditionOf(from, currentUser.account().orElse(null));
            FacesMessages.info("Đã chép kỳ trước, lùi các mốc thời gian một năm. Kiểm tra lại rồi bấm “Tạo cuộc thi”.");
        } catch (ContestRefusal e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    private static void redirect(String path) {
        try {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().redirect(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public Contest getContest() { return contest; }
}
