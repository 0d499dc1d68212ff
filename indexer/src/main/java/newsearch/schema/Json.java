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
import java.time.LocalDate;

/**
 * The one JSON mapping of the project: records become objects with {@code snake_case} keys, dates
 * are {@code yyyy-mm-dd}, section paths are displayed as {@code News > Japan}, and nulls are
 * written so that every response has the same shape.
 */
public final class Json {

  /** The shared, thread-safe Gson instance. */
  public static final Gson GSON =
      new GsonBuilder()
          .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
          .serializeNulls()
          .disableHtmlEscaping()
          .registerTypeAdapter(LocalDate.class, new DateAdapter().nullSafe())
          .registerTypeAdapter(SectionPath.class, new SectionAdapter().nullSafe())
          .registerTypeHierarchyAdapter(Path.class, new PathAdapter().nullSafe())
          .create();

  /** Pretty-printing variant for files people read, such as reports. */
  public static final Gson PRETTY = GSON.newBuilder().setPrettyPrinting().create();

  private Json() {}

  private static final class DateAdapter extends TypeAdapter<LocalDate> {
    @Override
    public void write(JsonWriter out, LocalDate value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public LocalDate read(JsonReader in) throws IOException {
      return LocalDate.parse(in.nextString());
    }
  }

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

  private static final class PathAdapter extends TypeAdapter<Path> {
    @Override
    public void write(JsonWriter out, Path value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public Path read(JsonReader in) throws IOException {
      return Path.of(in.nextString());
    }
  }
}
