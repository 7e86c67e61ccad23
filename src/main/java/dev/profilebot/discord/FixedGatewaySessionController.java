package dev.profilebot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * A session controller whose gateway is a configured address (DISCORD_GATEWAY_URL) rather than
 * the one Discord's API names; the shard count and concurrency still come from the API.
 */
final class FixedGatewaySessionController extends ConcurrentSessionController {

    private final String gateway;

    FixedGatewaySessionController(String gateway) {
        this.gateway = gateway;
    }

    @Override
    public String getGateway() {
        return gateway;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway fromApi = super.getShardedGateway(api);
        return new ShardedGateway(gateway, fromApi.getShardTotal(), fromApi.getConcurrency());
    }
}
