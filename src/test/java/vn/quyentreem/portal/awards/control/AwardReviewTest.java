package vn.quyentreem.portal.awards.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.awards.entity.Laureate;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.awards.entity.Nominations;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.judging.entity.Conflict;
import vn.quyentreem.portal.judging.entity.Conflicts;
import vn.quyentreem.portal.judging.entity.Scorecard;
import vn.quyentreem.portal.judging.entity.Scorecards;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.media.entity.PrivateFile;
import vn.quyentreem.portal.testing.Events;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.Fields;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From nominations to laureates on in-memory stores: editors screen with a reason, merge duplicates and shortlist;
 * the council scores the shortlist; editors decide the laureates, kept under embargo until the announcement.
 */
class AwardReviewTest {

    static final String DEFINITION = """
            ---
            name: "Gương mặt trẻ em tiêu biểu"
            summary: "Tôn vinh những em nhỏ sống tử tế."
            selfNomination: true
            forChildren: true
            cycles:
              - year: 2026
                categories:
                  - {code: "6-10", name: "Các em từ 6 đến 10 tuổi", kind: individual, ages: [6, 10]}
                nominationsOpen: "2026-08-01 08:00"
                nominationsClose: "2026-10-15 23:59"
                announce: "2026-11-20 09:00"
                rubric: {scale: 10, criteria: [{name: "Việc tốt", weight: 1}]}
              - year: 2027
                categories:
                  - {code: "6-10", name: "Các em từ 6 đến 10 tuổi", kind: individual, ages: [6, 10]}
                nominationsOpen: "2027-08-01 08:00"
                nominationsClose: "2027-10-15 23:59"
                announce: "2027-11-20 09:00"
                rubric: {scale: 10, criteria: [{name: "Việc tốt", weight: 60}, {name: "Nghị lực", weight: 40}]}
                council: ["hd.lan", "hd.minh"]
            ---
            Giới thiệu.
            """;

    private final InMemoryRepository<AwardProgramme> programmeRows = new InMemoryRepository<>(AwardProgramme::getId);
    private final InMemoryRepository<Nomination> nominationRows = new InMemoryRepository<>(Nomination::getId);
    private final InMemoryRepository<Account> accountRows = new InMemoryRepository<>(Account::getUsername);
    private final InMemoryRepository<Scorecard> cardRows = new InMemoryRepository<>(Scorecard::getId);
    private final InMemoryRepository<Conflict> conflictRows = new InMemoryRepository<>(Conflict::getId);
    private final List<OutboxMessage> sent = new ArrayList<>();
    private final List<Object> fired = new ArrayList<>();
    private final AwardReview review = new AwardReview();
    private final Account editor = Fakes.account("bt.hoa", Roles.EDITOR);
    private final Account journalist = Fakes.account("pv.an", Roles.JOURNALIST);
    private final Account lan = Fakes.account("hd.lan", Roles.JURY);
    private final Account minh = Fakes.account("hd.minh");
    private AwardProgramme programme;

    @BeforeEach
    void wire() {
        Judging judging = new Judging();
        Fields.set(judging, "leases", Fakes.leases());
        Fields.set(judging, "cards", cardRows.as(Scorecards.class));
        Fields.set(judging, "conflicts", conflictRows.as(Conflicts.class));
        review.leases = Fakes.leases();
        review.programmes = programmeRows.as(AwardProgrammes.class);
        review.nominations = nominationRows.as(Nominations.class);
        review.accounts = accountRows.as(Accounts.class);
        review.judging = judging;
        review.mailer = Fakes.mailer(sent);
        review.audit = Fakes.audit();
        review.changes = Events.into(fired);
        programme = AwardDefinition.read(DEFINITION);
        programme.setId("p1");
        programmeRows.rows.put("p1", programme);
        accountRows.rows.put("gk.an", Fakes.account("gk.an", Roles.JURY));
        accountRows.rows.put("gk.cu", Fakes.account("gk.cu", Roles.JURY));
        accountRows.rows.get("gk.cu").setActive(false);
        accountRows.rows.put("bt.hoa", editor);
    }

    private Nomination nomination(String id, int year, String nominee, String given, String province) {
        Nomination n = new Nomination();
        n.setId(id);
        n.setProgrammeId("p1");
        n.setYear(year);
        n.setCategory("6-10");
        n.setCode("GMTE-" + year + "-" + id);
        n.setNominatorName("Người đề cử " + id);
        n.setNominatorEmail("de-cu-" + id + "@example.org");
        n.setRelation("Cô giáo");
        n.setNomineeName(nominee);
        n.setNomineeGivenName(given);
        n.setNomineeProvince(province);
        n.setConsent("GIVEN");
        n.setAchievements("Việc tốt của đề cử " + id + ".");
        n.setStatus(Nomination.ACTIVE);
        nominationRows.rows.put(id, n);
        return n;
    }

    /** A nomination screened eligible and on the 2027 shortlist, with its guardian's consent. */
    private Nomination shortlisted(String id, String nominee, String given) {
        Nomination n = nomination(id, 2027, nominee, given, "Nghệ An");
        n.setEligible(true);
        n.setShortlisted(true);
        return n;
    }

    private static int status(Runnable step) {
        return assertThrows(AwardRefusal.class, step::run).status();
    }

    private AwardCycle cycle2027() {
        return programmeRows.rows.get("p1").cycle(2027).orElseThrow();
    }

    @Test
    void onlyEditorsScreenAndTheNominatorIsToldWhy() {
        Nomination n = shortlisted("0001", "Nguyễn Minh Anh", "Minh Anh");
        nomination("0002", 2027, "Lê Văn Bình", "Văn Bình", "Huế").setProgrammeId("p-khac");
        nomination("0003", 2027, "Trần Thị Cúc", "Thị Cúc", "Huế").setStatus(Nomination.MERGED);

        assertEquals(403, status(() -> review.screen(programme, "0001", false, "Thiếu minh chứng", journalist)));
        assertEquals(403, status(() -> review.screen(programme, "0001", false, "Thiếu minh chứng", null)));
        assertEquals(403, status(() -> review.screen(programme, "0001", false, "Thiếu minh chứng", lan)), "the council does not screen");
        assertEquals(400, status(() -> review.screen(programme, "0001", true, "   ", editor)), "even a yes needs a reason");
        assertEquals(400, status(() -> review.screen(programme, "0001", false, "x".repeat(1001), editor)));
        for (String missing : new String[] {"khong-co", "0002", "0003", null}) {
            assertEquals(404, status(() -> review.screen(programme, missing, true, "Đủ điều kiện", editor)), missing);
        }
        assertTrue(sent.isEmpty());
        assertTrue(n.isShortlisted() && Boolean.TRUE.equals(n.getEligible()), "a refused step changes nothing");

        Nomination screened = review.screen(programme, "0001", false, "  Chưa có xác nhận của nhà trường  ", editor);
        assertEquals(Boolean.FALSE, screened.getEligible());
        assertEquals("Chưa có xác nhận của nhà trường", screened.getScreeningReason());
        assertFalse(nominationRows.rows.get("0001").isShortlisted(), "an ineligible nomination leaves the shortlist");
        assertEquals(List.of(), review.shortlist(programme, 2027));
        assertEquals("de-cu-0001@example.org", sent.get(0).getRecipient());
        assertTrue(sent.get(0).getText().contains("chưa đủ điều kiện"), sent.get(0).getText());
        assertTrue(sent.get(0).getText().contains("Chưa có xác nhận của nhà trường"));

        review.screen(programme, "0001", true, "Đã bổ sung xác nhận", Fakes.account("qt.vien", Roles.ADMIN));
        assertEquals(Boolean.TRUE, nominationRows.rows.get("0001").getEligible());
        assertFalse(nominationRows.rows.get("0001").isShortlisted(), "eligible again, but shortlisting is its own step");
        assertTrue(sent.get(1).getText().contains("đủ điều kiện và được chuyển"), sent.get(1).getText());
    }

    @Test
    void theShortlistTakesOnlyEligibleNominationsWhoseGuardianAgreed() {
        Nomination ok = nomination("0001", 2027, "Nguyễn Minh Anh", "Minh Anh", "Nghệ An");
        ok.setEligible(true);
        nomination("0002", 2027, "Lê Văn Bình", "Văn Bình", "Huế").setEligible(false);
        Nomination unscreened = nomination("0003", 2027, "Trần Thị Cúc", "Thị Cúc", "Huế");
        Nomination held = nomination("0004", 2027, "Phạm Gia Huy", "Gia Huy", "Đồng Tháp");
        held.setEligible(true);
        held.setConsent("PENDING");

        assertEquals(403, status(() -> review.shortlist(programme, List.of("0001"), true, journalist)));
        assertEquals(400, status(() -> review.shortlist(programme, List.of(), true, editor)));
        assertEquals(400, status(() -> review.shortlist(programme, null, true, editor)));
        assertEquals(400, status(() -> review.shortlist(programme, Collections.nCopies(501, "0001"), true, editor)));
        for (String notYet : new String[] {"0002", "0003", "0004"}) {
            assertEquals(409, status(() -> review.shortlist(programme, List.of(notYet), true, editor)), notYet);
        }
        assertEquals(404, status(() -> review.shortlist(programme, List.of("khong-co"), true, editor)));
        assertFalse(unscreened.isShortlisted() || held.isShortlisted());
        assertEquals(409, status(() -> review.shortlist(programme, List.of("0001", "0004"), true, editor)));
        assertFalse(nominationRows.rows.get("0001").isShortlisted(), "a refused list moves nothing, not even its first");

        review.shortlist(programme, List.of("0001"), true, editor);
        assertEquals(List.of(ok), review.shortlist(programme, 2027));
        // consent withdrawn after shortlisting: the council no longer sees the nomination
        ok.setConsent("WITHDRAWN");
        assertEquals(List.of(), review.shortlist(programme, 2027));
        ok.setConsent("GIVEN");
        review.shortlist(programme, List.of("0001", "0003"), false, editor); // taking out needs no eligibility
        assertFalse(nominationRows.rows.get("0001").isShortlisted());
        assertEquals(List.of(), review.shortlist(programme, 2027));
    }

    @Test
    void duplicatesAreFoundAndMergedIntoTheOneKept() {
        Nomination keep = nomination("0001", 2027, "Nguyễn Minh Anh", "Minh Anh", "Nghệ An");
        keep.setFiles(new ArrayList<>(List.of(new PrivateFile("a.pdf", "document", "application/pdf", 10))));
        Nomination other = nomination("0002", 2027, "NGUYEN  minh anh", "minh anh", "Nghệ An");
        other.setNominatorName("Bác Tâm");
        other.setRelation("Hàng xóm");
        other.setSupporters(new ArrayList<>(List.of("Chú Ba (Trưởng thôn)")));
        other.setFiles(new ArrayList<>(List.of(new PrivateFile("b.jpg", "image", "image/jpeg", 20))));
        other.setEligible(true);
        other.setShortlisted(true);
        nomination("0003", 2027, "Nguyễn Minh Anh", "Minh Anh", "Hà Nội"); // same name, another province
        nomination("0004", 2026, "Nguyễn Minh Anh", "Minh Anh", "Nghệ An"); // another year
        review.judging.score(programme.roundKey(2027), cycle2027().getRubric(), "hd.lan", "0002", List.of(7, 7), null);

        Map<String, List<Nomination>> duplicates = review.possibleDuplicates(programme, 2027);
        assertEquals(1, duplicates.size(), duplicates.toString());
        assertEquals(List.of(keep, other), duplicates.values().iterator().next(), "however the name was typed");

        Nomination kept = review.merge(programme, "0001", List.of("0002", "0002"), editor);
        assertEquals(List.of("Bác Tâm (Hàng xóm)", "Chú Ba (Trưởng thôn)"), kept.getSupporters());
        assertTrue(kept.getAchievements().startsWith("Việc tốt của đề cử 0001."), kept.getAchievements());
        assertTrue(kept.getAchievements().contains("**Theo đề cử GMTE-2027-0002:**\n\nViệc tốt của đề cử 0002."),
                kept.getAchievements());
        assertFalse(kept.getAchievements().contains("Bác Tâm"), "the council is not told who nominated a child");
        assertEquals(List.of("a.pdf", "b.jpg"), kept.getFiles().stream().map(PrivateFile::getName).toList());
        Nomination merged = nominationRows.rows.get("0002");
        assertEquals(Nomination.MERGED, merged.getStatus());
        assertEquals("0001", merged.getMergedInto());
        assertFalse(merged.isShortlisted());
        assertEquals(List.of("0001", "0003"), review.of(programme, 2027).stream().map(Nomination::getId).toList());
        assertTrue(cardRows.rows.isEmpty(), "nobody's score of the merged nomination stays");
        assertEquals(1, sent.size(), "one mail per merged nomination");
        assertEquals("de-cu-0002@example.org", sent.get(0).getRecipient());
        assertTrue(sent.get(0).getText().contains("GMTE-2027-0001"), sent.get(0).getText());
        assertEquals(404, status(() -> review.merge(programme, "0001", List.of("0002"), editor)), "merged once only");

        // the merged nominator withdraws: their part and files leave the nomination kept
        AwardReview.unmerge(kept, merged);
        assertEquals("Việc tốt của đề cử 0001.", kept.getAchievements());
        assertEquals(List.of("a.pdf"), kept.getFiles().stream().map(PrivateFile::getName).toList());
    }

    @Test
    void aMergeThatCannotBeDoneChangesNothing() {
        Nomination keep = nomination("0001", 2027, "Nguyễn Minh Anh", "Minh Anh", "Nghệ An");
        Nomination held = nomination("0002", 2027, "Nguyễn Minh Anh", "Minh Anh", "Nghệ An");
        held.setConsent("PENDING");
        nomination("0003", 2026, "Nguyễn Minh Anh", "Minh Anh", "Nghệ An");
        nomination("0004", 2027, "Nguyễn Minh Anh", "Minh Anh", "Nghệ An");

        assertEquals(403, status(() -> review.merge(programme, "0001", List.of("0004"), journalist)));
        assertEquals(400, status(() -> review.merge(programme, "0001", List.of(), editor)));
        assertEquals(400, status(() -> review.merge(programme, "0001", List.of("0004", "0001"), editor)), "not into itself");
        assertEquals(400, status(() -> review.merge(programme, null, List.of("0004"), editor)));
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= AwardReview.MAX_MERGED; i++) {
            many.add("x" + i);
        }
        assertEquals(400, status(() -> review.merge(programme, "0001", many, editor)), "refused before reading 21 rows");
        assertEquals(404, status(() -> review.merge(programme, "0001", List.of("khong-co"), editor)));
        assertEquals(409, status(() -> review.merge(programme, "0001", List.of("0004", "0002"), editor)), "waits for a guardian");
        assertEquals(409, status(() -> review.merge(programme, "0002", List.of("0004"), editor)), "the one kept, too");
        assertEquals(409, status(() -> review.merge(programme, "0001", List.of("0004", "0003"), editor)), "another year");

        assertEquals(List.of(), keep.getSupporters());
        assertEquals("Việc tốt của đề cử 0001.", keep.getAchievements());
        assertTrue(nominationRows.rows.get("0004").isActive(), "nothing was merged");
        assertNull(nominationRows.rows.get("0004").getMergedInto());
        assertTrue(sent.isEmpty());
    }

    @Test
    void onlyTheCouncilScoresTheShortlistUntilLaureatesAreDecided() {
        shortlisted("0001", "Nguyễn Minh Anh", "Minh Anh");
        shortlisted("0002", "Lê Văn Bình", "Văn Bình");
        nomination("0003", 2027, "Trần Thị Cúc", "Thị Cúc", "Huế").setEligible(true); // not shortlisted
        String round = programme.roundKey(2027);

        assertEquals(List.of("hd.lan", "hd.minh"), review.council(cycle2027()), "the cycle names its council");
        assertEquals(List.of("gk.an"), review.council(programme.cycle(2026).orElseThrow()),
                "else every active jury account");
        assertEquals(401, status(() -> review.score(programme, 2027, "0001", List.of(8, 6), null, null)));
        assertEquals(403, status(() -> review.score(programme, 2027, "0001", List.of(8, 6), null,
                Fakes.account("gk.an", Roles.JURY))), "the jury role alone is not a seat on this council");
        assertEquals(404, status(() -> review.score(programme, 2027, "0003", List.of(8, 6), null, lan)));
        assertEquals(404, status(() -> review.score(programme, 2030, "0001", List.of(8, 6), null, lan)), "no such year");
        assertTrue(cardRows.rows.isEmpty());

        review.score(programme, 2027, "0001", List.of(8, 6), "Rất xứng đáng", lan);
        review.score(programme, 2027, "0002", List.of(5, 5), null, lan);
        review.score(programme, 2027, "0001", List.of(9, 7), null, minh);
        review.judging.score(round, cycle2027().getRubric(), "gk.an", "0002", List.of(10, 10), null); // not on the council
        assertEquals(List.of(8, 6), review.card(programme, 2027, "0001", lan).orElseThrow().getScores());

        review.declareConflict(programme, 2027, "0002", "Em là cháu tôi", minh);
        assertTrue(review.conflicted(programme, 2027, "0002", minh));
        assertFalse(review.conflicted(programme, 2027, "0002", lan));
        Judging.Board board = review.board(programme, 2027);
        assertEquals(List.of("0001", "0002"), board.scores().stream().map(s -> s.subjectId()).toList());
        assertEquals(List.of(new Judging.JudgeProgress("hd.lan", 2, 2, 0), new Judging.JudgeProgress("hd.minh", 1, 1, 1)),
                board.progress());
        assertEquals(1, board.scores().get(1).judges(), "only the council's cards count");

        review.decide(programme, 2027, List.of(new AwardReview.Choice("0001", "Vì việc tốt.")), editor);
        assertEquals(409, status(() -> review.score(programme, 2027, "0002", List.of(1, 1), null, lan)));
        assertEquals(409, status(() -> review.declareConflict(programme, 2027, "0001", "Muộn", lan)));
        assertEquals(List.of(5, 5), review.card(programme, 2027, "0002", lan).orElseThrow().getScores(), "scores are fixed");
    }

    @Test
    void laureatesAreDecidedWithCitationsAndStayUnderEmbargo() {
        shortlisted("0001", "Nguyễn Minh Anh", "Minh Anh");
        shortlisted("0002", "Đặng Thị Thu Hà", "Thu Hà").setShowFullName(true);
        nomination("0003", 2027, "Trần Thị Cúc", "Thị Cúc", "Huế").setEligible(true);
        AwardProgramme stale = AwardDefinition.read(DEFINITION); // the page's copy, loaded before the decision
        stale.setId("p1");
        AwardReview.Choice first = new AwardReview.Choice("0001", "  Em đọc sách cho các bạn khiếm thị.  ");

        assertEquals(403, status(() -> review.decide(programme, 2027, List.of(first), lan)));
        assertEquals(400, status(() -> review.decide(programme, 2027, List.of(), editor)));
        assertEquals(400, status(() -> review.decide(programme, 2027, null, editor)));
        assertEquals(400, status(() -> review.decide(programme, 2027, List.of(new AwardReview.Choice(null, "Lời")), editor)));
        assertEquals(400, status(() -> review.decide(programme, 2027,
                List.of(first, new AwardReview.Choice("0002", "  ")), editor)), "every laureate needs a citation");
        assertEquals(400, status(() -> review.decide(programme, 2027,
                List.of(new AwardReview.Choice("0002", "x".repeat(2001))), editor)));
        assertEquals(404, status(() -> review.decide(programme, 2027, List.of(new AwardReview.Choice("0003", "Lời")), editor)),
                "only the shortlist");
        assertEquals(404, status(() -> review.decide(programme, 2030, List.of(first), editor)));
        assertEquals(400, status(() -> review.decide(programme, 2027,
                List.of(first, new AwardReview.Choice("0001", "Lời khác")), editor)), "one nomination, one laurel");
        assertFalse(cycle2027().isLaureatesDecided());
        assertTrue(cycle2027().getLaureates().isEmpty(), "a refused decision names nobody");
        assertTrue(fired.isEmpty());

        AwardCycle decided = review.decide(stale, 2027, List.of(first, new AwardReview.Choice("0002", "Lập nhóm đọc sách.")), editor);
        AwardCycle stored = cycle2027();
        assertTrue(stored.isLaureatesDecided(), "decided on the stored programme, not the page's copy");
        assertFalse(stale.cycle(2027).orElseThrow().isLaureatesDecided());
        assertEquals(stored.getLaureates().size(), decided.getLaureates().size());
        List<Laureate> laureates = stored.getLaureates();
        assertEquals(List.of("Minh Anh N.", "Đặng Thị Thu Hà"), laureates.stream().map(Laureate::getName).toList(),
                "a child by given name and initial, unless the guardian allowed the full name");
        assertEquals("Em đọc sách cho các bạn khiếm thị.", laureates.get(0).getCitation());
        assertEquals("0001", laureates.get(0).getNominationId());
        assertEquals("6-10", laureates.get(0).getCategory());
        assertEquals("Nghệ An", laureates.get(0).getProvince());
        assertFalse(stored.isAnnounced(), "the announcement job tells the pages at the time");
        assertEquals(List.of(new AwardChanged("p1")), fired);

        // embargoed to the second: nothing about them is public before the announcement time
        assertFalse(stored.isAnnouncedAt(stored.getAnnounceAt().minusSeconds(1)));
        assertTrue(stored.isAnnouncedAt(stored.getAnnounceAt()));
        assertFalse(programme.cycle(2026).orElseThrow().isAnnouncedAt(stored.getAnnounceAt()), "an undecided cycle never is");
    }
}
