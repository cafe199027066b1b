package vn.quyentreem.portal.club.control;

import vn.quyentreem.portal.club.entity.ClubProfile;
import vn.quyentreem.portal.club.entity.DirectoryField;
import vn.quyentreem.portal.platform.EmailAddresses;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Provinces;
import vn.quyentreem.portal.platform.VietnamesePhones;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A profile as typed into the application form, the API or the member's own page, checked field by field.
 * Every problem is named in Vietnamese, so the person can fix them all at once.
 */
public record ProfileInput(String fullName, String outlet, String position, String pressCard, String topics,
                           String province, String email, String phone, String bio, List<String> publicFields) {

    static final int MAX_BIO = 1000;
    static final int MAX_TOPICS = 8;
    /** Press card numbers look like "12345", "HN-01234" or "012345/BTTTT". */
    private static final Pattern PRESS_CARD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/\\-. ]{2,24}");

    /** The checked profile, or the list of what is wrong. */
    public record Checked(ClubProfile profile, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Checked check() {
        List<Problem> errors = new ArrayList<>();
        ClubProfile p = new ClubProfile();
        p.setFullName(required(fullName, "fullName", "Họ và tên", 120, errors));
        p.setOutlet(required(outlet, "outlet", "Cơ quan báo chí", 160, errors));
        p.setPosition(optional(position, "position", "Chức danh", 120, errors));
        String card = required(pressCard, "pressCard", "Số thẻ nhà báo", 25, errors);
        if (card != null) {
            if (!PRESS_CARD.matcher(card).matches()) {
                errors.add(new Problem("pressCard", "Số thẻ nhà báo chỉ gồm chữ, số và các dấu / - . (3–25 ký tự)"));
            } else {
                p.setPressCard(card);
                p.setPressCardKey(pressCardKey(card));
            }
        }
        p.setTopics(topics(errors));
        String place = blankToNull(province);
        if (place == null) {
            errors.add(new Problem("province", "Hãy chọn tỉnh, thành phố nơi bạn làm việc"));
        } else if (!Provinces.isKnown(place)) {
            errors.add(new Problem("province", "Tỉnh, thành phố \"" + place + "\" không có trong danh sách 34 tỉnh, thành phố"));
        } else {
            p.setProvince(place);
        }
        String mail = blankToNull(email);
        if (mail == null) {
            errors.add(new Problem("email", "Hãy nhập địa chỉ e-mail"));
        } else if (!EmailAddresses.isValid(mail)) {
            errors.add(new Problem("email", "Địa chỉ e-mail \"" + mail + "\" không hợp lệ"));
        } else {
            p.setEmail(EmailAddresses.normalize(mail));
        }
        String typedPhone = blankToNull(phone);
        if (typedPhone != null) {
            VietnamesePhones.normalize(typedPhone).ifPresentOrElse(p::setPhone, () -> errors.add(new Problem("phone", "Số điện thoại \""
                    + typedPhone + "\" không phải số Việt Nam (ví dụ 0912 345 678, +84 912 345 678, 024 3824 1234)")));
        }
        p.setBio(optional(bio, "bio", "Giới thiệu ngắn", MAX_BIO, errors));
        p.setPublicFields(publicFields(errors));
        return new Checked(errors.isEmpty() ? p : null, List.copyOf(errors));
    }

    /** The form of a press card number duplicates are found by: "hn 01234" and "HN-01234" are one card. */
    static String pressCardKey(String card) {
        return card.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private List<String> topics(List<Problem> errors) {
        if (topics == null || topics.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> list = new LinkedHashSet<>();
        for (String t : topics.split("[,;\\n]")) {
            if (!t.isBlank()) {
                list.add(t.strip());
            }
        }
        if (list.size() > MAX_TOPICS || list.stream().anyMatch(t -> t.length() > 60)) {
            errors.add(new Problem("topics", "Lĩnh vực quan tâm: tối đa " + MAX_TOPICS + " mục, mỗi mục không quá 60 ký tự, cách nhau bằng dấu phẩy"));
            return List.of();
        }
        return new ArrayList<>(list);
    }

    private List<String> publicFields(List<Problem> errors) {
        List<String> fields = new ArrayList<>();
        for (String code : publicFields == null ? List.<String>of() : publicFields) {
            if (DirectoryField.of(code).isEmpty()) {
                errors.add(new Problem("publicFields", "Trường công khai không hợp lệ: " + code + " (hợp lệ: "
                        + String.join(", ", Arrays.stream(DirectoryField.values()).map(DirectoryField::code).toList()) + ")"));
            } else if (!fields.contains(code)) {
                fields.add(code);
            }
        }
        return fields;
    }

    private static String required(String value, String field, String label, int max, List<Problem> errors) {
        String v = blankToNull(value);
        if (v == null) {
            errors.add(new Problem(field, "Hãy nhập " + label.toLowerCase(Locale.ROOT)));
            return null;
        }
        return optional(v, field, label, max, errors);
    }

    private static String optional(String value, String field, String label, int max, List<Problem> errors) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            errors.add(new Problem(field, label + " dài quá " + max + " ký tự"));
            return null;
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
    }
}
