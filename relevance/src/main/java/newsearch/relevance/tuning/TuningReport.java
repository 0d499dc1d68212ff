package newsearch.relevance.tuning;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsearch.relevance.metrics.Metric;
import newsearch.schema.HtmlEscaper;

/**
 * Writes a tuning's report: the trials ranked by the target metric, the best configuration, and
 * each knob's sensitivity, as Markdown and as a standalone HTML page with SVG charts.
 */
public final class TuningReport {

  /** The Markdown file {@link #write} creates. */
  public static final String MARKDOWN_FILE = "tuning-report.md";

  /** The HTML file {@link #write} creates. */
  public static final String HTML_FILE = "tuning-report.html";

  private static final Metric[] METRICS = Metric.values();

  private TuningReport() {}

  /** Writes {@value #MARKDOWN_FILE} and {@value #HTML_FILE} into {@code directory}. */
  public static void write(TuningResult result, Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(MARKDOWN_FILE), markdown(result), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve(HTML_FILE), html(result), StandardCharsets.UTF_8);
  }

  /** The report as Markdown. */
  public static String markdown(TuningResult result) {
    Metric target = result.target();
    Trial best = result.best();
    StringBuilder md = new StringBuilder();
    md.append("# Tuning report: ").append(target).append("\n\n");
    md.append(summary(result)).append("\n\n");
    md.append("## Best configuration\n\n");
    md.append(
        String.format(
            Locale.ROOT, "Trial %d: %s %.4f.\n\n", best.number(), target, best.score(target)));
    md.append("| knob | value |\n|---|---:|\n");
    best.knobs().forEach((knob, value) -> md.append(row(knob, knobValue(value))));
    md.append("\n| metric | mean |\n|---|---:|\n");
    for (Metric metric : METRICS) {
      md.append(row(metric.reportName(), score(best.score(metric))));
    }
    md.append("\n## Trials\n\n");
    List<String> header = trialHeader(result);
    md.append(row(header.toArray(String[]::new)));
    md.append("|").append("---:|".repeat(header.size())).append("\n");
    int rank = 0;
    for (Trial trial : result.ranked()) {
      md.append(row(trialCells(++rank, trial, result.knobNames()).toArray(String[]::new)));
    }
    md.append("\n## Sensitivity\n\n").append(sensitivityIntro(target)).append("\n\n");
    md.append("| knob | spread | best level |\n|---|---:|---:|\n");
    for (KnobSensitivity knob : result.sensitivity()) {
      md.append(row(knob.knob(), score(knob.spread()), levelName(bestLevel(knob))));
    }
    for (KnobSensitivity knob : result.sensitivity()) {
      md.append("\n### ").append(knob.knob()).append("\n\n");
      md.append(row("value", "trials", "mean " + target, "best " + target));
      md.append("|---:|---:|---:|---:|\n");
      for (KnobSensitivity.Level level : knob.levels()) {
        md.append(
            row(
                levelName(level),
                Integer.toString(level.trials()),
                score(level.meanScore()),
                score(level.bestScore())));
      }
    }
    return md.toString();
  }

  /** The report as a standalone HTML page: no scripts, styles inline, charts as inline SVG. */
  public static String html(TuningResult result) {
    Metric target = result.target();
    Trial best = result.best();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.append("<title>Tuning report: ").append(HtmlEscaper.escape(target.reportName()));
    html.append("</title>\n<style>\n");
    html.append("body{font-family:sans-serif;margin:2em;max-width:72em}\n");
    html.append("table{border-collapse:collapse;margin:1em 0}\n");
    html.append("th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}\n");
    html.append("th:first-child,td:first-child{text-align:left}\n");
    html.append("tr.best td{font-weight:bold;background:#eef6ee}\n");
    html.append(".charts{display:flex;flex-wrap:wrap;gap:1em}\n");
    html.append("</style>\n</head>\n<body>\n");
    html.append("<h1>Tuning report: ")
        .append(HtmlEscaper.escape(target.reportName()))
        .append("</h1>\n");
    html.append("<p>").append(HtmlEscaper.escape(summary(result))).append("</p>\n");

    html.append("<h2>Best configuration</h2>\n");
    html.append(
        String.format(
            Locale.ROOT,
            "<p>Trial %d: %s %.4f.</p>\n",
            best.number(),
            HtmlEscaper.escape(target.reportName()),
            best.score(target)));
    html.append("<table>\n<tr><th>knob</th><th>value</th></tr>\n");
    best.knobs().forEach((knob, value) -> html.append(htmlRow("td", knob, knobValue(value))));
    html.append("</table>\n<table>\n<tr><th>metric</th><th>mean</th></tr>\n");
    for (Metric metric : METRICS) {
      html.append(htmlRow("td", metric.reportName(), score(best.score(metric))));
    }
    html.append("</table>\n");

    html.append("<h2>Charts</h2>\n<div class=\"charts\">\n");
    html.append(rankedChart(result));
    for (KnobSensitivity knob : result.sensitivity()) {
      html.append(knobChart(result, knob));
    }
    html.append("</div>\n");

    html.append("<h2>Trials</h2>\n<table>\n");
    html.append(htmlRow("th", trialHeader(result).toArray(String[]::new)));
    int rank = 0;
    for (Trial trial : result.ranked()) {
      String cells =
          htmlRow("td", trialCells(++rank, trial, result.knobNames()).toArray(String[]::new));
      html.append(rank == 1 ? cells.replaceFirst("<tr>", "<tr class=\"best\">") : cells);
    }
    html.append("</table>\n");

    html.append("<h2>Sensitivity</h2>\n<p>")
        .append(HtmlEscaper.escape(sensitivityIntro(target)))
        .append("</p>\n");
    html.append("<table>\n").append(htmlRow("th", "knob", "spread", "best level"));
    for (KnobSensitivity knob : result.sensitivity()) {
      html.append(htmlRow("td", knob.knob(), score(knob.spread()), levelName(bestLevel(knob))));
    }
    html.append("</table>\n");
    for (KnobSensitivity knob : result.sensitivity()) {
      html.append("<h3>").append(HtmlEscaper.escape(knob.knob())).append("</h3>\n<table>\n");
      html.append(htmlRow("th", "value", "trials", "mean " + target, "best " + target));
      for (KnobSensitivity.Level level : knob.levels()) {
        html.append(
            htmlRow(
                "td",
                levelName(level),
                Integer.toString(level.trials()),
                score(level.meanScore()),
                score(level.bestScore())));
      }
      html.append("</table>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static String summary(TuningResult result) {
    Trial best = result.best();
    return String.format(
        Locale.ROOT,
        "%d trials over %d knobs, ranked by mean %s over %d queries (run %s).",
        result.ranked().size(),
        result.knobNames().size(),
        result.target(),
        best.evaluation().queryIds().size(),
        best.evaluation().runTag());
  }

  private static String sensitivityIntro(Metric target) {
    return "For each knob, the trials are grouped by its value (or by interval, when it took many"
        + " values) and the mean "
        + target
        + " of each group is taken over the other knobs' values. The spread is the best group's"
        + " mean less the worst's: the larger, the more the knob matters.";
  }

  private static List<String> trialHeader(TuningResult result) {
    List<String> header = new ArrayList<>(List.of("rank", "trial"));
    header.addAll(result.knobNames());
    for (Metric metric : METRICS) {
      header.add(metric.reportName());
    }
    return header;
  }

  private static List<String> trialCells(int rank, Trial trial, List<String> knobs) {
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(rank));
    cells.add(Integer.toString(trial.number()));
    for (String knob : knobs) {
      Double value = trial.knobs().get(knob);
      cells.add(value == null ? "" : knobValue(value));
    }
    for (Metric metric : METRICS) {
      cells.add(score(trial.score(metric)));
    }
    return cells;
  }

  private static KnobSensitivity.Level bestLevel(KnobSensitivity knob) {
    KnobSensitivity.Level best = knob.levels().get(0);
    for (KnobSensitivity.Level level : knob.levels()) {
      if (level.meanScore() > best.meanScore()) {
        best = level;
      }
    }
    return best;
  }

  private static String rankedChart(TuningResult result) {
    Metric target = result.target();
    List<SvgPlot.Point> points = new ArrayList<>();
    int rank = 0;
    for (Trial trial : result.ranked()) {
      points.add(new SvgPlot.Point(++rank, trial.score(target)));
    }
    return new SvgPlot("Trials ranked by " + target, "rank", target.reportName())
        .points(points)
        .line(points)
        .render();
  }

  private static String knobChart(TuningResult result, KnobSensitivity knob) {
    Metric target = result.target();
    List<SvgPlot.Point> trials = new ArrayList<>();
    for (Trial trial : result.ranked()) {
      Double value = trial.knobs().get(knob.knob());
      if (value != null) {
        trials.add(new SvgPlot.Point(value, trial.score(target)));
      }
    }
    List<SvgPlot.Point> means = new ArrayList<>();
    for (KnobSensitivity.Level level : knob.levels()) {
      means.add(new SvgPlot.Point((level.low() + level.high()) / 2, level.meanScore()));
    }
    return new SvgPlot(
            target + " by " + knob.knob() + " (line: level means)",
            knob.knob(),
            target.reportName())
        .points(trials)
        .line(means)
        .render();
  }

  private static String levelName(KnobSensitivity.Level level) {
    return level.low() == level.high()
        ? knobValue(level.low())
        : knobValue(level.low()) + " to " + knobValue(level.high());
  }

  private static String score(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** Six significant digits: enough to tell grid values apart, short for random draws. */
  static String knobValue(double value) {
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  private static String row(String... cells) {
    StringBuilder row = new StringBuilder("|");
    for (String cell : cells) {
      row.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    return row.append('\n').toString();
  }

  private static String htmlRow(String tag, String... cells) {
    StringBuilder row = new StringBuilder("<tr>");
    for (String cell : cells) {
      row.append('<').append(tag).append('>').append(HtmlEscaper.escape(cell));
      row.append("</").append(tag).append('>');
    }
    return row.append("</tr>\n").toString();
  }
}
