package vn.quyentreem.portal.club.control;

/** Something the club cannot do as asked, with the reason in Vietnamese and the HTTP status the API answers with. */
public class ClubRefusal extends RuntimeException {

    private final int status;

    public ClubRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
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
