package org.daicho.store;

import java.util.Arrays;

/**
 * The random key the H2 file is encrypted with (CIPHER=AES; policy 2.4.4⑤). It exists in clear only in
 * memory while the store is open; on disk it is only ever wrapped in {@link KeySlots}.
 */
public final class StoreKey {

    private final byte[] key;

    private StoreKey(byte[] key) {
        this.key = key.clone();
    }

    public static StoreKey random() {
        return new StoreKey(Secrets.randomKey());
    }

    static StoreKey of(byte[] key) {
        return new StoreKey(key);
    }

    byte[] bytes() {
        return key.clone();
    }

    /** H2's password for an encrypted file: the file password, a space, the user password. */
    String h2Password() {
        String hex = Secrets.hex(key);
        return hex.substring(0, 32) + " " + hex.substring(32);
    }

    @Override
    public String toString() {
        return "StoreKey[hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreKey that && Secrets.sameBytes(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new byte[0]);
    }
}
