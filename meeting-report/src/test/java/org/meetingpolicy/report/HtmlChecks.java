package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that a report page is self-contained and well-formed, and reads it back with jsoup. */
final class HtmlChecks {

  private HtmlChecks() {}

  /**
   * Parses the page strictly as XML (so that an unclosed tag or a stray {@code &} fails), checks
   * that it loads nothing from elsewhere and runs no script, and returns it parsed as HTML.
   */
  static Document selfContainedPage(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    org.w3c.dom.Document xml =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("html");

    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html.toLowerCase()).doesNotContain("http:").doesNotContain("https:");
    assertThat(html.toLowerCase()).doesNotContain("url(").doesNotContain("@import");
    Document page = Jsoup.parse(html);
    assertThat(page.select("script, link, img, iframe, object, embed, use, image")).isEmpty();
    for (Element element : page.getAllElements()) {
      assertThat(element.hasAttr("src")).as("src on <%s>", element.tagName()).isFalse();
      assertThat(element.hasAttr("href")).as("href on <%s>", element.tagName()).isFalse();
      assertThat(element.hasAttr("xlink:href"))
          .as("xlink:href on <%s>", element.tagName())
          .isFalse();
      element
          .attributes()
          .forEach(a -> assertThat(a.getKey().toLowerCase()).doesNotStartWith("on"));
    }
    return page;
  }

  /** A trend point as {@code cx,cy,data-value}. */
  static String point(Element circle) {
    return circle.attr("cx") + "," + circle.attr("cy") + "," + circle.attr("data-value");
  }
}
