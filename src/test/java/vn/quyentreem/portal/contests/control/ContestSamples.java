package vn.quyentreem.portal.contests.control;

/** Contest definitions for tests, in the format of content/contests. */
final class ContestSamples {

    private ContestSamples() {
    }

    static String definition(String entriesOpen, String entriesClose, String judgingEnds, String votingOpen,
                             String votingClose, String results) {
        return """
                ---
                name: "Ngôi nhà mơ ước"
                edition: "2027"
                ages: [6, 15]
                categories:
                  - {code: "tranh-6-10", name: "Tranh vẽ 6–10 tuổi", ages: [6, 10], form: "tranh vẽ"}
                  - {code: "viet-11-15", name: "Bài viết 11–15 tuổi", ages: [11, 15], form: "bài viết"}
                timeline:
                  entriesOpen: "%s"
                  entriesClose: "%s"
                  judgingEnds: "%s"
                  votingOpen: "%s"
                  votingClose: "%s"
                  results: "%s"
                fields:
                  - {key: "title", label: "Tên tác phẩm", type: text, required: true, max: 100}
                  - {key: "y-tuong", label: "Ý tưởng", type: textarea, required: true, max: 500}
                files: {types: [image], min: 0, max: 2, maxMB: 1}
                rubric:
                  scale: 10
                  criteria:
                    - {name: "Ý tưởng", weight: 60, description: "Mới, riêng"}
                    - {name: "Thể hiện", weight: 40}
                voting: {enabled: true, period: day, juryWeight: 70, publicWeight: 30}
                prizes: ["Giải Nhất", "Giải Nhì"]
                rules: |
                  1. Mỗi em gửi một bài.

                  2. Bài của em dưới 16 tuổi cần cha mẹ đồng ý.
                ---
                ## Giới thiệu

                Cuộc thi vẽ và viết về ngôi nhà em mơ ước.
                """.formatted(entriesOpen, entriesClose, judgingEnds, votingOpen, votingClose, results);
    }

    static String definition() {
        return definition("2027-03-01 08:00", "2027-05-31 23:59", "2027-06-15 17:00", "2027-06-16 08:00",
                "2027-06-25 20:00:30", "2027-06-30 09:00");
    }
}
