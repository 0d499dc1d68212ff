package newsearch.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * The wrapped policy while articles are written; a forced merge into {@code n} segments makes them
 * of about equal size. A search spreads its matching over whole segments, one slice per thread, so
 * a forced merge that left one large segment and one small one (as Lucene's tiered policy does,
 * keeping the largest segment as it is) would leave one thread with most of the work.
 *
 * <p>The segments are shared out largest first, each to the group that is smallest so far, and each
 * group of several becomes one merge; a group of one segment stays as it is. While any of the
 * segments to merge is still being merged, it plans nothing: the writer asks again when that merge
 * finishes, and by then the groups are done.
 */
final class EvenSegmentsMergePolicy extends FilterMergePolicy {

  EvenSegmentsMergePolicy(MergePolicy in) {
    super(in);
  }

  @Override
  public MergeSpecification findForcedMerges(
      SegmentInfos infos,
      int maxSegmentCount,
      Map<SegmentCommitInfo, Boolean> segmentsToMerge,
      MergeContext context)
      throws IOException {
    List<SegmentCommitInfo> candidates = new ArrayList<>();
    for (SegmentCommitInfo info : infos) {
      if (segmentsToMerge.containsKey(info)) {
        if (context.getMergingSegments().contains(info)) {
          return null;
        }
        candidates.add(info);
      }
    }
    if (candidates.size() <= maxSegmentCount) {
      return null;
    }
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < maxSegmentCount; i++) {
      groups.add(new Group());
    }
    List<Sized> sized = new ArrayList<>();
    for (SegmentCommitInfo info : candidates) {
      sized.add(new Sized(info, size(info, context)));
    }
    sized.sort(Comparator.comparingLong(Sized::bytes).reversed());
    for (Sized segment : sized) {
      Group smallest = groups.stream().min(Comparator.comparingLong(g -> g.bytes)).orElseThrow();
      smallest.segments.add(segment.info());
      smallest.bytes += segment.bytes();
    }
    MergeSpecification merges = new MergeSpecification();
    for (Group group : groups) {
      if (group.segments.size() > 1) {
        merges.add(new OneMerge(group.segments));
      }
    }
    return merges;
  }

  private record Sized(SegmentCommitInfo info, long bytes) {}

  /** Segments bound for one merged segment, and their size so far. */
  private static final class Group {
    final List<SegmentCommitInfo> segments = new ArrayList<>();
    long bytes;
  }
}
