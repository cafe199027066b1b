package vn.quyentreem.portal.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.events.control.EventCalendar;
import vn.quyentreem.portal.events.control.EventRegistrations;
import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.ErrorPages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An event's public page, /su-kien/{slug}, and the club page's list of what is coming. */
@Named
@RequestScoped
public class EventView {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Inject
    EventCalendar calendar;

    @Inject
    EventRegistrations registrations;

    @Inject
    MarkdownRenderer markdown;

    private ClubEvent event;

    /** f:viewAction of club-event.xhtml. */
    public void load(String slug) {
        event = calendar.publicBySlug(slug).orElse(null);
        if (event == null) {
            ErrorPages.notFound();
        }
    }

    public List<ClubEvent> upcoming(int limit) {
        return calendar.upcoming(limit);
    }

    public String when(ClubEvent e) {
        return DAY_TIME.format(e.getStartsAt().atZone(VietnameseDates.ZONE)) + " – "
                + DAY_TIME.format(e.getEndsAt().atZone(VietnameseDates.ZONE));
    }

    public String closes(ClubEvent e) {
        return DAY_TIME.format(e.getRegistrationClosesAt().atZone(VietnameseDates.ZONE));
    }

    public boolean open(ClubEvent e) {
        return e.isOpenAt(Instant.now());
    }

    public int seatsLeft(ClubEvent e) {
        return registrations.seatsLeft(e);
    }

    public String getHtml() {
        return markdown.toHtml(event.getDescription() == null ? "" : event.getDescription());
    }

    public ClubEvent getEvent() {
        return event;
    }
}
