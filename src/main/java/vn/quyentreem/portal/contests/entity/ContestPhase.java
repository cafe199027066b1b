package vn.quyentreem.portal.contests.entity;

import vn.quyentreem.portal.platform.Choices;

import java.time.Instant;

/** Where a contest stands on its timeline, and what a visitor can do now. */
public enum ContestPhase {
    UPCOMING("Sắp mở nhận bài", "Cuộc thi sắp mở nhận bài. Hãy đọc thể lệ và chuẩn bị tác phẩm."),
    OPEN("Đang nhận bài", "Cuộc thi đang nhận bài dự thi. Đăng nhập và gửi bài trước hạn chót."),
    JUDGING("Đang chấm", "Đã hết hạn nhận bài. Ban giám khảo đang chấm các bài dự thi."),
    VOTING_SOON("Sắp bình chọn", "Ban giám khảo đã chọn các bài vào vòng bình chọn; cổng bình chọn sắp mở."),
    VOTING("Đang bình chọn", "Mời bạn xem các bài vào vòng trong và bình chọn cho bài mình yêu thích."),
    AWAITING_RESULTS("Chờ công bố kết quả", "Đã đóng bình chọn. Kết quả sẽ được công bố theo lịch."),
    RESULTS("Đã có kết quả", "Cuộc thi đã kết thúc. Xem kết quả và các bài đoạt giải.");

    private final String label;
    private final String advice;

    ContestPhase(String label, String advice) {
        this.label = label;
        this.advice = advice;
    }

    public static ContestPhase of(Contest contest, Instant now) {
        Timeline t = contest.getTimeline();
        if (contest.resultsPublic(now)) {
            return RESULTS;
        }
        if (now.isBefore(t.getEntriesOpen())) {
            return UPCOMING;
        }
        if (now.isBefore(t.getEntriesClose())) {
            return OPEN;
        }
        if (!contest.getVoting().isEnabled() || t.getVotingOpen() == null) {
            return now.isBefore(t.getJudgingEnds()) ? JUDGING : AWAITING_RESULTS;
        }
        if (now.isBefore(t.getJudgingEnds())) {
            return JUDGING;
        }
        if (now.isBefore(t.getVotingOpen())) {
            return VOTING_SOON;
        }
        if (now.isBefore(t.getVotingClose())) {
            return VOTING;
        }
        return AWAITING_RESULTS;
    }

    public String json() {
        return Choices.json(this);
    }

    public String getLabel() {
        return label;
    }

    public String getAdvice() {
        return advice;
    }
}
