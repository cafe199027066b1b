package vn.quyentreem.portal.contests.control;

import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.content.DefinitionReader;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestCategory;
import vn.quyentreem.portal.contests.entity.EntryField;
import vn.quyentreem.portal.contests.entity.PrizeWinner;
import vn.quyentreem.portal.contests.entity.Timeline;
import vn.quyentreem.portal.contests.entity.VotingRules;
import vn.quyentreem.portal.judging.control.RubricDefinition;
import vn.quyentreem.portal.media.entity.FileRules;
import vn.quyentreem.portal.platform.Choices;
import vn.quyentreem.portal.platform.Provinces;
import vn.quyentreem.portal.platform.Slugs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a contest definition: YAML front matter and a Markdown description, the format of content/contests (see
 * its README). Editors write the same text on the desk. Every problem found is reported at once, in Vietnamese,
 * so an editor fixes them in one go.
 */
public final class ContestDefinition {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FILE_KINDS = Set.of("image", "pdf");
    private static final int MAX_TEXT = 200_000;

    private final DefinitionReader read = new DefinitionReader();
    private final List<String> errors = read.errors();
    private final Map<String, Object> meta;

    private ContestDefinition(Map<String, Object> meta) {
        this.meta = meta;
    }

    /** The contest the text defines (no id, status or entries yet); refused with every problem listed. */
    public static Contest read(String text) {
        if (text == null || text.isBlank()) {
            throw ContestRefusal.badInput("Nội dung định nghĩa cuộc thi đang trống");
        }
        if (text.length() > MAX_TEXT) {
            throw ContestRefusal.badInput("Định nghĩa cuộc thi dài quá 200.000 ký tự");
        }
        FrontMatterFile file;
        try {
            file = FrontMatterFile.parse(text);
        } catch (FrontMatterFile.Malformed e) {
            throw ContestRefusal.badInput("Định nghĩa cuộc thi: " + e.getMessage());
        }
        ContestDefinition reader = new ContestDefinition(file.meta());
        Contest contest = reader.contest(file);
        if (!reader.errors.isEmpty()) {
            throw ContestRefusal.badInput(reader.errors.stream().map(Problem::of).toList());
        }
        contest.setDefinition(text.replace("\r\n", "\n"));
        return contest;
    }

    private Contest contest(FrontMatterFile file) {
        Contest c = new Contest();
        c.setName(read.required(meta, "name", 150));
        c.setEdition(read.required(meta, "edition", 40));
        c.setOrganiser(read.optional(meta, "organiser", 200));
        image(c);
        String slug = read.optional(meta, "slug", Slugs.MAX_LENGTH);
        if (slug != null && !Slugs.isValid(slug)) {
            errors.add("«slug» chỉ gồm chữ thường không dấu, số và gạch ngang");
        }
        c.setSlug(slug != null ? slug : c.getName() == null ? null : Slugs.of(c.getName() + " " + c.getEdition()));
        int[] ages = read.ages(meta.get("ages"), "ages");
        c.setMinAge(ages[0]);
        c.setMaxAge(ages[1]);
        List<String> provinces = read.strings(meta, "provinces");
        provinces.stream().filter(p -> !Provinces.isKnown(p)).forEach(p -> errors.add("Tỉnh/thành phố không có trong danh sách 34 tỉnh, thành: " + p));
        c.setProvinces(provinces);
        c.setCategories(categories(c));
        c.setVoting(voting());
        c.setTimeline(timeline(c.getVoting().isEnabled()));
        c.setFields(fields());
        c.setFiles(files());
        c.setRubric(RubricDefinition.read(meta.get("rubric"), read));
        c.setPrizes(read.strings(meta, "prizes"));
        if (c.getPrizes().isEmpty()) {
            errors.add("Cần «prizes»: danh sách tên giải theo thứ hạng");
        }
        c.setRules(read.required(meta, "rules", 50_000));
        c.setDescription(file.body().strip().isEmpty() ? null : file.body());
        if (c.getDescription() == null) {
            errors.add("Cần phần giới thiệu cuộc thi (Markdown, sau phần đầu YAML)");
        }
        c.setResults(results(c));
        return c;
    }

    /** The picture on the contest's card and page: an image of the library, always with its description. */
    private void image(Contest c) {
        String image = read.optional(meta, "image", 300);
        String alt = read.optional(meta, "imageAlt", 250);
        if (image == null) {
            return;
        }
        if (!image.matches("/media/[a-z0-9][a-z0-9-]*\\.(jpg|png|webp)")) {
            errors.add("«image» là đường dẫn một ảnh trong thư viện ảnh, ví dụ /media/ngoi-nha-mo-uoc.jpg");
        } else if (alt == null) {
            errors.add("Cần «imageAlt»: mô tả ảnh cho người đọc khiếm thị");
        } else {
            c.setImage(image);
            c.setImageAlt(alt);
        }
    }

    private List<ContestCategory> categories(Contest contest) {
        List<ContestCategory> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Map<?, ?> row : read.maps(meta, "categories")) {
            ContestCategory category = new ContestCategory();
            category.setCode(DefinitionReader.text(row.get("code")));
            category.setName(DefinitionReader.text(row.get("name")));
            category.setForm(DefinitionReader.text(row.get("form")));
            int[] ages = row.get("ages") == null ? new int[] {contest.getMinAge(), contest.getMaxAge()} : read.ages(row.get("ages"), "ages của hạng mục");
            category.setMinAge(ages[0]);
            category.setMaxAge(ages[1]);
            if (category.getCode() == null || !CODE.matcher(category.getCode()).matches()) {
                errors.add("Mã hạng mục phải là chữ thường không dấu, số, gạch ngang: " + category.getCode());
            } else if (!codes.add(category.getCode())) {
                errors.add("Mã hạng mục bị trùng: " + category.getCode());
            }
            if (category.getName() == null) {
                errors.add("Hạng mục " + category.getCode() + " cần tên («name»)");
            }
            if (category.getMinAge() < contest.getMinAge() || category.getMaxAge() > contest.getMaxAge()) {
                errors.add("Độ tuổi của hạng mục " + category.getCode() + " nằm ngoài độ tuổi của cuộc thi");
            }
            categories.add(category);
        }
        if (categories.isEmpty()) {
            errors.add("Cần ít nhất một hạng mục («categories»)");
        }
        return categories;
    }

    private Timeline timeline(boolean voting) {
        Map<?, ?> t = meta.get("timeline") instanceof Map<?, ?> m ? m : Map.of();
        if (t.isEmpty()) {
            errors.add("Cần «timeline» với entriesOpen, entriesClose, judgingEnds, results");
        }
        Timeline timeline = new Timeline();
        timeline.setEntriesOpen(read.time(t, "entriesOpen", "timeline.entriesOpen", true));
        timeline.setEntriesClose(read.time(t, "entriesClose", "timeline.entriesClose", true));
        timeline.setJudgingEnds(read.time(t, "judgingEnds", "timeline.judgingEnds", true));
        timeline.setVotingOpen(read.time(t, "votingOpen", "timeline.votingOpen", voting));
        timeline.setVotingClose(read.time(t, "votingClose", "timeline.votingClose", voting));
        timeline.setResults(read.time(t, "results", "timeline.results", true));
        List<Instant> order = new ArrayList<>();
        for (Instant i : new Instant[] {timeline.getEntriesOpen(), timeline.getEntriesClose(), timeline.getJudgingEnds(),
                voting ? timeline.getVotingOpen() : null, voting ? timeline.getVotingClose() : null, timeline.getResults()}) {
            if (i != null) {
                order.add(i);
            }
        }
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i).isBefore(order.get(i - 1))) {
                errors.add("Các mốc thời gian phải theo thứ tự: mở nhận bài, hạn chót, hết chấm, mở bình chọn, đóng bình chọn, công bố kết quả");
                break;
            }
        }
        return timeline;
    }

    private List<EntryField> fields() {
        List<EntryField> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Map<?, ?> row : read.maps(meta, "fields")) {
            EntryField field = new EntryField();
            field.setKey(DefinitionReader.text(row.get("key")));
            field.setLabel(DefinitionReader.text(row.get("label")));
            field.setType(row.get("type") == null ? "text" : DefinitionReader.text(row.get("type")));
            field.setRequired(Boolean.TRUE.equals(row.get("required")));
            field.setMax(row.get("max") instanceof Number n ? n.intValue() : 2000);
            if (field.getKey() == null || !CODE.matcher(field.getKey()).matches() || !keys.add(field.getKey())) {
                errors.add("Khóa ô nhập phải là chữ thường không dấu và không trùng: " + field.getKey());
            }
            if (field.getLabel() == null) {
                errors.add("Ô nhập " + field.getKey() + " cần nhãn («label»)");
            }
            if (!Choices.isOneOf(field.getType(), List.of("text", "textarea"))) {
                errors.add("Kiểu ô nhập chỉ là text hoặc textarea: " + field.getType());
            }
            if (field.getMax() < 1 || field.getMax() > 20_000) {
                errors.add("Độ dài tối đa của ô " + field.getKey() + " phải từ 1 đến 20.000 ký tự");
            }
            fields.add(field);
        }
        if (!keys.contains(EntryField.TITLE)) {
            errors.add("Mẫu bài dự thi cần ô «title» (tên tác phẩm)");
        }
        fields.stream().filter(f -> EntryField.TITLE.equals(f.getKey())).forEach(f -> f.setRequired(true));
        return fields;
    }

    private FileRules files() {
        Map<?, ?> f = meta.get("files") instanceof Map<?, ?> m ? m : Map.of();
        FileRules rules = new FileRules();
        List<String> types = new ArrayList<>();
        if (f.get("types") instanceof Collection<?> c) {
            c.forEach(t -> types.add(DefinitionReader.text(t)));
        }
        types.stream().filter(t -> !Choices.isOneOf(t, FILE_KINDS)).forEach(t -> errors.add("Loại tệp chỉ là image hoặc pdf: " + t));
        rules.setTypes(types);
        rules.setMin(f.get("min") instanceof Number n ? n.intValue() : 0);
        rules.setMax(f.get("max") instanceof Number n ? n.intValue() : 0);
        rules.setMaxMb(f.get("maxMB") instanceof Number n ? n.intValue() : 10);
        if (rules.getMin() < 0 || rules.getMax() < rules.getMin() || rules.getMax() > 10) {
            errors.add("Số tệp: 0 ≤ min ≤ max ≤ 10");
        }
        if (rules.getMax() > 0 && types.isEmpty()) {
            errors.add("Cần «files.types»: image, pdf");
        }
        if (rules.getMaxMb() < 1 || rules.getMaxMb() > 10) {
            errors.add("Dung lượng tối đa mỗi tệp («files.maxMB») từ 1 đến 10 MB");
        }
        return rules;
    }

    private VotingRules voting() {
        Map<?, ?> v = meta.get("voting") instanceof Map<?, ?> m ? m : Map.of();
        VotingRules rules = new VotingRules();
        rules.setEnabled(Boolean.TRUE.equals(v.get("enabled")));
        rules.setWho(v.get("who") == null ? "email" : DefinitionReader.text(v.get("who")));
        rules.setPeriod(v.get("period") == null ? "contest" : DefinitionReader.text(v.get("period")));
        rules.setJuryWeight(v.get("juryWeight") instanceof Number n ? n.intValue() : rules.isEnabled() ? -1 : 100);
        rules.setPublicWeight(v.get("publicWeight") instanceof Number n ? n.intValue() : rules.isEnabled() ? -1 : 0);
        if (!Choices.isOneOf(rules.getWho(), List.of("email", "account"))) {
            errors.add("«voting.who» là email hoặc account");
        }
        if (!Choices.isOneOf(rules.getPeriod(), List.of("contest", "day"))) {
            errors.add("«voting.period» là contest (một lần cả cuộc thi) hoặc day (mỗi ngày một lần)");
        }
        if (rules.getJuryWeight() < 0 || rules.getPublicWeight() < 0 || rules.getJuryWeight() + rules.getPublicWeight() != 100) {
            errors.add("Trọng số ban giám khảo và bình chọn («voting.juryWeight», «voting.publicWeight») cộng lại bằng 100");
        }
        return rules;
    }

    private List<PrizeWinner> results(Contest contest) {
        List<PrizeWinner> winners = new ArrayList<>();
        for (Map<?, ?> row : read.maps(meta, "results")) {
            PrizeWinner w = new PrizeWinner();
            w.setCategory(DefinitionReader.text(row.get("category")));
            w.setPrize(DefinitionReader.text(row.get("prize")));
            w.setCode(DefinitionReader.text(row.get("code")));
            w.setTitle(DefinitionReader.text(row.get("title")));
            w.setAuthor(DefinitionReader.text(row.get("author")));
            w.setProvince(DefinitionReader.text(row.get("province")));
            w.setJury(row.get("jury") instanceof Number n ? n.doubleValue() : 0);
            w.setVotes(row.get("votes") instanceof Number n ? n.longValue() : 0);
            w.setScore(row.get("score") instanceof Number n ? n.doubleValue() : 0);
            w.setExcerpt(DefinitionReader.text(row.get("excerpt")));
            if (contest.category(w.getCategory() == null ? "" : w.getCategory()).isEmpty()) {
                errors.add("Kết quả: hạng mục không có trong cuộc thi: " + w.getCategory());
            }
            if (!contest.getPrizes().contains(w.getPrize())) {
                errors.add("Kết quả: giải không có trong «prizes»: " + w.getPrize());
            }
            if (w.getTitle() == null || w.getAuthor() == null) {
                errors.add("Kết quả: mỗi dòng cần «title» và «author»");
            }
            winners.add(w);
        }
        return winners;
    }
}
