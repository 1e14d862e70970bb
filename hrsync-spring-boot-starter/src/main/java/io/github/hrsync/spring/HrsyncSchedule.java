package io.github.hrsync.spring;

import java.text.ParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;

/**
 * Puts each sync that has a {@code schedule} into the application's Quartz scheduler, as job and
 * cron trigger {@code hrsync-<name>} (replacing what an earlier start stored), so that with the
 * clustered JDBC job store every firing runs on exactly one instance of the cluster. A schedule
 * whose last firing has passed (a cron with a year gone by) is left out.
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
  public void afterPropertiesSet() {
    for (Map.Entry<String, String> schedule : schedules.entrySet()) {
      String key = "hrsync-" + schedule.getKey();
      if (!CronExpression.isValidExpression(schedule.getValue())) {
        throw new HrsyncPropertiesException(List.of("the schedule of sync '" + schedule.getKey()
            + "' is not a Quartz cron expression (seconds minutes hours day-of-month month "
            + "day-of-week, such as 0 0 2 * * ?)"));
      }
      if (nextFiring(schedule.getValue()) == null) {
        continue; // a schedule with no time left (a year gone by) has nothing to store
      }
      JobDetail job = JobBuilder.newJob(HrsyncJob.class).withIdentity(key, GROUP)
          .usingJobData(HrsyncJob.SYNC, schedule.getKey()).storeDurably().build();
      Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key, GROUP).forJob(job)
          .withSchedule(CronScheduleBuilder.cronSchedule(schedule.getValue())
              .withMisfireHandlingInstructionFireAndProceed())
          .build();
      try {
        scheduler.scheduleJob(job, Set.of(trigger), true);
      } catch (SchedulerException e) {
        throw new HrsyncPropertiesException(List.of("the schedule of sync '"
            + schedule.getKey() + "' cannot be stored in Quartz's job store (" + e.getMessage()
            + "); check spring.quartz.*"));
      }
    }
  }

  private static @Nullable Date nextFiring(String cron) {
    try {
      return new CronExpression(cron).getNextValidTimeAfter(new Date());
    } catch (ParseException e) {
      throw new HrsyncPropertiesException(List.of("'" + cron + "' is not a Quartz cron "
          + "expression: " + e.getMessage()));
    }
  }

  /** @return the schedules by sync */
  Map<String, String> schedules() {
    return schedules;
  }
}
