package org.exportpulse.brief;

/** The files a brief is written as. */
public enum BriefFormat {
    /** Markdown, charts as PNG and SVG files beside it. */
    MD("md"),
    /** One self-contained HTML file, charts inlined as SVG. */
    HTML("html"),
    /** A4 PDF, charts as PNG, fonts embedded. */
    PDF("pdf");

    private final String extension;

    BriefFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
