package vn.quyentreem.portal.contests.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Votes per network address over a sliding minute and hour. The limits are set for a school whose pupils share one
 * connection: a class voting together fits; a script casting hundreds does not. Kept in memory: a restart forgets,
 * which only ever errs towards letting people vote.
 */
public class AddressLimits {

    private final int perMinute;
    private final int perHour;
    private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();

    public AddressLimits(int perMinute, int perHour) {
        this.perMinute = perMinute;
        this.perHour = perHour;
    }

    /** Counts an attempt from the address; false when it is over either limit. */
    public boolean allow(String address, Instant now) {
        Deque<Instant> times = seen.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
                times.pollFirst();
            }
            long lastMinute = times.stream().filter(t -> t.isAfter(now.minus(Duration.ofMinutes(1)))).count();
            if (lastMinute >= perMinute || times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
