package vn.quyentreem.portal.events.control;

import vn.quyentreem.portal.events.entity.Registration;
import vn.quyentreem.portal.platform.EmailAddresses;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.VietnamesePhones;

import java.util.ArrayList;
import java.util.List;

/** What a person types to take a seat at an event, checked; every problem is named in Vietnamese. */
public record RegistrationInput(String fullName, String email, String phone, String outlet) {

    public record Checked(Registration registration, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Checked check() {
        List<Problem> errors = new ArrayList<>();
        Registration r = new Registration();
        String name = text(fullName);
        if (name == null) {
            errors.add(new Problem("fullName", "Hãy nhập họ và tên"));
        } else if (name.length() > 120) {
            errors.add(new Problem("fullName", "Họ và tên dài quá 120 ký tự"));
        }
        r.setFullName(name);
        String mail = text(email);
        if (mail == null) {
            errors.add(new Problem("email", "Hãy nhập địa chỉ e-mail để nhận xác nhận"));
        } else if (!EmailAddresses.isValid(mail)) {
            errors.add(new Problem("email", "Địa chỉ e-mail \"" + mail + "\" không hợp lệ"));
        } else {
            r.setEmail(EmailAddresses.normalize(mail));
        }
        String typedPhone = text(phone);
        if (typedPhone != null) {
            VietnamesePhones.normalize(typedPhone).ifPresentOrElse(r::setPhone, () -> errors.add(new Problem("phone", "Số điện thoại \""
                    + typedPhone + "\" không phải số Việt Nam (ví dụ 0912 345 678, 024 3824 1234)")));
        }
        String org = text(outlet);
        if (org != null && org.length() > 160) {
            errors.add(new Problem("outlet", "Tên cơ quan dài quá 160 ký tự"));
        }
        r.setOutlet(org);
        return new Checked(errors.isEmpty() ? r : null, List.copyOf(errors));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null
                : java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
    }
}
