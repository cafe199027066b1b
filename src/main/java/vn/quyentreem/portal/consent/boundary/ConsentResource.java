package vn.quyentreem.portal.consent.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.api.ValidRequests;
import vn.quyentreem.portal.platform.Choices;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.api.ApiError;
import vn.quyentreem.portal.consent.control.ConsentText;
import vn.quyentreem.portal.consent.control.GuardianConsentFlow;
import vn.quyentreem.portal.consent.entity.GuardianConsent;

import java.util.List;
import java.util.function.Function;

/**
 * A guardian's consent over the API, for apps that show the same choice as the page. The token from the mailed link
 * is the credential, as on the page: whoever holds the link speaks for the guardian. A signed-in account answers
 * for what was asked of its own mailbox, by the entry's or nomination's id.
 */
@Path("/consents")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Ý kiến phụ huynh")
public class ConsentResource {

    public record Decision(
            @NotNull(message = MISSING_DECISION)
            @Pattern(regexp = "consent|decline|withdraw", message = "decision phải là consent, decline hoặc withdraw")
            String decision,
            String guardianName, boolean showFullName, boolean showSchool) {
    }

    private static final String MISSING_DECISION = "Cần trường decision: consent, decline hoặc withdraw";

    public record ConsentJson(String child, String subject, String status, String textVersion, String purpose,
                              List<String> collected, List<String> publicByDefault, List<String> neverPublic) {
        static ConsentJson of(GuardianConsent c) {
            ConsentText text = ConsentText.forSubject(c.getSubjectType());
            return new ConsentJson(c.getChildName(), c.getSubjectTitle(), Choices.json(c.status()), text.version(),
                    text.purpose(), text.collected(), text.publicByDefault(), text.neverPublic());
        }
    }

    @Inject
    GuardianConsentFlow flow;

    @Inject
    ValidRequests requests;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @GET
    @Path("/{token}")
    @Operation(summary = "Xin ý kiến phụ huynh: thu thập gì, công khai gì, tình trạng hiện tại")
    public Response get(@PathParam("token") String token) {
        return flow.byToken(token).map(c -> Response.ok(ConsentJson.of(c)).build())
                .orElseGet(() -> ApiError.response(404, "Liên kết không đúng hoặc đã được thay bằng liên kết mới"));
    }

    @POST
    @Path("/{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Phụ huynh trả lời: decision = consent | decline | withdraw")
    public Response decide(@PathParam("token") String token, Decision body) {
        return flow.byToken(token).map(consent -> answer(consent, body))
                .orElseGet(() -> ApiError.response(404, "Liên kết không đúng hoặc đã được thay bằng liên kết mới"));
    }

    @GET
    @Path("/subjects/{subjectId}")
    @Operation(summary = "Phụ huynh đã đăng nhập xem xin ý kiến về bài dự thi hoặc đề cử gửi tới hộp thư của mình")
    public Response getSignedIn(@PathParam("subjectId") String subjectId) {
        return signedIn(subjectId, consent -> Response.ok(ConsentJson.of(consent)).build());
    }

    @POST
    @Path("/subjects/{subjectId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Phụ huynh đã đăng nhập trả lời ngay, không cần thư: decision = consent | decline | withdraw")
    public Response decideSignedIn(@PathParam("subjectId") String subjectId, Decision body) {
        return signedIn(subjectId, consent -> answer(consent, body));
    }

    /** Signed in, the account's own mailbox must be the one asked: another's consent does not exist for it. */
    private Response signedIn(String subjectId, Function<GuardianConsent, Response> action) {
        Account account = currentUser.account().orElse(null);
        if (account == null) {
            return ApiError.unauthorized("Cần đăng nhập (HTTP Basic) để trả lời");
        }
        return flow.forGuardian(subjectId, account).map(action)
                .orElseGet(() -> ApiError.response(404, "Không có xin ý kiến nào gửi tới hộp thư của bạn về mục này"));
    }

    private Response answer(GuardianConsent found, Decision sent) {
        Decision body = requests.check(sent, MISSING_DECISION);
        GuardianConsent consent = switch (body.decision()) {
            case "consent", "decline" -> flow.decide(found, "consent".equals(body.decision()), body.guardianName(),
                    body.showFullName(), body.showSchool(), request.getRemoteAddr());
            case "withdraw" -> flow.withdraw(found, request.getRemoteAddr());
            default -> throw new IllegalStateException("checked by its pattern: " + body.decision());
        };
        return Response.ok(ConsentJson.of(consent)).build();
    }
}
