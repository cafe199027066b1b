package vn.quyentreem.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.util.Comparator;
import java.util.List;

/**
 * Checks a JSON request body against the Bean Validation constraints declared on its record, with Vietnamese
 * messages: what a body needs is written where the body is declared, and every endpoint refuses a body that lacks it
 * the same way, 400 with each problem and the field it is about. Rules that need the store or compare fields stay in
 * the control classes.
 */
@ApplicationScoped
public class ValidRequests {

    @Inject
    Validator validator;

    public ValidRequests() {
    }

    ValidRequests(Validator validator) {
        this.validator = validator;
    }

    /** The body when every constraint holds; otherwise a 400 refusal naming each field ({@code whenMissing} for no body). */
    public <T> T check(T body, String whenMissing) {
        if (body == null) {
            throw new Refusal(400, whenMissing);
        }
        List<Problem> problems = validator.validate(body).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> new Problem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            throw new Refusal(400, problems);
        }
        return body;
    }
}
