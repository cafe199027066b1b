package vn.quyentreem.portal.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts per key (a network address, an e-mail) over a sliding minute and hour, e.g. votes, where the limits
 * are set so a school whose pupils share one connection can vote together, or account sign-ups. Kept in memory: a
 * restart forgets, which only ever errs towards letting people in.
 */
public class AddressLimits {

    private final int perMinute;
    private final int perHour;
    private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();

    public AddressLimits(int perMinute, int perHour) {
        this.perMinute = perMinute;
        this.perHour = perHour;
    }

    /** Counts an attempt for the key; false when it is over either limit. */
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
