package vn.quyentreem.portal.awards.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.awards.entity.Laureate;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.awards.entity.Nominations;
import vn.quyentreem.portal.consent.entity.ConsentStatus;
import vn.quyentreem.portal.judging.entity.Scorecard;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.testing.ChildDataModules;
import vn.quyentreem.portal.testing.Events;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.InMemoryRepository;
import vn.quyentreem.portal.testing.TestImages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nominating for an award on in-memory stores: a child nominee waits for a guardian, nominations are taken only
 * while the cycle is open, codes count per year, and a guardian's withdrawal erases the child everywhere.
 */
class NominatingTest {

    private final InMemoryRepository<AwardProgramme> programmeRows = new InMemoryRepository<>(AwardProgramme::getId);
    private final InMemoryRepository<Nomination> nominationRows = new InMemoryRepository<>(Nomination::getId);
    private final List<OutboxMessage> mails = new ArrayList<>();
    private final List<Object> changes = new ArrayList<>();
    private final Nominating nominating = new Nominating();
    private final Account teacher = Fakes.account("co.lan");
    private AwardProgramme programme;
    private ChildDataModules modules;
    private int year;

    @TempDir
    Path data;

    @BeforeEach
    void wire() {
        modules = new ChildDataModules(data, mails);
        nominating.leases = Fakes.leases();
        nominating.programmes = programmeRows.as(AwardProgrammes.class);
        nominating.nominations = nominationRows.as(Nominations.class);
        nominating.files = modules.files;
        nominating.consents = modules.consents;
        nominating.childData = modules.submissions;
        nominating.mailer = Fakes.mailer(mails);
        nominating.audit = Fakes.audit();
        nominating.changes = Events.into(changes);

        year = Instant.now().atZone(VietnameseDates.ZONE).getYear();
        programme = AwardDefinition.read(AwardDefinitionTest.CHILDREN.replace("year: 2027", "year: " + year)
                .replace("\"2027-08-01 08:00\"", "\"" + day(-10) + "\"")
                .replace("\"2027-10-15 23:59\"", "\"" + day(10) + "\"")
                .replace("\"2027-11-20 09:00\"", "\"" + day(20) + "\""));
        programme.setId("p1");
        programmeRows.rows.put("p1", programme);
    }

    private static String day(int fromToday) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(VietnameseDates.ZONE)
                .format(Instant.now().plus(fromToday, ChronoUnit.DAYS));
    }

    private NominationInput child(String name, String givenName, String guardian) {
        return new NominationInput("6-10", "Cô Lan", "Cô giáo", false, name, givenName, String.valueOf(year - 8),
                "Nghệ An", null, null, guardian,
                "Em đọc sách cho các bạn khiếm thị suốt hai năm học, mỗi chiều thứ Sáu.");
    }

    private static int status(Runnable step) {
        return assertThrows(AwardRefusal.class, step::run).status();
    }

    private void decided() {
        nominating.onConsent(modules.lastDecision());
    }

    @Test
    void aChildNomineeWaitsForTheGuardianAndThenShowsWhatTheyAllowed() {
        Nomination n = nominating.submit(programme, child("Nguyễn Minh Anh", "Minh Anh", "me.anh@example.org"),
                List.of(), teacher);
        assertEquals("GMTETB-" + year + "-0001", n.getCode(), "the programme's initials, the year, a counted number");
        assertEquals(ConsentStatus.PENDING.name(), n.getConsent());
        assertEquals("Đang chờ cha mẹ của em đồng ý", Nominating.status(n));
        assertTrue(mails.stream().anyMatch(m -> m.getRecipient().equals("me.anh@example.org")), "the guardian is asked");
        OutboxMessage receipt = mails.get(mails.size() - 1);
        assertEquals("co.lan@example.org", receipt.getRecipient());
        assertTrue(receipt.getText().contains("chỉ được xét sau khi họ đồng ý"));

        modules.consents.decide(modules.asked(), true, "Nguyễn Thị Hoa", true, false, "10.0.0.1");
        decided();
        Nomination given = nominationRows.rows.get(n.getId());
        assertEquals(ConsentStatus.GIVEN.name(), given.getConsent());
        assertTrue(given.isShowFullName(), "the guardian allowed the full name");
        assertEquals("Đã nhận, chờ ban biên tập xét", Nominating.status(given));
        assertTrue(changes.stream().anyMatch(c -> c instanceof AwardChanged));

        Nomination second = nominating.submit(programme, child("Lê Thu Hà", "Thu Hà", "bo.ha@example.org"), List.of(), teacher);
        assertEquals("GMTETB-" + year + "-0002", second.getCode());
        assertEquals(2, nominating.of(teacher).size(), "both are the teacher's");
    }

    @Test
    void nominationsAreTakenOnlyWhileTheCycleIsOpenWithAllItNeeds() {
        assertEquals(401, status(() -> nominating.submit(programme, child("Nguyễn Minh Anh", "Minh Anh", "me.anh@example.org"),
                List.of(), null)));
        assertEquals(400, status(() -> nominating.submit(programme, child("Nguyễn Minh Anh", "Minh Anh", null),
                List.of(), teacher)), "a child nominee needs a guardian's address");
        assertEquals(400, status(() -> nominating.submit(programme, child("Nguyễn Minh Anh", "Minh Anh", "co.lan@example.org"),
                List.of(), teacher)), "the nominator's own mailbox cannot stand for the guardian");
        List<PrivateFiles.Upload> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new PrivateFiles.Upload("anh-" + i + ".jpg", new byte[] {1}));
        }
        assertEquals(400, status(() -> nominating.submit(programme, child("Nguyễn Minh Anh", "Minh Anh", "me.anh@example.org"),
                six, teacher)), "at most five files");
        AwardCycle cycle = programme.latest().orElseThrow();
        cycle.setNominationsClose(Instant.now().minusSeconds(1));
        assertEquals(409, status(() -> nominating.submit(programme, child("Nguyễn Minh Anh", "Minh Anh", "me.anh@example.org"),
                List.of(), teacher)));
        assertTrue(nominationRows.rows.isEmpty(), "nothing was kept");
        assertTrue(modules.consentRows.rows.isEmpty(), "no guardian was asked");
    }

    @Test
    void aGuardiansWithdrawalErasesTheChildFilesScoresAndLaurels() throws Exception {
        Nomination n = nominating.submit(programme, child("Nguyễn Minh Anh", "Minh Anh", "me.anh@example.org"),
                List.of(new PrivateFiles.Upload("giay-khen.jpg", TestImages.jpegWithComment(40, 30, "Nguyen Minh Anh"))),
                teacher);
        Path stored = nominating.files.find(n.getFiles().get(0).getName()).orElseThrow();
        Scorecard card = new Scorecard();
        card.setId("hd/" + n.getId());
        card.setSubjectId(n.getId());
        modules.cardRows.rows.put(card.getId(), card);
        Laureate laureate = new Laureate();
        laureate.setNominationId(n.getId());
        laureate.setName("Minh Anh N.");
        programme.latest().orElseThrow().setLaureates(new ArrayList<>(List.of(laureate)));

        modules.consents.decide(modules.asked(), true, "Nguyễn Thị Hoa", true, true, "10.0.0.1");
        decided();
        modules.consents.withdraw(modules.asked(), "10.0.0.1");
        decided();

        Nomination erased = nominationRows.rows.get(n.getId());
        assertEquals(Nomination.WITHDRAWN, erased.getStatus());
        assertNull(erased.getNomineeName());
        assertNull(erased.getNomineeGivenName());
        assertEquals(0, erased.getNomineeBirthYear());
        assertNull(erased.getGuardianEmail());
        assertNull(erased.getAchievements(), "what the child did names them");
        assertTrue(erased.getFiles().isEmpty());
        assertFalse(Files.exists(stored), "the file left the disk");
        assertTrue(modules.cardRows.rows.isEmpty(), "the council's cards are gone");
        assertTrue(programmeRows.rows.get("p1").latest().orElseThrow().getLaureates().isEmpty(), "off the laureates");
        assertEquals("GMTETB-" + year + "-0001", erased.getCode(), "the code stays, so numbers are not given twice");
        assertTrue(nominating.of(teacher).isEmpty());
    }
}
