package io.sentinelforge.verify;

import io.sentinelforge.verify.spec.ExternalDataFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Indexes a case's externaldata fixtures by URL. */
public final class ExternalText {

  private ExternalText() {}

  /** URL → file text. */
  public static Map<String, ExternalData> byUrl(List<ExternalDataFile> files) {
    Map<String, ExternalData> byUrl = new LinkedHashMap<>();
    files.forEach(file -> byUrl.put(file.url(), new ExternalData(file.fileName(), file.text())));
    return byUrl;
  }
}
