package io.github.hrsync.cli.config;

import io.github.hrsync.cli.config.CliConfig.HrFeedTarget;
import io.github.hrsync.cli.config.CliConfig.JobTicketTarget;
import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.jobticket.JobTicketEnvironment;
import io.github.hrsync.reader.internal.Closest;
import io.github.hrsync.reader.internal.LocatedYaml;
import io.github.hrsync.reader.internal.LocatedYaml.Node;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.GuardLimit;
import io.github.hrsync.sync.plan.SafetyGuard;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code hrsync.yaml} and lays the flags over it. Every problem is found at once, each
 * naming its line and the fix: an unknown key (with the closest known one), a value of the wrong
 * kind, a target without what it needs, and a credential written in the file, which is refused:
 * the file names an environment variable or a file for each ({@code {env: NAME}},
 * {@code {file: PATH}}). Relative paths are relative to the config file's directory.
 *
 * <pre>{@code
 * jobticket:
 *   url: https://v1-api.ticket-plus.app     # or environment: staging
 *   integrationId: 7
 *   keyId: {env: JOBTICKET_KEY_ID}
 *   keySecret: {file: /run/secrets/jobticket-key-secret}
 * hrfeed:
 *   agencyDomain: travel.example.com          # or url: https://.../api/v2/hr-feed
 *   token: {env: HR_FEED_TOKEN}
 * roster:
 *   file: exports/employees.csv
 *   mapping: mapping.yaml
 * guard:
 *   removals: {share: 10%, count: 50}
 * runLog: /var/lib/hrsync/run-log
 * rateBudgetDir: /var/lib/hrsync/rate-budgets
 * }</pre>
 */
public final class ConfigFile {
  /** The file looked for in the working directory when {@code --config} names none. */
  public static final String DEFAULT_NAME = "hrsync.yaml";
  private static final Set<String> TOP = Set.of("jobticket", "hrfeed", "roster", "guard", "runLog",
      "rateBudgetDir");
  private static final Set<String> JOBTICKET = Set.of("url", "environment", "integrationId",
      "keyId", "keySecret");
  private static final Set<String> HRFEED = Set.of("url", "agencyDomain", "token");
  private static final Set<String> ROSTER = Set.of("file", "mapping");
  private static final Set<String> LIMIT = Set.of("share", "count");
  private static final Set<String> SECRET = Set.of("env", "file");

  private final String name;
  private final Path base;
  private final List<String> problems = new ArrayList<>();

  private ConfigFile(String name, Path base) {
    this.name = name;
    this.base = base;
  }

  /**
   * Reads the configuration: the file, when there is one, with the flags over it.
   *
   * @param file the config file, or {@code null} for flags only
   * @param flags what the command line says
   * @return the configuration
   * @throws ConfigException with every problem found
   */
  public static CliConfig load(@Nullable Path file, Overrides flags) {
    Node root = new Node(Map.of(), 1);
    ConfigFile config = new ConfigFile(file == null ? "flags" : file.getFileName().toString(),
        file == null ? Path.of("") : Objects.requireNonNull(file.toAbsolutePath().getParent()));
    if (file != null) {
      try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        root = LocatedYaml.read(text);
      } catch (IOException e) {
        throw new ConfigException(file + " cannot be read (" + e.getClass().getSimpleName()
            + "); check the path given to --config");
      } catch (IllegalArgumentException e) {
        throw new ConfigException(config.name + " " + e.getMessage());
      }
    }
    CliConfig read = config.read(root, flags, file);
    if (!config.problems.isEmpty()) {
      throw new ConfigException(config.problems);
    }
    return read;
  }

  private CliConfig read(Node root, Overrides flags, @Nullable Path file) {
    Map<String, Node> top = object(root, "the file", TOP);
    Map<String, Node> roster = object(top.get("roster"), "roster", ROSTER);
    Path budgets = flags.rateBudgetDir() != null ? flags.rateBudgetDir()
        : path(top.get("rateBudgetDir"));
    Path budgetDir = budgets != null ? budgets : FileRateBudgetStore.defaultDirectory();
    Path runLog = flags.runLog() != null ? flags.runLog() : path(top.get("runLog"));
    return new CliConfig(file, jobTicket(top.get("jobticket"), flags),
        hrFeed(top.get("hrfeed"), flags),
        flags.roster() != null ? flags.roster() : path(roster.get("file")),
        flags.mapping() != null ? flags.mapping() : path(roster.get("mapping")),
        guard(top.get("guard")), runLog != null ? runLog
            : budgetDir.toAbsolutePath().resolveSibling("run-log"), budgetDir);
  }

  private @Nullable JobTicketTarget jobTicket(@Nullable Node node, Overrides flags) {
    if (node == null && flags.jobTicketUrl() == null) {
      return null;
    }
    Map<String, Node> fields = object(node, "jobticket", JOBTICKET);
    String url = flags.jobTicketUrl() != null ? flags.jobTicketUrl() : text(fields.get("url"));
    Node environment = fields.get("environment");
    if (url == null && environment != null) {
      try {
        url = JobTicketEnvironment.valueOf(String.valueOf(environment.text())
            .toUpperCase(Locale.ROOT)).baseUrl().toString();
      } catch (IllegalArgumentException e) {
        problem(environment, "jobticket.environment must be production or staging");
      }
    }
    if (url == null) {
      problem(node, "jobticket needs url: URL or environment: production|staging");
    }
    Long id = flags.integrationId();
    Node idNode = fields.get("integrationId");
    if (id == null && idNode != null) {
      String value = String.valueOf(idNode.text());
      if (value.matches("[0-9]{1,18}")) {
        id = Long.parseLong(value);
      } else {
        problem(idNode, "jobticket.integrationId must be a whole number (the id of your HR "
            + "integration; hrsync check lists them)");
      }
    } else if (id == null) {
      problem(node, "jobticket needs integrationId: N (the id of your HR integration; "
          + "--integration-id=N on the command line)");
    }
    return new JobTicketTarget(url == null ? "" : url, id == null ? 0 : id,
        secret(fields, "keyId", "jobticket", "JOBTICKET_KEY_ID"),
        secret(fields, "keySecret", "jobticket", "JOBTICKET_KEY_SECRET"));
  }

  private @Nullable HrFeedTarget hrFeed(@Nullable Node node, Overrides flags) {
    if (node == null && flags.hrFeedUrl() == null) {
      return null;
    }
    Map<String, Node> fields = object(node, "hrfeed", HRFEED);
    String url = flags.hrFeedUrl() != null ? flags.hrFeedUrl() : text(fields.get("url"));
    String domain = url != null ? null : text(fields.get("agencyDomain"));
    if (url == null && domain == null) {
      problem(node, "hrfeed needs url: URL or agencyDomain: DOMAIN");
    }
    return new HrFeedTarget(url, domain, secret(fields, "token", "hrfeed", "HR_FEED_TOKEN"));
  }

  private SafetyGuard guard(@Nullable Node node) {
    SafetyGuard guard = SafetyGuard.defaults();
    Set<String> names = Set.of("removals", "rewrites", "reactivations", "lookalikes",
        "combined");
    for (Map.Entry<String, Node> entry : object(node, "guard", names).entrySet()) {
      if (!names.contains(entry.getKey())) {
        continue; // reported by object() with the closest name
      }
      Dimension dimension = Dimension.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
      String where = "guard." + entry.getKey();
      Map<String, Node> limit = object(entry.getValue(), where, LIMIT);
      GuardLimit defaults = guard.limit(dimension);
      Double share = limit.containsKey("share") ? share(limit.get("share"), where) : null;
      Integer count = limit.containsKey("count") ? count(limit.get("count"), where) : null;
      if (share != null || count != null) {
        guard = guard.with(dimension, new GuardLimit(share == null ? defaults.share() : share,
            count == null ? defaults.count() : count));
      }
    }
    return guard;
  }

  private @Nullable Double share(Node node, String where) {
    String text = String.valueOf(node.text()).strip();
    boolean percent = text.endsWith("%");
    try {
      double value = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text);
      double share = percent ? value / 100 : value;
      if (share >= 0 && share <= 1) {
        return share;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(node, where + ".share must be a share from 0 to 1 or a percentage (10%)");
    return null;
  }

  private @Nullable Integer count(Node node, String where) {
    String text = String.valueOf(node.text());
    if (text.matches("[0-9]{1,9}")) {
      return Integer.parseInt(text);
    }
    problem(node, where + ".count must be a whole number from 0");
    return null;
  }

  /** A credential's reference; a value written in the file is refused, never repeated. */
  private SecretRef secret(Map<String, Node> fields, String key, String target,
      String variable) {
    Node node = fields.get(key);
    if (node == null) {
      return SecretRef.env(variable);
    }
    String field = target + "." + key;
    if (node.map() == null) {
      problem(node, field + " is written in the file: credentials are never kept in "
          + DEFAULT_NAME + "; reference one instead: " + key + ": {env: " + variable + "} or "
          + key + ": {file: /run/secrets/" + variable.toLowerCase(Locale.ROOT) + "}");
      return SecretRef.env(variable);
    }
    Map<String, Node> ref = object(node, field, SECRET);
    if (ref.size() != 1 || text(ref.values().iterator().next()) == null) {
      problem(node, field + " must name one place: {env: NAME} or {file: PATH}");
      return SecretRef.env(variable);
    }
    Map.Entry<String, Node> only = ref.entrySet().iterator().next();
    String place = String.valueOf(only.getValue().text());
    return only.getKey().equals("env") ? SecretRef.env(place)
        : new SecretRef(true, base.resolve(place).toString());
  }

  /** An object's fields, each key checked against those it may have. */
  private Map<String, Node> object(@Nullable Node node, String where, Set<String> keys) {
    if (node == null || node.value() == null) {
      return Map.of();
    }
    Map<String, Node> fields = node.map();
    if (fields == null) {
      problem(node, where + " must be a section of keys (" + String.join(", ",
          new java.util.TreeSet<>(keys)) + ")");
      return Map.of();
    }
    fields.forEach((key, value) -> {
      if (!keys.contains(key)) {
        problem(value, "unknown key '" + key + "' in " + where + Closest.suggestion(key, keys)
            + " (known: " + String.join(", ", new java.util.TreeSet<>(keys)) + ")");
      }
    });
    return fields;
  }

  private @Nullable String text(@Nullable Node node) {
    if (node == null || node.value() == null) {
      return null;
    }
    if (node.text() == null) {
      problem(node, "a single value is expected here");
      return null;
    }
    return node.text();
  }

  private @Nullable Path path(@Nullable Node node) {
    String text = text(node);
    return text == null ? null : base.resolve(text);
  }

  private void problem(@Nullable Node node, String what) {
    problems.add((node == null ? name : name + " line " + node.line()) + ": " + what);
  }

  /**
   * What the command line lays over the file; {@code null} where a flag is not given.
   *
   * @param jobTicketUrl {@code --jobticket-url}
   * @param integrationId {@code --integration-id}
   * @param hrFeedUrl {@code --hrfeed-url}
   * @param roster {@code --roster}
   * @param mapping {@code --mapping}
   * @param runLog {@code --run-log}
   * @param rateBudgetDir {@code --rate-budget-dir}
   */
  public record Overrides(@Nullable String jobTicketUrl, @Nullable Long integrationId,
      @Nullable String hrFeedUrl, @Nullable Path roster, @Nullable Path mapping,
      @Nullable Path runLog, @Nullable Path rateBudgetDir) {}
}
