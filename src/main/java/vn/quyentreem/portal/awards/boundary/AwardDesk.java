package vn.quyentreem.portal.awards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.awards.control.AwardSetup;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.content.DefinitionDesk;
import vn.quyentreem.portal.site.FacesMessages;

import java.util.List;
import java.util.Optional;

/** /bien-tap/giai-thuong.xhtml (programmes, a new one) and ?slug=… (edit a programme's definition and cycles). */
@Named
@ViewScoped
public class AwardDesk extends DefinitionDesk<AwardProgramme> {

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

    public AwardDesk() {
        super(TEMPLATE);
    }

    @Override
    protected boolean mayEdit() {
        return currentUser.isEditor();
    }

    @Override
    protected Optional<AwardProgramme> bySlug(String slug) {
        return setup.bySlug(slug);
    }

    @Override
    protected String definitionOf(AwardProgramme programme) {
        return programme.getDefinition();
    }

    public List<AwardProgramme> getProgrammes() {
        return setup.all();
    }

    public void create() {
        step(() -> {
            AwardProgramme created = setup.create(getDefinition(), currentUser.account().orElse(null));
            redirect("/bien-tap/giai-thuong.xhtml?slug=" + created.getSlug() + "&moi=1");
        });
    }

    public void save() {
        step(() -> {
            piece(setup.update(getSlug(), getDefinition(), currentUser.account().orElse(null)));
            FacesMessages.info("Đã lưu giải thưởng");
        });
    }

    public AwardProgramme getProgramme() { return piece(); }
}
