package vn.quyentreem.portal.accounts.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-22T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private void fail(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    @Test
    void theFirstFailuresCostNothing() {
        fail(SignInThrottle.FREE_PAIR_FAILURES - 1, "lan", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBefore("lan", "10.0.0.1"));
    }

    @Test
    void thenEachFailureFromThatAddressDoublesTheWait() {
        fail(SignInThrottle.FREE_PAIR_FAILURES, "lan", "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore("lan", "10.0.0.1"));
        throttle.failed("lan", "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore("LAN", "10.0.0.1"), "usernames are case-blind");
        throttle.failed("lan", "10.0.0.1");
        assertEquals(Duration.ofSeconds(4), throttle.waitBefore("lan", "10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.waitBefore("lan", "10.0.0.2"), "the owner elsewhere is not held back");
    }

    @Test
    void anAttackerFloodingTheAdminFromOneAddressIsThrottledButTheAdminElsewhereIsNot() {
        fail(200, "admin", "203.0.113.66");
        assertEquals(SignInThrottle.MAX_WAIT, throttle.waitBefore("admin", "203.0.113.66"));
        assertEquals(SignInThrottle.MAX_WAIT, throttle.waitBefore("lan", "203.0.113.66"), "the address, on any account");
        assertEquals(Duration.ZERO, throttle.waitBefore("admin", "198.51.100.7"));
    }

    @Test
    void aFloodFromManyAddressesLeavesTheAdminAWayInFromANewOne() {
        for (int i = 0; i < 5_000; i++) {
            fail(3, "admin", "203.0.113." + (i % 250) + "/" + i);
        }
        assertEquals(Duration.ZERO, throttle.waitBefore("admin", "198.51.100.7"), "a new address is always free");
        throttle.failed("admin", "198.51.100.7");
        Duration afterATypo = throttle.waitBefore("admin", "198.51.100.7");
        assertTrue(afterATypo.compareTo(Duration.ZERO) > 0 && afterATypo.compareTo(Duration.ofSeconds(1)) <= 0,
                "under attack, one failure from an address is enough to slow it, briefly: " + afterATypo);
        assertTrue(throttle.waitBefore("admin", "203.0.113.7/7").compareTo(Duration.ZERO) > 0,
                "each attacking address gets one free failure, not five");
    }

    @Test
    void theWaitIsCappedAndPassesWithTime() {
        fail(40, "lan", "10.0.0.1");
        assertEquals(SignInThrottle.MAX_WAIT, throttle.waitBefore("lan", "10.0.0.1"));
        clock.now = clock.now.plus(SignInThrottle.MAX_WAIT);
        assertEquals(Duration.ZERO, throttle.waitBefore("lan", "10.0.0.1"), "never locked for good");
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedToo() {
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("nguoi-" + i, "10.0.0.66");
        }
        assertTrue(throttle.waitBefore("nguoi-moi", "10.0.0.66").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitBefore("nguoi-moi", "10.0.0.7"), "other addresses are not affected");
    }

    @Test
    void tokenAttemptsCountForTheirAddress() {
        fail(SignInThrottle.FREE_ADDRESS_FAILURES, null, "10.0.0.66");
        assertTrue(throttle.waitBefore(null, "10.0.0.66").compareTo(Duration.ZERO) > 0);
        assertTrue(throttle.waitBefore("lan", "10.0.0.66").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitBefore(null, "10.0.0.7"));
    }

    @Test
    void successClearsTheAccountFromThatAddressOnly() {
        fail(8, "lan", "10.0.0.1");
        fail(8, "lan", "10.0.0.2");
        throttle.succeeded("lan", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBefore("lan", "10.0.0.1"));
        assertTrue(throttle.waitBefore("lan", "10.0.0.2").compareTo(Duration.ZERO) > 0);
    }

    @Test
    void failuresAreForgottenAfterAnHour() {
        fail(8, "lan", "10.0.0.1");
        clock.now = clock.now.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1);
        throttle.failed("lan", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBefore("lan", "10.0.0.1"), "counting starts again");
    }

    @Test
    void countersStayWithinTheirCapAfter100000DistinctAddresses() {
        for (int i = 0; i < 100_000; i++) {
            throttle.failed("admin", "10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        // addresses and pairs at the cap, plus the one account
        assertTrue(throttle.size() <= 2 * SignInThrottle.MAX_ENTRIES + 1, "entries: " + throttle.size());
        fail(SignInThrottle.FREE_PAIR_FAILURES, "lan", "10.9.9.9");
        assertTrue(throttle.waitBefore("lan", "10.9.9.9").compareTo(Duration.ZERO) > 0, "fresh entries still count");
    }

    @Test
    void entriesGoOnceTheirWindowHasPassed() {
        for (int i = 0; i < 1_000; i++) {
            throttle.failed("nguoi-" + i, "10.0.0." + i);
        }
        clock.now = clock.now.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1);
        throttle.failed("lan", "10.0.0.1");
        assertEquals(3, throttle.size(), "only the newest failure's address, pair and account are left");
    }
}
