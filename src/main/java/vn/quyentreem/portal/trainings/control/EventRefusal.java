package vn.quyentreem.portal.trainings.control;

/** A registration or an editor's change that cannot be made, with the reason in Vietnamese and the API's status. */
public class EventRefusal extends RuntimeException {

    private final int status;

    public EventRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
