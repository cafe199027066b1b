package vn.quyentreem.portal.awards.control;

import vn.quyentreem.portal.awards.entity.AwardCategory;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.platform.EmailAddresses;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Provinces;
import vn.quyentreem.portal.platform.VietnameseDates;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A nomination as typed on the page or sent to the API, checked against the programme's cycle. */
public record NominationInput(String category, String nominatorName, String relation, boolean self, String nomineeName,
                              String nomineeGivenName, String nomineeBirthYear, String nomineeProvince,
                              String nomineeOrganisation, String nomineeContact, String guardianEmail, String achievements) {

    public record Checked(List<Problem> problems, AwardCategory category, String nominatorName, String relation,
                          String nomineeName, String nomineeGivenName, int birthYear, String province,
                          String organisation, String contact, String guardianEmail, String achievements,
                          boolean needsGuardian) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Checked check(AwardProgramme programme, AwardCycle cycle, Instant now) {
        List<Problem> errors = new ArrayList<>();
        Optional<AwardCategory> chosen = cycle.category(category == null ? "" : category.strip());
        if (chosen.isEmpty()) {
            errors.add(new Problem("category", "Hãy chọn một hạng mục"));
        }
        String nominator = clean(nominatorName);
        if (nominator == null || nominator.length() > 120) {
            errors.add(new Problem("nominatorName", "Hãy ghi họ tên người đề cử (tối đa 120 ký tự)"));
        }
        String rel = clean(relation);
        if (!self && (rel == null || rel.length() > 200)) {
            errors.add(new Problem("relation", "Hãy ghi quan hệ của bạn với người được đề cử (tối đa 200 ký tự)"));
        }
        if (self && !programme.isSelfNomination()) {
            errors.add(new Problem("self", "Giải thưởng này không nhận tự đề cử"));
        }
        String nominee = clean(nomineeName);
        if (nominee == null || nominee.length() > 200) {
            errors.add(new Problem("nomineeName", "Hãy ghi tên người hoặc tập thể được đề cử (tối đa 200 ký tự)"));
        }
        String given = clean(nomineeGivenName);
        int born = 0;
        boolean needsGuardian = programme.isForChildren();
        if (programme.isForChildren()) {
            if (given == null || nominee == null || !nominee.endsWith(given) || given.equals(nominee)) {
                errors.add(new Problem("nomineeGivenName", "Hãy ghi tên gọi của em (phần cuối của họ tên, ví dụ “Minh Anh” trong “Nguyễn Minh Anh”)"));
            }
            born = year(nomineeBirthYear);
            int age = now.atZone(VietnameseDates.ZONE).getYear() - born;
            if (born == 0) {
                errors.add(new Problem("nomineeBirthYear", "Năm sinh của em phải là bốn chữ số, ví dụ 2012"));
            } else if (chosen.isPresent() && chosen.get().isAgeGroup()
                    && (age < chosen.get().getMinAge() || age > chosen.get().getMaxAge())) {
                errors.add(new Problem("category", "Hạng mục “" + chosen.get().getName() + "” dành cho em " + chosen.get().getMinAge() + "–"
                        + chosen.get().getMaxAge() + " tuổi"));
            }
        }
        String province = clean(nomineeProvince);
        if (province == null || !Provinces.isKnown(province)) {
            errors.add(new Problem("nomineeProvince", "Hãy chọn tỉnh, thành phố của người được đề cử"));
        }
        String guardian = guardianEmail == null || guardianEmail.isBlank() ? null : EmailAddresses.normalize(guardianEmail);
        if (needsGuardian && (guardian == null || !EmailAddresses.isValid(guardian))) {
            errors.add(new Problem("guardianEmail", "Cần e-mail của cha, mẹ hoặc người giám hộ của em để xin ý kiến"));
        }
        String text = achievements == null ? null : Normalizer.normalize(achievements.replace("\r\n", "\n"), Normalizer.Form.NFC).strip();
        if (text == null || text.length() < 50) {
            errors.add(new Problem("achievements", "Hãy kể thành tích, đóng góp (ít nhất 50 ký tự)"));
        } else if (text.length() > 20_000) {
            errors.add(new Problem("achievements", "Phần thành tích dài quá 20.000 ký tự"));
        }
        String organisation = clean(nomineeOrganisation);
        String contact = clean(nomineeContact);
        if ((organisation != null && organisation.length() > 200) || (contact != null && contact.length() > 200)) {
            errors.add(new Problem(organisation != null && organisation.length() > 200 ? "nomineeOrganisation" : "nomineeContact",
                    "Đơn vị hoặc liên hệ dài quá 200 ký tự"));
        }
        return new Checked(errors, chosen.orElse(null), nominator, self ? "Tự đề cử" : rel, nominee, given, born,
                province, organisation, contact, needsGuardian ? guardian : null, text, needsGuardian);
    }

    private static int year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return 0;
        }
        int year = Integer.parseInt(text.strip());
        return year < 1990 || year > 2100 ? 0 : year;
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
