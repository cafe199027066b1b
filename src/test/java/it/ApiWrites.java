package it;

import java.util.List;

/**
 * Every write of the API, as "METHOD /path" with placeholders: {u} an account, {id} an article, {contest} and
 * {award} slugs. Tests that walk them all (cross-site shapes, hostile bodies) share this one list, so a new write
 * joins both.
 */
final class ApiWrites {

    static final List<String> ALL = List.of(
            "POST /accounts", "PUT /accounts/{u}/roles", "POST /accounts/{u}/deactivate", "POST /accounts/{u}/activate",
            "POST /articles", "PUT /articles/{id}", "POST /articles/{id}/submit", "POST /articles/{id}/publish",
            "POST /articles/{id}/unpublish", "POST /articles/{id}/archive", "POST /articles/{id}/return",
            "POST /articles/{id}/revisions/1/restore", "POST /awards/{award}/nominations",
            "POST /awards/{award}/nominations/x/screening", "POST /awards/{award}/merge", "POST /awards/{award}/shortlist",
            "POST /awards/{award}/council/nominations/x/scores", "POST /awards/{award}/council/nominations/x/conflict",
            "POST /awards/{award}/laureates", "POST /awards", "PUT /awards/{award}", "POST /club/applications",
            "POST /club/applications/x/approve", "POST /club/applications/x/reject", "POST /consents/x", "POST /contests",
            "PUT /contests/{contest}", "POST /contests/{contest}/publish", "POST /contests/{contest}/entries",
            "DELETE /contests/{contest}/entries/x", "POST /contests/{contest}/entries/x/screening",
            "POST /contests/{contest}/jury/entries/x/scores", "POST /contests/{contest}/jury/entries/x/conflict",
            "POST /contests/{contest}/shortlist", "POST /contests/{contest}/entries/x/votes", "POST /contests/votes/confirmations",
            "POST /contests/{contest}/results", "POST /documents", "POST /club/events/su-kien/registrations");

    /** The writes that take multipart/form-data (files). */
    static boolean multipart(String path) {
        return path.equals("/documents") || path.matches("/(contests|awards)/[^/]+/(entries|nominations)");
    }

    private ApiWrites() {
    }

    static String path(String write, String user, String article, String contest, String award) {
        return write.split(" ")[1].replace("{u}", user).replace("{id}", article).replace("{contest}", contest)
                .replace("{award}", award);
    }
}
