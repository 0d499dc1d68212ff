package newsearch.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

  @Test
  void readsRequiredWordsAndAndAsRequired() {
    assertEquals("premier AND league", read("premier AND league"));
    assertEquals("+premier league peace", read("+premier league peace"));
    assertEquals("premier AND league AND peace", read("premier league AND peace"));
    assertEquals("war peace +league +cup", read("war peace league AND cup"));
    assertEquals("premier AND league", parser.parse("premier league").describe(MinimumMatch.ALL));
  }

  @Test
  void whenCountsBackFromTheClockAsTheRecentFacetDoes() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    UserQueryParser dated = new UserQueryParser(true, clock);
    assertEquals("oil since:2026-11-21", dated.parse("oil when:7d").describe(MinimumMatch.ANY));
    assertEquals("oil since:2025-11-28", dated.parse("oil when:1y").describe(MinimumMatch.ANY));
    assertEquals(
        "oil since:2021-07-01 before:2022-03-01",
        dated.parse("oil after:2021-06 before:2022-03-01").describe(MinimumMatch.ANY));
  }

  @Test
  void aPartialQueryCompletesOnlyItsLastPlainWord() {
    assertEquals("oil pr*", parser.parse("oil pr", true).describe(MinimumMatch.ANY));
    assertEquals("oil", parser.parse("oil p", true).describe(MinimumMatch.ANY));
    assertEquals("p", parser.parse("p", true).describe(MinimumMatch.ANY));
    assertEquals("oil \"pr\"", parser.parse("oil \"pr\"", true).describe(MinimumMatch.ANY));
  }

  @Test
  void dateExpressionsAreWordsWhenOperatorWordsAreOff() {
    assertEquals(
        "since:2021", new UserQueryParser(false).parse("since:2021").describe(MinimumMatch.ANY));
  }
}
