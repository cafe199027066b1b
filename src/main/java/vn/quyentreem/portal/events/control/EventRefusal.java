package vn.quyentreem.portal.events.control;

import vn.quyentreem.portal.platform.Refusal;

/** A registration or an editor's change that cannot be made, with the reason in Vietnamese and the API's status. */
public class EventRefusal extends Refusal {

    public EventRefusal(int status, String message) {
        super(status, message);
    }
}
