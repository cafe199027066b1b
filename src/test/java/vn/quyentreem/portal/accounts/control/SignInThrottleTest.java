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

    @Test
    void theFirstFailuresCostNothing() {
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES - 1; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        assertEquals(Duration.ZERO, throttle.waitBefore("lan", "10.0.0.1"));
    }

    @Test
    void thenEachFailureDoublesTheWait() {
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore("lan", "10.0.0.2"), "per account, from any address");
        throttle.failed("lan", "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore("LAN", "10.0.0.3"), "usernames are case-blind");
        throttle.failed("lan", "10.0.0.1");
        assertEquals(Duration.ofSeconds(4), throttle.waitBefore("lan", "10.0.0.1"));
    }

    @Test
    void theWaitIsCappedAndPassesWithTime() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        assertEquals(SignInThrottle.MAX_WAIT, throttle.waitBefore("lan", "10.0.0.9"));
        clock.now = clock.now.plus(SignInThrottle.MAX_WAIT);
        assertEquals(Duration.ZERO, throttle.waitBefore("lan", "10.0.0.9"), "never locked for good");
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
    void successClearsTheAccount() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        throttle.succeeded("lan");
        assertEquals(Duration.ZERO, throttle.waitBefore("lan", "10.0.0.2"));
    }

    @Test
    void failuresAreForgottenAfterAnHour() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        clock.now = clock.now.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1);
        throttle.failed("lan", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBefore("lan", "10.0.0.2"), "counting starts again");
    }
}
