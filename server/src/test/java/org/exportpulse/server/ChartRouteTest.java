package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard's chart as a file to embed: the same title, transform, units and source line. */
class ChartRouteTest {

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return SERVER.server()
                .send(HttpRequest.newBuilder(SERVER.server().uri(path)), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_svg_carries_title_transform_units_and_source_line() throws Exception {
        HttpResponse<byte[]> svg = get("/chart/pk.ict.exports.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
        String text = new String(svg.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("<?xml")
                .contains("Pakistan IT &amp; telecom (ICT) services exports", ">Level<", "US$ million")
                .contains(
                        "below it, % change from a year ago",
                        "Source: State Bank of Pakistan", "Data through February 2026");
        String r12 = new String(
                get("/chart/pk.ict.exports.svg?transform=r12_pc1&from=2023-01&to=2024-12")
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(r12)
                .contains("Rolling 12-month total, percent change from a year ago", "% change from a year ago, rolling")
                .as("one panel for a transform other than levels")
                .doesNotContain("below it");
        assertThat(r12).isNotEqualTo(text);
    }

    @Test
    void the_png_is_an_image_and_bad_requests_say_why() throws Exception {
        HttpResponse<byte[]> png = get("/chart/pk.ict.exports.png?transform=pc1");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(png.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(get("/chart/pk.nope.svg").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> gif = get("/chart/pk.ict.exports.gif");
        assertThat(gif.statusCode()).isEqualTo(400);
        assertThat(new String(gif.body(), StandardCharsets.UTF_8)).contains("expected SERIES.svg or SERIES.png");
        assertThat(get("/chart/pk.ict.exports.svg?transform=yoy").statusCode()).isEqualTo(400);
        assertThat(get("/chart/pk.ict.exports.svg?from=2025-13").statusCode()).isEqualTo(400);
    }
}
