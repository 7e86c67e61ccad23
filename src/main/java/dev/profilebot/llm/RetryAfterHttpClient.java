package dev.profilebot.llm;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK HTTP client LangChain4j's JDK transport uses, reporting a provider's {@code Retry-After}
 * (on a 429 or 503) to the model's {@link ModelThrottle}. LangChain4j turns an error response into
 * an exception without its headers, so the header is read here, where the response is still whole.
 * Everything else is the JDK client's own.
 */
final class RetryAfterHttpClient extends HttpClient {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int UNAVAILABLE = 503;

    private final HttpClient delegate;
    private final ModelThrottle throttle;
    private final Clock clock;

    private RetryAfterHttpClient(HttpClient delegate, ModelThrottle throttle, Clock clock) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A builder for LangChain4j's {@code JdkHttpClientBuilder.httpClientBuilder}. */
    static HttpClient.Builder builder(ModelThrottle throttle) {
        return new Builder(HttpClient.newBuilder(), throttle);
    }

    private <T> HttpResponse<T> observed(HttpResponse<T> response) {
        int status = response.statusCode();
        if (status == TOO_MANY_REQUESTS || status == UNAVAILABLE) {
            retryAfter(response).ifPresent(throttle::holdFor);
        }
        return response;
    }

    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        // OpenAI also sends the wait in milliseconds
        Optional<Duration> millis = response.headers()
                .firstValue("retry-after-ms")
                .filter(v -> v.strip().matches("\\d{1,9}(\\.\\d+)?"))
                .map(v -> Duration.ofMillis((long) Double.parseDouble(v.strip())));
        if (millis.isPresent()) {
            return millis;
        }
        return response.headers()
                .firstValue("retry-after")
                .flatMap(v -> ModelThrottle.parseRetryAfter(v, ZonedDateTime.now(clock)));
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return observed(delegate.send(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler).thenApply(this::observed);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request,
            HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return delegate.sendAsync(request, handler, pushPromiseHandler).thenApply(this::observed);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** The JDK's builder, building the observing client around the JDK's own. */
    private static final class Builder implements HttpClient.Builder {
        private final HttpClient.Builder delegate;
        private final ModelThrottle throttle;

        Builder(HttpClient.Builder delegate, ModelThrottle throttle) {
            this.delegate = delegate;
            this.throttle = throttle;
        }

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            delegate.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            delegate.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            delegate.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            delegate.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            delegate.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            delegate.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(Version version) {
            delegate.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            delegate.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            delegate.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            delegate.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new RetryAfterHttpClient(delegate.build(), throttle, Clock.systemUTC());
        }
    }
}
