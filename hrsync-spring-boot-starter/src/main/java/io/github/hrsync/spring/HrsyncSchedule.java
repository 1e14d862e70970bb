package io.github.hrsync.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.InitializingBean;

/**
 * Puts each sync that has a {@code schedule} into the application's Quartz scheduler, as job and
 * cron trigger {@code hrsync-<name>} (replacing what an earlier start stored), so that with the
 * clustered JDBC job store every firing runs on exactly one instance of the cluster.
 */
final class HrsyncSchedule implements InitializingBean {
  private static final String GROUP = "hrsync";

  private final Scheduler scheduler;
  private final Map<String, String> schedules;

  HrsyncSchedule(Scheduler scheduler, HrsyncProperties properties) {
    this.scheduler = scheduler;
    this.schedules = new LinkedHashMap<>();
    if (properties.getSchedule() != null) {
      schedules.put(HrsyncCustomizer.DEFAULT_SYNC, properties.getSchedule());
    }
    properties.getSyncs().forEach((name, sync) -> {
      if (sync.getSchedule() != null) {
        schedules.put(name, sync.getSchedule());
      }
    });
  }

  @Override
  public void afterPropertiesSet() throws SchedulerException {
    for (Map.Entry<String, String> schedule : schedules.entrySet()) {
      String key = "hrsync-" + schedule.getKey();
      JobDetail job = JobBuilder.newJob(HrsyncJob.class).withIdentity(key, GROUP)
          .usingJobData(HrsyncJob.SYNC, schedule.getKey()).storeDurably().build();
      Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key, GROUP).forJob(job)
          .withSchedule(CronScheduleBuilder.cronSchedule(schedule.getValue())
              .withMisfireHandlingInstructionFireAndProceed())
          .build();
      scheduler.scheduleJob(job, Set.of(trigger), true);
    }
  }

  /** @return the schedules by sync */
  Map<String, String> schedules() {
    return schedules;
  }
}
