package vn.quyentreem.portal.campaigns.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** A campaign's content as the JSON a revision keeps, and back. */
final class CampaignSnapshots {

    // created on first use: classes that only clone or check drafts never need a JSON-B provider
    private static final class Holder {
        static final Jsonb JSON = JsonbBuilder.create();
    }

    private CampaignSnapshots() {
    }

    static String toJson(CampaignDraft content) {
        return Holder.JSON.toJson(content);
    }

    static CampaignDraft fromJson(String json) {
        return Holder.JSON.fromJson(json, CampaignDraft.class);
    }
}
