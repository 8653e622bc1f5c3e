package org.marketplace.complaints.command.ratelimit;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import javax.sql.DataSource;
import org.marketplace.complaints.command.web.ComplaintPaths;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The rate limits of complaints.rate-limits.*, with their buckets in the database every instance of the service
 * shares (table rate_limit_bucket, created by the schema migrations): a caller cannot get round a limit by landing
 * on another instance. On PostgreSQL through Bucket4j's own proxy manager, which locks the bucket's row for the
 * read-modify-write; on the embedded H2 through H2Buckets. Buckets go by the caller's name (the principal).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfig implements WebMvcConfigurer {

    private final RateLimitSettings settings;
    private final DataSource dataSource;
    private final DataSourceProperties database;

    RateLimitConfig(RateLimitSettings settings, DataSource dataSource, DataSourceProperties database) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.database = database;
    }

    private ProxyManager<String> buckets() {
        if (DatabaseDriver.fromJdbcUrl(database.determineUrl()) == DatabaseDriver.POSTGRESQL) {
            return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_bucket").idColumn("id").stateColumn("state").build();
        }
        return new H2Buckets(dataSource);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        CallerRateLimits limits = new CallerRateLimits(buckets());
        // every command counts once against the caller's commands, a filing also against the buyer's filings
        registry.addInterceptor(new RateLimitInterceptor(limits, RateLimit.commands(settings))).addPathPatterns("/api/**");
        registry.addInterceptor(new RateLimitInterceptor(limits, RateLimit.filings(settings)))
                .addPathPatterns(ComplaintPaths.BASE);
    }
}
