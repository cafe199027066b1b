package vn.quyentreem.portal.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnamesePhonesTest {

    @ParameterizedTest
    @CsvSource({
            "0912345678, 0912345678",
            "0912 345 678, 0912345678",
            "091.234.5678, 0912345678",
            "+84 912 345 678, 0912345678",
            "+84912345678, 0912345678",
            "84912345678, 0912345678",
            "(+84) 38-123-4567, 0381234567",
            "0701234567, 0701234567",
            "024 3824 1234, 02438241234",
            "(028) 3822 5678, 02838225678",
            "+84 24 3824 1234, 02438241234"})
    void typedNumbersBecomeOneNationalForm(String typed, String national) {
        assertEquals(Optional.of(national), VietnamesePhones.normalize(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "0123456789", "0412345678", "091234567", "09123456789", "+1 202 555 0123",
            "0084912345678", "0912-abc-678", "02438241"})
    void otherNumbersAreRefused(String typed) {
        assertEquals(Optional.empty(), VietnamesePhones.normalize(typed));
    }

    @ParameterizedTest
    @CsvSource({"0912345678, 0912 345 678", "02438241234, 024 3824 1234"})
    void numbersAreShownInGroups(String national, String shown) {
        assertEquals(shown, VietnamesePhones.display(national));
    }
}
