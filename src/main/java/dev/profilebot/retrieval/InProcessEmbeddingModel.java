package dev.profilebot.retrieval;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.profilebot.config.EmbeddingChoice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The quantized ONNX embedding models LangChain4j ships in its {@code langchain4j-embeddings-*}
 * jars, loaded for a small footprint. LangChain4j's own model classes read the model file into a
 * growing byte array on the heap (three times its 23 to 34 MB at the peak) and run it with ONNX
 * Runtime's memory arena, which keeps the largest batch's buffers for good. Here the model is
 * copied to a temporary file that ONNX Runtime reads natively and that is deleted at once, and the
 * session runs without the arena and without memory patterns; vectors are the same.
 */
public final class InProcessEmbeddingModel extends AbstractInProcessEmbeddingModel {

    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    private InProcessEmbeddingModel(OnnxBertBiEncoder encoder) {
        super(null); // LangChain4j's default executor: one thread a core for batches
        this.encoder = encoder;
    }

    /** Loads the model the settings name from the classpath; takes about a second. */
    public static InProcessEmbeddingModel load(EmbeddingChoice choice) {
        return switch (choice) {
            case BGE_SMALL_EN_V15_Q -> load("bge-small-en-v1.5-q", PoolingMode.CLS);
            case ALL_MINILM_L6_V2_Q -> load("all-minilm-l6-v2-q", PoolingMode.MEAN);
        };
    }

    private static InProcessEmbeddingModel load(String name, PoolingMode pooling) {
        try (InputStream tokenizer = resource(name + "-tokenizer.json")) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = session(environment, name + ".onnx");
            return new InProcessEmbeddingModel(new OnnxBertBiEncoder(environment, session, tokenizer, pooling));
        } catch (IOException e) {
            throw new UncheckedIOException("The embedding model " + name + " could not be read", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load the embedding model " + name, e);
        }
    }

    private static OrtSession session(OrtEnvironment environment, String resource) throws IOException, OrtException {
        Path file = Files.createTempFile("profile-bot-", ".onnx");
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream model = resource(resource)) {
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            options.setIntraOpNumThreads(1);
            Files.copy(model, file, StandardCopyOption.REPLACE_EXISTING);
            return environment.createSession(file.toString(), options);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = InProcessEmbeddingModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IOException("no " + name + " on the classpath (its langchain4j-embeddings jar is missing)");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
