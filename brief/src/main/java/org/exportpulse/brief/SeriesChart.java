package org.exportpulse.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One series as the dashboard draws it, for embedding ({@code /chart/{id}.svg}): a title, the
 * transform as subtitle, the values as a line with derived months hollow, revised ones as diamonds
 * and months alone between gaps as dots; optionally a second, aligned panel of bars (the
 * year-on-year change under the levels); the source line under it all.
 */
public final class SeriesChart {

    /** What marks a month's value. */
    public enum Mark {
        NONE,
        DERIVED,
        REVISED
    }

    /** One month: its value ({@code null}: missing) and mark. */
    public record Point(YearMonth month, Double value, Mark mark) {}

    /** A panel: its points, and the axis name with unit ({@code US$ million}). */
    public record Panel(String axis, List<Point> points) {}

    private static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 14);
    private static final Font SUBTITLE = new Font("DejaVu Sans", Font.PLAIN, 12);
    private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 11);
    private static final Font SOURCE = new Font("DejaVu Sans", Font.PLAIN, 9);
    private static final Color UP = new Color(0x5b, 0x8c, 0x5a);
    private static final Color DOWN = new Color(0xb3, 0x26, 0x1e);

    private SeriesChart() {}

    /**
     * @param name the file stem ({@code pk.ict.exports})
     * @param title the series' title
     * @param subtitle what is drawn ({@code Level}, {@code Percent change from a year ago})
     * @param main the line panel
     * @param bars the bar panel under it, aligned month by month; {@code null} for none
     * @param source the source line
     */
    public static ChartImage of(
            String name, String title, String subtitle, Panel main, Panel bars, String source, int width, int height) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis());
        NumberAxis time = (NumberAxis) plot.getDomainAxis();
        time.setAutoRangeIncludesZero(false);
        time.setTickLabelFont(LABEL);
        time.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        time.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        plot.add(linePlot(main), 3);
        if (bars != null) {
            plot.add(barPlot(bars), 2);
        }
        plot.setGap(12);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(title, TITLE));
        chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        TextTitle sourceLine = new TextTitle(source, SOURCE);
        sourceLine.setPosition(RectangleEdge.BOTTOM);
        sourceLine.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sourceLine.setPaint(new Color(0x4a, 0x54, 0x5f));
        chart.addSubtitle(sourceLine);
        String caption = title + ": " + subtitle + " (" + main.axis() + ")"
                + (bars == null ? "" : "; below it, " + bars.axis()) + ". " + source;
        return new ChartImage(name, caption, chart, width, height);
    }

    /** Years as decimals: January 2025 is 2025.0, July 2025 2025.5. */
    static double x(YearMonth m) {
        return m.getYear() + (m.getMonthValue() - 1) / 12.0;
    }

    private static XYPlot linePlot(Panel panel) {
        XYSeries line = new XYSeries("values", false, true);
        for (Point p : panel.points()) {
            line.add(x(p.month()), p.value());
        }
        List<Point> points = panel.points();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true) {
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return points.get(item).value() != null
                        && (points.get(item).mark() != Mark.NONE || alone(points, item));
            }

            @Override
            public Shape getItemShape(int series, int item) {
                return switch (points.get(item).mark()) {
                    case DERIVED -> new Ellipse2D.Double(-3.5, -3.5, 7, 7);
                    case REVISED -> diamond();
                    case NONE -> new Ellipse2D.Double(-2.5, -2.5, 5, 5);
                };
            }

            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return points.get(item).mark() != Mark.DERIVED;
            }
        };
        r.setUseFillPaint(true);
        r.setSeriesPaint(0, BriefChartFactory.BAR);
        r.setSeriesFillPaint(0, BriefChartFactory.BAR);
        r.setDefaultFillPaint(Color.WHITE);
        r.setSeriesStroke(0, new BasicStroke(1.8f));
        NumberAxis axis = new NumberAxis(panel.axis());
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(LABEL);
        XYPlot plot = new XYPlot(new XYSeriesCollection(line), null, axis, r);
        style(plot);
        return plot;
    }

    private static XYPlot barPlot(Panel panel) {
        XYSeries bars = new XYSeries("bars", false, true);
        for (Point p : panel.points()) {
            bars.add(x(p.month()), p.value());
        }
        List<Point> points = panel.points();
        XYBarRenderer r = new XYBarRenderer(0.2) {
            @Override
            public java.awt.Paint getItemPaint(int series, int item) {
                Double v = points.get(item).value();
                return v != null && v < 0 ? DOWN : UP;
            }
        };
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        NumberAxis axis = new NumberAxis(panel.axis());
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(LABEL);
        XYSeriesCollection data = new XYSeriesCollection(bars);
        data.setIntervalWidth(0.8 / 12); // each bar its month, not the gap to the next value
        XYPlot plot = new XYPlot(data, null, axis, r);
        style(plot);
        return plot;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd7, 0xde));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
    }

    private static boolean alone(List<Point> points, int i) {
        return (i == 0 || points.get(i - 1).value() == null)
                && (i == points.size() - 1 || points.get(i + 1).value() == null);
    }

    private static Shape diamond() {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -4);
        d.lineTo(4, 0);
        d.lineTo(0, 4);
        d.lineTo(-4, 0);
        d.closePath();
        return d;
    }
}
