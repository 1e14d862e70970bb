package io.github.hrsync.spring;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of a scheduled sync: one run of the sync its data names. Never two at once
 * across the cluster; with Quartz's clustered JDBC job store, each firing runs on one instance.
 */
@DisallowConcurrentExecution
public final class HrsyncJob implements Job {
  /** The job data key that names the sync. */
  public static final String SYNC = "hrsync.sync";

  private final HrsyncSyncs syncs;

  /** @param syncs every sync, by name (Boot's job factory injects it) */
  public HrsyncJob(HrsyncSyncs syncs) {
    this.syncs = syncs;
  }

  @Override
  public void execute(JobExecutionContext context) {
    syncs.get(context.getMergedJobDataMap().getString(SYNC)).run();
  }
}
