package vn.quyentreem.portal.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressLimitsTest {

    private final Instant start = Instant.parse("2027-06-20T02:00:00Z");

    @Test
    void aClassVotingTogetherFitsAScriptDoesNot() {
        AddressLimits limits = new AddressLimits(30, 100);
        for (int i = 0; i < 30; i++) {
            assertTrue(limits.allow("10.1.1.1", start.plusSeconds(i)), "pupil " + i);
        }
        assertFalse(limits.allow("10.1.1.1", start.plusSeconds(40)), "31st within the minute");
        assertTrue(limits.allow("10.9.9.9", start.plusSeconds(40)), "another school is not affected");
        assertTrue(limits.allow("10.1.1.1", start.plusSeconds(61)), "the next minute opens again");
    }

    @Test
    void theHourlyLimitHoldsAcrossMinutes() {
        AddressLimits limits = new AddressLimits(30, 50);
        for (int i = 0; i < 50; i++) {
            assertTrue(limits.allow("10.1.1.1", start.plusSeconds(i * 10L)));
        }
        assertFalse(limits.allow("10.1.1.1", start.plusSeconds(600)));
        assertTrue(limits.allow("10.1.1.1", start.plusSeconds(3601)), "an hour after the first, one slot is free");
    }
}
