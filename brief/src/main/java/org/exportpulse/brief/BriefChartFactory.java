package org.exportpulse.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.exportpulse.brief.compose.BriefCharts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The brief's charts, drawn with JFreeChart for print: monthly values as bars with the
 * year-on-year change as a line, the fiscal year to date side by side, the share of exports, and
 * peers as horizontal bars. Axis labels carry units; a chart without data is left out.
 */
public final class BriefChartFactory {

    static final Color BAR = new Color(0x0b, 0x3d, 0x2e);
    static final Color LINE = new Color(0xc0, 0x5a, 0x00);
    static final Color OTHER = new Color(0x9a, 0xa8, 0xa2);
    private static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 13);
    private static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 11);

    private BriefChartFactory() {}

    public static List<ChartImage> charts(BriefCharts data) {
        List<ChartImage> charts = new ArrayList<>();
        if (!data.months().isEmpty()) {
            charts.add(new ChartImage(
                    "monthly",
                    "Monthly exports (bars, USD million) and year-on-year change (line, %)",
                    monthly(data.months()),
                    640,
                    300));
        }
        if (data.fiscalYears().size() > 1) {
            charts.add(new ChartImage(
                    "fytd", "The same months of each fiscal year (USD million)", fiscalYears(data), 640, 260));
        }
        if (!data.shares().isEmpty()) {
            charts.add(new ChartImage(
                    "share",
                    "Share of total exports (goods and services) and of services exports by fiscal year (%), one line per total and basis",
                    shares(data),
                    640,
                    280));
        }
        if (!data.peers().isEmpty()) {
            charts.add(new ChartImage(
                    "peers",
                    "ICT service exports, " + data.peerYear() + " (USD billion, World Bank)",
                    peers(data),
                    640,
                    300));
        }
        if (!data.fan().isEmpty()) {
            charts.add(new ChartImage(
                    "forecast",
                    "Next 12 months: " + data.fanMethod() + " forecast (line) with 80% and 95%"
                            + " intervals (bands), USD million; a statistical extrapolation, not an outlook",
                    fan(data),
                    640,
                    280));
        }
        return charts;
    }

    /** The last two years of values, then the forecast with its 95% and 80% bands (drawn as intervals). */
    private static JFreeChart fan(BriefCharts data) {
        org.jfree.data.xy.YIntervalSeriesCollection bands = new org.jfree.data.xy.YIntervalSeriesCollection();
        org.jfree.data.xy.YIntervalSeries wide = new org.jfree.data.xy.YIntervalSeries("95% interval");
        org.jfree.data.xy.YIntervalSeries narrow = new org.jfree.data.xy.YIntervalSeries("80% interval");
        org.jfree.data.xy.YIntervalSeries mean = new org.jfree.data.xy.YIntervalSeries("forecast");
        org.jfree.data.xy.YIntervalSeries actual = new org.jfree.data.xy.YIntervalSeries("actual");
        List<BriefCharts.MonthBar> months = data.months();
        for (BriefCharts.MonthBar m : months.subList(Math.max(0, months.size() - 24), months.size())) {
            double x = m.month().getYear() + (m.month().getMonthValue() - 1) / 12.0;
            actual.add(
                    x,
                    m.value().doubleValue(),
                    m.value().doubleValue(),
                    m.value().doubleValue());
        }
        for (BriefCharts.FanPoint p : data.fan()) {
            double x = p.month().getYear() + (p.month().getMonthValue() - 1) / 12.0;
            wide.add(x, p.mean(), p.lower95(), p.upper95());
            narrow.add(x, p.mean(), p.lower80(), p.upper80());
            mean.add(x, p.mean(), p.mean(), p.mean());
        }
        bands.addSeries(wide);
        bands.addSeries(narrow);
        bands.addSeries(mean);
        bands.addSeries(actual);
        org.jfree.chart.renderer.xy.DeviationRenderer r =
                new org.jfree.chart.renderer.xy.DeviationRenderer(true, false);
        r.setSeriesFillPaint(0, new Color(0xc0, 0x5a, 0x00, 50));
        r.setSeriesFillPaint(1, new Color(0xc0, 0x5a, 0x00, 110));
        r.setSeriesPaint(0, new Color(0, 0, 0, 0));
        r.setSeriesPaint(1, new Color(0, 0, 0, 0));
        r.setSeriesPaint(2, LINE);
        r.setSeriesPaint(3, BAR);
        r.setSeriesFillPaint(2, new Color(0, 0, 0, 0));
        r.setSeriesFillPaint(3, new Color(0, 0, 0, 0));
        for (int i = 0; i < 4; i++) {
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis time = new NumberAxis("Year");
        time.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        time.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1)); // one tick a year, at January
        time.setAutoRangeIncludesZero(false);
        time.setTickLabelFont(LABEL);
        time.setLabelFont(LABEL);
        NumberAxis values = axis("USD million");
        values.setAutoRangeIncludesZero(false);
        org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(bands, time, values, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd7, 0xde));
        JFreeChart chart = new JFreeChart("Forecast: the next 12 months", TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(LABEL);
        return chart;
    }

    private static JFreeChart monthly(List<BriefCharts.MonthBar> months) {
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset yoy = new DefaultCategoryDataset();
        for (BriefCharts.MonthBar m : months) {
            String label = m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                    + (m.month().getYear() % 100);
            values.addValue(m.value(), "USD million", label);
            yoy.addValue(
                    m.yoyPct() == null ? null : m.yoyPct().setScale(1, RoundingMode.HALF_UP), "Year-on-year %", label);
        }
        CategoryAxis monthAxis = new CategoryAxis();
        monthAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        CategoryPlot plot = new CategoryPlot(values, monthAxis, axis("USD million"), bars(BAR));
        plot.setDataset(1, yoy);
        plot.setRangeAxis(1, axis("Year-on-year change, %"));
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, LINE);
        line.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return chart(plot, "Monthly exports and year-on-year change");
    }

    private static JFreeChart fiscalYears(BriefCharts data) {
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        data.fiscalYears().forEach(b -> values.addValue(b.value(), "USD million", b.label()));
        return chart(
                new CategoryPlot(values, new CategoryAxis("Fiscal year"), axis("USD million"), bars(BAR)),
                "Fiscal year to date, same months each year");
    }

    private static JFreeChart shares(BriefCharts data) {
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        TreeSet<String> periods = new TreeSet<>();
        data.shares().forEach(p -> periods.add(p.period()));
        for (String period : periods) { // categories in fiscal-year order, whichever line has them first
            data.shares().stream()
                    .filter(p -> p.period().equals(period))
                    .forEach(p ->
                            values.addValue(p.pct().setScale(2, RoundingMode.HALF_UP), p.denominator(), p.period()));
        }
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        Color[] colors = {LINE, BAR, OTHER, Color.DARK_GRAY};
        for (int i = 0; i < colors.length; i++) {
            line.setSeriesPaint(i, colors[i]);
            line.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis pct = axis("% of exports");
        pct.setAutoRangeIncludesZero(true);
        JFreeChart chart = chart(
                new CategoryPlot(values, new CategoryAxis("Fiscal year"), pct, line),
                "Share of total exports and of services exports");
        chart.addLegend(new org.jfree.chart.title.LegendTitle(chart.getPlot()));
        chart.getLegend().setItemFont(LABEL);
        return chart;
    }

    private static JFreeChart peers(BriefCharts data) {
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        List<Boolean> self = new ArrayList<>();
        for (BriefCharts.PeerBar p : data.peers()) {
            values.addValue(
                    p.valueUsd().divide(BigDecimal.valueOf(1_000_000_000L), 3, RoundingMode.HALF_UP),
                    "USD billion",
                    p.name());
            self.add(p.self());
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return self.get(column) ? LINE : OTHER;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(values, new CategoryAxis(), axis("USD billion"), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return chart(plot, "ICT service exports of peer economies");
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(LABEL);
        return axis;
    }

    private static BarRenderer bars(Color color) {
        BarRenderer r = new BarRenderer();
        r.setSeriesPaint(0, color);
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        return r;
    }

    private static JFreeChart chart(CategoryPlot plot, String title) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd7, 0xde));
        plot.getDomainAxis().setTickLabelFont(LABEL);
        plot.getDomainAxis().setLabelFont(LABEL);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(title, TITLE));
        return chart;
    }
}
