package vn.quyentreem.portal.awards.entity;

import vn.quyentreem.portal.changes.entity.ContentChanged;

/** A programme or a nomination changed in a way readers could see (an announcement above all). */
public record AwardChanged(String itemId) implements ContentChanged {

    public static final String TYPE = "award";

    @Override
    public String itemType() {
        return TYPE;
    }
}
