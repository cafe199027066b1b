package vn.quyentreem.portal.search.control;

import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the small segments that each refresh or commit writes (one publish, one catch-up batch) into one as soon as
 * there are two. Every search pays for every segment — term lookups, scorers, highlighting set-up — and the default
 * policy lets ten such segments pile up before it merges them: on the benchmark index that cost a search over 1 ms.
 * Large segments are left to the tiered policy.
 */
final class SmallSegmentMerges extends FilterMergePolicy {

    /** Segments under this size are "small": a handful of items, merged in milliseconds. */
    static final long SMALL_BYTES = 2L * 1024 * 1024;

    SmallSegmentMerges() {
        super(new TieredMergePolicy());
    }

    @Override
    public MergeSpecification findFullFlushMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        List<SegmentCommitInfo> small = new ArrayList<>();
        for (SegmentCommitInfo info : infos) {
            if (!context.getMergingSegments().contains(info) && info.sizeInBytes() < SMALL_BYTES) {
                small.add(info);
            }
        }
        if (small.size() < 2) {
            return null;
        }
        MergeSpecification merges = new MergeSpecification();
        merges.add(new MergePolicy.OneMerge(small));
        return merges;
    }
}
