# syntax=docker/dockerfile:1
# Build: docker build -t jobline .    Run: docker run -p 8080:8080 -v jobline-data:/app/data jobline

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, so a source change does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# The JRE image (Ubuntu) has neither curl nor wget: curl is for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system jobline \
 && useradd --system --gid jobline --home-dir /app --shell /usr/sbin/nologin jobline
WORKDIR /app
COPY --from=build /src/target/jobline.jar /app/jobline.jar
# Default configuration and reference data; mount your own over /app/config.
COPY config/ /app/config/
RUN mkdir -p /app/data && chown -R jobline:jobline /app/data
USER jobline
VOLUME /app/data
EXPOSE 8080
ENV LOG_LEVEL=INFO
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health || exit 1
# java -jar runs as PID 1 and receives SIGTERM from docker stop: graceful shutdown.
ENTRYPOINT ["java", "-jar", "/app/jobline.jar"]
