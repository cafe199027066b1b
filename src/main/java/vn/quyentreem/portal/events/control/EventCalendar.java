package vn.quyentreem.portal.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.events.entity.ClubEvents;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The club's events as readers see them: published (or cancelled, to say so), soonest first. */
@ApplicationScoped
public class EventCalendar {

    @Inject
    ClubEvents events;

    /** Published events that have not ended, soonest first. */
    public List<ClubEvent> upcoming(int limit) {
        Instant now = Instant.now();
        return events.findAll().filter(e -> e.status() == ClubEvent.Status.PUBLISHED && e.getEndsAt().isAfter(now))
                .sorted(Comparator.comparing(ClubEvent::getStartsAt)).limit(limit).toList();
    }

    /** Events that took place, newest first. */
    public List<ClubEvent> past(int limit) {
        Instant now = Instant.now();
        return events.findAll().filter(e -> e.status() == ClubEvent.Status.PUBLISHED && !e.getEndsAt().isAfter(now))
                .sorted(Comparator.comparing(ClubEvent::getStartsAt).reversed()).limit(limit).toList();
    }

    /** The event's public page: published or cancelled; drafts are not there. */
    public Optional<ClubEvent> publicBySlug(String slug) {
        return slug == null ? Optional.empty()
                : events.findBySlug(slug).filter(e -> e.status() != ClubEvent.Status.DRAFT);
    }

    public Optional<ClubEvent> byId(String id) {
        return id == null ? Optional.empty() : events.findById(id);
    }

    /** Every event, for the editors' desk: the newest first. */
    public List<ClubEvent> all() {
        return events.findAll().sorted(Comparator.comparing(ClubEvent::getStartsAt).reversed()).toList();
    }
}
