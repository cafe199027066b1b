package vn.quyentreem.portal.contests.boundary;

import vn.quyentreem.portal.contests.control.EntryInput;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.EntryField;
import vn.quyentreem.portal.media.control.PrivateFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry form's values, as a page or an API call collects them: the entrant's details, one text per field of the
 * contest's form, and the files.
 */
public class EntryForm {

    private String category;
    private String familyName;
    private String givenName;
    private String birthYear;
    private String province;
    private String school;
    private String guardianEmail;
    private boolean showFullName;
    private boolean showSchool;
    private final Map<String, String> values = new HashMap<>();
    private final List<PrivateFiles.Upload> files = new ArrayList<>();

    public EntryInput toInput() {
        return new EntryInput(category, familyName, givenName, birthYear, province, school, guardianEmail, showFullName,
                showSchool, values);
    }

    /** Sets a named text, the way multipart fields arrive; unknown names are ignored. */
    void set(String name, String value, Contest contest) {
        if (name == null) {
            return; // a part without a name is nothing the form asked for
        }
        switch (name) {
            case "category" -> category = value;
            case "familyName" -> familyName = value;
            case "givenName" -> givenName = value;
            case "birthYear" -> birthYear = value;
            case "province" -> province = value;
            case "school" -> school = value;
            case "guardianEmail" -> guardianEmail = value;
            case "showFullName" -> showFullName = Boolean.parseBoolean(value);
            case "showSchool" -> showSchool = Boolean.parseBoolean(value);
            default -> contest.getFields().stream().map(EntryField::getKey).filter(name::equals).findFirst()
                    .ifPresent(key -> values.put(key, value));
        }
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getBirthYear() { return birthYear; }
    public void setBirthYear(String birthYear) { this.birthYear = birthYear; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getGuardianEmail() { return guardianEmail; }
    public void setGuardianEmail(String guardianEmail) { this.guardianEmail = guardianEmail; }
    public boolean isShowFullName() { return showFullName; }
    public void setShowFullName(boolean showFullName) { this.showFullName = showFullName; }
    public boolean isShowSchool() { return showSchool; }
    public void setShowSchool(boolean showSchool) { this.showSchool = showSchool; }
    public Map<String, String> getValues() { return values; }
    public List<PrivateFiles.Upload> getFiles() { return files; }
}
