package vn.quyentreem.portal.club.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.club.entity.ClubMembers;
import vn.quyentreem.portal.content.ContentDirectory;
import vn.quyentreem.portal.content.FrontMatterFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads the sample members in content/club/members/*.md on start, once per file, so a newcomer sees a directory.
 * Each is checked like an application; their accounts get no password (nobody signs in as a sample member until
 * an admin sends a reset link) and no mail is sent.
 */
@ApplicationScoped
public class ClubContentLoader {

    static final String ACTOR = "nội dung mẫu";

    @Inject
    ContentDirectory contentDirectory;

    @Inject
    ClubMembers members;

    @Inject
    ClubAdmissions admissions;

    void onStart(@Observes @Priority(16) Startup startup) {
        contentDirectory.importOnce("club/members", "club-member", "club member", this::importFile);
    }

    private boolean importFile(Path file) throws IOException, FrontMatterFile.Malformed {
        FrontMatterFile source = FrontMatterFile.parse(Files.readString(file, StandardCharsets.UTF_8));
        ProfileInput.Checked checked = new ProfileInput(source.text("fullName"), source.text("outlet"),
                source.text("position"), source.text("pressCard"), String.join(",", list(source, "topics")),
                source.text("province"), source.text("email"), source.text("phone"), source.body().strip(),
                list(source, "public")).check();
        if (!checked.ok()) {
            throw new IllegalArgumentException(Problem.sentence(checked.problems()));
        }
        boolean known = members.findAll().anyMatch(m -> m.getProfile().getEmail().equals(checked.profile().getEmail()));
        if (known) {
            return false;
        }
        admissions.admit(checked.profile(), null, ACTOR, joinedOn(source.meta().get("joinedOn")));
        return true;
    }

    /** YAML reads an unquoted 2026-03-15 as a timestamp at midnight UTC, a quoted one as text. */
    static LocalDate joinedOn(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return value == null ? Memberships.today() : LocalDate.parse(value.toString().strip());
    }

    private static List<String> list(FrontMatterFile source, String key) {
        Object value = source.meta().get(key);
        return value instanceof List<?> items ? items.stream().map(String::valueOf).toList() : List.of();
    }
}
