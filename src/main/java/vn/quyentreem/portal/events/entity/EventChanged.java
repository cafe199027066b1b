package vn.quyentreem.portal.events.entity;

import vn.quyentreem.portal.changes.entity.ContentChanged;

/** A club training or event was saved, published or cancelled. (Seats are read from the store on every view.) */
public record EventChanged(String itemId) implements ContentChanged {

    public static final String TYPE = "event";

    @Override
    public String itemType() {
        return TYPE;
    }
}
