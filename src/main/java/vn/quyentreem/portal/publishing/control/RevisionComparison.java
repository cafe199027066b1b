package vn.quyentreem.portal.publishing.control;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Which two revisions a history page compares and what changed between them. Unless asked otherwise it shows the
 * last real change: the newest revision against the nearest older one whose content differs, so that a save that
 * changed nothing (the same form sent again) never hides the change before it.
 */
public final class RevisionComparison implements Serializable {

    /** A revision as compared: its number and everything it holds, as lines of text. */
    public record Version(int number, List<String> text) implements Serializable {
    }

    private final Set<Integer> unchanged = new HashSet<>();
    private final Integer from;
    private final Integer to;
    private final List<RevisionDiff.Line> lines;

    private RevisionComparison(Integer from, Integer to, List<RevisionDiff.Line> lines) {
        this.from = from;
        this.to = to;
        this.lines = lines;
    }

    /**
     * @param newestFirst every revision, the newest first, as the repositories list them
     * @param from        the older side asked for, or null for the default
     * @param to          the newer side asked for, or null for the newest
     */
    public static RevisionComparison of(List<Version> newestFirst, Integer from, Integer to) {
        Optional<Version> newer = find(newestFirst, to).or(() -> newestFirst.stream().findFirst());
        Optional<Version> older = find(newestFirst, from).or(() -> newer.flatMap(n -> lastRealChange(newestFirst, n)));
        RevisionComparison c = newer.isPresent() && older.isPresent()
                ? new RevisionComparison(older.get().number(), newer.get().number(),
                        RevisionDiff.lines(older.get().text(), newer.get().text()))
                : new RevisionComparison(older.map(Version::number).orElse(null),
                        newer.map(Version::number).orElse(null), List.of());
        for (int i = 0; i + 1 < newestFirst.size(); i++) {
            if (newestFirst.get(i).text().equals(newestFirst.get(i + 1).text())) {
                c.unchanged.add(newestFirst.get(i).number());
            }
        }
        return c;
    }

    /** The same, for any kind of revision: its number and its content as lines are read with the two functions. */
    public static <R> RevisionComparison of(List<R> newestFirst, ToIntFunction<R> number, Function<R, List<String>> text,
                                            Integer from, Integer to) {
        return of(newestFirst.stream().map(r -> new Version(number.applyAsInt(r), text.apply(r))).toList(), from, to);
    }

    /** The nearest revision older than {@code newer} that differs from it, else the one just before it. */
    static Optional<Version> lastRealChange(List<Version> newestFirst, Version newer) {
        List<Version> older = newestFirst.stream().filter(v -> v.number() < newer.number()).toList();
        return older.stream().filter(v -> !v.text().equals(newer.text())).findFirst()
                .or(() -> older.stream().findFirst());
    }

    private static Optional<Version> find(List<Version> versions, Integer number) {
        return number == null ? Optional.empty() : versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** Whether two revisions are compared at all (there are fewer than two, or a number asked for is unknown). */
    public boolean isComparing() {
        return from != null && to != null;
    }

    /** The two revisions hold the same content: the page says so instead of showing a comparison. */
    public boolean isIdentical() {
        return isComparing() && lines.stream().allMatch(l -> l.kind().equals("same"));
    }

    /** Whether a revision saved exactly what the one before it held (e.g. the same form sent again). */
    public boolean unchanged(int number) {
        return unchanged.contains(number);
    }

    public Integer getFrom() { return from; }
    public Integer getTo() { return to; }
    public List<RevisionDiff.Line> getLines() { return lines; }
}
