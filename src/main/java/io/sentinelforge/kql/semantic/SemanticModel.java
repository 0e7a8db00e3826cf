package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.KqlDiagnostic;
import io.sentinelforge.kql.syntax.SyntaxNode;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the binder learnt about one query, kept beside the syntax tree: the type of every scalar
 * expression and the row schema after every tabular expression (keyed by node identity, since
 * equal-looking nodes at different places are different facts), the diagnostics, and the row schema
 * of the query's result.
 */
public final class SemanticModel {

  private final Map<Expression, ScalarType> types = new IdentityHashMap<>();
  private final Map<SyntaxNode, RowSchema> schemas = new IdentityHashMap<>();
  private final List<KqlDiagnostic> diagnostics = new ArrayList<>();
  private final Set<String> tables = new LinkedHashSet<>();
  private RowSchema result = RowSchema.OPEN;

  void recordTable(String name) {
    tables.add(name);
  }

  /** The catalogued tables the query reads, in order of first use. */
  public Set<String> tablesUsed() {
    return Collections.unmodifiableSet(tables);
  }

  void recordType(Expression expression, ScalarType type) {
    types.put(expression, type);
  }

  void recordSchema(SyntaxNode node, RowSchema schema) {
    schemas.put(node, schema);
  }

  void report(KqlDiagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  void setResult(RowSchema schema) {
    result = schema;
  }

  /** The inferred type of a scalar expression, if it was bound. */
  public Optional<ScalarType> typeOf(Expression expression) {
    return Optional.ofNullable(types.get(expression));
  }

  /** The row schema produced by a tabular expression or pipe stage, if it was bound. */
  public Optional<RowSchema> schemaOf(SyntaxNode node) {
    return Optional.ofNullable(schemas.get(node));
  }

  /** The semantic diagnostics, in the order found. */
  public List<KqlDiagnostic> diagnostics() {
    return Collections.unmodifiableList(diagnostics);
  }

  /** The row schema of the query's last tabular statement (open when unknown). */
  public RowSchema resultSchema() {
    return result;
  }
}
