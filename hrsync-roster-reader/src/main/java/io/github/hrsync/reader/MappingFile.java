package io.github.hrsync.reader;

import io.github.hrsync.reader.internal.Closest;
import io.github.hrsync.reader.internal.LocatedYaml;
import io.github.hrsync.reader.internal.LocatedYaml.Node;
import io.github.hrsync.sync.plan.Target;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads a mapping file into a {@link RosterMapping}, every problem named by its line. */
final class MappingFile {
  private static final Set<String> TOP = Set.of("encoding", "fields", "customFields", "scopes");
  private static final Set<String> RULE = Set.of("column", "constant", "join", "split", "trim",
      "case", "values", "default", "date");
  private static final Set<String> SOURCES = Set.of("column", "constant", "join", "split");
  private static final Set<String> SCOPE = Set.of("include", "exclude");
  private static final Set<String> SCOPE_RULE = Set.of("column", "equals", "oneOf", "matches",
      "before", "after", "date");
  private static final Set<String> TESTS = Set.of("equals", "oneOf", "matches", "before",
      "after");

  private final RosterMapping.Builder mapping = RosterMapping.builder();
  private final List<String> problems = new ArrayList<>();

  private MappingFile() {}

  static RosterMapping read(String name, Reader text) {
    MappingFile file = new MappingFile();
    file.mapping.name(name);
    try {
      file.top(LocatedYaml.read(text));
    } catch (IllegalArgumentException e) {
      file.problems.add("mapping " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    if (!file.problems.isEmpty()) {
      throw new MappingException(name, file.problems);
    }
    return file.mapping.build();
  }

  static String targetName(Target target) {
    return target.name().replace("_", "").toLowerCase(Locale.ROOT);
  }

  private void top(Node root) {
    Map<String, Node> top = map(root, "the mapping");
    if (top == null) {
      return;
    }
    keys(top, TOP, "");
    Node encoding = top.get("encoding");
    if (encoding != null) {
      String charset = text(encoding, "encoding");
      try {
        if (charset != null) {
          mapping.encoding(Charset.forName(charset));
        }
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        problem(encoding.line(), "encoding", "'" + charset + "' is not an encoding this Java "
            + "knows; write UTF-8, windows-1252 or ISO-8859-1");
      }
    }
    Node fields = top.get("fields");
    Map<String, Node> byField = fields == null ? Map.of() : map(fields, "fields");
    if (byField != null) {
      byField.forEach((fieldName, rule) -> field(fieldName, rule));
    }
    for (RosterField missing : mapping.unmappedRequired()) {
      problem(fields == null ? root.line() : fields.line(), "fields", "required field '"
          + missing.fieldName() + "' is not mapped");
    }
    Node custom = top.get("customFields");
    Map<String, Node> byName = custom == null ? Map.of() : map(custom, "customFields");
    if (byName != null) {
      byName.forEach((customName, rule) -> {
        FieldRule read = rule(rule, "customFields." + customName);
        if (read != null) {
          mapping.customField(customName, read);
        }
      });
    }
    Node scopes = top.get("scopes");
    Map<String, Node> byTarget = scopes == null ? Map.of() : map(scopes, "scopes");
    if (byTarget != null) {
      byTarget.forEach(this::scope);
    }
  }

  private void field(String fieldName, Node node) {
    RosterField field = RosterField.named(fieldName).orElse(null);
    if (field == null) {
      problem(node.line(), "fields." + fieldName, "no roster field '" + fieldName + "'"
          + Closest.suggestion(fieldName, Arrays.stream(RosterField.values())
              .map(RosterField::fieldName).toList())
          + " (a column that is not a roster field goes under customFields)");
      return;
    }
    FieldRule rule = rule(node, "fields." + fieldName);
    if (rule != null) {
      mapping.field(field, rule);
    }
  }

  private @Nullable FieldRule rule(Node node, String where) {
    String column = node.text();
    if (column != null) {
      return FieldRule.column(column).at(node.line());
    }
    Map<String, Node> keys = map(node, where);
    if (keys == null) {
      return null;
    }
    keys(keys, RULE, where + ".");
    List<String> sources = keys.keySet().stream().filter(SOURCES::contains).toList();
    if (sources.size() != 1) {
      problem(node.line(), where, "a rule takes its value from exactly one of column, "
          + "constant, join or split; it has " + (sources.isEmpty() ? "none" : sources));
      return null;
    }
    String kind = sources.get(0);
    FieldRule rule = source(kind, java.util.Objects.requireNonNull(keys.get(kind)), where);
    if (rule == null) {
      return null;
    }
    try {
      rule = transforms(rule, keys, where);
    } catch (IllegalArgumentException e) {
      problem(node.line(), where, String.valueOf(e.getMessage()));
      return null;
    }
    return rule == null ? null : rule.at(node.line());
  }

  private @Nullable FieldRule source(String kind, Node node, String where) {
    try {
      return switch (kind) {
        case "column" -> {
          List<String> names = texts(node, where + ".column");
          yield names.isEmpty() ? null : FieldRule.column(names.get(0),
              names.subList(1, names.size()).toArray(String[]::new));
        }
        case "constant" -> {
          String value = text(node, where + ".constant");
          yield value == null ? null : FieldRule.constant(value);
        }
        case "join" -> {
          Map<String, Node> join = map(node, where + ".join");
          yield join == null ? null : FieldRule.join(optionalText(join, "separator", " "),
              texts(required(join, "columns", where + ".join"), where + ".join.columns")
                  .toArray(String[]::new));
        }
        default -> {
          Map<String, Node> split = map(node, where + ".split");
          yield split == null ? null : FieldRule.split(
              String.valueOf(text(required(split, "column", where + ".split"),
                  where + ".split.column")),
              optionalText(split, "separator", ","),
              Integer.parseInt(optionalText(split, "part", "1")));
        }
      };
    } catch (IllegalArgumentException e) {
      problem(node.line(), where + "." + kind, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private @Nullable FieldRule transforms(FieldRule rule, Map<String, Node> keys, String where) {
    FieldRule result = rule;
    Node trim = keys.get("trim");
    if (trim != null) {
      result = result.trim(!"false".equals(text(trim, where + ".trim")));
    }
    Node letterCase = keys.get("case");
    if (letterCase != null) {
      String value = text(letterCase, where + ".case");
      if ("lower".equals(value)) {
        result = result.lowerCase();
      } else if ("upper".equals(value)) {
        result = result.upperCase();
      } else {
        problem(letterCase.line(), where + ".case", "case is lower or upper, was '" + value
            + "'");
      }
    }
    Node values = keys.get("values");
    if (values != null) {
      Map<String, Node> table = map(values, where + ".values");
      if (table != null) {
        Map<String, String> replace = new LinkedHashMap<>();
        table.forEach((from, to) -> replace.put(from, String.valueOf(text(to,
            where + ".values." + from))));
        result = result.values(replace);
      }
    }
    Node orElse = keys.get("default");
    if (orElse != null) {
      String value = text(orElse, where + ".default");
      if (value != null) {
        result = result.orElse(value);
      }
    }
    Node date = keys.get("date");
    if (date != null) {
      String pattern = text(date, where + ".date");
      if (pattern != null) {
        try {
          result = result.date(pattern);
        } catch (IllegalArgumentException e) {
          problem(date.line(), where + ".date", String.valueOf(e.getMessage()));
        }
      }
    }
    return result;
  }

  private void scope(String targetName, Node node) {
    Target target = Arrays.stream(Target.values())
        .filter(each -> targetName(each).equals(targetName)).findFirst().orElse(null);
    if (target == null && !targetName.equals("all")) {
      problem(node.line(), "scopes." + targetName, "no target '" + targetName + "'; scopes "
          + "are all, jobticket and hrfeed");
      return;
    }
    Map<String, Node> keys = map(node, "scopes." + targetName);
    if (keys == null) {
      return;
    }
    keys(keys, SCOPE, "scopes." + targetName + ".");
    TargetScope scope = TargetScope.everyone()
        .include(rules(keys.get("include"), "scopes." + targetName + ".include"))
        .exclude(rules(keys.get("exclude"), "scopes." + targetName + ".exclude"));
    if (target == null) {
      mapping.everyTarget(scope);
    } else {
      mapping.scope(target, scope);
    }
  }

  private ScopeRule[] rules(@Nullable Node node, String where) {
    if (node == null) {
      return new ScopeRule[0];
    }
    List<Node> list = node.list();
    if (list == null) {
      problem(node.line(), where, "must be a list of rules");
      return new ScopeRule[0];
    }
    List<ScopeRule> rules = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      ScopeRule rule = scopeRule(list.get(i), where + "[" + i + "]");
      if (rule != null) {
        rules.add(rule);
      }
    }
    return rules.toArray(ScopeRule[]::new);
  }

  private @Nullable ScopeRule scopeRule(Node node, String where) {
    Map<String, Node> keys = map(node, where);
    if (keys == null) {
      return null;
    }
    keys(keys, SCOPE_RULE, where + ".");
    List<String> tests = keys.keySet().stream().filter(TESTS::contains).toList();
    Node column = keys.get("column");
    if (column == null || tests.size() != 1) {
      problem(node.line(), where, "a scope rule names a column and exactly one of equals, "
          + "oneOf, matches, before or after");
      return null;
    }
    String name = String.valueOf(text(column, where + ".column"));
    Node value = java.util.Objects.requireNonNull(keys.get(tests.get(0)));
    Node date = keys.get("date");
    String datePattern = date == null ? null : text(date, where + ".date");
    try {
      ScopeRule rule = switch (tests.get(0)) {
        case "equals" -> ScopeRule.equalTo(name, String.valueOf(text(value, where)));
        case "oneOf" -> ScopeRule.oneOf(name, texts(value, where + ".oneOf"));
        case "matches" -> ScopeRule.matches(name, String.valueOf(text(value, where)));
        case "before" -> ScopeRule.before(name, isoDate(value, where), datePattern);
        default -> ScopeRule.after(name, isoDate(value, where), datePattern);
      };
      return rule.at(node.line());
    } catch (IllegalArgumentException | DateTimeException e) {
      problem(node.line(), where, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private LocalDate isoDate(Node node, String where) {
    String text = String.valueOf(text(node, where));
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date; write it as "
          + "yyyy-MM-dd (the column's own pattern goes under date)");
    }
  }

  private Node required(Map<String, Node> keys, String key, String where) {
    Node node = keys.get(key);
    if (node == null) {
      throw new IllegalArgumentException(where + " needs " + key);
    }
    return node;
  }

  private String optionalText(Map<String, Node> keys, String key, String otherwise) {
    Node node = keys.get(key);
    String text = node == null ? null : node.text();
    return text == null ? otherwise : text;
  }

  private void keys(Map<String, Node> keys, Set<String> known, String where) {
    keys.forEach((key, node) -> {
      if (!known.contains(key)) {
        problem(node.line(), where + key, "unknown key '" + key + "'"
            + Closest.suggestion(key, known));
      }
    });
  }

  private @Nullable Map<String, Node> map(Node node, String where) {
    Map<String, Node> map = node.map();
    if (map == null) {
      problem(node.line(), where, "must be a map of keys to values");
    }
    return map;
  }

  private @Nullable String text(Node node, String where) {
    String text = node.text();
    if (text == null) {
      problem(node.line(), where, "must be a single value");
    }
    return text;
  }

  private List<String> texts(Node node, String where) {
    List<Node> list = node.list();
    if (list == null) {
      String one = text(node, where);
      return one == null ? List.of() : List.of(one);
    }
    Function<Node, String> each = item -> String.valueOf(text(item, where));
    return list.stream().map(each).toList();
  }

  private void problem(int line, String where, String what) {
    problems.add(RosterMapping.at(line, where) + ": " + what);
  }
}
