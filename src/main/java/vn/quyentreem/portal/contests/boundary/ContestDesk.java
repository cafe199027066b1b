package vn.quyentreem.portal.contests.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.contests.control.ContestSetup;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.content.DefinitionDesk;
import vn.quyentreem.portal.site.FacesMessages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Editors' contest pages: /bien-tap/cuoc-thi.xhtml lists contests and starts a new one (blank, or the next edition
 * of one); /bien-tap/cuoc-thi-sua.xhtml?slug=… edits a definition and publishes.
 */
@Named
@ViewScoped
public class ContestDesk extends DefinitionDesk<Contest> {

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

    public ContestDesk() {
        super(TEMPLATE);
    }

    @Override
    protected boolean mayEdit() {
        return currentUser.isEditor();
    }

    @Override
    protected Optional<Contest> bySlug(String slug) {
        return setup.bySlug(slug);
    }

    @Override
    protected String definitionOf(Contest contest) {
        return contest.getDefinition();
    }

    public List<Contest> getContests() {
        return setup.all();
    }

    public String phase(Contest c) {
        return (c.isPublished() ? "" : "Bản nháp · ") + ContestPhase.of(c, Instant.now()).getLabel();
    }

    public void create() {
        step(() -> {
            Contest created = setup.create(getDefinition(), currentUser.account().orElse(null));
            redirect("/bien-tap/cuoc-thi-sua.xhtml?slug=" + created.getSlug() + "&moi=1");
        });
    }

    public void save() {
        step(() -> {
            piece(setup.update(getSlug(), getDefinition(), currentUser.account().orElse(null)));
            FacesMessages.info("Đã lưu cuộc thi");
        });
    }

    public void publish(boolean published) {
        step(() -> {
            piece(setup.publish(getSlug(), published, currentUser.account().orElse(null)));
            FacesMessages.info(published ? "Đã công bố cuộc thi tại /cuoc-thi/" + getSlug()
                    : "Đã ẩn cuộc thi khỏi trang công khai");
        });
    }

    /** Fills the form with the next edition of a contest, for the editor to check before creating it. */
    public void nextEdition(String from) {
        step(() -> {
            setDefinition(setup.nextEditionOf(from, currentUser.account().orElse(null)));
            FacesMessages.info("Đã chép kỳ trước, lùi các mốc thời gian một năm. Kiểm tra lại rồi bấm “Tạo cuộc thi”.");
        });
    }

    public Contest getContest() { return piece(); }
}
