package vn.quyentreem.portal.club.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.control.AccountAdministration;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.club.entity.ClubChanged;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubMembers;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.platform.ScheduledJob;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.SiteSettings;
import vn.quyentreem.portal.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** Membership over time: the daily reminders and lapses, and renewing. */
@ApplicationScoped
public class Memberships implements ScheduledJob {

    static final String SYSTEM = "hệ thống";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Leases leases;

    @Inject
    ClubMembers members;

    @Inject
    AccountAdministration accounts;

    @Inject
    Mailer mailer;

    @Inject
    Store store;

    @Inject
    AuditLog audit;

    @Inject
    SiteSettings site;

    @Inject
    Event<ClubChanged> changes;

    public static LocalDate today() {
        return LocalDate.now(VietnameseDates.ZONE);
    }

    /** The membership round, so a membership lapses, and its reminder goes out, early on the right day in Vietnam. */
    @Override
    public int runDue(Instant now) {
        return sweep(LocalDate.ofInstant(now, VietnameseDates.ZONE));
    }

    /** Often enough to act early on the day, also when the portal was down at midnight. */
    @Override
    public Duration period() {
        return Duration.ofMinutes(15);
    }

    /** Sends the reminders due and lapses the memberships that ran out; returns how many members it touched. */
    public int sweep(LocalDate today) {
        return leases.exclusively("club-memberships", () -> {
            int touched = 0;
            for (ClubMember member : members.findAll().toList()) {
                switch (MembershipTerms.due(member, today)) {
                    case REMIND -> {
                        remind(member);
                        touched++;
                    }
                    case LAPSE -> {
                        lapse(member);
                        touched++;
                    }
                    case NOTHING -> {
                    }
                }
            }
            return touched;
            });
    }

    /** Another year for the member; refused while the current year has more than 30 days to run. */
    public ClubMember renew(String memberId, LocalDate today, String actor) {
        return leases.exclusively("club-memberships", () -> {
            ClubMember member = members.findById(memberId).orElseThrow(ClubRefusal::notFound);
            if (!MembershipTerms.renewable(member, today)) {
                throw ClubRefusal.conflict("Bạn có thể gia hạn từ ngày " + DAY.format(MembershipTerms.renewableFrom(
                        LocalDate.parse(member.getValidUntil()))) + ", 30 ngày trước khi hết hạn");
            }
            LocalDate until = MembershipTerms.renewedUntil(LocalDate.parse(member.getValidUntil()), today);
            boolean wasLapsed = member.isLapsed();
            member.setValidUntil(until.toString());
            member.setLapsed(false);
            member.setUpdatedAt(Instant.now());
            members.save(member);
            changes.fire(new ClubChanged(member.getId()));
            if (wasLapsed && member.isRoleFromMembership()) {
                accounts.enrol(member.getProfile().getEmail(), member.getProfile().getFullName(),
                        Set.of(Roles.JOURNALIST, Roles.MEMBER), actor);
            }
            audit.record(actor, "gia hạn hội viên", "club-member", member.getId(), member.getProfile().getFullName(),
                    "đến " + DAY.format(until));
            mailer.send(member.getProfile().getEmail(), "Đã gia hạn hội viên Câu lạc bộ phóng viên",
                    "Chào " + member.getProfile().getFullName() + ",\n\nTư cách hội viên của bạn được gia hạn đến hết ngày "
                            + DAY.format(until) + "." + (wasLapsed ? " Bạn lại gửi được tin bài cho ban biên tập." : ""));
            return member;
            });
    }

    private void remind(ClubMember member) {
        // marked first, through the store: of two rounds (or nodes) only one mails, and a restart does not mail again
        if (!store.transition("club_members", member.getId(), "remindedFor", member.getRemindedFor(), member.getValidUntil())) {
            return;
        }
        String until = DAY.format(LocalDate.parse(member.getValidUntil()));
        mailer.send(member.getProfile().getEmail(), "Tư cách hội viên sắp hết hạn ngày " + until,
                "Chào " + member.getProfile().getFullName() + ",\n\nTư cách hội viên Câu lạc bộ phóng viên vì quyền trẻ em "
                        + "của bạn hết hạn sau ngày " + until + ". Sau ngày đó bạn sẽ tạm không gửi được tin bài.\n\n"
                        + "Gia hạn thêm một năm tại: " + site.url("/tai-khoan/hoi-vien.xhtml"));
        member.setRemindedFor(member.getValidUntil());
        members.save(member);
        audit.record(SYSTEM, "nhắc gia hạn", "club-member", member.getId(), member.getProfile().getFullName(), until);
    }

    private void lapse(ClubMember member) {
        if (!store.transition("club_members", member.getId(), "lapsed", false, true)) {
            return;
        }
        member.setLapsed(true);
        member.setUpdatedAt(Instant.now());
        members.save(member);
        changes.fire(new ClubChanged(member.getId()));
        // the member role stays, so they can still sign in and renew; a journalist of the portal's own stays one
        if (member.isRoleFromMembership()) {
            accounts.withdrawRoles(member.getUsername(), Set.of(Roles.JOURNALIST), SYSTEM);
        }
        audit.record(SYSTEM, "hết hạn hội viên", "club-member", member.getId(), member.getProfile().getFullName(),
                member.getValidUntil());
        mailer.send(member.getProfile().getEmail(), "Tư cách hội viên đã hết hạn",
                "Chào " + member.getProfile().getFullName() + ",\n\nTư cách hội viên của bạn đã hết hạn, và bạn tạm "
                        + "không gửi được tin bài. Gia hạn bất cứ lúc nào tại: " + site.url("/tai-khoan/hoi-vien.xhtml"));
    }
}
