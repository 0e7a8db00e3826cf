package io.sentinelforge.verify.spec;

import java.util.ArrayList;
import java.util.List;

/** Reads a case's {@code data}, {@code watchlists} and {@code externaldata} blocks. */
final class CaseSources {

  private final NodeReader reader;
  private final SampleDataReader dataReader;

  CaseSources(NodeReader reader, SampleDataReader dataReader) {
    this.reader = reader;
    this.dataReader = dataReader;
  }

  List<SampleData> tables(YamlNode node, String what) {
    List<SampleData> tables = new ArrayList<>();
    if (node == null) {
      return tables;
    }
    YamlNode.Mapping mapping = reader.mapping(node, what);
    if (mapping == null) {
      return tables;
    }
    mapping
        .entries()
        .forEach(
            (name, value) -> {
              SampleData data = dataReader.read(name, value);
              if (data != null) {
                tables.add(data);
              }
            });
    return tables;
  }

  List<ExternalDataFile> externalData(YamlNode node) {
    List<ExternalDataFile> files = new ArrayList<>();
    if (node == null) {
      return files;
    }
    YamlNode.Mapping mapping = reader.mapping(node, "externaldata");
    if (mapping == null) {
      return files;
    }
    mapping
        .entries()
        .forEach(
            (url, value) -> {
              String relative = reader.text(value, "the file for externaldata URL " + url);
              String text = relative == null ? null : dataReader.readText(relative, value.span());
              if (text != null) {
                files.add(new ExternalDataFile(url, relative, text, value.span()));
              }
            });
    return files;
  }
}
