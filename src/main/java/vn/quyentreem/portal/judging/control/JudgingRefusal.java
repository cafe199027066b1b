package vn.quyentreem.portal.judging.control;

import vn.quyentreem.portal.platform.Refusal;

/** A score or declaration that cannot be taken, with the reason in Vietnamese and the HTTP status for the API. */
public class JudgingRefusal extends Refusal {

    public JudgingRefusal(int status, String message) {
        super(status, message);
    }
}
