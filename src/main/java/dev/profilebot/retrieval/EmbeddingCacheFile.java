package dev.profilebot.retrieval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional on-disk cache of embeddings, so a restart skips the embedding work. Entries are
 * keyed by a hash of the embedding model's name and the exact text embedded, so a changed
 * document only re-embeds what changed and another model never reuses these vectors. The file
 * carries a checksum; a file that is truncated, corrupt, of another format or another model is
 * ignored with a warning and rewritten, never trusted.
 */
public final class EmbeddingCacheFile {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCacheFile.class);
    private static final int MAGIC = 0x50424958; // "PBIX"
    private static final int FORMAT_VERSION = 1;
    private static final int MAX_ENTRIES = 1_000_000;

    private final Path file;
    private final String modelId;

    public EmbeddingCacheFile(Path folder, String modelId) {
        this.file = folder.resolve("embeddings-" + hex(sha256(modelId)).substring(0, 12) + ".bin");
        this.modelId = modelId;
    }

    public Path file() {
        return file;
    }

    /** The key of a text's embedding under this model. */
    public String key(String text) {
        return hex(sha256(modelId + "\u0000" + text));
    }

    /** The cached vectors by key; empty when there is no usable cache file. */
    public Map<String, float[]> read() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            CRC32 crc = new CRC32();
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            if (in.readInt() != MAGIC
                    || in.readInt() != FORMAT_VERSION
                    || !in.readUTF().equals(modelId)) {
                log.warn("Ignoring embedding cache {}: another format or model; it will be rebuilt", file);
                return Map.of();
            }
            int count = in.readInt();
            int dimension = in.readInt();
            if (count < 0 || count > MAX_ENTRIES || dimension <= 0 || dimension > 65_536) {
                throw new IOException("implausible header");
            }
            Map<String, float[]> vectors = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                float[] vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(key, vector);
            }
            long expected = crc.getValue();
            long stored = new DataInputStream(raw).readLong();
            if (stored != expected) {
                throw new IOException("checksum mismatch");
            }
            return vectors;
        } catch (EOFException e) {
            log.warn("Ignoring embedding cache {}: truncated; it will be rebuilt", file);
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring embedding cache {}: {}; it will be rebuilt", file, e.getMessage());
        }
        return Map.of();
    }

    /** Replaces the cache file atomically with these vectors, all of one dimension. */
    public void write(Map<String, float[]> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        int dimension = vectors.values().iterator().next().length;
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "embeddings-", ".tmp");
            try {
                writeTo(temp, vectors, dimension);
                move(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
            log.debug("Wrote {} embeddings to {}", vectors.size(), file);
        } catch (IOException e) {
            log.warn("Could not write the embedding cache {} ({}); the next start embeds again", file, e.toString());
        }
    }

    private void writeTo(Path temp, Map<String, float[]> vectors, int dimension) throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temp))) {
            CRC32 crc = new CRC32();
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(modelId);
            out.writeInt(vectors.size());
            out.writeInt(dimension);
            for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                out.writeUTF(entry.getKey());
                for (float value : entry.getValue()) {
                    out.writeFloat(value);
                }
            }
            out.flush();
            new DataOutputStream(raw).writeLong(crc.getValue());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
