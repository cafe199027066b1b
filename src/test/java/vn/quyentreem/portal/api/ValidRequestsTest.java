package vn.quyentreem.portal.api;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.consent.boundary.ConsentResource;
import vn.quyentreem.portal.contests.boundary.ContestsResource;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Request bodies are checked against the constraints on their records, with Vietnamese messages naming the field. */
class ValidRequestsTest {

    private static ValidatorFactory factory;
    private static ValidRequests requests;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        requests = new ValidRequests(factory.getValidator());
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aGuardiansDecisionMustBeOneOfThree() {
        var ok = new ConsentResource.Decision("consent", "Nguyễn Thị Hoa", true, false);
        assertSame(ok, requests.check(ok, "Cần nội dung"));

        Refusal missing = assertThrows(Refusal.class, () -> requests.check(null, "Cần trường decision"));
        assertEquals(400, missing.status());
        assertEquals("Cần trường decision", missing.getMessage());

        Refusal unknown = assertThrows(Refusal.class,
                () -> requests.check(new ConsentResource.Decision("maybe", null, false, false), "Cần nội dung"));
        assertEquals(400, unknown.status());
        assertEquals(List.of(new Problem("decision", "decision phải là consent, decline hoặc withdraw")), unknown.problems());

        Refusal none = assertThrows(Refusal.class,
                () -> requests.check(new ConsentResource.Decision(null, null, false, false), "Cần nội dung"));
        assertEquals(List.of(new Problem("decision", "Cần trường decision: consent, decline hoặc withdraw")), none.problems());
    }

    @Test
    void aScreeningNeedsItsVerdict() {
        Refusal e = assertThrows(Refusal.class,
                () -> requests.check(new ContestsResource.Screen(null, "Sai khổ giấy"), "Cần nội dung"));
        assertEquals(List.of(new Problem("eligible", "Cần trường eligible (true/false)")), e.problems());
        assertEquals(Boolean.FALSE, requests.check(new ContestsResource.Screen(false, "Sai khổ giấy"), "x").eligible());
    }
}
