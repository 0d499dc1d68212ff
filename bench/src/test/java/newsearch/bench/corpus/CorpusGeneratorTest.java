package newsearch.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsearch.ingest.JsonLinesReader;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  @TempDir Path dir;

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Path c = dir.resolve("c.jsonl");
    new CorpusGenerator(42).write(30, a);
    new CorpusGenerator(42).write(30, b);
    new CorpusGenerator(43).write(30, c);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertTrue(!Files.readString(a).equals(Files.readString(c)));
  }

  @Test
  void articlesHaveNewsShapes() throws Exception {
    Path file = dir.resolve("corpus.jsonl");
    new CorpusGenerator(42).write(200, file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(200, lines.size());
    JsonLinesReader reader = new JsonLinesReader();
    long totalBodyWords = 0;
    for (String line : lines) {
      Article article = reader.parseLine(line);
      int titleWords = article.title().split(" ").length;
      int bodyWords = article.body().split("\\s+").length;
      // Entity names add a word or two past the drawn length.
      assertTrue(titleWords >= 6 && titleWords <= 17, "title words: " + titleWords);
      assertTrue(bodyWords >= 150 && bodyWords <= 1_520, "body words: " + bodyWords);
      assertEquals(2, article.section().parts().size(), article.section().toString());
      assertTrue(article.date().getYear() >= 2005 && article.date().getYear() <= 2025);
      assertTrue(article.summary() != null && article.author() != null);
      totalBodyWords += bodyWords;
    }
    double mean = totalBodyWords / 200.0;
    assertTrue(mean > 450 && mean < 700, "mean body words " + mean);
  }
}
