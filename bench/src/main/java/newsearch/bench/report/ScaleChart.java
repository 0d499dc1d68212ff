package newsearch.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * An SVG of line charts side by side, corpus size on a log x axis: written by hand, since an SVG of
 * axes, ticks, polylines and a legend is a few dozen elements and needs no charting library.
 */
final class ScaleChart {

  /** One line of a chart: its name and its points, x and y alike in length. */
  record Series(String name, double[] x, double[] y) {}

  /**
   * One chart: a title, the y axis's label and scale, and its lines.
   *
   * @param logY whether the y axis is logarithmic (latencies spread over decades) or linear from 0
   */
  record Panel(String title, String yLabel, boolean logY, List<Series> series) {}

  static final int PANEL_WIDTH = 480;
  static final int PANEL_HEIGHT = 380;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 36;
  private static final int PLOT_HEIGHT = 220;
  private static final int LEGEND_LINE = 16;
  private static final int LEGEND_COLUMN = 200;
  private static final double SIZE_MARGIN = 1.3;
  private static final List<String> COLOURS =
      List.of("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf");

  private ScaleChart() {}

  /** The panels side by side in one SVG document. */
  static String svg(List<Panel> panels) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"11\">%n",
            PANEL_WIDTH * panels.size(),
            PANEL_HEIGHT));
    for (int i = 0; i < panels.size(); i++) {
      out.append(
          String.format(Locale.ROOT, "<g transform=\"translate(%d,0)\">%n", i * PANEL_WIDTH));
      panel(out, panels.get(i));
      out.append("</g>\n");
    }
    return out.append("</svg>\n").toString();
  }

  private static void panel(StringBuilder out, Panel panel) {
    List<Series> drawn = panel.series().stream().filter(s -> !points(s, panel).isEmpty()).toList();
    double[] sizes = Arrays.stream(coordinates(drawn, panel, 0)).distinct().sorted().toArray();
    double[] xs = sizeRange(sizes);
    double[] ys = range(coordinates(drawn, panel, 1), panel.logY());
    int plotWidth = PANEL_WIDTH - LEFT - RIGHT;
    DoubleUnaryOperator px = x -> LEFT + plotWidth * fraction(x, xs, true);
    DoubleUnaryOperator py = y -> TOP + PLOT_HEIGHT * (1 - fraction(y, ys, panel.logY()));
    text(out, LEFT, 20, "start", "bold", panel.title());
    out.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
            LEFT,
            TOP,
            plotWidth,
            PLOT_HEIGHT));
    for (double x : sizes) {
      double at = px.applyAsDouble(x);
      line(out, at, TOP + PLOT_HEIGHT, at, TOP + PLOT_HEIGHT + 4, "#444");
      text(out, at, TOP + PLOT_HEIGHT + 16, "middle", "normal", size(x));
    }
    for (double y : ticks(ys, panel.logY())) {
      double at = py.applyAsDouble(y);
      line(out, LEFT - 4, at, LEFT, at, "#444");
      line(out, LEFT, at, LEFT + plotWidth, at, "#ddd");
      text(out, LEFT - 6, at + 4, "end", "normal", number(y));
    }
    text(out, LEFT + plotWidth / 2.0, TOP + PLOT_HEIGHT + 32, "middle", "normal", "articles");
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14"
                + " %d)\">%s</text>%n",
            TOP + PLOT_HEIGHT / 2,
            TOP + PLOT_HEIGHT / 2,
            escape(panel.yLabel())));
    for (int i = 0; i < drawn.size(); i++) {
      Series series = drawn.get(i);
      String colour = COLOURS.get(i % COLOURS.size());
      StringBuilder points = new StringBuilder();
      for (double[] p : points(series, panel)) {
        double x = px.applyAsDouble(p[0]);
        double y = py.applyAsDouble(p[1]);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        out.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>%n",
                x,
                y,
                colour));
      }
      out.append(
          String.format(
              Locale.ROOT,
              "<polyline data-series=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\""
                  + " points=\"%s\"/>%n",
              escape(series.name()),
              colour,
              points.toString().strip()));
      double legendX = LEFT + (i % 2) * LEGEND_COLUMN;
      double legendY = TOP + PLOT_HEIGHT + 52 + (i / 2) * LEGEND_LINE;
      out.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                  + " stroke-width=\"2\"/>%n",
              legendX,
              legendY - 4,
              legendX + 20,
              legendY - 4,
              colour));
      text(out, legendX + 26, legendY, "start", "normal", series.name());
    }
  }

  /**
   * The points of a series that the panel's axes can show: measured, and positive on a log axis.
   */
  private static List<double[]> points(Series series, Panel panel) {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < series.x().length; i++) {
      double x = series.x()[i];
      double y = series.y()[i];
      if (x > 0
          && !Double.isNaN(y)
          && !Double.isInfinite(y)
          && (y > 0 || !panel.logY() && y >= 0)) {
        points.add(new double[] {x, y});
      }
    }
    return points;
  }

  /** The x (0) or y (1) of every point that the panel shows. */
  private static double[] coordinates(List<Series> series, Panel panel, int axis) {
    return series.stream()
        .flatMap(s -> points(s, panel).stream())
        .mapToDouble(p -> p[axis])
        .filter(v -> v > 0)
        .toArray();
  }

  /**
   * The size axis: the measured sizes with a margin either side, so that the first and last points
   * sit off the frame; ticks are at the sizes themselves, which are few.
   */
  private static double[] sizeRange(double[] sizes) {
    if (sizes.length == 0) {
      return new double[] {1, 10};
    }
    double min = sizes[0];
    double max = sizes[sizes.length - 1];
    return min == max
        ? new double[] {min / 10, max * 10}
        : new double[] {min / SIZE_MARGIN, max * SIZE_MARGIN};
  }

  /** The axis range: whole decades on a log axis, 0 to a round number on a linear one. */
  private static double[] range(double[] values, boolean log) {
    double min = Arrays.stream(values).min().orElse(1);
    double max = Arrays.stream(values).max().orElse(10);
    if (log) {
      double lo = Math.pow(10, Math.floor(Math.log10(min)));
      double hi = Math.pow(10, Math.ceil(Math.log10(max)));
      return new double[] {lo, hi > lo ? hi : lo * 10};
    }
    double step = linearStep(max);
    return new double[] {0, Math.ceil(max / step) * step};
  }

  private static double linearStep(double max) {
    double raw = max / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double[] nice = {1, 2, 2.5, 5, 10};
    for (double n : nice) {
      if (n * magnitude >= raw) {
        return n * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static List<Double> ticks(double[] range, boolean log) {
    List<Double> ticks = new ArrayList<>();
    if (log) {
      for (double t = range[0]; t <= range[1] * 1.0001; t *= 10) {
        ticks.add(t);
      }
    } else {
      double step = linearStep(range[1]);
      for (double t = 0; t <= range[1] * 1.0001; t += step) {
        ticks.add(t);
      }
    }
    return ticks;
  }

  private static double fraction(double value, double[] range, boolean log) {
    return log
        ? (Math.log10(value) - Math.log10(range[0])) / (Math.log10(range[1]) - Math.log10(range[0]))
        : (value - range[0]) / (range[1] - range[0]);
  }

  /** A corpus size as a tick reads it: {@code 100k}, {@code 1M}. */
  static String size(double articles) {
    if (articles >= 1e6) {
      return number(articles / 1e6) + "M";
    }
    return articles >= 1e3 ? number(articles / 1e3) + "k" : number(articles);
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%s", (float) value);
  }

  private static void line(
      StringBuilder out, double x1, double y1, double x2, double y2, String colour) {
    out.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
            x1,
            y1,
            x2,
            y2,
            colour));
  }

  private static void text(
      StringBuilder out, double x, double y, String anchor, String weight, String text) {
    out.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>%n",
            x,
            y,
            anchor,
            weight,
            escape(text)));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
