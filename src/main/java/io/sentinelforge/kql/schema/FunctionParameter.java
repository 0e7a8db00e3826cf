package io.sentinelforge.kql.schema;

import io.sentinelforge.kql.types.ScalarType;

/**
 * A parameter of a stored (content-defined) function.
 *
 * @param name the parameter name
 * @param type its scalar type (dynamic for tabular parameters)
 * @param hasDefault true when callers may omit it
 */
public record FunctionParameter(String name, ScalarType type, boolean hasDefault) {}
