package dev.profilebot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.profilebot.config.EmbeddingChoice;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InProcessEmbeddingModelTest {

    private static final String TEXT = "Led the migration of the billing platform to Kubernetes at Canonical.";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(EmbeddingChoice.BGE_SMALL_EN_V15_Q, (Supplier<EmbeddingModel>)
                        BgeSmallEnV15QuantizedEmbeddingModel::new),
                Arguments.of(EmbeddingChoice.ALL_MINILM_L6_V2_Q, (Supplier<EmbeddingModel>)
                        AllMiniLmL6V2QuantizedEmbeddingModel::new));
    }

    @ParameterizedTest
    @MethodSource("models")
    void givesTheVectorsOfLangChain4jsOwnModelClass(EmbeddingChoice choice, Supplier<EmbeddingModel> langChain4j) {
        EmbeddingModel ours = InProcessEmbeddingModel.load(choice);

        assertThat(ours.dimension()).isEqualTo(384);
        assertThat(CosineSimilarity.between(
                        ours.embed(TEXT).content(),
                        langChain4j.get().embed(TEXT).content()))
                .isCloseTo(1.0, within(1e-4));
    }
}
