package newsearch.relevance.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsearch.relevance.Topic;

/**
 * The topics file {@code queries.tsv}: one query a line, {@code qid<TAB>text}. The text runs to the
 * end of the line and may itself hold tabs.
 */
public final class TopicsFile {

  private TopicsFile() {}

  /**
   * Reads the topics in file order.
   *
   * @throws MalformedLineException for a line without a tab, an empty id or text, or a repeated id
   */
  public static List<Topic> read(Path file) throws IOException {
    List<Topic> topics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    LineSource.forEachLine(
        file,
        (line, lineNumber) -> {
          int tab = line.indexOf('\t');
          if (tab < 0) {
            throw new IllegalArgumentException("expected 'qid<TAB>text', found no tab");
          }
          Topic topic = new Topic(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
          if (!ids.add(topic.id())) {
            throw new IllegalArgumentException("query " + topic.id() + " appears twice");
          }
          topics.add(topic);
        });
    return topics;
  }

  /** Writes the topics, one a line, in list order. */
  public static void write(List<Topic> topics, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Topic topic : topics) {
        out.write(topic.id());
        out.write('\t');
        out.write(topic.text());
        out.write('\n');
      }
    }
  }
}
