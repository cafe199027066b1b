package vn.quyentreem.portal.campaigns.boundary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The related articles and documents keep the campaign's order when the form sends them back in the list's. */
class CampaignEditorTest {

    @Test
    void aSaveThatChangedNothingKeepsTheOrder() {
        List<String> stored = List.of("tet-am", "an-toan-mua-he", "bao-luc-hoc-duong");
        List<String> sent = List.of("an-toan-mua-he", "bao-luc-hoc-duong", "tet-am"); // as the options are ordered
        assertEquals(stored, CampaignEditor.keepingOrder(stored, sent));
        assertEquals(List.of("tet-am", "bao-luc-hoc-duong", "duoi-nuoc"),
                CampaignEditor.keepingOrder(stored, List.of("bao-luc-hoc-duong", "duoi-nuoc", "tet-am")),
                "one taken off, a new one after the others");
        assertEquals(List.of(), CampaignEditor.keepingOrder(stored, null), "nothing chosen");
        assertEquals(List.of("a", "b"), CampaignEditor.keepingOrder(null, List.of("a", "b")));
    }
}
