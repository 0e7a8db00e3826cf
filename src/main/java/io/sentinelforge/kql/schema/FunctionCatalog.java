package io.sentinelforge.kql.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in KQL functions the binder knows (scalar, aggregate, plugin), read from the data
 * resource {@code functions.kqlsig}. Names are case-sensitive, as in KQL.
 */
public final class FunctionCatalog {

  /** Resource path of the catalogue data. */
  public static final String RESOURCE = "/io/sentinelforge/kql/schema/functions.kqlsig";

  private static volatile FunctionCatalog builtIn;

  private final Map<String, FunctionSignature> functions;

  private FunctionCatalog(Map<String, FunctionSignature> functions) {
    this.functions = Collections.unmodifiableMap(functions);
  }

  /** The catalogue shipped with Sentinel Forge (loaded once). */
  public static FunctionCatalog builtIn() {
    FunctionCatalog catalog = builtIn;
    if (catalog == null) {
      synchronized (FunctionCatalog.class) {
        if (builtIn == null) {
          builtIn = load();
        }
        catalog = builtIn;
      }
    }
    return catalog;
  }

  private static FunctionCatalog load() {
    Map<String, FunctionSignature> functions = new LinkedHashMap<>();
    try (InputStream stream = FunctionCatalog.class.getResourceAsStream(RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          FunctionSignature signature = FunctionSignatureParser.parse(trimmed);
          functions.put(signature.name(), signature);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new FunctionCatalog(functions);
  }

  /** The function with this exact name. */
  public Optional<FunctionSignature> lookup(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /** Every catalogued function, in catalogue order. */
  public Collection<FunctionSignature> all() {
    return functions.values();
  }

  /** The catalogued name closest to a misspelt one. */
  public Optional<String> suggest(String name) {
    return NameSuggestions.closest(name, functions.keySet());
  }
}
