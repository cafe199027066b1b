package vn.quyentreem.portal.events.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.content.ContentDirectory;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.platform.Slugs;

import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.events.entity.ClubEvents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Loads the sample trainings and events in content/events/*.md on start, once per file; what editors change in
 * the portal stays. Times are written "yyyy-MM-dd HH:mm", in Vietnam.
 */
@ApplicationScoped
public class EventContentLoader {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @Inject
    ContentDirectory contentDirectory;

    @Inject
    ClubEvents events;

    void onStart(@Observes @Priority(17) Startup startup) {
        contentDirectory.importOnce("events", "club-event", "club event", this::importFile);
    }

    private boolean importFile(Path file) throws IOException, FrontMatterFile.Malformed {
        ClubEvent event = toEvent(FrontMatterFile.parse(Files.readString(file, StandardCharsets.UTF_8)));
        event.setSlug(Slugs.unique(event.getTitle(), s -> events.findBySlug(s).isPresent()));
        events.insert(event);
        return true;
    }

    /** The event a content file describes, checked like an editor's input. */
    static ClubEvent toEvent(FrontMatterFile source) {
        LocalDateTime starts = LocalDateTime.parse(source.text("startsAt"), LOCAL);
        LocalDateTime ends = LocalDateTime.parse(source.text("endsAt"), LOCAL);
        LocalDateTime closes = LocalDateTime.parse(source.text("registrationClosesAt"), LOCAL);
        EventInput.Checked checked = new EventInput(source.text("title"),
                "event".equalsIgnoreCase(source.text("kind")) ? "EVENT" : "TRAINING", source.text("summary"),
                source.body().strip(), source.text("place"), EventInput.DAY.format(starts), EventInput.TIME.format(starts),
                EventInput.DAY.format(ends), EventInput.TIME.format(ends), EventInput.DAY.format(closes),
                EventInput.TIME.format(closes), source.text("capacity")).check();
        if (!checked.ok()) {
            throw new IllegalArgumentException(Problem.sentence(checked.problems()));
        }
        ClubEvent event = checked.event();
        event.setId(UUID.randomUUID().toString());
        event.setStatus("draft".equalsIgnoreCase(source.text("status")) ? ClubEvent.Status.DRAFT.name() : ClubEvent.Status.PUBLISHED.name());
        event.setCreatedAt(Instant.now());
        event.setUpdatedAt(event.getCreatedAt());
        event.setCreatedBy("nội dung mẫu");
        return event;
    }

}
