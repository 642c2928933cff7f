package org.exportpulse.server;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.exportpulse.core.series.Observation;
import org.exportpulse.core.series.Series;
import org.exportpulse.store.PublishedVintage;

/**
 * The Atom feed (RFC 4287) of releases and revisions: one entry per series and public-by day, newest
 * first, its text listing each period published or revised with the value and source.
 */
final class AtomFeed {

    /** Days the feed looks back. */
    static final int DAYS = 180;
    /** Entries in the feed. */
    static final int ENTRIES = 50;

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * @param vintages newest first, as {@code SeriesStore.publishedSince} gives them
     * @param base the server's address, {@code http://host:port}
     * @param now the feed's time when it has no entry
     */
    static String of(List<PublishedVintage> vintages, Function<String, Series> series, String base, Instant now) {
        Map<String, List<PublishedVintage>> entries = new LinkedHashMap<>();
        for (PublishedVintage v : vintages) {
            if (v.observation().publicBy() != null) {
                entries.computeIfAbsent(v.seriesId() + "/" + v.observation().publicBy(), k -> new ArrayList<>())
                        .add(v);
            }
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "title", "ExportPulse: releases and revisions");
            text(xml, "subtitle", "Values published or revised, per series and day, from the publishers' releases");
            text(xml, "id", base + "/feed.atom");
            link(xml, "self", base + "/feed.atom", "application/atom+xml");
            link(xml, "alternate", base + "/", "text/html");
            List<List<PublishedVintage>> shown =
                    entries.values().stream().limit(ENTRIES).toList();
            text(xml, "updated", shown.isEmpty() ? now.toString() : atomTime(day(shown.get(0))));
            xml.writeStartElement("author");
            text(xml, "name", "ExportPulse");
            xml.writeEndElement();
            for (List<PublishedVintage> entry : shown) {
                entry(xml, entry, series.apply(entry.get(0).seriesId()), base);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, List<PublishedVintage> entry, Series s, String base)
            throws XMLStreamException {
        LocalDate day = day(entry);
        long revised = entry.stream().filter(PublishedVintage::isRevision).count();
        xml.writeStartElement("entry");
        text(xml, "title", s.title() + ": " + summary(entry.size() - revised, revised));
        text(xml, "id", base + "/feed.atom#" + s.id() + "/" + day);
        text(xml, "updated", atomTime(day));
        link(xml, "alternate", base + "/?series=" + URLEncoder.encode(s.id(), StandardCharsets.UTF_8), "text/html");
        xml.writeStartElement("author");
        text(xml, "name", s.publisher().isBlank() ? "ExportPulse" : s.publisher());
        xml.writeEndElement();
        StringBuilder content = new StringBuilder();
        for (PublishedVintage v : entry) {
            Observation o = v.observation();
            content.append(o.period().code())
                    .append(": ")
                    .append(v.previous() == null ? "" : v.previous().toPlainString() + " revised to ")
                    .append(o.value().toPlainString())
                    .append(' ')
                    .append(s.unit())
                    .append(" (vintage ")
                    .append(o.vintage())
                    .append(", ")
                    .append(o.status().code())
                    .append(", public by ")
                    .append(o.publicBy())
                    .append(' ')
                    .append(o.publicByBasis().code())
                    .append(
                            o.sources().isEmpty()
                                    ? ""
                                    : "; source " + o.sources().get(0))
                    .append(")\n");
        }
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(content.toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String summary(long published, long revised) {
        List<String> parts = new ArrayList<>();
        if (published > 0) {
            parts.add(published + (published == 1 ? " value published" : " values published"));
        }
        if (revised > 0) {
            parts.add(revised + (revised == 1 ? " value revised" : " values revised"));
        }
        return String.join(", ", parts);
    }

    private static LocalDate day(List<PublishedVintage> entry) {
        return entry.get(0).observation().publicBy();
    }

    private static String atomTime(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC).toInstant().toString();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
