package vn.quyentreem.portal.awards.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.awards.control.AwardSetup;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.platform.Refusal;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** /bien-tap/giai-thuong.xhtml (programmes, a new one) and ?slug=… (edit a programme's definition and cycles). */
@Named
@ViewScoped
public class AwardDesk implements Serializable {

    static final String TEMPLATE = """
            ---
            name: "Tên giải thưởng"
            summary: "Một câu: giải tôn vinh ai, vì điều gì."
            selfNomination: false
            forChildren: false
            cycles:
              - year: 2027
                categories:
                  - {code: "ca-nhan", name: "Cá nhân", kind: individual}
                  - {code: "tap-the", name: "Tập thể", kind: collective}
                nominationsOpen: "2027-03-01 08:00"
                nominationsClose: "2027-04-30 23:59"
                announce: "2027-06-01 09:00"
                rubric:
                  scale: 10
                  criteria:
                    - {name: "Đóng góp cho trẻ em", weight: 50}
                    - {name: "Sức lan tỏa", weight: 30}
                    - {name: "Tính bền vững", weight: 20}
                council: []
            ---
            ## Giới thiệu

            Giải thưởng tôn vinh ai, xét chọn thế nào, trao khi nào.
            """;

    @Inject
    transient AwardSetup setup;

    @Inject
    transient CurrentUser currentUser;

    private String slug;
    private String definition;
    private AwardProgramme programme;

    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
            return;
        }
        if (definition != null) {
            return;
        }
        if (slug != null && !slug.isBlank()) {
            programme = setup.bySlug(slug).orElse(null);
            if (programme == null) {
                ErrorPages.notFound();
                return;
            }
            definition = programme.getDefinition();
        } else {
            definition = TEMPLATE;
        }
    }

    public List<AwardProgramme> getProgrammes() {
        return setup.all();
    }

    public void create() {
        try {
            AwardProgramme created = setup.create(definition, currentUser.account().orElse(null));
            FacesContext.getCurrentInstance().getExternalContext().redirect("/bien-tap/giai-thuong.xhtml?slug=" + created.getSlug());
        } catch (Refusal e) {
            FacesMessages.refused(e, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void save() {
        try {
            programme = setup.update(slug, definition, currentUser.account().orElse(null));
            FacesMessages.info("Đã lưu giải thưởng");
        } catch (Refusal e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public AwardProgramme getProgramme() { return programme; }
}
