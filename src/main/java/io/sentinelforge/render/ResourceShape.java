package io.sentinelforge.render;

import com.fasterxml.jackson.databind.JsonNode;

/** The shape rules of one ARM resource type, applied to every resource of that type. */
interface ResourceShape {

  /** True when this shape describes resources of {@code type}. */
  boolean describes(String type);

  /** Records every way {@code resource} (at JSON pointer {@code pointer}) breaks the shape. */
  void check(JsonNode resource, String pointer, ShapeFindings findings);
}
