package vn.quyentreem.portal.contests.control;

import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestCategory;
import vn.quyentreem.portal.contests.entity.EntryField;
import vn.quyentreem.portal.contests.entity.FieldValue;
import vn.quyentreem.portal.platform.EmailAddresses;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Provinces;
import vn.quyentreem.portal.platform.VietnameseDates;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an entrant types into the entry form (page or API), checked against the contest: eligibility by age and
 * province, the category, the form's fields. All problems are reported together.
 */
public record EntryInput(String category, String familyName, String givenName, String birthYear, String province,
                         String school, String guardianEmail, boolean showFullName, boolean showSchool,
                         Map<String, String> values) {

    /**
     * Age is counted by year, since only the birth year is asked. Anyone whose age so counted is below 17 may still
     * be under 16 on the day, so a guardian is asked: erring towards asking is the safe side for a child.
     */
    public static final int NO_GUARDIAN_FROM = 17;

    /** The first birth year whose entrants need a guardian this year: what forms say, instead of an age. */
    public static int guardianBornFrom(int year) {
        return year - NO_GUARDIAN_FROM + 1;
    }

    public record Checked(List<Problem> problems, ContestCategory category, int birthYear, String familyName,
                          String givenName, String province, String school, String guardianEmail,
                          List<FieldValue> values, boolean needsGuardian) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Checked check(Contest contest, Instant now) {
        List<Problem> errors = new ArrayList<>();
        String family = clean(familyName, 60);
        String given = clean(givenName, 60);
        if (family == null || given == null) {
            errors.add(new Problem(family == null ? "familyName" : "givenName", "Hãy ghi họ và tên của người dự thi"));
        } else if (family.length() > 60 || given.length() > 60) {
            errors.add(new Problem(family.length() > 60 ? "familyName" : "givenName", "Họ hoặc tên dài quá 60 ký tự"));
        }
        int year = now.atZone(VietnameseDates.ZONE).getYear();
        int born = parseYear(birthYear);
        int age = year - born;
        int closingAge = contest.getTimeline().getEntriesClose().atZone(VietnameseDates.ZONE).getYear() - born;
        if (born == 0) {
            errors.add(new Problem("birthYear", "Năm sinh phải là bốn chữ số, ví dụ 2015"));
        } else if (closingAge < contest.getMinAge() || closingAge > contest.getMaxAge()) {
            errors.add(new Problem("birthYear", "Cuộc thi dành cho người từ " + contest.getMinAge() + " đến " + contest.getMaxAge()
                    + " tuổi; sinh năm " + born + " chưa phù hợp"));
        }
        Optional<ContestCategory> chosen = contest.category(category == null ? "" : category.strip());
        if (chosen.isEmpty()) {
            errors.add(new Problem("category", "Hãy chọn một hạng mục dự thi"));
        } else if (born != 0 && !chosen.get().fits(closingAge)) {
            errors.add(new Problem("category", "Hạng mục “" + chosen.get().getName() + "” dành cho " + chosen.get().getMinAge() + "–"
                    + chosen.get().getMaxAge() + " tuổi"));
        }
        String where = clean(province, 60);
        if (where == null || !Provinces.isKnown(where)) {
            errors.add(new Problem("province", "Hãy chọn tỉnh, thành phố"));
        } else if (!contest.getProvinces().isEmpty() && !contest.getProvinces().contains(where)) {
            errors.add(new Problem("province", "Cuộc thi chỉ dành cho: " + String.join(", ", contest.getProvinces())));
        }
        String schoolName = clean(school, 150);
        boolean needsGuardian = born != 0 && age < NO_GUARDIAN_FROM;
        String guardian = guardianEmail == null || guardianEmail.isBlank() ? null : EmailAddresses.normalize(guardianEmail);
        if (needsGuardian && (guardian == null || !EmailAddresses.isValid(guardian))) {
            errors.add(new Problem("guardianEmail", "Người dự thi sinh từ năm " + guardianBornFrom(year)
                    + " trở về sau cần e-mail của cha, mẹ hoặc người giám hộ để xin ý kiến"));
        }
        List<FieldValue> filled = new ArrayList<>();
        for (EntryField field : contest.getFields()) {
            String value = values == null ? null : values.get(field.getKey());
            String text = value == null ? null : Normalizer.normalize(value.replace("\r\n", "\n"), Normalizer.Form.NFC).strip();
            if (text == null || text.isEmpty()) {
                if (field.isRequired()) {
                    errors.add(new Problem("values." + field.getKey(), "Hãy điền “" + field.getLabel() + "”"));
                }
                continue;
            }
            if (text.length() > field.getMax()) {
                errors.add(new Problem("values." + field.getKey(), "“" + field.getLabel() + "” dài quá " + field.getMax() + " ký tự"));
            }
            if (!field.isTextarea() && text.contains("\n")) {
                text = text.replaceAll("\\s+", " ");
            }
            filled.add(new FieldValue(field.getKey(), text));
        }
        return new Checked(errors, chosen.orElse(null), born, family, given, where, schoolName,
                needsGuardian ? guardian : null, filled, needsGuardian);
    }

    private static int parseYear(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return 0;
        }
        int year = Integer.parseInt(text.strip());
        return year < 1990 || year > 2100 ? 0 : year;
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return s.length() > max * 2 ? s.substring(0, max * 2) : s;
    }
}
