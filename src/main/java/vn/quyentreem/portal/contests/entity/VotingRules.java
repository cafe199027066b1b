package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * Public voting: whether there is one, who may vote ("email": anyone who confirms an address; "account": signed-in
 * people), how often ("contest": once per entry; "day": once per entry per day in Vietnam) and how the result
 * weighs the jury against the public.
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class VotingRules {

    @Column
    private boolean enabled;
    @Column
    private String who = "email";
    @Column
    private String period = "contest";
    @Column
    private int juryWeight = 100;
    @Column
    private int publicWeight;

    public boolean isDaily() {
        return "day".equals(period);
    }

    public boolean isAccountsOnly() {
        return "account".equals(who);
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getWho() { return who; }
    public void setWho(String who) { this.who = who; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public int getJuryWeight() { return juryWeight; }
    public void setJuryWeight(int juryWeight) { this.juryWeight = juryWeight; }
    public int getPublicWeight() { return publicWeight; }
    public void setPublicWeight(int publicWeight) { this.publicWeight = publicWeight; }
}
