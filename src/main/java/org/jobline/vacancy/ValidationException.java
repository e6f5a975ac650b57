package org.jobline.vacancy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobline.core.errors.Invalid;
import org.jobline.i18n.Messages;

/**
 * Bad vacancy fields (the edge answers 400) naming the first field, with every bad field's message in
 * {@link #fieldErrors()} (English, for the API) or {@link #messages(String)} (for the admin page).
 */
public final class ValidationException extends Invalid {
  private static final Messages TEXTS = new Messages("validation");
  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(errors.get(0).field(), text("en", errors.get(0)));
    this.errors = List.copyOf(errors);
  }

  public ValidationException(String field, String key, Object... args) {
    this(List.of(new FieldError(field, key, args)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** field -> message in {@code language}, in the order the fields were checked. */
  public Map<String, String> messages(String language) {
    Map<String, String> out = new LinkedHashMap<>();
    errors.forEach(e -> out.putIfAbsent(e.field(), text(language, e)));
    return out;
  }

  @Override
  public Map<String, String> fieldErrors() {
    return messages("en");
  }

  private static String text(String language, FieldError e) {
    Object[] args = new Object[e.args().size() + 1];
    args[0] = TEXTS.get(language, "field." + e.field());
    for (int i = 0; i < e.args().size(); i++) {
      args[i + 1] = e.args().get(i);
    }
    return TEXTS.get(language, e.key(), args);
  }
}
