package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.consent.control.ConsentSubject;
import vn.quyentreem.portal.consent.control.ConsentText;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.contests.entity.EntryField;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a guardian reads of a child's entry before deciding: the category, every answer, how many files. */
@ApplicationScoped
public class EntryPreview implements ConsentSubject {

    @Inject
    ContestEntries entries;

    @Inject
    Contests contests;

    @Override
    public Optional<List<Line>> preview(String subjectType, String subjectId) {
        if (!ConsentText.CONTEST_ENTRY.equals(subjectType)) {
            return Optional.empty();
        }
        return entries.findById(subjectId).filter(ContestEntry::isActive).flatMap(entry ->
                contests.findById(entry.getContestId()).map(contest -> {
                    List<Line> lines = new ArrayList<>();
                    lines.add(new Line("Hạng mục", contest.category(entry.getCategory()).map(c -> c.getName()).orElse(entry.getCategory())));
                    for (EntryField field : contest.getFields()) {
                        String value = entry.value(field.getKey());
                        if (value != null && !value.isBlank()) {
                            lines.add(new Line(field.getLabel(), value));
                        }
                    }
                    lines.add(new Line("Tệp gửi kèm", entry.getFiles().isEmpty() ? "Không có"
                            : entry.getFiles().size() + " tệp (tranh, ảnh hoặc PDF; thông tin ẩn trong tệp đã được xóa)"));
                    return lines;
                }));
    }
}
