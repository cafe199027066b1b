package vn.quyentreem.portal.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.api.ApiError;
import vn.quyentreem.portal.api.Items;
import vn.quyentreem.portal.events.control.EventCalendar;
import vn.quyentreem.portal.events.control.EventRegistrations;
import vn.quyentreem.portal.events.control.RegistrationInput;
import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.platform.Choices;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Instant;

/** The club's trainings and events over HTTP: the calendar, and registering (public, JSON). */
@Path("/club/events")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Câu lạc bộ phóng viên")
public class EventsResource {

    public record EventJson(String id, String slug, String title, String kind, String status, String startsAt,
                            String endsAt, String registrationClosesAt, String place, int capacity, int seatsLeft,
                            int waiting, boolean registrationOpen, String url) {
    }


    public record RegistrationRequest(String fullName, String email, String phone, String outlet) {
    }

    public record Registered(String id, String status, int position) {
    }

    @Inject
    EventCalendar calendar;

    @Inject
    EventRegistrations registrations;

    @Inject
    SiteSettings site;

    @GET
    @Operation(summary = "Tập huấn và sự kiện sắp tới của câu lạc bộ, sớm nhất trước")
    public Items<EventJson> upcoming() {
        return Items.of(calendar.upcoming(100).stream().map(this::json).toList());
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Một sự kiện, với số chỗ còn lại")
    public Response one(@PathParam("slug") String slug) {
        return calendar.publicBySlug(slug).map(e -> Response.ok(json(e)).build())
                .orElseGet(() -> ApiError.response(404, "Không có sự kiện này"));
    }

    @POST
    @Path("/{slug}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đăng ký tham dự (công khai): có chỗ thì giữ chỗ, hết chỗ thì vào danh sách chờ")
    public Response register(@PathParam("slug") String slug, RegistrationRequest body) {
        if (body == null) {
            return ApiError.response(400, "Thiếu nội dung JSON của đăng ký");
        }
        RegistrationInput.Checked checked = new RegistrationInput(body.fullName(), body.email(), body.phone(), body.outlet()).check();
        if (!checked.ok()) {
            return ApiError.problems(400, checked.problems());
        }
        EventRegistrations.Outcome outcome = registrations.register(slug, checked.registration(), Instant.now());
        return Response.status(201).entity(new Registered(outcome.registration().getId(),
                outcome.registration().state().json(), outcome.position())).build();
    }

    private EventJson json(ClubEvent e) {
        return new EventJson(e.getId(), e.getSlug(), e.getTitle(), Choices.json(e.kind()), Choices.json(e.status()),
                e.getStartsAt().toString(), e.getEndsAt().toString(), e.getRegistrationClosesAt().toString(), e.getPlace(),
                e.getCapacity(), registrations.seatsLeft(e), registrations.waiting(e), e.isOpenAt(Instant.now()),
                site.url(PublicPath.EVENT.of(e.getSlug())));
    }
}
