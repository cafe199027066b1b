package vn.quyentreem.portal.campaigns.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * One row of a campaign's activity plan, as such plans are written: what, when, who leads, with whom, paid from
 * where, and how far it has got. The time is kept as written ("Quý 2", "Tháng 3-6") with the dates it stands for in
 * the campaign's year, so the timeline can be put in order.
 */
@Embeddable
public class Activity {

    @Column
    private String activity;
    @Column
    private String time;
    /** ISO dates (yyyy-MM-dd), Vietnam's calendar. */
    @Column
    private String startsOn;
    @Column
    private String endsOn;
    @Column
    private String lead;
    @Column
    private String partners;
    @Column
    private String funding;
    /** An {@link ActivityStatus} name. */
    @Column
    private String status;

    public Activity() {
    }

    public Activity(String activity, String time, String startsOn, String endsOn, String lead, String partners,
                    String funding, ActivityStatus status) {
        this.activity = activity;
        this.time = time;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.lead = lead;
        this.partners = partners;
        this.funding = funding;
        this.status = status.name();
    }

    public Activity copy() {
        return new Activity(activity, time, startsOn, endsOn, lead, partners, funding, getStatusValue());
    }

    public String getActivity() { return activity; }
    public void setActivity(String activity) { this.activity = activity; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getPartners() { return partners; }
    public void setPartners(String partners) { this.partners = partners; }
    public String getFunding() { return funding; }
    public void setFunding(String funding) { this.funding = funding; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }

    @JsonbTransient
    public ActivityStatus getStatusValue() {
        return ActivityStatus.fromName(status);
    }
}
