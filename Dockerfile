# profile-bot: build with Maven, run on a Java 17 JRE.
# The base images are build arguments with the usual public defaults; any image with `mvn` and
# `java` on the PATH (build) or `java` on the PATH (runtime) will do.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# Dependencies first: this layer is reused until pom.xml changes.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -DincludeScope=runtime
COPY src ./src
RUN mvn -B -q -DskipTests -Dspotless.apply.skip=true package

FROM ${RUNTIME_IMAGE}
WORKDIR /app
# Libraries (large, rarely changing) and the application (small) are separate layers.
COPY --from=build /src/target/lib/ /app/lib/
COPY --from=build /src/target/profile-bot.jar /app/profile-bot.jar
# The person's documents and the prompts: replace them by mounting folders over these.
COPY profile-data/ /app/profile-data/
COPY prompts/ /app/prompts/

# The question log lives on a volume at /app/data (owned by the bot's user, so a new volume is
# writable); everything else the bot writes goes under /tmp, so the root filesystem can be read-only.
RUN mkdir -p /app/data && chown 10001:10001 /app/data
VOLUME /app/data
ENV PROFILE_DATA_DIR=/app/profile-data \
    PROMPTS_DIR=/app/prompts \
    DATA_DIR=/app/data \
    OPS_PORT=8080 \
    RUNTIME_DIR=/tmp/profile-bot \
    INDEX_CACHE_DIR=/tmp/profile-bot/index \
    HOME=/tmp \
    LANG=C.UTF-8
EXPOSE 8080

# No user database entry is needed for a numeric user.
USER 10001:10001

HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m", "-cp", "/app/profile-bot.jar", "dev.profilebot.ops.HealthProbe"]

# Exec form: java runs as PID 1 and receives SIGTERM itself, for a clean stop. The JVM options
# are README's: a heap that starts small and grows only as needed, and the quick compiler only
# (the answer time is spent in the native embedding model), for a smaller footprint and start.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms16m", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp", "-jar", "/app/profile-bot.jar"]
# The service: Discord when DISCORD_TOKEN or DISCORD_TOKEN_FILE is set, health and metrics always.
CMD ["serve"]
