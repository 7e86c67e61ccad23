package dev.profilebot.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark's stand-in for a model: an OpenAI-compatible endpoint on loopback that answers
 * every chat completion at once, so what {@code bench} measures is the bot's own work around the
 * call (retrieval, prompt, client, guard), not a model's thinking.
 */
final class StubModelServer implements AutoCloseable {

    private static final String ANSWER =
            "{\"id\":\"stub\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"stub\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                    + "\"According to the profile, this is the answer [1].\"},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";

    private final HttpServer server;

    static {
        // without TCP_NODELAY the reply's headers and body meet delayed ACKs: ~40 ms of waiting
        // that belongs to this stub, not to the bot
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    StubModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", StubModelServer::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private static void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
