package org.exportpulse.brief;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exportpulse.brief.compose.Brief;

/** Writes a brief to a file in one of the {@link BriefFormat}s; Markdown also writes its chart files beside it. */
public final class BriefFiles {

    private BriefFiles() {}

    /**
     * @return every file written, the brief first
     */
    public static List<Path> write(Brief brief, BriefFormat format, Path file) throws IOException {
        List<Path> written = new ArrayList<>(List.of(file));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        switch (format) {
            case HTML -> Files.writeString(file, HtmlBrief.html(brief), StandardCharsets.UTF_8);
            case PDF -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    PdfBrief.write(brief, out);
                }
            }
            case MD -> {
                String stem = file.getFileName().toString().replaceFirst("\\.md$", "") + "-";
                List<ChartImage> charts = BriefChartFactory.charts(brief.charts());
                for (ChartImage c : charts) {
                    Path png = dir.resolve(stem + c.name() + ".png");
                    Path svg = dir.resolve(stem + c.name() + ".svg");
                    Files.write(png, c.png());
                    Files.writeString(svg, c.svg(), StandardCharsets.UTF_8);
                    written.add(png);
                    written.add(svg);
                }
                Files.writeString(file, MarkdownBrief.markdown(brief, charts, stem), StandardCharsets.UTF_8);
            }
        }
        return written;
    }
}
