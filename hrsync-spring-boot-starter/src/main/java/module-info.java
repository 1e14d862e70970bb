/**
 * hrsync-spring-boot-starter: hrsync in a Spring Boot 4 application: {@code hrsync.*}
 * properties, clients and syncs that back off, a schedule run once per cluster through Quartz,
 * events, Micrometer metrics and observations, health and a runs endpoint.
 */
module io.github.hrsync.spring {
  requires transitive io.github.hrsync.sync;
  requires transitive io.github.hrsync.reader;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.context;
  requires spring.beans;
  requires spring.core;
  requires micrometer.observation;
  requires static io.github.hrsync.ratebudget.jdbc;
  requires static java.sql;
  requires static micrometer.core;
  requires static org.quartz;
  requires static spring.boot.health;
  requires static spring.boot.actuator;

  exports io.github.hrsync.spring;
  // Spring reads the configuration classes and binds the properties by reflection
  opens io.github.hrsync.spring to spring.core, spring.beans, spring.context, spring.boot;
}
