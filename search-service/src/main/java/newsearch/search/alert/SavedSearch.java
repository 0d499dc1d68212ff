package newsearch.search.alert;

import java.time.Instant;
import java.util.List;

/**
 * A saved search as stored and listed: what it looks for, in the terms of {@code /api/search}, and
 * where its matches go. Its secret is not part of it: it is shown once, when the search is saved.
 *
 * @param id the unguessable id, also the address of its public feed
 * @param name what people call it
 * @param query the words, as {@code q} of a search
 * @param section the sections it is limited to, as {@code section} of a search
 * @param from the first publication day it takes ({@code yyyy-mm-dd}), or null
 * @param to the last publication day it takes, or null
 * @param webhook the URL its matches are posted to, or null for a feed only
 * @param created when it was saved
 * @param failing whether its webhook failed every call of a batch and is no longer called
 */
public record SavedSearch(
    String id,
    String name,
    String query,
    List<String> section,
    String from,
    String to,
    String webhook,
    Instant created,
    boolean failing) {

  public SavedSearch {
    section = section == null ? List.of() : List.copyOf(section);
  }
}
