package vn.quyentreem.portal.publishing.control;

import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.util.List;

/** A publishing step that may not happen (on an article or a campaign), with the reason for the person who tried it. */
public class PublishingRefusal extends Refusal {

    private PublishingRefusal(int status, String message) {
        super(status, message);
    }

    private PublishingRefusal(Problem problem) {
        super(400, List.of(problem));
    }

    public static PublishingRefusal notFound(String message) {
        return new PublishingRefusal(404, message);
    }

    public static PublishingRefusal forbidden(String what) {
        return new PublishingRefusal(403, "Bạn không có quyền " + what);
    }

    public static PublishingRefusal conflict(String message) {
        return new PublishingRefusal(409, message);
    }

    public static PublishingRefusal invalid(String message) {
        return new PublishingRefusal(400, message);
    }

    /** Bad input in one field, named as the API names it ("title", "coverAlt"…), so that pages can mark it. */
    public static PublishingRefusal invalid(String field, String message) {
        return new PublishingRefusal(new Problem(field, message));
    }
}
