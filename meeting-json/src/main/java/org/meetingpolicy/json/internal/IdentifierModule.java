package org.meetingpolicy.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.function.Function;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.Identifier;
import org.meetingpolicy.core.model.MeasureId;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.core.model.RevisionId;
import org.meetingpolicy.core.model.RoomId;

/**
 * Writes every {@link Identifier} as its plain string value and reads it back from a JSON string
 * only, so that the core model needs no Jackson annotations.
 */
public final class IdentifierModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the id types of the model. */
  public IdentifierModule() {
    super("meeting-policy-identifiers");
    addSerializer(Identifier.class, new IdentifierSerializer());
    add(AgendaItemId.class, AgendaItemId::of);
    add(DepartmentId.class, DepartmentId::of);
    add(EvaluationId.class, EvaluationId::of);
    add(MeasureId.class, MeasureId::of);
    add(MeetingId.class, MeetingId::of);
    add(PersonId.class, PersonId::of);
    add(ResolutionId.class, ResolutionId::of);
    add(RevisionId.class, RevisionId::of);
    add(RoomId.class, RoomId::of);
  }

  private <T extends Identifier> void add(Class<T> type, Function<String, T> factory) {
    addDeserializer(type, new IdentifierDeserializer<>(type, factory));
  }

  private static final class IdentifierSerializer extends StdScalarSerializer<Identifier> {
    private static final long serialVersionUID = 1L;

    IdentifierSerializer() {
      super(Identifier.class);
    }

    @Override
    public void serialize(Identifier value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.value());
    }
  }

  private static final class IdentifierDeserializer<T extends Identifier>
      extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> factory;

    IdentifierDeserializer(Class<T> type, Function<String, T> factory) {
      super(type);
      this.factory = factory;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      // Only a JSON string: the schema says so, and a number coerced to an id hides a typo.
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      return factory.apply(p.getText());
    }
  }
}
