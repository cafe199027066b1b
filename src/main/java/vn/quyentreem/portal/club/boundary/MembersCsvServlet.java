package vn.quyentreem.portal.club.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.club.control.MemberDirectory;
import vn.quyentreem.portal.club.control.MembersCsv;
import vn.quyentreem.portal.club.control.Memberships;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubMembers;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * /quan-tri/hoi-vien.csv: every member with every field, for admins only (the admin area's filter lets only
 * admins in; checked here again because this is personal data).
 */
@WebServlet("/quan-tri/hoi-vien.csv")
public class MembersCsvServlet extends HttpServlet {

    @Inject
    CurrentUser currentUser;

    @Inject
    ClubMembers members;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.isAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        List<ClubMember> all = members.findAll()
                .sorted(Comparator.comparing((ClubMember m) -> m.getProfile().getFullName(), MemberDirectory.VIETNAMESE_NAMES)).toList();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"hoi-vien-clb-phong-vien-"
                + Memberships.today() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        MembersCsv.write(all, Memberships.today(), out);
        out.flush();
    }
}
