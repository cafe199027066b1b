package vn.quyentreem.portal.articles.control;

import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.util.List;

/** A workflow step that may not happen, with the reason in Vietnamese for the person who tried it. */
public class WorkflowException extends Refusal {

    public enum Reason {
        NOT_FOUND(404), FORBIDDEN(403), INVALID(400), CONFLICT(409);

        private final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    private final Reason reason;

    public WorkflowException(Reason reason, String message) {
        super(reason.status, message);
        this.reason = reason;
    }

    private WorkflowException(Problem problem) {
        super(Reason.INVALID.status, List.of(problem));
        this.reason = Reason.INVALID;
    }

    public Reason reason() {
        return reason;
    }

    public int httpStatus() {
        return status();
    }

    static WorkflowException notFound() {
        return new WorkflowException(Reason.NOT_FOUND, "Không tìm thấy bài viết");
    }

    public static WorkflowException forbidden(String what) {
        return new WorkflowException(Reason.FORBIDDEN, "Bạn không có quyền " + what);
    }

    public static WorkflowException conflict(String message) {
        return new WorkflowException(Reason.CONFLICT, message);
    }

    public static WorkflowException invalid(String message) {
        return new WorkflowException(Reason.INVALID, message);
    }

    /** Bad input in one field, named as the API names it ("title", "coverAlt"…), so that pages can mark it. */
    public static WorkflowException invalid(String field, String message) {
        return new WorkflowException(new Problem(field, message));
    }
}
