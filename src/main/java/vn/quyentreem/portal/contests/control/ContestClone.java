package vn.quyentreem.portal.contests.control;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestCategory;
import vn.quyentreem.portal.contests.entity.EntryField;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.platform.VietnameseDates;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The definition of a contest's next edition: the same categories, form, rubric, voting rules, rules and
 * description, a year later, under the next edition label, without results. Written out as definition text so the
 * editor reviews and adjusts it before it is saved.
 */
final class ContestClone {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(VietnameseDates.ZONE);

    private ContestClone() {
    }

    static String nextEdition(Contest last) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", last.getName());
        String edition = last.getEdition().matches("\\d{1,6}") ? String.valueOf(Integer.parseInt(last.getEdition()) + 1)
                : last.getEdition() + " (kỳ mới)";
        meta.put("edition", edition);
        if (last.getOrganiser() != null) {
            meta.put("organiser", last.getOrganiser());
        }
        meta.put("ages", List.of(last.getMinAge(), last.getMaxAge()));
        meta.put("provinces", last.getProvinces());
        List<Map<String, Object>> categories = new ArrayList<>();
        for (ContestCategory c : last.getCategories()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", c.getCode());
            row.put("name", c.getName());
            row.put("ages", List.of(c.getMinAge(), c.getMaxAge()));
            row.put("form", c.getForm());
            categories.add(row);
        }
        meta.put("categories", categories);
        Map<String, Object> timeline = new LinkedHashMap<>();
        var t = last.getTimeline();
        put(timeline, "entriesOpen", t.getEntriesOpen());
        put(timeline, "entriesClose", t.getEntriesClose());
        put(timeline, "judgingEnds", t.getJudgingEnds());
        put(timeline, "votingOpen", t.getVotingOpen());
        put(timeline, "votingClose", t.getVotingClose());
        put(timeline, "results", t.getResults());
        meta.put("timeline", timeline);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (EntryField f : last.getFields()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", f.getKey());
            row.put("label", f.getLabel());
            row.put("type", f.getType());
            row.put("required", f.isRequired());
            row.put("max", f.getMax());
            fields.add(row);
        }
        meta.put("fields", fields);
        meta.put("files", new LinkedHashMap<>(Map.of("types", last.getFiles().getTypes(), "min", last.getFiles().getMin(),
                "max", last.getFiles().getMax(), "maxMB", last.getFiles().getMaxMb())));
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Criterion c : last.getRubric().getCriteria()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", c.getName());
            row.put("weight", c.getWeight());
            if (c.getDescription() != null) {
                row.put("description", c.getDescription());
            }
            criteria.add(row);
        }
        meta.put("rubric", Map.of("scale", last.getRubric().getScaleMax(), "criteria", criteria));
        var v = last.getVoting();
        Map<String, Object> voting = new LinkedHashMap<>();
        voting.put("enabled", v.isEnabled());
        voting.put("who", v.getWho());
        voting.put("period", v.getPeriod());
        voting.put("juryWeight", v.getJuryWeight());
        voting.put("publicWeight", v.getPublicWeight());
        meta.put("voting", voting);
        meta.put("prizes", last.getPrizes());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        // the rules as a literal block, so the editor reads and edits them as the Markdown they are
        StringBuilder rules = new StringBuilder("rules: |\n");
        last.getRules().lines().forEach(line -> rules.append("  ").append(line).append('\n'));
        return "---\n" + new Yaml(options).dump(meta) + rules + "---\n"
                + (last.getDescription() == null ? "" : last.getDescription());
    }

    private static void put(Map<String, Object> timeline, String key, Instant when) {
        if (when != null) {
            // a year on, same local time; 29 February lands on 28 February
            timeline.put(key, TIME.format(when.atZone(VietnameseDates.ZONE).plusYears(1)));
        }
    }
}
