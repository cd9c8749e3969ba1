package org.meetingpolicy.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A property path below the validated object, such as {@code meetings[3].notices[0].recipients[2]},
 * that class-level validators report violations on. Immutable: each step returns a new path.
 */
final class PropertyPath {

  private record Step(String property, @Nullable Integer index) {}

  private static final PropertyPath ROOT = new PropertyPath(null, null);

  // A path is its last step and the path before it: validators build a path for every reference
  // they visit and use only the few that are reported, so a step costs one small object instead
  // of a copy of the whole path.
  private final @Nullable PropertyPath parent;
  private final @Nullable Step last;

  private PropertyPath(@Nullable PropertyPath parent, @Nullable Step last) {
    this.parent = parent;
    this.last = last;
  }

  static PropertyPath root() {
    return ROOT;
  }

  /** This path followed by a property. */
  PropertyPath property(String name) {
    return new PropertyPath(this, new Step(name, null));
  }

  /** This path followed by a property and an element of it: {@code name[index]}. */
  PropertyPath element(String name, int index) {
    return new PropertyPath(this, new Step(name, index));
  }

  /** The steps from the root. */
  private List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    for (PropertyPath p = this; p != null && p.last != null; p = p.parent) {
      steps.add(p.last);
    }
    Collections.reverse(steps);
    return steps;
  }

  /** Reports a violation with the message template at this path. */
  void report(ConstraintValidatorContext context, String template) {
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
    List<Step> steps = steps();
    if (steps.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    // Bean Validation attaches an element index to the node that follows the container, so an
    // index is carried to the next node, or to a trailing bean node for the last step.
    @Nullable Object node = null;
    @Nullable Integer pendingIndex = null;
    for (Step step : steps) {
      node =
          node == null ? builder.addPropertyNode(step.property()) : next(node, step, pendingIndex);
      pendingIndex = step.index();
    }
    if (node == null) {
      throw new IllegalStateException("a path with steps has a node");
    }
    if (pendingIndex != null) {
      leaf(node).inIterable().atIndex(pendingIndex).addConstraintViolation();
    } else {
      finish(node);
    }
  }

  private static Object next(Object node, Step step, @Nullable Integer pendingIndex) {
    NodeBuilderCustomizableContext added;
    if (node instanceof NodeBuilderCustomizableContext customizable) {
      added = customizable.addPropertyNode(step.property());
    } else if (node instanceof NodeBuilderDefinedContext defined) {
      added = defined.addPropertyNode(step.property());
    } else {
      throw new IllegalStateException("unexpected node builder " + node);
    }
    return pendingIndex == null ? added : added.inIterable().atIndex(pendingIndex);
  }

  private static LeafNodeBuilderCustomizableContext leaf(Object node) {
    if (node instanceof NodeBuilderCustomizableContext customizable) {
      return customizable.addBeanNode();
    }
    if (node instanceof NodeBuilderDefinedContext defined) {
      return defined.addBeanNode();
    }
    throw new IllegalStateException("unexpected node builder " + node);
  }

  private static void finish(Object node) {
    if (node instanceof NodeBuilderCustomizableContext customizable) {
      customizable.addConstraintViolation();
    } else if (node instanceof NodeBuilderDefinedContext defined) {
      defined.addConstraintViolation();
    } else {
      throw new IllegalStateException("unexpected node builder " + node);
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Step step : steps()) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(step.property());
      if (step.index() != null) {
        text.append('[').append(step.index()).append(']');
      }
    }
    return text.toString();
  }
}
