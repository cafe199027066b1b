package vn.quyentreem.portal.articles.control;

/** A workflow step that may not happen, with the reason in Vietnamese for the person who tried it. */
public class WorkflowException extends RuntimeException {

    public enum Reason { NOT_FOUND, FORBIDDEN, INVALID, CONFLICT }

    private final Reason reason;

    public WorkflowException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public int httpStatus() {
        return switch (reason) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case INVALID -> 400;
            case CONFLICT -> 409;
        };
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
}
