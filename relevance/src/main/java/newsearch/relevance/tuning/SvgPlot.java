package newsearch.relevance.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsearch.schema.HtmlEscaper;

/**
 * A small scatter plot with an optional line, drawn as inline SVG so a report page needs nothing
 * from the network.
 */
final class SvgPlot {

  /** A point in data coordinates. */
  record Point(double x, double y) {}

  private static final int WIDTH = 520;
  private static final int HEIGHT = 320;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 32;
  private static final int BOTTOM = 48;
  private static final int TICKS = 5;

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Point> points = new ArrayList<>();
  private final List<Point> line = new ArrayList<>();

  SvgPlot(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  /** Adds points drawn as dots. */
  SvgPlot points(List<Point> dots) {
    points.addAll(dots);
    return this;
  }

  /** Sets the points joined by a line, in the order given. */
  SvgPlot line(List<Point> joined) {
    line.addAll(joined);
    return this;
  }

  String render() {
    List<Point> all = new ArrayList<>(points);
    all.addAll(line);
    Axis x = Axis.covering(all.stream().mapToDouble(Point::x).toArray());
    Axis y = Axis.covering(all.stream().mapToDouble(Point::y).toArray());
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">\n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    svg.append("<title>").append(HtmlEscaper.escape(title)).append("</title>\n");
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"18\" text-anchor=\"middle\" font-size=\"13\">%s</text>\n",
            WIDTH / 2,
            HtmlEscaper.escape(title)));
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>\n",
            LEFT,
            TOP,
            plotWidth,
            plotHeight));
    for (double tick : x.ticks()) {
      double px = LEFT + x.fraction(tick) * plotWidth;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
              px,
              TOP,
              px,
              TOP + plotHeight,
              px,
              TOP + plotHeight + 14,
              x.label(tick)));
    }
    for (double tick : y.ticks()) {
      double py = TOP + (1 - y.fraction(tick)) * plotHeight;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
              LEFT,
              py,
              LEFT + plotWidth,
              py,
              LEFT - 4,
              py + 4,
              y.label(tick)));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
            LEFT + plotWidth / 2,
            HEIGHT - 8,
            HtmlEscaper.escape(xLabel)));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s"
                + "</text>\n",
            TOP + plotHeight / 2,
            TOP + plotHeight / 2,
            HtmlEscaper.escape(yLabel)));
    if (line.size() > 1) {
      svg.append("<polyline fill=\"none\" stroke=\"#d62728\" stroke-width=\"2\" points=\"");
      for (Point p : line) {
        svg.append(
            String.format(
                Locale.ROOT,
                "%.1f,%.1f ",
                LEFT + x.fraction(p.x()) * plotWidth,
                TOP + (1 - y.fraction(p.y())) * plotHeight));
      }
      svg.append("\"/>\n");
    }
    for (Point p : points) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#1f77b4\" fill-opacity=\"0.7\"/>\n",
              LEFT + x.fraction(p.x()) * plotWidth,
              TOP + (1 - y.fraction(p.y())) * plotHeight));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** An axis over round numbers that covers the data. */
  private record Axis(double low, double high, double step) {

    static Axis covering(double[] values) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : values) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      if (values.length == 0) {
        min = 0;
        max = 1;
      }
      if (max - min < 1e-12) {
        // A single value still needs an interval to sit in.
        double pad = Math.max(Math.abs(min) * 0.1, 1e-3);
        min -= pad;
        max += pad;
      }
      double step = roundStep((max - min) / TICKS);
      return new Axis(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
    }

    /** The step of 1, 2 or 5 times a power of ten nearest above {@code raw}. */
    private static double roundStep(double raw) {
      double power = Math.pow(10, Math.floor(Math.log10(raw)));
      double mantissa = raw / power;
      return (mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10) * power;
    }

    double fraction(double value) {
      return (value - low) / (high - low);
    }

    List<Double> ticks() {
      List<Double> ticks = new ArrayList<>();
      long count = Math.round((high - low) / step);
      for (long i = 0; i <= count; i++) {
        ticks.add(low + i * step);
      }
      return ticks;
    }

    String label(double tick) {
      int decimals = (int) Math.max(0, -Math.floor(Math.log10(step)));
      return String.format(Locale.ROOT, "%." + decimals + "f", tick);
    }
  }
}
