package vn.quyentreem.portal.awards.control;

import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.awards.entity.AwardCategory;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.Laureate;
import vn.quyentreem.portal.content.DefinitionReader;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.judging.control.RubricDefinition;
import vn.quyentreem.portal.platform.Choices;
import vn.quyentreem.portal.platform.Provinces;
import vn.quyentreem.portal.platform.Slugs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an award programme's definition: YAML front matter with its cycles, then a Markdown description. The format
 * of content/awards (see its README); editors write the same on the desk. Every problem is reported at once.
 */
public final class AwardDefinition {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final DefinitionReader read = new DefinitionReader();

    private AwardDefinition() {
    }

    public static AwardProgramme read(String text) {
        if (text == null || text.isBlank()) {
            throw AwardRefusal.badInput("Nội dung định nghĩa giải thưởng đang trống");
        }
        if (text.length() > 200_000) {
            throw AwardRefusal.badInput("Định nghĩa giải thưởng dài quá 200.000 ký tự");
        }
        FrontMatterFile file;
        try {
            file = FrontMatterFile.parse(text);
        } catch (FrontMatterFile.Malformed e) {
            throw AwardRefusal.badInput("Định nghĩa giải thưởng: " + e.getMessage());
        }
        AwardDefinition reader = new AwardDefinition();
        AwardProgramme programme = reader.programme(file);
        if (!reader.read.errors().isEmpty()) {
            throw AwardRefusal.badInput(reader.read.errors().stream().map(Problem::of).toList());
        }
        programme.setDefinition(text.replace("\r\n", "\n"));
        return programme;
    }

    private AwardProgramme programme(FrontMatterFile file) {
        Map<String, Object> meta = file.meta();
        AwardProgramme p = new AwardProgramme();
        p.setName(read.required(meta, "name", 150));
        String slug = read.optional(meta, "slug", Slugs.MAX_LENGTH);
        if (slug != null && !Slugs.isValid(slug)) {
            read.problem("«slug» chỉ gồm chữ thường không dấu, số và gạch ngang");
        }
        p.setSlug(slug != null ? slug : p.getName() == null ? null : Slugs.of(p.getName()));
        p.setSummary(read.required(meta, "summary", 300));
        p.setSelfNomination(Boolean.TRUE.equals(meta.get("selfNomination")));
        p.setForChildren(Boolean.TRUE.equals(meta.get("forChildren")));
        p.setDescription(file.body().isBlank() ? null : file.body());
        if (p.getDescription() == null) {
            read.problem("Cần phần giới thiệu giải thưởng (Markdown, sau phần đầu YAML)");
        }
        Set<Integer> years = new HashSet<>();
        List<AwardCycle> cycles = new ArrayList<>();
        for (Map<?, ?> row : read.maps(meta, "cycles")) {
            AwardCycle cycle = cycle(row, p.isForChildren());
            if (!years.add(cycle.getYear())) {
                read.problem("Năm " + cycle.getYear() + " có hai đợt trao giải");
            }
            cycles.add(cycle);
        }
        if (cycles.isEmpty()) {
            read.problem("Cần ít nhất một đợt trao giải («cycles»)");
        }
        p.setCycles(cycles);
        return p;
    }

    private AwardCycle cycle(Map<?, ?> row, boolean children) {
        AwardCycle cycle = new AwardCycle();
        cycle.setYear(row.get("year") instanceof Number n ? n.intValue() : 0);
        String label = "Đợt " + (cycle.getYear() == 0 ? "?" : cycle.getYear()) + ": ";
        if (cycle.getYear() < 2000 || cycle.getYear() > 2100) {
            read.problem(label + "«year» là năm, ví dụ 2026");
        }
        Set<String> codes = new HashSet<>();
        List<AwardCategory> categories = new ArrayList<>();
        for (Map<?, ?> c : read.maps(row, "categories")) {
            AwardCategory category = new AwardCategory();
            category.setCode(DefinitionReader.text(c.get("code")));
            category.setName(DefinitionReader.text(c.get("name")));
            category.setKind(c.get("kind") == null ? AwardCategory.INDIVIDUAL : DefinitionReader.text(c.get("kind")));
            if (category.getCode() == null || !CODE.matcher(category.getCode()).matches() || !codes.add(category.getCode())) {
                read.problem(label + "mã hạng mục phải là chữ thường không dấu và không trùng: " + category.getCode());
            }
            if (category.getName() == null) {
                read.problem(label + "hạng mục " + category.getCode() + " cần tên («name»)");
            }
            if (!Choices.isOneOf(category.getKind(), List.of(AwardCategory.INDIVIDUAL, AwardCategory.COLLECTIVE))) {
                read.problem(label + "«kind» là individual (cá nhân) hoặc collective (tập thể)");
            }
            if (children) {
                int[] ages = read.ages(c.get("ages"), "ages của hạng mục " + category.getCode());
                category.setMinAge(ages[0]);
                category.setMaxAge(ages[1]);
            }
            categories.add(category);
        }
        if (categories.isEmpty()) {
            read.problem(label + "cần ít nhất một hạng mục («categories»)");
        }
        cycle.setCategories(categories);
        cycle.setNominationsOpen(read.time(row, "nominationsOpen", label + "nominationsOpen", true));
        cycle.setNominationsClose(read.time(row, "nominationsClose", label + "nominationsClose", true));
        cycle.setAnnounceAt(read.time(row, "announce", label + "announce", true));
        if (cycle.getNominationsOpen() != null && cycle.getNominationsClose() != null && cycle.getAnnounceAt() != null
                && (!cycle.getNominationsOpen().isBefore(cycle.getNominationsClose())
                || cycle.getAnnounceAt().isBefore(cycle.getNominationsClose()))) {
            read.problem(label + "các mốc phải theo thứ tự: mở đề cử, hết hạn đề cử, công bố");
        }
        cycle.setRubric(RubricDefinition.read(row.get("rubric"), read));
        cycle.setCouncil(read.strings(row, "council"));
        List<Laureate> laureates = new ArrayList<>();
        for (Map<?, ?> l : read.maps(row, "laureates")) {
            Laureate laureate = new Laureate();
            laureate.setCategory(DefinitionReader.text(l.get("category")));
            laureate.setName(DefinitionReader.text(l.get("name")));
            laureate.setProvince(DefinitionReader.text(l.get("province")));
            laureate.setCitation(DefinitionReader.text(l.get("citation")));
            if (laureate.getCategory() == null || cycle.category(laureate.getCategory()).isEmpty()) {
                read.problem(label + "người được vinh danh thuộc hạng mục không có: " + laureate.getCategory());
            }
            if (laureate.getName() == null || laureate.getCitation() == null) {
                read.problem(label + "mỗi người được vinh danh cần «name» và «citation»");
            }
            if (laureate.getProvince() != null && !Provinces.isKnown(laureate.getProvince())) {
                read.problem(label + "tỉnh, thành không có trong danh sách: " + laureate.getProvince());
            }
            laureates.add(laureate);
        }
        cycle.setLaureates(laureates);
        cycle.setLaureatesDecided(!laureates.isEmpty());
        return cycle;
    }
}
