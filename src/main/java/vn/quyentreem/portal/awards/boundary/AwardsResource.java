package vn.quyentreem.portal.awards.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.api.ApiError;
import vn.quyentreem.portal.api.Items;
import vn.quyentreem.portal.api.ValidRequests;
import vn.quyentreem.portal.awards.control.AwardRefusal;
import vn.quyentreem.portal.awards.control.AwardReview;
import vn.quyentreem.portal.awards.control.AwardSetup;
import vn.quyentreem.portal.awards.control.Nominating;
import vn.quyentreem.portal.awards.control.NominationInput;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.media.control.PrivateFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Award programmes over HTTP. Reading is public (laureates only once announced); nominating needs an account
 * (HTTP Basic); the council scores; editors review, merge, shortlist and decide.
 */
@Path("/awards")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Giải thưởng")
public class AwardsResource {


    public record Definition(String definition) {
    }

    public record Screen(@NotNull(message = SCREEN_NEEDS) Boolean eligible, String reason) {
    }

    private static final String SCREEN_NEEDS = "Cần trường eligible (true/false) và reason";

    public record Merge(String keep, List<String> merge) {
    }

    public record Shortlist(int year, List<String> nominationIds, Boolean remove) {
    }

    public record Scores(List<Integer> scores, String comment) {
    }

    public record ConflictRequest(String reason) {
    }

    public record Decision(int year, List<AwardReview.Choice> laureates) {
    }

    @Schema(name = "NominationReceived")
    public record Received(String id, String code, String status) {
    }

    @Inject
    AwardSetup setup;

    @Inject
    Nominating nominating;

    @Inject
    AwardReview review;

    @Inject
    CurrentUser currentUser;

    @Inject
    ValidRequests requests;

    @GET
    @Operation(summary = "Các giải thưởng của Hội")
    public Items<AwardJson.Summary> list() {
        return Items.of(setup.all().stream().map(AwardJson.Summary::of).toList());
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Một giải thưởng: các đợt, hạng mục, thời hạn đề cử, ngày công bố")
    @APIResponseSchema(value = AwardJson.Detail.class, responseCode = "200")
    public Response get(@PathParam("slug") String slug) {
        return Response.ok(AwardJson.Detail.of(setup.require(slug), Instant.now())).build();
    }

    @GET
    @Path("/{slug}/laureates")
    @Operation(summary = "Những người được vinh danh đã công bố, theo năm và hạng mục; trước giờ công bố: không có gì")
    public Response laureates(@PathParam("slug") String slug, @QueryParam("year") Integer year) {
        AwardProgramme p = setup.require(slug);
        Instant now = Instant.now();
        List<AwardJson.LaureateJson> items = new ArrayList<>();
        for (AwardCycle c : p.getCycles()) {
            if ((year == null || c.getYear() == year) && c.isAnnouncedAt(now)) {
                c.getLaureates().forEach(l -> items.add(AwardJson.LaureateJson.of(c, l)));
            }
        }
        return Response.ok(Items.of(items)).build();
    }

    @POST
    @Path("/{slug}/nominations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Đề cử (tài khoản đã xác nhận e-mail): category, nominatorName, relation, self, nomineeName, "
            + "nomineeGivenName và nomineeBirthYear (giải cho trẻ em), nomineeProvince, nomineeOrganisation, nomineeContact, "
            + "guardianEmail (trẻ em), achievements (Markdown), file (nhiều tệp)")
    @APIResponseSchema(value = Received.class, responseCode = "201")
    public Response nominate(@PathParam("slug") String slug, List<EntityPart> parts) {
        Account nominator = currentUser.account().orElse(null);
        if (nominator == null) {
            return ApiError.unauthorized("Cần đăng nhập (HTTP Basic) để đề cử");
        }
        AwardProgramme p = setup.require(slug);
        Map<String, String> f = new HashMap<>();
        List<PrivateFiles.Upload> files = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            try (InputStream in = part.getContent()) {
                if (part.getFileName().isPresent()) {
                    if (files.size() >= 10) {
                        throw new AwardRefusal(400, "Gửi nhiều tệp quá");
                    }
                    files.add(new PrivateFiles.Upload(part.getFileName().get(), in.readNBytes(10 * 1024 * 1024 + 1)));
                } else {
                    f.put(part.getName(), new String(in.readNBytes(100_000), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new AwardRefusal(400, "Không đọc được dữ liệu gửi lên");
            }
        }
        NominationInput input = new NominationInput(f.get("category"), f.get("nominatorName"), f.get("relation"),
                Boolean.parseBoolean(f.get("self")), f.get("nomineeName"), f.get("nomineeGivenName"),
                f.get("nomineeBirthYear"), f.get("nomineeProvince"), f.get("nomineeOrganisation"), f.get("nomineeContact"),
                f.get("guardianEmail"), f.get("achievements"));
        Nomination n = nominating.submit(p, input, files, nominator);
        return Response.status(201).entity(new Received(n.getId(), n.getCode(), n.isConsentClear() ? "received" : "held")).build();
    }

    @GET
    @Path("/{slug}/nominations")
    @Operation(summary = "Các đề cử của một năm, và những đề cử có thể trùng người (biên tập viên)")
    @APIResponseSchema(value = AwardJson.NominationList.class, responseCode = "200")
    public Response nominations(@PathParam("slug") String slug, @QueryParam("year") Integer year) {
        return asEditor(editor -> {
            AwardProgramme p = setup.require(slug);
            int y = year != null ? year : p.latest().map(AwardCycle::getYear).orElse(0);
            return Response.ok(new AwardJson.NominationList(review.of(p, y).stream().map(AwardJson.NominationJson::of).toList(),
                    review.possibleDuplicates(p, y).values().stream()
                            .map(g -> g.stream().map(Nomination::getId).toList()).toList())).build();
        });
    }

    @POST
    @Path("/{slug}/nominations/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Xét điều kiện, lý do được gửi cho người đề cử (biên tập viên)")
    @APIResponseSchema(value = AwardJson.NominationJson.class, responseCode = "200")
    public Response screen(@PathParam("slug") String slug, @PathParam("id") String id, Screen body) {
        return asEditor(editor -> {
            Screen screen = requests.check(body, SCREEN_NEEDS);
            return Response.ok(AwardJson.NominationJson.of(review.screen(setup.require(slug), id, screen.eligible(),
                    screen.reason(), editor))).build();
        });
    }

    @POST
    @Path("/{slug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gộp các đề cử trùng người vào một đề cử (biên tập viên)")
    @APIResponseSchema(value = AwardJson.NominationJson.class, responseCode = "200")
    public Response merge(@PathParam("slug") String slug, Merge body) {
        return asEditor(editor -> Response.ok(AwardJson.NominationJson.of(review.merge(setup.require(slug),
                body == null ? null : body.keep(), body == null ? null : body.merge(), editor))).build());
    }

    @POST
    @Path("/{slug}/shortlist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đưa đề cử vào (hoặc bỏ khỏi, remove=true) danh sách rút gọn để hội đồng chấm (biên tập viên)")
    public Response shortlist(@PathParam("slug") String slug, Shortlist body) {
        return asEditor(editor -> {
            AwardProgramme p = setup.require(slug);
            review.shortlist(p, body == null ? null : body.nominationIds(), body == null || !Boolean.TRUE.equals(body.remove()), editor);
            return Response.ok(Items.of(review.shortlist(p, body.year()).stream().map(Nomination::getId).toList())).build();
        });
    }

    @GET
    @Path("/{slug}/council/nominations")
    @Operation(summary = "Danh sách rút gọn để hội đồng chấm (thành viên hội đồng)")
    public Response councilList(@PathParam("slug") String slug, @QueryParam("year") int year) {
        return signedIn(member -> {
            AwardProgramme p = setup.require(slug);
            review.requireCouncil(p, year, member);
            return Response.ok(Items.of(review.shortlist(p, year).stream()
                    .map(n -> AwardJson.NominationJson.forCouncil(n, p.isForChildren())).toList())).build();
        });
    }

    @POST
    @Path("/{slug}/council/nominations/{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chấm điểm một đề cử theo tiêu chí (thành viên hội đồng)")
    @APIResponseSchema(value = AwardJson.ScoreSaved.class, responseCode = "200")
    public Response score(@PathParam("slug") String slug, @PathParam("id") String id, @QueryParam("year") int year, Scores body) {
        return signedIn(member -> {
            var card = review.score(setup.require(slug), year, id, body == null ? null : body.scores(),
                    body == null ? null : body.comment(), member);
            return Response.ok(new AwardJson.ScoreSaved(id, card.getScores())).build();
        });
    }

    @POST
    @Path("/{slug}/council/nominations/{id}/conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Khai báo xung đột lợi ích với một đề cử (thành viên hội đồng)")
    @APIResponseSchema(value = AwardJson.ConflictDeclared.class, responseCode = "200")
    public Response conflict(@PathParam("slug") String slug, @PathParam("id") String id, @QueryParam("year") int year,
                             ConflictRequest body) {
        return signedIn(member -> {
            review.declareConflict(setup.require(slug), year, id, body == null ? null : body.reason(), member);
            return Response.ok(new AwardJson.ConflictDeclared(id, true)).build();
        });
    }

    @GET
    @Path("/{slug}/board")
    @Operation(summary = "Bảng chấm của hội đồng: tiến độ, điểm trung bình và chuẩn hóa, chấm lệch (biên tập viên)")
    public Response board(@PathParam("slug") String slug, @QueryParam("year") int year) {
        return asEditor(editor -> {
            Judging.Board board = review.board(setup.require(slug), year);
            return Response.ok(board).build();
        });
    }

    @POST
    @Path("/{slug}/laureates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chọn người được vinh danh với lời vinh danh; công khai từ giờ công bố (biên tập viên)")
    @APIResponseSchema(value = AwardJson.Decided.class, responseCode = "200")
    public Response decide(@PathParam("slug") String slug, Decision body) {
        return asEditor(editor -> {
            if (body == null) {
                throw new AwardRefusal(400, "Cần year và laureates");
            }
            AwardCycle cycle = review.decide(setup.require(slug), body.year(), body.laureates(), editor);
            return Response.ok(new AwardJson.Decided(cycle.getYear(), cycle.getLaureates().size(),
                    cycle.getAnnounceAt().toString())).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo giải thưởng từ định nghĩa YAML + Markdown (biên tập viên)")
    @APIResponseSchema(value = AwardJson.Detail.class, responseCode = "201")
    public Response create(Definition body) {
        return asEditor(editor -> Response.status(201).entity(AwardJson.Detail.of(
                setup.create(body == null ? null : body.definition(), editor), Instant.now())).build());
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa định nghĩa giải thưởng, kể cả các đợt (biên tập viên)")
    @APIResponseSchema(value = AwardJson.Detail.class, responseCode = "200")
    public Response update(@PathParam("slug") String slug, Definition body) {
        return asEditor(editor -> Response.ok(AwardJson.Detail.of(
                setup.update(slug, body == null ? null : body.definition(), editor), Instant.now())).build());
    }

    private Response asEditor(Function<Account, Response> action) {
        return signedIn(account -> {
            if (!currentUser.isEditor()) {
                throw new AwardRefusal(403, "Chỉ biên tập viên được làm việc này");
            }
            return action.apply(account);
        });
    }

    private Response signedIn(Function<Account, Response> action) {
        Account account = currentUser.account().orElse(null);
        if (account == null) {
            return ApiError.unauthorized("Cần đăng nhập (HTTP Basic)");
        }
        return action.apply(account);
    }
}
