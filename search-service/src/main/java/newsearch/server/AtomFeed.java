package newsearch.server;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287), written with the JDK's XML stream writer so that every value is
 * escaped as XML requires, and characters XML cannot carry at all (most control characters) are
 * dropped. Titles and summaries are plain text ({@code type="text"}), never markup.
 *
 * @param id the feed's permanent id, an IRI
 * @param title the feed's title
 * @param self the feed's own address
 * @param alternate the address of the page the feed stands for
 * @param updated when the feed last changed
 * @param entries the entries, newest first
 */
record AtomFeed(
    String id, String title, String self, String alternate, Instant updated, List<Entry> entries) {

  /** The media type of an Atom feed. */
  static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  /**
   * One entry.
   *
   * @param id the entry's permanent id, an IRI
   * @param title its title
   * @param link the address of the article page
   * @param updated when it was published or matched
   * @param summary plain text, or null
   */
  record Entry(String id, String title, String link, Instant updated, String summary) {}

  /** The feed as UTF-8 XML. */
  byte[] toXml() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      text(xml, "id", id);
      text(xml, "title", title);
      text(xml, "updated", time(updated));
      link(xml, "self", self, "application/atom+xml");
      link(xml, "alternate", alternate, "text/html");
      xml.writeStartElement("author");
      text(xml, "name", "newsearch");
      xml.writeEndElement();
      text(xml, "generator", "newsearch");
      for (Entry entry : entries) {
        xml.writeStartElement("entry");
        text(xml, "id", entry.id());
        text(xml, "title", entry.title());
        link(xml, "alternate", entry.link(), "text/html");
        text(xml, "updated", time(entry.updated()));
        if (entry.summary() != null && !entry.summary().isBlank()) {
          text(xml, "summary", entry.summary());
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing a feed to memory failed", e);
    }
    return out.toByteArray();
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    if (element.equals("title") || element.equals("summary")) {
      xml.writeAttribute("type", "text");
    }
    xml.writeCharacters(xmlChars(value == null ? "" : value));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", xmlChars(href));
  }

  private static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** {@code text} without the characters XML 1.0 cannot hold. */
  static String xmlChars(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
