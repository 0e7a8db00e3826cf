package io.sentinelforge.kql.schema;

import io.sentinelforge.kql.types.TypeConstraint;

/**
 * One parameter of a catalogued function.
 *
 * @param name the documented parameter name
 * @param constraint the argument types it accepts
 * @param optional true when it may be omitted
 * @param repeating true when it may be given any number of times (last parameter only)
 */
public record Parameter(
    String name, TypeConstraint constraint, boolean optional, boolean repeating) {}
