package io.github.hrsync.jobticket;

import org.jspecify.annotations.Nullable;

/**
 * The benefit plan of an employee.
 *
 * @param type the plan type, such as {@code fully-subsidized-plan} or {@code split-pay-plan}
 *     (other values are kept as sent)
 * @param contractSigningStatus the contract state, such as {@code accepted}
 * @param employeeContributionAmount what the employee pays; {@code null} for fully subsidised
 *     plans
 */
public record Plan(
    @Nullable String type,
    @Nullable String contractSigningStatus,
    @Nullable Money employeeContributionAmount) {}
