package newsearch.search.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import newsearch.search.Hit;
import newsearch.search.InvalidRequestException;
import newsearch.search.SearchParameters;
import newsearch.search.SearchRequest;
import newsearch.search.TestSearcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExportTest {

  /** One match per batch, so that every row after the first comes by the cursor. */
  private static final ExportConfig ONE_PER_BATCH = new ExportConfig(100, 1);

  @RegisterExtension final TestSearcher oil = new TestSearcher(AnalyticsCorpus.oilMonths());

  private static SearchRequest request(String query) {
    return SearchParameters.filters(Map.of("q", List.of(query)));
  }

  private static SearchRequest newestFirst(String query) {
    return SearchParameters.filters(Map.of("q", List.of(query), "sort", List.of("date")));
  }

  private String export(
      SearchRequest request, ExportFormat format, List<ExportField> fields, ExportConfig limits)
      throws Exception {
    StringWriter out = new StringWriter();
    long[] announced = {-1};
    long written =
        oil.searcher()
            .analytics()
            .export(
                request,
                fields,
                limits,
                total -> {
                  announced[0] = total;
                  return format.open(out, fields);
                });
    assertEquals(announced[0], written);
    return out.toString();
  }

  @Test
  void csvHoldsAHeaderAndEveryMatchNewestFirstUndatedLast() throws Exception {
    String csv =
        export(
            newestFirst("oil"),
            ExportFormat.CSV,
            List.of(ExportField.ID, ExportField.DATE, ExportField.SECTION),
            ONE_PER_BATCH);

    assertEquals(
        "id,date,section\r\n"
            + "o3,2021-03-02,Business\r\n"
            + "o2,2021-01-20,Business\r\n"
            + "o1,2021-01-05,Business\r\n"
            + "o4,,Business\r\n",
        csv);
  }

  @Test
  void relevanceOrderIsTheSearchsOrder() throws Exception {
    SearchRequest request = request("oil");
    List<String> searched = oil.searcher().search(request).hits().stream().map(Hit::id).toList();

    String csv = export(request, ExportFormat.CSV, List.of(ExportField.ID), ONE_PER_BATCH);
    List<String> exported =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).stream()
            .map(r -> r.get("id"))
            .toList();

    assertEquals(searched, exported);
    assertEquals(4, exported.size());
  }

  @Test
  void jsonLinesHoldOneObjectPerMatchWithNullsForAbsentValues() throws Exception {
    String jsonl =
        export(
            request("history"),
            ExportFormat.JSONL,
            List.of(ExportField.ID, ExportField.TITLE, ExportField.DATE, ExportField.URL),
            ONE_PER_BATCH);

    List<String> lines = Arrays.asList(jsonl.split("\n"));
    assertEquals(1, lines.size());
    JsonObject row = JsonParser.parseString(lines.get(0)).getAsJsonObject();
    assertEquals("o4", row.get("id").getAsString());
    assertEquals("Oil history", row.get("title").getAsString());
    assertEquals(true, row.get("date").isJsonNull());
    assertEquals(List.of("id", "title", "date", "url"), List.copyOf(row.keySet()));
  }

  @Test
  void moreMatchesThanTheMaximumAreRefusedBeforeAnythingIsWritten() {
    InvalidRequestException refused =
        assertThrows(
            InvalidRequestException.class,
            () ->
                export(
                    request(""), ExportFormat.CSV, ExportField.DEFAULTS, new ExportConfig(7, 1)));

    assertEquals("too_many_rows", refused.code());
    assertEquals(
        "the query matches 8 articles and an export holds at most 7; narrow it with q, section,"
            + " from or to",
        refused.getMessage());
  }

  @Test
  void unknownFieldsAndFormatsAreRefusedNamingThem() {
    InvalidRequestException field =
        assertThrows(InvalidRequestException.class, () -> ExportField.parseList("id,headline"));
    InvalidRequestException twice =
        assertThrows(InvalidRequestException.class, () -> ExportField.parseList("id,id"));
    InvalidRequestException format =
        assertThrows(InvalidRequestException.class, () -> ExportFormat.parse("xlsx"));

    assertEquals("invalid_fields", field.code());
    assertEquals(
        "fields may name id, date, section, title, url, source, author, summary, body; got"
            + " 'headline'",
        field.getMessage());
    assertEquals("fields names id twice, in 'id,id'", twice.getMessage());
    assertEquals("format must be csv or jsonl, got 'xlsx'", format.getMessage());
  }

  @Test
  void csvQuotesValuesWithCommasQuotesAndLineBreaks() throws Exception {
    StringWriter out = new StringWriter();
    ExportFormat.RowWriter rows = ExportFormat.CSV.open(out, List.of(ExportField.TITLE));
    rows.write(Arrays.asList("Oil, \"cheap\"\nagain"));
    rows.write(Arrays.asList((String) null));
    rows.flush();

    List<CSVRecord> parsed =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
    assertEquals("Oil, \"cheap\"\nagain", parsed.get(0).get("title"));
    assertEquals("", parsed.get(1).get("title"));
  }
}
