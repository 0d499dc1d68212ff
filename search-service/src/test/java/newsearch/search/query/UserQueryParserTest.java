package newsearch.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserQueryParserTest {

  private final UserQueryParser parser = new UserQueryParser(true);

  private String read(String text) {
    return parser.parse(text).describe(MinimumMatch.ANY);
  }

  @Test
  void readsWordsPhrasesExclusionsOrAndFieldPrefixes() {
    assertEquals(
        "\"peace treaty\" (japan OR russia) title:kishida -moscow",
        read("\"peace treaty\" japan OR russia title:kishida -moscow"));
  }

  @Test
  void closesAnUnbalancedQuoteAtTheEnd() {
    assertEquals("\"peace treaty\"", read("\"peace treaty"));
  }

  @Test
  void dropsDanglingOperatorsAndEmptyPrefixes() {
    assertEquals("peace", read("OR peace OR"));
    assertEquals("peace", read("title: peace -"));
  }

  @Test
  void notExcludesTheNextWord() {
    assertEquals("peace -war", read("peace NOT war"));
  }

  @Test
  void operatorWordsAreWordsWhenSwitchedOff() {
    assertEquals(
        "war OR peace",
        new UserQueryParser(false).parse("war OR peace").describe(MinimumMatch.ANY));
  }
}
