package newsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import newsearch.relevance.engine.ConfiguredSearch;
import newsearch.relevance.io.QrelsFile;
import newsearch.relevance.io.TopicsFile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The judged topics, index and depth shared by {@code eval}, {@code compare} and {@code tune}. */
final class JudgedTopicsOptions {

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      defaultValue = "${env:NEWSEARCH_HOME:-.}/index-data/judgments/queries.tsv",
      description = "Topics, qid<TAB>text (default: the sample's, ${DEFAULT-VALUE}).")
  Path queries;

  @Option(
      names = "--qrels",
      paramLabel = "FILE",
      defaultValue = "${env:NEWSEARCH_HOME:-.}/index-data/judgments/qrels.txt",
      description = "Judgments in TREC format, qid 0 docid grade (default: ${DEFAULT-VALUE}).")
  Path qrels;

  @Mixin IndexOption index;

  @Option(
      names = "--depth",
      defaultValue = "1000",
      description = "Results per topic (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(
      names = "--operators",
      description =
          "Read AND, OR, NOT, quotes and dashes in topics as search syntax; by default topics are"
              + " plain words.")
  boolean operators;

  ConfiguredSearch search() throws IOException {
    return new ConfiguredSearch(
        index.generations(), TopicsFile.read(queries), QrelsFile.read(qrels), depth, operators);
  }
}
