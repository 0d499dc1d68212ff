package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Share on Facebook",
        "Follow us on Twitter",
        "Follow Jane Doe on X",
        "Advertisement",
        "ADVERTISEMENT",
        "Read more",
        "Read more »",
        "Sign up for our newsletter to get the day's top stories delivered to your inbox.",
        "We use cookies to improve your experience on our site.",
        "By continuing to browse you accept our use of cookies.",
        "3 min read",
        "Updated 2 hours ago",
        "Facebook Twitter WhatsApp Email",
        "Tags: economy, Japan",
        "Post with no comments.",
      })
  void recognisesSiteFurniture(String line) {
    assertTrue(PageFurniture.isFurniture(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The newsletter, which has two million subscribers, was sold on Monday.",
        "Share prices fell sharply on Monday.",
        "Follow the money, investigators said.",
        "Cookies sold out at the fair within an hour.",
        "Readers were asked to share their stories.",
        "Subscribers to the service will pay more from May.",
      })
  void leavesSentencesAboutTheSameThingsAlone(String line) {
    assertFalse(PageFurniture.isFurniture(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Delegates arrive at the hall. | Photo: EFE",
        "Photo: Reuters",
        "Delegates arrive at the hall. (Photo credit: Sam Lee)",
        "A protester in the square. (AP Photo/Jane Doe)",
        "Vista de la sala. | Foto: EFE",
      })
  void recognisesCaptionsAndCredits(String line) {
    assertTrue(PageFurniture.isCaption(line));
  }

  @Test
  void leavesASentenceAboutAPhotographerAlone() {
    assertFalse(PageFurniture.isCaption("The photographer was detained for two hours."));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Comments (3)",
        "Comment",
        "12 comments",
        "Leave a comment",
        "Join the conversation",
        "Comentarios",
        "© 2021 Example Media Ltd.",
        "Copyright 2021 Example Media",
        "All rights reserved.",
      })
  void recognisesTheCommentBoxAndFooterAsTheEndOfTheArticle(String line) {
    assertTrue(PageFurniture.endsArticle(line));
  }

  @Test
  void doesNotEndTheArticleAtASentenceMentioningComments() {
    assertFalse(PageFurniture.endsArticle("The minister declined to comment."));
  }

  @Test
  void readsTheHeadlineOfAnInlineRelatedLink() {
    assertEquals(
        Optional.of("Bridge Repairs to Close Towpath"),
        PageFurniture.inlineRelated("READ MORE: Bridge Repairs to Close Towpath"));
  }
}
