package vn.quyentreem.portal.contests.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.platform.VietnameseDates;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /cuoc-thi: the contests running now, and the archive of past editions by contest. */
@Named
@RequestScoped
public class ContestsView {

    public record Series(String name, List<Contest> editions) {
    }

    @Inject
    Contests contests;

    @Inject
    VietnameseDates dates;

    private final Instant now = Instant.now();
    private List<Contest> all;

    private List<Contest> all() {
        if (all == null) {
            all = contests.findByStatus(Contest.PUBLISHED).stream()
                    .sorted(Comparator.comparing((Contest c) -> c.getTimeline().getEntriesOpen()).reversed()).toList();
        }
        return all;
    }

    public List<Contest> getCurrent() {
        return all().stream().filter(c -> ContestPhase.of(c, now) != ContestPhase.RESULTS).toList();
    }

    public List<Series> getArchive() {
        Map<String, List<Contest>> byName = new LinkedHashMap<>();
        all().stream().filter(c -> ContestPhase.of(c, now) == ContestPhase.RESULTS)
                .forEach(c -> byName.computeIfAbsent(c.getName(), n -> new java.util.ArrayList<>()).add(c));
        return byName.entrySet().stream().map(e -> new Series(e.getKey(), e.getValue())).toList();
    }

    /** "Hạn gửi bài …" on the card while entries can still come in; null once they cannot. */
    public String deadline(Contest contest) {
        Instant close = contest.getTimeline().getEntriesClose();
        return close != null && now.isBefore(close) ? "Hạn gửi bài: " + dates.dateTime(close) : null;
    }

    public ContestPhase phase(Contest contest) {
        return ContestPhase.of(contest, now);
    }
}
