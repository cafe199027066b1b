package vn.quyentreem.portal.awards.control;

import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.util.List;

/** Something an award programme cannot do as asked, with the reason in Vietnamese and the HTTP status. */
public class AwardRefusal extends Refusal {

    public AwardRefusal(int status, String message) {
        super(status, message);
    }

    private AwardRefusal(List<Problem> problems) {
        super(400, problems);
    }

    static AwardRefusal badInput(String message) {
        return new AwardRefusal(400, message);
    }

    static AwardRefusal badInput(List<Problem> problems) {
        return new AwardRefusal(problems);
    }

    static AwardRefusal conflict(String message) {
        return new AwardRefusal(409, message);
    }

    static AwardRefusal notFound(String message) {
        return new AwardRefusal(404, message);
    }

    static AwardRefusal editorsOnly() {
        return new AwardRefusal(403, "Chỉ biên tập viên được quản lý giải thưởng");
    }
}
