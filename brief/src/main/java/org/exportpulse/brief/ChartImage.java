package org.exportpulse.brief;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * One chart of the brief, drawable as PNG (at twice its size, for print) and SVG.
 *
 * @param name file stem ({@code monthly}), also the HTML id
 * @param caption what the chart shows, with units; the alt text
 */
public record ChartImage(String name, String caption, JFreeChart chart, int width, int height) {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** PNG of {@code width × height} CSS pixels drawn at 2×. */
    public byte[] png() {
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(2, 2);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart as an SVG document, its caption as {@code <title>}. */
    public String svg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(name + "-"); // fixed ids: the same chart gives the same SVG
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        String svg = g.getSVGDocument();
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        // its caption as the SVG's own title: what a screen reader says, wherever the file goes
        return svg.substring(0, open) + "<title>" + org.exportpulse.export.HtmlText.escape(caption) + "</title>"
                + svg.substring(open);
    }
}
