package vn.quyentreem.portal.club.control;

import vn.quyentreem.portal.platform.Refusal;

/** Something the club cannot do as asked, with the reason in Vietnamese and the HTTP status the API answers with. */
public class ClubRefusal extends Refusal {

    public ClubRefusal(int status, String message) {
        super(status, message);
    }

    static ClubRefusal badInput(String message) {
        return new ClubRefusal(400, message);
    }

    static ClubRefusal conflict(String message) {
        return new ClubRefusal(409, message);
    }

    static ClubRefusal notFound() {
        return new ClubRefusal(404, "Không có đơn hoặc hội viên này");
    }

    static ClubRefusal editorsOnly() {
        return new ClubRefusal(403, "Chỉ biên tập viên được xét duyệt hội viên câu lạc bộ");
    }
}
