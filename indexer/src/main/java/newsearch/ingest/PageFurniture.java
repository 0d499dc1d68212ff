package newsearch.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines of a page that belong to the site rather than to the article: share and
 * follow buttons, advertising labels, newsletter prompts, cookie banners, photo captions and
 * credits, links to other stories, and the comment box and copyright footer that end an article.
 *
 * <p>Each kind of furniture is recognised by what it says, in English, Spanish, Portuguese, French
 * and German, not by where one site puts it. What this class recognises is one feature of a block
 * among others ({@code BlockScore} weighs it against the block's length and shape). Patterns are
 * anchored and free of nested repetition, so a long line costs linear time. Stateless and
 * thread-safe.
 */
final class PageFurniture {

  /** Lines that are furniture when they are the whole line, compared in lower case. */
  private static final Set<String> WHOLE_LINES =
      Words.phrasesOf(
          "advertisement, advertising, ad, ads, sponsored, sponsored content, publicidad, "
              + "anuncio, read more, continue reading, read full article, read the full story, "
              + "show more, load more, see more, more, live, audio only, listen, "
              + "listen to this article, share, share this, share this article, "
              + "share this story, share article, tweet, copy link, link copied, save, bookmark, "
              + "menu, search, home, skip to content, skip to main content, sign in, log in, "
              + "login, register, subscribe, subscribe now, close, accept, accept all, "
              + "reject all, manage preferences, cookie settings, back to top, next, previous, "
              + "follow, follow us, reply, report, like, tags, topics, most read, most popular, "
              + "trending, compartir, comparte, síguenos, suscríbete, cerrar, responder, "
              + "post with no comments, no comments yet, be the first to comment, image, photo, "
              + "video, foto, story continues below, story continues below advertisement, "
              + "article continues below advertisement, advertisement · scroll to continue, "
              + "scroll to continue, our standards: the trust principles, "
              + "our standards, the trust principles, key events, show key events only, "
              + "reuse this content, image caption, "
              + "publicidade, publicité, pub, anzeige, werbung, compartilhar, partilhar, "
              + "partager, teilen, aceptar, rechazar, configuración, aceptar cookies, aceitar, "
              + "rejeitar, aceitar cookies, aceitar todos, configurações de cookies, accepter, "
              + "tout accepter, tout refuser, refuser, paramétrer, accepter les cookies, "
              + "akzeptieren, alle akzeptieren, ablehnen, einstellungen, newsletter, "
              + "leia mais, veja mais, lire la suite, weiterlesen, mehr anzeigen, voir plus, "
              + "ver más, ver mais, cerrar, fechar, fermer, schließen, inicio, início, accueil, "
              + "startseite, portada, assine agora, abonnieren, jetzt abonnieren, s'abonner, "
              + "abonnez-vous, je m'abonne, assine, inicia sesión, entrar, se connecter, anmelden");

  /** Social networks, which as a list on one line are a share bar. */
  private static final Set<String> NETWORKS =
      Words.setOf(
          "facebook twitter x whatsapp linkedin email e-mail mail print telegram reddit "
              + "pinterest google plus google+ flipboard messenger instagram youtube tiktok "
              + "threads bluesky mastodon sms copy link imprimir correo drucken imprimer");

  private static final Pattern SHARE_OR_FOLLOW =
      Pattern.compile(
          "^(?:(?:share (?:on|via|this|to|with)|follow us|compartir en|síguenos en"
              + "|compartilhe|compartilhar no|siga-nos|partager sur|suivez-nous|teilen auf"
              + "|folgen sie uns)\\b"
              + "|follow @|(?:tags|topics|filed under|etiquetas|temas|tópicos|assuntos|tags"
              + "|mots-clés|mots clés|thèmes|schlagworte|schlagwörter|stichworte|themen)\\s*:).*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FOLLOW_ON_NETWORK =
      Pattern.compile(
          "^follow\\b.{0,60}\\bon (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PROMPT_START =
      Pattern.compile(
          "^(?:sign up|signup|subscribe|get our|get the|don't miss|don’t miss|never miss|"
              + "enter your email|join our|receive our|click here|download (?:our|the) app|"
              + "suscríbete|recibe|regístrate|assine|receba|cadastre-se|inscreva-se"
              + "|inscrivez-vous|abonnez-vous|recevez|melden sie sich|abonnieren sie|jetzt)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROMPT_OBJECT =
      Pattern.compile(
          "\\b(?:newsletters?|inbox|e-?mails?|updates|alerts|briefing|app|boletín|correo"
              + "|notícias|lettre|infolettre|aplicativo|abonnieren|abonnement|abo)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COOKIE_BANNER =
      Pattern.compile(
          "^(?:we use|we and our partners use|this (?:web)?site uses|our (?:web)?site uses|"
              + "by (?:continuing|using|clicking)|utilizamos|usamos|este sitio|este site"
              + "|nous utilisons|ce site utilise|en poursuivant|wir verwenden|wir nutzen"
              + "|diese (?:web)?seite verwendet|diese website verwendet|al continuar"
              + "|ao continuar|cookie settings)\\b"
              + ".*\\bcookies?\\b.*"
              + "|.*\\b(?:cookie policy|cookie settings|accept (?:all )?cookies|manage cookies|"
              + "política de cookies|we value your privacy|configurações de cookies"
              + "|politique de cookies|cookie-richtlinie)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "^(?:(?:last )?updated|published|posted)?:? ?\\d{1,3} "
              + "(?:mins?|minutes?|hours?|hrs?|days?|weeks?) ago$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern READING_TIME =
      Pattern.compile(
          "^(?:reading time:?\\s*)?\\d{1,3}\\s*(?:min|mins|minutes?)(?:\\s*read)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?:^|[|(\\[]\\s*+(?:\\p{L}{1,15}\\s)?)(?:photo(?:graph)?|image|picture|pic|video|"
              + "foto(?:grafía|grafia)?|imagen|imagem|credit|crédito|crédit|bild)s?"
              + "(?:\\s+(?:credits?|photo|foto))?\\s*[:/]"
              + "|^(?:photo|foto|image|bild|imagen|imagem) \\d{1,3} (?:of|sur|de|von|/) \\d{1,3}$"
              + "|^image caption\\b"
              + "|\\b(?:getty images|shutterstock|afp via getty)\\)?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COMMENTS_START =
      Pattern.compile(
          "^(?:\\d{1,6}\\s+)?(?:comments?|comentarios?)(?:\\s*\\(\\d{1,6}\\))?:?$"
              + "|^(?:leave|post|add|write|show|view|load|read) (?:a |the |all )?"
              + "(?:comments?|reply)\\b.*"
              + "|^join the (?:conversation|discussion)\\b.*|^deja (?:un|tu) comentario\\b.*"
              + "|^(?:\\d{1,6}\\s+)?(?:comentários?|commentaires?|kommentare?)(?:\\s*\\(\\d{1,6}\\))?:?$"
              + "|^(?:voir|afficher|lire) les commentaires\\b.*|^(?:ver|leia os) comentários\\b.*"
              + "|^leave a reply\\b.*|^kommentar schreiben\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:©|\\(c\\)\\s*\\d{4}|copyright\\b).*|.*\\b(?:all rights reserved|"
              + "todos los derechos reservados|todos os direitos reservados|tous droits réservés"
              + "|alle rechte vorbehalten)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern RELATED_LABEL =
      Pattern.compile(
          "^(?:related|related stories|related articles|related coverage|related content|"
              + "read more|read also|see also|more on this story|you may also like|"
              + "recommended|also read|lee también|lea también|te puede interesar|"
              + "más información|noticias relacionadas|relacionado|relacionados|relacionadas|"
              + "most read|most popular|más leídas|más leído|leia também|leia mais|veja também|"
              + "saiba mais|mais lidas|notícias relacionadas|à lire aussi|a lire aussi|"
              + "lire aussi|voir aussi|sur le même sujet|les plus lus|mehr zum thema|"
              + "lesen sie auch|auch interessant|das könnte sie auch interessieren|meistgelesen|"
              + "weitere artikel|more on this story)\\s*[:»›>]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TAG_LABEL =
      Pattern.compile(
          "^(?:related topics|topics|tags|filed under|more about|etiquetas|temas|tópicos|"
              + "assuntos|mots-clés|mots clés|thèmes|sujets|schlagworte|schlagwörter|themen|"
              + "stichworte)\\s*[:»›>]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern INLINE_RELATED =
      Pattern.compile(
          "^(?:related|read more|read also|see also|also read|lee también|lea también"
              + "|relacionado|leia também|leia mais|veja também|à lire aussi|a lire aussi"
              + "|lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant)"
              + "\\s*:\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PAYWALL =
      Pattern.compile(
          ".*\\b(?:subscribe to (?:continue|keep) reading|for subscribers only|subscribers only"
              + "|already a subscriber|exclusivo para suscriptores|para seguir leyendo"
              + "|ya eres suscriptor|exclusivo para assinantes|conteúdo exclusivo"
              + "|para continuar lendo|já é assinante|réservé aux abonnés|article réservé"
              + "|déjà abonné|lesen sie weiter mit|weiterlesen mit|bereits abonnent"
              + "|jetzt abonnieren)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Prompts are short; a long line that starts like one is a sentence. */
  private static final int MAX_PROMPT_WORDS = 30;

  private PageFurniture() {}

  /** Whether the line is a button, label, prompt or banner rather than article text. */
  static boolean isFurniture(String line) {
    String lower = withoutTrailingMarks(line).toLowerCase(Locale.ROOT);
    if (WHOLE_LINES.contains(lower) || isNetworkList(lower) || isNumber(lower)) {
      return true;
    }
    if (READING_TIME.matcher(lower).matches()
        || RELATIVE_TIME.matcher(lower).matches()
        || COOKIE_BANNER.matcher(line).matches()) {
      return true;
    }
    if (Words.count(line) > MAX_PROMPT_WORDS) {
      return false;
    }
    if (isPaywall(line)) {
      return true;
    }
    return SHARE_OR_FOLLOW.matcher(line).matches()
        || FOLLOW_ON_NETWORK.matcher(line).matches()
        || PROMPT_START.matcher(line).matches() && PROMPT_OBJECT.matcher(line).find();
  }

  /**
   * Whether the line asks the reader to subscribe to read on: {@code Subscribe to continue
   * reading}.
   */
  static boolean isPaywall(String line) {
    return Words.count(line) <= MAX_PROMPT_WORDS && PAYWALL.matcher(line).matches();
  }

  /** Whether the line is a photo caption or credit: {@code ... | Photo: EFE}. */
  static boolean isCaption(String line) {
    return CAPTION.matcher(line).find();
  }

  /** Whether the line opens the comment box or the copyright footer, after which no article is. */
  static boolean endsArticle(String line) {
    String bare = withoutTrailingMarks(line);
    return COMMENTS_START.matcher(bare).matches() || COPYRIGHT.matcher(bare).matches();
  }

  /** Whether the line introduces links to other stories: {@code RELATED:}. */
  static boolean isRelatedLabel(String line) {
    return RELATED_LABEL.matcher(line).matches();
  }

  /** Whether the line introduces a list of tags or topics, one short name a line. */
  static boolean isTagLabel(String line) {
    return TAG_LABEL.matcher(line).matches();
  }

  /** The headline of a one-line link to another story, {@code Read more: Headline}. */
  static Optional<String> inlineRelated(String line) {
    Matcher m = INLINE_RELATED.matcher(line);
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** A row of network names such as {@code Facebook Twitter WhatsApp}. */
  private static boolean isNetworkList(String lower) {
    String[] words = lower.split("[\\s|/·•,]+");
    return words.length > 0
        && Arrays.stream(words).allMatch(w -> w.isEmpty() || NETWORKS.contains(w))
        && Arrays.stream(words).anyMatch(w -> !w.isEmpty() && !w.equals("x"));
  }

  /** Counters such as the number of comments or shares. */
  private static boolean isNumber(String lower) {
    return !lower.isEmpty() && lower.length() <= 9 && lower.chars().allMatch(Character::isDigit);
  }

  /** The line without the arrows, dots and colons that buttons and labels end with. */
  private static String withoutTrailingMarks(String line) {
    int end = line.length();
    while (end > 0 && ".:»›>…→ ".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(0, end).strip();
  }
}
