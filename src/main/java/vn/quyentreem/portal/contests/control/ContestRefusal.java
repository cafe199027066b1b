package vn.quyentreem.portal.contests.control;

import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.util.List;

/** Something a contest cannot do as asked, with the reason in Vietnamese and the HTTP status the API answers with. */
public class ContestRefusal extends Refusal {

    public ContestRefusal(int status, String message) {
        super(status, message);
    }

    private ContestRefusal(List<Problem> problems) {
        super(400, problems);
    }

    public static ContestRefusal badInput(String message) {
        return new ContestRefusal(400, message);
    }

    public static ContestRefusal badInput(List<Problem> problems) {
        return new ContestRefusal(problems);
    }

    public static ContestRefusal conflict(String message) {
        return new ContestRefusal(409, message);
    }

    public static ContestRefusal notFound(String message) {
        return new ContestRefusal(404, message);
    }

    public static ContestRefusal forbidden(String message) {
        return new ContestRefusal(403, message);
    }
}
