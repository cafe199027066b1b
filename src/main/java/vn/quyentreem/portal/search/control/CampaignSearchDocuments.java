package vn.quyentreem.portal.search.control;

import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.PublicPath;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** How a published campaign appears in the index: theme, slogans, the plan's activities and the body are its text. */
public final class CampaignSearchDocuments {

    public static final String TYPE = "campaign";

    private CampaignSearchDocuments() {
    }

    public static SearchDocument of(Campaign c) {
        List<String> text = new ArrayList<>(c.getMessages());
        c.getActivities().stream().map(Activity::getActivity).forEach(text::add);
        text.add(MarkdownRenderer.plainText(c.getBody()).replace(PagedPassageFormatter.PAGE_BREAK, ' '));
        List<String> tags = new ArrayList<>(c.getHotlines().stream().map(h -> "Tổng đài " + h).toList());
        if (c.getTag() != null) {
            tags.add(c.getTag());
        }
        // dated by its first day: the year facet and "newer first" follow the campaign, not the day it was posted
        return new SearchDocument(TYPE, c.getId(), c.getName(), c.getTheme(), tags, String.join("\n", text),
                "chien-dich", LocalDate.parse(c.getStartsOn()).atStartOfDay().toInstant(ZoneOffset.ofHours(7)),
                PublicPath.CAMPAIGN.of(c.getSlug()));
    }
}
