package io.sentinelforge.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker set-up: strict (a missing value is an error, never an empty string), no locale or
 * time-zone dependence, templates from the project's {@code templates/} folder first, then the ones
 * packaged in the jar.
 */
public final class TemplateEngine {

  /** Where the packaged copies of {@code templates/*.ftl} live on the class path. */
  static final String CLASSPATH_FOLDER = "/io/sentinelforge/templates";

  private final Configuration configuration;

  private TemplateEngine(Configuration configuration) {
    this.configuration = configuration;
  }

  /** Templates from {@code projectTemplates} when that folder exists, else the packaged ones. */
  public static TemplateEngine create(Path projectTemplates) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateLoader(loader(projectTemplates));
    configuration.setDefaultEncoding("UTF-8");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setAttemptExceptionReporter((exception, environment) -> {});
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setBooleanFormat("c");
    configuration.setAPIBuiltinEnabled(false);
    configuration.setObjectWrapper(
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    return new TemplateEngine(configuration);
  }

  /** Renders {@code templateName} with {@code model}; template errors surface as exceptions. */
  public String render(String templateName, Map<String, Object> model) throws TemplateException {
    try {
      Template template = configuration.getTemplate(templateName);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + templateName, e);
    }
  }

  private static TemplateLoader loader(Path projectTemplates) {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (projectTemplates != null && Files.isDirectory(projectTemplates)) {
      try {
        loaders.add(new FileTemplateLoader(projectTemplates.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    loaders.add(new ClassTemplateLoader(TemplateEngine.class, CLASSPATH_FOLDER));
    return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
  }
}
