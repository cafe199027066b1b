package vn.quyentreem.portal.media.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.util.ArrayList;
import java.util.List;

/** Which files an entry or a nomination may carry: kinds ("image", "pdf"), how many, and how large each may be. */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class FileRules {

    @Column
    private List<String> types = new ArrayList<>();
    @Column
    private int min;
    @Column
    private int max;
    @Column
    private int maxMb;

    public boolean allows(String kind) {
        return types.contains(kind);
    }

    public List<String> getTypes() { return types; }
    public void setTypes(List<String> types) { this.types = types; }
    public int getMin() { return min; }
    public void setMin(int min) { this.min = min; }
    public int getMax() { return max; }
    public void setMax(int max) { this.max = max; }
    public int getMaxMb() { return maxMb; }
    public void setMaxMb(int maxMb) { this.maxMb = maxMb; }
}
