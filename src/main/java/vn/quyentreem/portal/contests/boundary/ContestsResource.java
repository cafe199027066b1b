package vn.quyentreem.portal.contests.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import vn.quyentreem.portal.contests.control.ContestRefusal;
import vn.quyentreem.portal.contests.control.ContestResults;
import vn.quyentreem.portal.contests.control.ContestSetup;
import vn.quyentreem.portal.contests.control.ContestGallery;
import vn.quyentreem.portal.contests.control.Entering;
import vn.quyentreem.portal.contests.control.JuryDesk;
import vn.quyentreem.portal.contests.control.ProofOfWork;
import vn.quyentreem.portal.contests.control.Screening;
import vn.quyentreem.portal.contests.control.Voting;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.media.control.PrivateFiles;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Contests over HTTP. Reading is public; entering needs an account (HTTP Basic); judging needs the jury role;
 * setting up, screening, shortlisting and results need an editor.
 */
@Path("/contests")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Cuộc thi")
public class ContestsResource {


    public record Definition(String definition) {
    }

    public record Screen(@NotNull(message = SCREEN_NEEDS) Boolean eligible, String reason) {
    }

    private static final String SCREEN_NEEDS = "Cần trường eligible (true/false)";

    public record Scores(List<Integer> scores, String comment) {
    }

    public record ConflictRequest(String reason) {
    }

    public record Shortlist(List<String> entryIds) {
    }

    public record VoteRequest(String email, String challenge, String nonce) {
    }

    @Schema(name = "EntryReceived")
    public record Received(String id, String code, String status, String consent) {
    }

    public record VoteReceived(String status, String code, String message) {
    }

    @Inject
    Contests contests;

    @Inject
    ContestEntries entries;

    @Inject
    ContestSetup setup;

    @Inject
    ContestGallery gallery;

    @Inject
    Entering entering;

    @Inject
    Screening screening;

    @Inject
    JuryDesk jury;

    @Inject
    Voting voting;

    @Inject
    ContestResults results;

    @Inject
    CurrentUser currentUser;

    @Inject
    ValidRequests requests;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Các cuộc thi đã công bố, mới nhất trước, với giai đoạn hiện tại")
    public Items<ContestJson.Summary> list() {
        Instant now = Instant.now();
        return Items.of(contests.findByStatus(Contest.PUBLISHED).stream()
                .sorted(Comparator.comparing((Contest c) -> c.getTimeline().getEntriesOpen()).reversed())
                .map(c -> ContestJson.Summary.of(c, now)).toList());
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Một cuộc thi: thể lệ, hạng mục, mốc thời gian, mẫu bài dự thi, giai đoạn; kết quả khi đã công bố")
    @APIResponseSchema(value = ContestJson.Detail.class, responseCode = "200")
    public Response get(@PathParam("slug") String slug) {
        return published(slug, c -> Response.ok(ContestJson.Detail.of(c, Instant.now())).build());
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON})
    @Operation(summary = "Tạo cuộc thi (bản nháp) từ định nghĩa YAML + Markdown (biên tập viên)")
    @APIResponseSchema(value = ContestJson.Detail.class, responseCode = "201")
    public Response create(Definition body) {
        return signedIn(editor -> {
            Contest c = setup.create(body == null ? null : body.definition(), editor);
            return Response.status(201).entity(ContestJson.Detail.of(c, Instant.now())).build();
        });
    }

    @PUT
    @Path("/{slug}")
    @Consumes({MediaType.APPLICATION_JSON})
    @Operation(summary = "Sửa định nghĩa cuộc thi (biên tập viên)")
    @APIResponseSchema(value = ContestJson.Detail.class, responseCode = "200")
    public Response update(@PathParam("slug") String slug, Definition body) {
        return signedIn(editor -> Response.ok(ContestJson.Detail.of(
                setup.update(slug, body == null ? null : body.definition(), editor), Instant.now())).build());
    }

    @POST
    @Path("/{slug}/publish")
    @Operation(summary = "Công bố cuộc thi (biên tập viên)")
    @APIResponseSchema(value = ContestJson.Summary.class, responseCode = "200")
    public Response publish(@PathParam("slug") String slug) {
        return signedIn(editor -> Response.ok(ContestJson.Summary.of(setup.publish(slug, true, editor), Instant.now())).build());
    }

    @POST
    @Path("/{slug}/entries")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Gửi bài dự thi (người dự thi đã đăng nhập): category, familyName, givenName, birthYear, "
            + "province, school, guardianEmail (dưới 17 tuổi tính theo năm), các ô của mẫu bài theo khóa, file (nhiều tệp)")
    @APIResponseSchema(value = Received.class, responseCode = "201")
    public Response enter(@PathParam("slug") String slug, List<EntityPart> parts) {
        Account entrant = currentUser.account().orElse(null);
        if (entrant == null) {
            return ApiError.unauthorized("Cần đăng nhập (HTTP Basic) để gửi bài dự thi");
        }
        return published(slug, contest -> {
            EntryForm form = read(parts, contest);
            ContestEntry entry = entering.submit(contest, form.toInput(), form.getFiles(), entrant);
            return Response.status(201).entity(new Received(entry.getId(), entry.getCode(),
                    entry.isConsentClear() ? "received" : "held", entry.getConsent())).build();
        });
    }

    @GET
    @Path("/{slug}/entries")
    @Operation(summary = "Bài dự thi: biên tập viên thấy tất cả, người dự thi thấy bài của mình")
    public Response entries(@PathParam("slug") String slug) {
        return signedIn(account -> {
            Contest contest = setup.require(slug);
            List<ContestEntry> list = currentUser.isEditor() ? screening.entries(contest)
                    : entering.of(account).stream().filter(e -> e.getContestId().equals(contest.getId())).toList();
            return Response.ok(Items.of(list.stream().map(ContestJson.OwnEntry::of).toList())).build();
        });
    }

    @DELETE
    @Path("/{slug}/entries/{id}")
    @Operation(summary = "Rút bài dự thi (người dự thi): bài, tệp và điểm bị xóa khỏi mọi nơi")
    public Response withdraw(@PathParam("slug") String slug, @PathParam("id") String id) {
        return signedIn(entrant -> {
            entering.withdraw(id, entrant);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("/{slug}/entries/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Xét bài hợp lệ hay không, kèm lý do (biên tập viên)")
    @APIResponseSchema(value = ContestJson.OwnEntry.class, responseCode = "200")
    public Response screen(@PathParam("slug") String slug, @PathParam("id") String id, Screen body) {
        return signedIn(editor -> {
            Screen screen = requests.check(body, SCREEN_NEEDS);
            return Response.ok(ContestJson.OwnEntry.of(screening.screen(id, screen.eligible(), screen.reason(), editor)))
                    .build();
        });
    }

    @GET
    @Path("/{slug}/jury/entries")
    @Operation(summary = "Bài của vòng chấm hiện tại, ẩn danh (giám khảo)")
    public Response juryEntries(@PathParam("slug") String slug) {
        return signedIn(judge -> Response.ok(Items.of(jury.entries(setup.require(slug), judge))).build());
    }

    @POST
    @Path("/{slug}/jury/entries/{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chấm điểm một bài theo từng tiêu chí (giám khảo)")
    @APIResponseSchema(value = ContestJson.ScoreSaved.class, responseCode = "200")
    public Response score(@PathParam("slug") String slug, @PathParam("id") String id, Scores body) {
        return signedIn(judge -> {
            var card = jury.score(setup.require(slug), id, body == null ? null : body.scores(),
                    body == null ? null : body.comment(), judge);
            return Response.ok(new ContestJson.ScoreSaved(id, card.getScores())).build();
        });
    }

    @POST
    @Path("/{slug}/jury/entries/{id}/conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Khai báo xung đột lợi ích với một bài; giám khảo không chấm bài đó (giám khảo)")
    @APIResponseSchema(value = ContestJson.ConflictDeclared.class, responseCode = "200")
    public Response conflict(@PathParam("slug") String slug, @PathParam("id") String id, ConflictRequest body) {
        return signedIn(judge -> {
            jury.declareConflict(setup.require(slug), id, body == null ? null : body.reason(), judge);
            return Response.ok(new ContestJson.ConflictDeclared(id, true)).build();
        });
    }

    @GET
    @Path("/{slug}/board")
    @Operation(summary = "Bảng chấm: tiến độ từng giám khảo, điểm trung bình và điểm chuẩn hóa, bài giám khảo chấm lệch nhau (biên tập viên)")
    @APIResponseSchema(value = ContestJson.Board.class, responseCode = "200")
    public Response board(@PathParam("slug") String slug) {
        return signedIn(editor -> {
            requireEditor();
            Contest contest = setup.require(slug);
            Judging.Board board = screening.board(contest);
            Map<String, String> codes = codes(contest);
            return Response.ok(new ContestJson.Board(contest.getRound(), board.progress(),
                    board.scores().stream().map(s -> new ContestJson.BoardRow(codes.getOrDefault(s.subjectId(), ""),
                            s.subjectId(), s.judges(), s.mean(), s.normalised(), s.spread(), s.disputed())).toList(),
                    voting.flags(contest).stream().map(f -> new ContestJson.Flag(codes.getOrDefault(f.getEntryId(), ""),
                            f.getReason(), f.getAt().toString())).toList())).build();
        });
    }

    @POST
    @Path("/{slug}/shortlist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chọn bài vào vòng sau và mở vòng chấm mới; các bài này vào danh sách bình chọn (biên tập viên)")
    @APIResponseSchema(value = ContestJson.Round.class, responseCode = "200")
    public Response shortlist(@PathParam("slug") String slug, Shortlist body) {
        return signedIn(editor -> {
            Contest contest = screening.shortlist(setup.require(slug), body == null ? null : body.entryIds(), editor);
            return Response.ok(new ContestJson.Round(contest.getRound())).build();
        });
    }

    @GET
    @Path("/{slug}/gallery")
    @Operation(summary = "Các bài vào vòng trong (công khai), chỉ với tên hiển thị phụ huynh đã đồng ý")
    public Response gallery(@PathParam("slug") String slug) {
        return published(slug, contest -> Response.ok(Items.of(gallery.of(contest).stream()
                .sorted(Comparator.comparing(ContestEntry::getCode))
                .map(e -> ContestJson.GalleryEntry.of(e, contest)).toList())).build());
    }

    @GET
    @Path("/{slug}/entries/{id}/votes/challenge")
    @Operation(summary = "Thử thách chống gian lận (proof of work) cho một lượt bình chọn")
    @APIResponseSchema(value = ProofOfWork.Challenge.class, responseCode = "200")
    public Response challenge(@PathParam("slug") String slug, @PathParam("id") String id) {
        return published(slug, contest -> {
            ProofOfWork.Challenge challenge = voting.challenge(contest, id);
            return Response.ok(challenge).header("Cache-Control", "no-store").build();
        });
    }

    @POST
    @Path("/{slug}/entries/{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bình chọn: {email, challenge, nonce}. Đã đăng nhập: tính ngay (201); chưa: thư xác nhận (202)")
    @APIResponseSchema(value = VoteReceived.class, responseCode = "201")
    public Response vote(@PathParam("slug") String slug, @PathParam("id") String id, VoteRequest body) {
        return published(slug, contest -> {
            if (body == null) {
                throw ContestRefusal.badInput("Thiếu nội dung JSON: email, challenge, nonce");
            }
            Voting.Cast cast = voting.cast(contest, id, body.email(), body.challenge(), body.nonce(),
                    currentUser.account().orElse(null), request.getRemoteAddr());
            return cast.outcome() == Voting.Outcome.COUNTED
                    ? Response.status(201).entity(new VoteReceived("counted", cast.code(), "Đã ghi nhận lượt bình chọn")).build()
                    : Response.status(202).entity(new VoteReceived("pending", cast.code(),
                    "Hãy mở liên kết trong thư vừa gửi tới e-mail của bạn để lượt bình chọn được tính")).build();
        });
    }

    public record Confirmation(String token) {
    }

    @POST
    @Path("/votes/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Xác nhận lượt bình chọn bằng mã trong thư (token); chỉ tính khi bình chọn còn mở")
    @APIResponseSchema(value = VoteReceived.class, responseCode = "201")
    public Response confirmVote(Confirmation body) {
        Voting.Cast cast = voting.confirm(body == null ? null : body.token());
        return Response.status(201).entity(new VoteReceived("counted", cast.code(), "Đã ghi nhận lượt bình chọn")).build();
    }

    @POST
    @Path("/{slug}/results")
    @Operation(summary = "Tính và công bố kết quả; hiện công khai từ giờ công bố đã định (biên tập viên)")
    @APIResponseSchema(value = ContestJson.ResultsPublished.class, responseCode = "200")
    public Response publishResults(@PathParam("slug") String slug) {
        return signedIn(editor -> {
            Contest contest = results.publish(setup.require(slug), editor);
            return Response.ok(new ContestJson.ResultsPublished(contest.getResults().stream().map(ContestJson.Winner::of)
                    .toList(), contest.getResultsPublishedAt().toString())).build();
        });
    }

    @GET
    @Path("/{slug}/results")
    @Operation(summary = "Kết quả đã công bố: người đoạt giải theo hạng mục")
    public Response results(@PathParam("slug") String slug) {
        return published(slug, contest -> contest.resultsPublic(Instant.now())
                ? Response.ok(Items.of(contest.getResults().stream().map(ContestJson.Winner::of).toList())).build()
                : ApiError.response(404, "Cuộc thi chưa công bố kết quả"));
    }

    private Map<String, String> codes(Contest contest) {
        Map<String, String> codes = new java.util.HashMap<>();
        entries.findByContestId(contest.getId()).forEach(e -> codes.put(e.getId(), e.getCode()));
        return codes;
    }

    private void requireEditor() {
        if (!currentUser.isEditor()) {
            throw ContestRefusal.forbidden("Chỉ biên tập viên được xem mục này");
        }
    }

    private static EntryForm read(List<EntityPart> parts, Contest contest) {
        EntryForm form = new EntryForm();
        long limit = contest.getFiles().getMaxMb() * 1024L * 1024L;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            try (InputStream in = part.getContent()) {
                if (part.getFileName().isPresent()) {
                    if (form.getFiles().size() >= 10) {
                        throw ContestRefusal.badInput("Gửi nhiều tệp quá");
                    }
                    // read one byte past the limit: enough to refuse, never the whole of an oversized file
                    form.getFiles().add(new PrivateFiles.Upload(part.getFileName().get(), in.readNBytes((int) limit + 1)));
                } else {
                    form.set(part.getName(), new String(in.readNBytes(100_000), java.nio.charset.StandardCharsets.UTF_8), contest);
                }
            } catch (IOException e) {
                throw ContestRefusal.badInput("Không đọc được dữ liệu gửi lên");
            }
        }
        return form;
    }

    private Response published(String slug, Function<Contest, Response> action) {
        Contest contest = setup.bySlug(slug).filter(c -> c.isPublished() || currentUser.isEditor())
                .orElseThrow(() -> ContestRefusal.notFound("Không có cuộc thi này"));
        return action.apply(contest);
    }

    private Response signedIn(Function<Account, Response> action) {
        Account account = currentUser.account().orElse(null);
        if (account == null) {
            return ApiError.unauthorized("Cần đăng nhập (HTTP Basic)");
        }
        return action.apply(account);
    }
}
