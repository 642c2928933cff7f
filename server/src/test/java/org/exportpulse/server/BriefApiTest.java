package org.exportpulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/brief}, its charts and the {@code /brief} page on the bundled data. */
class BriefApiTest {

    @RegisterExtension
    static final ServerForClass SERVER = new ServerForClass();

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return SERVER.server()
                .send(HttpRequest.newBuilder(SERVER.server().uri(path)), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void each_format_has_its_type_and_the_headline() throws Exception {
        HttpResponse<byte[]> html = get("/api/brief?period=2025-12");
        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(new String(html.body())).contains("$437 million", "id=\"brief-numbers\"");
        assertThat(html.headers().firstValue("ETag")).isPresent();

        HttpResponse<byte[]> pdf = get("/api/brief?period=2025-12&format=pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        HttpResponse<byte[]> md = get("/api/brief?period=2025-12&format=md");
        assertThat(new String(md.body()))
                .contains("](/api/brief/charts/monthly.png?series=pk.ict.exports&period=2025-12)");

        HttpResponse<byte[]> json = get("/api/brief?period=2025-12&format=json");
        assertThat(new ObjectMapper()
                        .readTree(json.body())
                        .at("/numbers/0/text")
                        .asText())
                .isEqualTo("$437 million");
    }

    @Test
    void the_charts_the_markdown_links_are_served() throws Exception {
        HttpResponse<byte[]> png = get("/api/brief/charts/monthly.png?period=2025-12");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(get("/api/brief/charts/nope.png").statusCode()).isEqualTo(404);
    }

    @Test
    void the_page_links_its_downloads() throws Exception {
        String page = new String(get("/brief?period=2025-12").body());
        assertThat(page).contains("format=pdf\">PDF</a>", "rose to a record");
    }

    @Test
    void bad_parameters_are_problems() throws Exception {
        HttpResponse<byte[]> format = get("/api/brief?format=docx");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("/api/brief?period=2030-01").statusCode()).isEqualTo(404);
        assertThat(get("/api/brief?series=nope").statusCode()).isEqualTo(404);
    }
}
