package dev.profilebot.questionlog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an asker (or a voter) is stored: by default an HMAC of their platform and id under a salt
 * kept in the database, so the same person is recognisable across questions but not
 * identifiable; with {@code LOG_ASKERS=true}, as themselves.
 */
final class AskerHash {

    private final byte[] salt;
    private final boolean plain;

    AskerHash(byte[] salt, boolean plain) {
        this.salt = salt.clone();
        this.plain = plain;
    }

    Optional<String> of(String platform, Optional<String> id) {
        return id.map(value -> of(platform, value));
    }

    String of(String platform, String id) {
        return hashed(platform + ":" + id);
    }

    /**
     * A conversation's key hashed the same way: keys such as a DM's channel or a person's slash
     * commands lead back to the asker.
     */
    String conversation(String key) {
        return hashed(key);
    }

    private String hashed(String who) {
        if (plain) {
            return who;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] digest = mac.doFinal(who.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
