package org.daicho.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The few cryptographic steps Daicho needs, all from the JDK: random keys, PBKDF2-HMAC-SHA256 (policy
 * 2.6.2(5)①: passwords only as slow salted derivations) and AES-GCM to wrap the store's key.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private Secrets() {
    }

    /** A wrong password or key: the AES-GCM tag did not verify. */
    public static final class WrongSecretException extends Exception {
        WrongSecretException() {
            super("the secret does not open this slot");
        }
    }

    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public static byte[] randomKey() {
        return randomBytes(KEY_BYTES);
    }

    /** PBKDF2-HMAC-SHA256 of {@code secret}: a 256-bit key. */
    public static byte[] derive(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, KEY_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** AES-GCM of {@code plain} under {@code key}, bound to {@code context}: nonce followed by cipher text. */
    public static byte[] seal(byte[] key, byte[] plain, String context) {
        byte[] nonce = randomBytes(NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    /** Opens what {@link #seal} made; a wrong key or a changed byte fails the tag. */
    public static byte[] open(byte[] key, byte[] sealed, String context) throws WrongSecretException {
        if (sealed.length <= NONCE_BYTES) {
            throw new WrongSecretException();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 0, NONCE_BYTES)));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException wrong) {
            throw new WrongSecretException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every JDK", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /** Compares without stopping at the first difference. */
    public static boolean sameBytes(byte[] a, byte[] b) {
        return java.security.MessageDigest.isEqual(a, b);
    }
}
