package org.exportpulse.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.exportpulse.brief.compose.Brief;

/**
 * The brief as an A4 PDF (openhtmltopdf over the same XHTML as {@link HtmlBrief}, charts as PNG),
 * with page numbers, a source footer and DejaVu Sans embedded from the jar, so that −, ≈ and ₨
 * render. The PDF is tagged (PDF/UA as openhtmltopdf writes it: a structure tree, the document's
 * title and language, charts with their captions as alternative text).
 */
public final class PdfBrief {

    private static final String FONTS = "/org/exportpulse/brief/fonts/";

    static {
        XRLog.setLoggingEnabled(false); // it would print font-loading notes on the console; failures still throw
    }

    private PdfBrief() {}

    public static void write(Brief brief, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true); // tagged: structure, reading order and alt texts for screen readers
            builder.useFont(
                    () -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            String html = HtmlBrief.forPdf(brief);
            builder.withHtmlContent(html, null);
            builder.withProducer("ExportPulse");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                PDDocument pdf = renderer.createPDFKeepOpen();
                // the same brief gives the same bytes: no creation time, a file ID from the content
                pdf.getDocumentInformation().setCreationDate(null);
                pdf.setDocumentId((long) html.hashCode());
                pdf.save(out);
                pdf.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written: " + e.getMessage(), e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = PdfBrief.class.getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new IllegalStateException("font " + name + " is missing from the jar");
        }
        return in;
    }
}
