package newsearch.schema;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The one JSON mapping of the project: records become objects with {@code snake_case} keys, dates
 * are {@code yyyy-mm-dd}, instants ISO-8601 in UTC, section paths are displayed as {@code News >
 * Japan}, and nulls are written so that every response has the same shape.
 */
public final class Json {

  /** The shared, thread-safe Gson instance. */
  public static final Gson GSON =
      new GsonBuilder()
          .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
          .serializeNulls()
          .disableHtmlEscaping()
          .registerTypeAdapter(LocalDate.class, new TextAdapter<>(LocalDate::parse).nullSafe())
          .registerTypeAdapter(Instant.class, new TextAdapter<>(Instant::parse).nullSafe())
          .registerTypeAdapter(SectionPath.class, new SectionAdapter().nullSafe())
          .registerTypeHierarchyAdapter(Path.class, new TextAdapter<Path>(Path::of).nullSafe())
          .create();

  /** Pretty-printing variant for files people read, such as reports. */
  public static final Gson PRETTY = GSON.newBuilder().setPrettyPrinting().create();

  private Json() {}

  private static final class SectionAdapter extends TypeAdapter<SectionPath> {
    @Override
    public void write(JsonWriter out, SectionPath value) throws IOException {
      if (value.isEmpty()) {
        out.nullValue();
      } else {
        out.value(value.display());
      }
    }

    @Override
    public SectionPath read(JsonReader in) throws IOException {
      return in.peek() == JsonToken.NULL ? SectionPath.NONE : SectionPath.parse(in.nextString());
    }
  }

  /** A value written as its {@code toString()} and read back by {@code parse}. */
  private static final class TextAdapter<T> extends TypeAdapter<T> {
    private final Function<String, T> parse;

    TextAdapter(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public T read(JsonReader in) throws IOException {
      return parse.apply(in.nextString());
    }
  }
}
