package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import newsearch.ingest.Breadcrumbs.Crumb;
import newsearch.ingest.Breadcrumbs.Strength;
import newsearch.schema.SectionPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BreadcrumbsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "News > Japan; News > Japan; HIERARCHY",
        "Home > News > Japan; News > Japan; HIERARCHY",
        "News » Japan; News > Japan; HIERARCHY",
        "News›Japan›; News > Japan; HIERARCHY",
        "Home / News / Japan; News > Japan; MENU_LIKE",
        "News | Japan; News > Japan; MENU_LIKE",
        "Section: World; World; EXPLICIT",
        "Sección: Internacional > Europa; Internacional > Europa; EXPLICIT",
      })
  void readsTheSectionOfABreadcrumbOrLabel(String line, String path, Strength strength) {
    assertEquals(Optional.of(new Crumb(SectionPath.parse(path), strength)), Breadcrumbs.read(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "AC/DC Tour Review",
        "World | Business | Sport | Tech | Culture",
        "Profits > forecasts, the company said.",
        "News > Japan » Asia",
        "Japan and Russia Agree to Move Forward on Peace Treaty",
        "Home",
      })
  void doesNotTakeHeadlinesMenusOrMixedSeparatorsForBreadcrumbs(String line) {
    assertTrue(Breadcrumbs.read(line).isEmpty());
  }

  @Test
  void dropsHomeAndTheArticleTitleFromBreadcrumbMarkup() {
    assertEquals(
        new SectionPath(List.of("World", "Asia")),
        Breadcrumbs.fromItems(
            List.of("Home", "›", "World", "Asia", "Island Talks Resume"), "Island Talks Resume"));
  }
}
