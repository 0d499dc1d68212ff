package newsearch.indexer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import newsearch.schema.NewsSchema;

/** What to tell someone whose index directory has lost track of its served generation. */
final class RecoveryAdvice {

  private RecoveryAdvice() {}

  /**
   * Says what is wrong with {@code CURRENT} at {@code root} and names the newest of {@code
   * committed} (the generations holding a commit, oldest first) that passes its check, with the
   * command that serves it; when none passes, says how to start again without losing them.
   */
  static String forLostCurrent(Path root, String problem, List<Path> committed) {
    String head =
        "index at "
            + root
            + (committed.isEmpty() ? " has" : " has generations but")
            + " no readable CURRENT ("
            + problem
            + ")";
    GenerationCheck check = new GenerationCheck(new NewsSchema());
    for (Path gen : committed.reversed()) {
      if (check.isComplete(gen)) {
        return String.format(
            Locale.ROOT,
            "%s; the newest complete generation is %s: run './newsearch rollback --to %s --index"
                + " %s' to serve it",
            head,
            name(gen),
            name(gen),
            root);
      }
    }
    return head
        + ", and no generation passes its check (holding a commit: "
        + (committed.isEmpty()
            ? "none"
            : String.join(", ", committed.stream().map(RecoveryAdvice::name).toList()))
        + "); nothing was deleted: move them aside and run './newsearch reindex --input PATH..."
        + " --index "
        + root
        + "'";
  }

  private static String name(Path generation) {
    return generation.getFileName().toString();
  }
}
