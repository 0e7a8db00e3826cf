package io.sentinelforge.kql.semantic;

import com.google.re2j.Pattern;

/**
 * Names a Sentinel workspace provides without any declaration: the built-in ASIM parsers ({@code
 * _Im_Dns}, {@code imAuthentication}, {@code _ASim_NetworkSession}, {@code ASimDnsActivity} ...),
 * whose output schemas vary, so they bind to open schemas.
 */
final class SentinelNames {

  private static final Pattern ASIM_PARSER =
      Pattern.compile(
          "^(_Im_|_ASim_|_im_|_Im|_ASim)[A-Za-z0-9_]*$|^(im|ASim|vim|vimDns|_vim)[A-Z][A-Za-z0-9_]*$");

  private SentinelNames() {}

  /** True for a built-in ASIM parser name. */
  static boolean isAsimParser(String name) {
    return ASIM_PARSER.matcher(name).matches();
  }
}
