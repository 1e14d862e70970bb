package io.github.hrsync.benchmarks;

import io.github.hrsync.core.PageIterable;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.jobticket.DocumentDownload;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.EmployeeDocument;
import io.github.hrsync.jobticket.HealthStatus;
import io.github.hrsync.jobticket.HrIntegration;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.jobticket.ListOptions;

/**
 * A JobTicket client in memory for the benchmarks: they implement the listing (and the sync, where
 * sent); every other endpoint is refused.
 */
abstract class UnsupportedJobTicket implements JobTicketClient {
  @Override
  public String baseUrl() {
    return "https://jobticket.invalid/";
  }

  @Override
  public String redact(String text) {
    return text; // holds no credential
  }

  @Override
  public Employee getEmployee(long employeeId) {
    throw unused();
  }

  @Override
  public PageIterable<EmployeeDocument> listEmployeeDocuments(long id, ListOptions options) {
    throw unused();
  }

  @Override
  public PageIterable<EmployeeDocument> listDocuments(ListOptions options) {
    throw unused();
  }

  @Override
  public EmployeeDocument getDocument(long documentId) {
    throw unused();
  }

  @Override
  public DocumentDownload downloadDocument(long documentId) {
    throw unused();
  }

  @Override
  public PageIterable<HrIntegration> listHrIntegrations(ListOptions options) {
    throw unused();
  }

  @Override
  public HrIntegration getHrIntegration(long id) {
    return new HrIntegration(id, java.util.Map.of("id", id)); // a plan checks it exists
  }

  @Override
  public HealthStatus health() {
    throw unused();
  }

  @Override
  public RateLimiter rateLimiter() {
    return RateLimiter.unlimited();
  }

  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("not used by the benchmarks");
  }
}
