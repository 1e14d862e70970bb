package io.github.hrsync.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Who of a source a target gets: a row is in the scope when every include rule holds and no
 * exclude rule does (no include rule: everyone not excluded). A row that leaves a target's scope
 * is a removal there, weighed by the guard like any other. Immutable.
 */
public final class TargetScope {
  private static final TargetScope EVERYONE = new TargetScope(List.of(), List.of());

  private final List<ScopeRule> include;
  private final List<ScopeRule> exclude;

  private TargetScope(List<ScopeRule> include, List<ScopeRule> exclude) {
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
  }

  /** @return a scope that leaves nobody out */
  public static TargetScope everyone() {
    return EVERYONE;
  }

  /**
   * @param rules rules that must all hold
   * @return a copy with them added to the include rules
   */
  public TargetScope include(ScopeRule... rules) {
    List<ScopeRule> more = new ArrayList<>(include);
    more.addAll(List.of(rules));
    return new TargetScope(more, exclude);
  }

  /**
   * @param rules rules of which none may hold
   * @return a copy with them added to the exclude rules
   */
  public TargetScope exclude(ScopeRule... rules) {
    List<ScopeRule> more = new ArrayList<>(exclude);
    more.addAll(List.of(rules));
    return new TargetScope(include, more);
  }

  /** @return the include rules */
  List<ScopeRule> includes() {
    return include;
  }

  /** @return the exclude rules */
  List<ScopeRule> excludes() {
    return exclude;
  }

  /** @return every rule, includes first */
  List<ScopeRule> rules() {
    List<ScopeRule> all = new ArrayList<>(include);
    all.addAll(exclude);
    return all;
  }

  @Override
  public String toString() {
    return "TargetScope[include " + include.stream().map(ScopeRule::describe).toList()
        + ", exclude " + exclude.stream().map(ScopeRule::describe).toList() + "]";
  }
}
