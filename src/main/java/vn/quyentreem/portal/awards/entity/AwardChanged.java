package vn.quyentreem.portal.awards.entity;

/** A programme or a nomination changed in a way readers could see (an announcement above all). */
public record AwardChanged(String programmeId) {
}
