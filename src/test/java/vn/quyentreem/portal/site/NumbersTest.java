package vn.quyentreem.portal.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    @Test
    void decimalsTakeACommaAndThousandsADot() {
        Numbers numbers = new Numbers();
        assertEquals("86,4", numbers.decimal(86.4));
        assertEquals("77,33", numbers.decimal(77.3333));
        assertEquals("90", numbers.decimal(90.0));
        assertEquals("1.234,5", numbers.decimal(1234.5));
    }
}
