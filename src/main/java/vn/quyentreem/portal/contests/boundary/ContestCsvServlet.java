package vn.quyentreem.portal.contests.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.contests.control.ContestSetup;
import vn.quyentreem.portal.contests.control.ContestsCsv;
import vn.quyentreem.portal.contests.control.Screening;
import vn.quyentreem.portal.contests.control.VoteLedger;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.judging.entity.Scorecard;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** /bien-tap/cuoc-thi.csv?slug=…&amp;bang=bai|diem|phieu: a contest's entries, scores or vote ledger, for editors. */
@WebServlet("/bien-tap/cuoc-thi.csv")
public class ContestCsvServlet extends HttpServlet {

    @Inject
    CurrentUser currentUser;

    @Inject
    ContestSetup setup;

    @Inject
    ContestEntries entries;

    @Inject
    Screening screening;

    @Inject
    Judging judging;

    @Inject
    VoteLedger ledger;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.isEditor()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Contest contest = setup.bySlug(request.getParameter("slug")).orElse(null);
        String table = request.getParameter("bang");
        if (contest == null || table == null || !List.of("bai", "diem", "phieu").contains(table)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, String> codes = new HashMap<>();
        entries.findByContestId(contest.getId()).forEach(e -> codes.put(e.getId(), e.getCode()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + contest.getSlug() + "-"
                + switch (table) { case "bai" -> "bai-du-thi"; case "diem" -> "diem"; default -> "phieu-binh-chon"; } + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        switch (table) {
            case "bai" -> ContestsCsv.entries(contest, screening.entries(contest), ledger.tally(contest.getId()), out);
            case "diem" -> {
                List<Scorecard> cards = IntStream.rangeClosed(1, contest.getRound())
                        .mapToObj(n -> judging.cards(contest.roundKey(n))).flatMap(List::stream)
                        .sorted(Comparator.comparing(Scorecard::getRound).thenComparing(c -> codes.getOrDefault(c.getSubjectId(), "")))
                        .toList();
                ContestsCsv.scores(contest, cards, codes, out);
            }
            default -> ContestsCsv.votes(ledger.ofContest(contest.getId()), codes, out);
        }
        out.flush();
    }
}
