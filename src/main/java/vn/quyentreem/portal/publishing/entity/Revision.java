package vn.quyentreem.portal.publishing.entity;

import java.time.Instant;

/** One saved state of a piece's content, numbered from 1; every save adds one and none is ever changed. */
public interface Revision {

    int getNumber();

    Instant getSavedAt();

    String getSavedBy();

    String getNote();
}
