package io.sentinelforge.render;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based (version 5, SHA-1) UUIDs, so a resource keeps the same name on every build and in
 * every workspace: the name depends only on the kind of content and its id.
 */
public final class StableGuid {

  /** Our namespace; changing it would rename every deployed resource. */
  private static final UUID NAMESPACE = UUID.fromString("6c2f4a8e-9b1d-5e37-a0c4-53e0f0726f67");

  private StableGuid() {}

  /** The stable GUID of a content item, e.g. {@code of("analytic-rule", ruleId)}. */
  public static String of(String kind, String contentId) {
    return nameBased(NAMESPACE, kind + ":" + contentId).toString();
  }

  /** RFC 4122 version-5 UUID of {@code name} in {@code namespace}. */
  static UUID nameBased(UUID namespace, String name) {
    ByteBuffer input = ByteBuffer.allocate(16);
    input.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    byte[] hash = sha1(input.array(), name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bits.getLong(), bits.getLong());
  }

  private static byte[] sha1(byte[] first, byte[] second) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      digest.update(first);
      digest.update(second);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-1", e);
    }
  }
}
