package org.exportpulse.brief;

import org.exportpulse.brief.compose.Brief;

/** The brief's stylesheet: screen and A4 print, with page numbers and a source footer in the PDF. */
final class BriefStyle {

    private BriefStyle() {}

    static String css(Brief brief, boolean pdf) {
        String page = pdf
                ? "@page{size:A4;margin:18mm 16mm 22mm 16mm;"
                        + "@bottom-left{content:\"ExportPulse brief, "
                        + brief.series().id() + ", " + brief.month()
                        + ". Sources: " + brief.series().publisher().replace("\"", "")
                        + " and others, listed in the notes.\";"
                        + "font-family:'DejaVu Sans';font-size:7.5pt;color:#555}"
                        + "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font-family:'DejaVu Sans';"
                        + "font-size:7.5pt;color:#555}}"
                : "";
        return page
                + "body{font-family:'DejaVu Sans',system-ui,sans-serif;font-size:" + (pdf ? "9.5pt" : "16px")
                + ";line-height:1.45;color:#1b1f24;max-width:" + (pdf ? "none" : "46rem") + ";margin:"
                + (pdf ? "0" : "2rem auto")
                + ";padding:0 " + (pdf ? "0" : "1rem") + "}"
                + "h1{font-size:1.5em;color:#0b3d2e;margin:0 0 .2em}h2{font-size:1.15em;color:#0b3d2e;margin:1.1em 0 .3em;"
                + "border-bottom:1px solid #d0d7de;page-break-after:avoid}.meta{color:#555;font-size:.85em;margin:0}"
                + "p{margin:.4em 0}.num{font-weight:bold;white-space:nowrap}.nobr{white-space:nowrap}sup.fn{font-size:.65em}sup.fn a{color:#0b3d2e;text-decoration:none}"
                + "figure{margin:.8em 0;page-break-inside:avoid}figcaption{font-size:.8em;color:#555}"
                + ".chart svg{max-width:100%;height:auto}"
                + "ol.footnotes{font-size:" + (pdf ? "7pt" : ".8em") + ";color:#333;padding-left:2em}"
                + "ol.footnotes li{margin:.15em 0;word-wrap:break-word}ol.footnotes a{color:#0b3d2e}"
                + "ol.sources{font-size:" + (pdf ? "7pt" : ".8em") + ";color:#333;padding-left:0;list-style:none}"
                + "ol.sources li{margin:.15em 0;word-wrap:break-word}"
                + "ol.sources a{color:#0b3d2e;word-break:break-all}";
    }
}
