package vn.quyentreem.portal.club.boundary;

import vn.quyentreem.portal.club.control.ProfileInput;
import vn.quyentreem.portal.club.entity.ClubProfile;
import vn.quyentreem.portal.club.entity.DirectoryField;
import vn.quyentreem.portal.platform.Provinces;
import vn.quyentreem.portal.platform.VietnamesePhones;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The profile fields as the application form and the member's own page hold them between round trips. */
public class ProfileForm implements Serializable {

    /** Where a problem with each field shows: the inputs of WEB-INF/includes/profile-fields.xhtml in {@code form}. */
    static Map<String, String> inputs(String form) {
        return FacesMessages.inputs(form, "fullName", "ho-ten", "outlet", "co-quan", "position", "chuc-danh",
                "pressCard", "the-nha-bao", "topics", "linh-vuc", "province", "tinh", "email", "email",
                "phone", "dien-thoai", "bio", "gioi-thieu", "publicFields", "cong-khai");
    }

    private String fullName;
    private String outlet;
    private String position;
    private String pressCard;
    private String topics;
    private String province;
    private String email;
    private String phone;
    private String bio;
    private List<String> publicFields = new ArrayList<>(DirectoryField.DEFAULT_PUBLIC);

    static ProfileForm of(ClubProfile p) {
        ProfileForm f = new ProfileForm();
        f.fullName = p.getFullName();
        f.outlet = p.getOutlet();
        f.position = p.getPosition();
        f.pressCard = p.getPressCard();
        f.topics = String.join(", ", p.getTopics());
        f.province = p.getProvince();
        f.email = p.getEmail();
        f.phone = VietnamesePhones.display(p.getPhone());
        f.bio = p.getBio();
        f.publicFields = new ArrayList<>(p.getPublicFields());
        return f;
    }

    ProfileInput toInput() {
        return new ProfileInput(fullName, outlet, position, pressCard, topics, province, email, phone, bio, publicFields);
    }

    public List<DirectoryField> getFields() { return Arrays.asList(DirectoryField.values()); }
    public List<String> getProvinces() { return Provinces.ALL; }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getPressCard() { return pressCard; }
    public void setPressCard(String pressCard) { this.pressCard = pressCard; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public List<String> getPublicFields() { return publicFields; }
    public void setPublicFields(List<String> publicFields) { this.publicFields = publicFields; }
}
