package vn.quyentreem.portal.club.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.club.control.DirectoryEntry;
import vn.quyentreem.portal.club.control.MemberDirectory;
import vn.quyentreem.portal.platform.Provinces;
import vn.quyentreem.portal.site.ErrorPages;

import java.util.List;
import java.util.Map;

/** The public directory, /cau-lac-bo/hoi-vien (filtered by a plain GET form), and one entry, /hoi-vien/{slug}. */
@Named
@RequestScoped
public class DirectoryView {

    @Inject
    MemberDirectory directory;

    private String province;
    private String topic;
    private List<DirectoryEntry> entries;
    private DirectoryEntry entry;

    @PostConstruct
    void read() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        province = params.get("tinh");
        topic = params.get("linh-vuc");
    }

    /** f:viewAction of member.xhtml. */
    public void loadEntry(String slug) {
        entry = slug == null ? null : directory.bySlug(slug).orElse(null);
        if (entry == null) {
            ErrorPages.notFound();
        }
    }

    public List<DirectoryEntry> getEntries() {
        if (entries == null) {
            entries = directory.listed(Provinces.isKnown(province) ? province : null, topic);
        }
        return entries;
    }

    public List<String> getProvinces() { return Provinces.ALL; }
    public String getProvince() { return province; }
    public String getTopic() { return topic; }
    public DirectoryEntry getEntry() { return entry; }
    public boolean isFiltered() { return Provinces.isKnown(province) || topic != null && !topic.isBlank(); }
}
