package vn.quyentreem.portal.platform;

/**
 * Something a feature will not do as asked, with the reason in Vietnamese for the person asking and the HTTP status
 * the API answers with. Features subclass it so callers can tell whose rule said no.
 */
public class Refusal extends RuntimeException {

    private final int status;

    public Refusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
