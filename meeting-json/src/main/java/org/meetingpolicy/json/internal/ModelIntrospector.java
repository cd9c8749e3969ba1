package org.meetingpolicy.json.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Derives the JSON format's required properties from the model's own constraints, so that the core
 * stays free of Jackson annotations and the two never drift apart.
 *
 * <p>A record component is required when it is {@code @NotNull} or {@code @NotBlank} and not a
 * collection (a missing list reads as empty), or when it is a primitive number (no sensible
 * default). Booleans default to {@code false}. An optional component may also be {@code null},
 * which reads as if it were absent (a list as empty, a boolean as {@code false}); a required
 * component and a list's elements may not.
 */
public final class ModelIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private static final JsonSetter.Value NO_NULL = JsonSetter.Value.forValueNulls(Nulls.FAIL);
  // Not Nulls.FAIL for the list itself: Jackson would then refuse an absent list too.
  private static final JsonSetter.Value NO_NULL_ELEMENTS =
      JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL);

  /** Whether the component must be present in JSON. */
  public static boolean isRequired(RecordComponent component) {
    Class<?> type = component.getType();
    if (type.isPrimitive()) {
      return type != boolean.class;
    }
    var accessor = component.getAccessor();
    boolean notNull =
        accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class);
    return notNull && !Collection.class.isAssignableFrom(type);
  }

  @Override
  public @Nullable Boolean hasRequiredMarker(AnnotatedMember member) {
    return component(member).map(c -> isRequired(c) ? Boolean.TRUE : null).orElse(null);
  }

  @Override
  public JsonSetter.Value findSetterInfo(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMember member)) {
      return JsonSetter.Value.empty();
    }
    return component(member)
        .map(
            c -> {
              if (Collection.class.isAssignableFrom(c.getType())) {
                return NO_NULL_ELEMENTS;
              }
              return isRequired(c) ? NO_NULL : JsonSetter.Value.empty();
            })
        .orElse(JsonSetter.Value.empty());
  }

  /** The record component a constructor parameter, field or accessor stands for. */
  private static Optional<RecordComponent> component(AnnotatedMember member) {
    Class<?> owner = member.getDeclaringClass();
    if (!owner.isRecord()) {
      return Optional.empty();
    }
    RecordComponent[] components = owner.getRecordComponents();
    if (member instanceof AnnotatedParameter parameter) {
      int index = parameter.getIndex();
      boolean canonical = parameter.getOwner().getParameterCount() == components.length;
      return canonical && index < components.length
          ? Optional.of(components[index])
          : Optional.empty();
    }
    for (RecordComponent component : components) {
      if (component.getName().equals(member.getName())) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }
}
