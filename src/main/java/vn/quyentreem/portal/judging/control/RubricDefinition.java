package vn.quyentreem.portal.judging.control;

import vn.quyentreem.portal.content.DefinitionReader;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.judging.entity.Rubric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads a rubric as contests and award programmes write it: {@code {scale: 10, criteria: [{name, weight, description}]}}. */
public final class RubricDefinition {

    private RubricDefinition() {
    }

    public static Rubric read(Object value, DefinitionReader read) {
        Map<?, ?> r = value instanceof Map<?, ?> m ? m : Map.of();
        int scale = r.get("scale") instanceof Number n ? n.intValue() : 10;
        if (scale < 1 || scale > 100) {
            read.problem("Thang điểm («rubric.scale») từ 1 đến 100");
        }
        List<Criterion> criteria = new ArrayList<>();
        if (r.get("criteria") instanceof Collection<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> m && DefinitionReader.text(m.get("name")) != null
                        && m.get("weight") instanceof Number w && w.intValue() > 0) {
                    Criterion criterion = new Criterion(DefinitionReader.text(m.get("name")), w.intValue());
                    criterion.setDescription(DefinitionReader.text(m.get("description")));
                    criteria.add(criterion);
                } else {
                    read.problem("Mỗi tiêu chí chấm cần «name» và «weight» là số nguyên dương");
                }
            }
        }
        if (criteria.isEmpty()) {
            read.problem("Cần tiêu chí chấm («rubric.criteria»)");
        }
        return new Rubric(criteria, scale);
    }
}
